/**
 * Excel task pane entry: starts the panel with the Office.js host once Office is ready. No
 * statistics here.
 */
import { startPanel } from "../panel/app";
import { ExcelHost } from "./excel-host";

Office.onReady(() => {
  const root = document.getElementById("app");
  if (root) startPanel(root, new ExcelHost());
});
