/**
 * Demo entry (npm run demo): the pane in any browser, no Office or Google account needed.
 */
import { renderAbout } from "./about";

const root = document.getElementById("app");
if (root) renderAbout(root, "KPI.");
