/**
 * Excel task pane entry: starts the pane once Office.js is ready. No statistics here.
 */
import { renderAbout } from "../panel/about";

Office.onReady(() => {
  const root = document.getElementById("app");
  if (root) renderAbout(root, "KPI.");
});
