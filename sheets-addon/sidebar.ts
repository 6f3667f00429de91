/**
 * Google Sheets sidebar entry: the panel with the google.script.run host. The build inlines this
 * script into Sidebar.html.
 */
import { startPanel } from "../panel/app";
import { SheetsHost } from "./sheets-host";

const root = document.getElementById("app");
if (root) startPanel(root, new SheetsHost());
