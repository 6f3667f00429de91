/**
 * Demo entry (npm run demo): the panel beside an in-memory workbook preloaded with the sample
 * council data, in any browser, no Office or Google account needed. The workbook view on the
 * right shows every sheet, so you can see the report the panel writes.
 */
import { mountFileToolbar } from "./files/toolbar";
import { startPanel } from "../panel/app";
import { el } from "../panel/shared/dom";
import { showNumber } from "../panel/shared/figures";
import { blockAddress } from "../panel/host";
import { DemoHost, DemoWorkbook } from "./demo-host";
import { SAMPLE_COUNCIL, SAMPLE_SHEETS, sampleKpiSheet, samplePeerSheet } from "../panel/steps/find-data/sample-data";

/**
 * The demo keeps the panel's saved settings (periods left out, events on the chart) for this
 * browser tab, as a workbook keeps its document settings: reloading the page reads them back.
 */
const SETTINGS_KEY = "kpi-scrutiny-demo-settings";

function keptSettings(): string | null {
  try {
    return window.sessionStorage.getItem(SETTINGS_KEY);
  } catch {
    return null; // storage turned off: the settings last as long as the page
  }
}

const workbook = new DemoWorkbook();
workbook.settings = keptSettings();
workbook.onSettingsSaved = (json) => {
  try {
    window.sessionStorage.setItem(SETTINGS_KEY, json);
  } catch {
    // storage turned off or full: the settings last as long as the page
  }
};
workbook.addSheet(SAMPLE_SHEETS.kpis, sampleKpiSheet());
workbook.addSheet(SAMPLE_SHEETS.peers, samplePeerSheet());
workbook.selectSheet(SAMPLE_SHEETS.kpis);
const host = new DemoHost(workbook);


/** Draws the workbook: a tab per sheet (choosing a tab selects its table) and the sheet's cells. */
function drawWorkbook(): void {
  const view = document.getElementById("workbook");
  if (!view) return;
  if (!workbook.sheet(workbook.active)) workbook.active = workbook.sheets[0]?.name ?? "";
  const shown = workbook.active;
  const tabs = el("div", { className: "tabs", attrs: { role: "group", "aria-label": "Sheets of the demo workbook" } });
  for (const sheet of workbook.sheets) {
    const tab = el("button", { className: "tab", text: sheet.name, attrs: { type: "button", "aria-pressed": String(sheet.name === shown) } });
    tab.addEventListener("click", () => workbook.selectSheet(sheet.name));
    tabs.append(tab);
  }
  const sheet = workbook.sheet(shown);
  const table = el("table", { className: "grid" });
  const selection = workbook.selection;
  const selected = selection && sheet && selection.sheet === sheet.name ? ` (selected: ${blockAddress(selection.row, selection.column, selection.rows, selection.columns)})` : "";
  table.append(el("caption", { text: sheet ? `${sheet.name}${selected}` : "" }));
  const width = (sheet?.cells ?? []).reduce((most, row) => Math.max(most, row.length), 0);
  const columns = el("colgroup");
  let total = 0;
  for (let c = 0; c < width; c++) {
    const column = el("col");
    const pixels = sheet?.columnWidths[c] ?? 100;
    total += pixels;
    column.style.width = `${pixels}px`;
    columns.append(column);
  }
  table.style.width = `${total}px`;
  table.append(columns);
  for (const [r, row] of (sheet?.cells ?? []).entries()) {
    const tr = el("tr");
    Array.from({ length: width }, (_, c) => row[c] ?? null).forEach((cell, c) => {
      const style = sheet?.styles[`${r}:${c}`];
      // A cell opened from a file shows as the file showed it; a number written here as its number format shows it, as Excel and Sheets would.
      const text = sheet?.shown?.[`${r}:${c}`] ?? (cell === null ? "" : typeof cell === "number" ? showNumber(cell, sheet?.numberFormats[`${r}:${c}`]) : String(cell));
      const td = el(style === "header" ? "th" : "td", { className: [style ? `cell-${style}` : "", typeof cell === "number" ? "cell-number" : ""].filter(Boolean).join(" "), text });
      // A formula cell shows its value, and its formula when pointed at (as a spreadsheet's formula bar would).
      const formula = sheet?.formulas[`${r}:${c}`];
      if (formula !== undefined) td.title = formula;
      tr.append(td);
    });
    table.append(tr);
  }
  const charts = sheet && sheet.charts.length > 0 ? el("p", { className: "hint", text: `This sheet has ${sheet.charts.length} native chart${sheet.charts.length === 1 ? "" : "s"} (drawn by Excel or Sheets in a real workbook).` }) : null;
  view.replaceChildren(el("h2", { text: "Demo workbook" }), tabs, ...(charts ? [charts] : []), el("div", { className: "grid-scroll", attrs: { tabindex: "0", role: "region", "aria-label": "Sheet cells" } }, table));
}

// Your own data: open a CSV or .xlsx, paste a table, select cells, download the report (demo/files).
const filesRoot = document.getElementById("files");
const files = filesRoot ? mountFileToolbar(filesRoot, { workbook, showSheet: (name) => workbook.selectSheet(name) }) : undefined;
workbook.onChange = () => {
  drawWorkbook();
  files?.refresh();
};
const root = document.getElementById("app");
if (root) {
  const app = startPanel(root, host);
  drawWorkbook();
  // Ready to analyse: the sample KPI table in use, and the sample peer table with Trafford as our council.
  const ready = host
    .readSheet(SAMPLE_SHEETS.kpis)
    .then((kpis) => app.setKpiSource(kpis))
    .then(() => host.readSheet(SAMPLE_SHEETS.peers))
    .then((peers) => app.setPeerSource(peers, SAMPLE_COUNCIL))
    .catch((error) => app.showError(error));
  // For the browser tests and for curious users: the demo workbook and panel, from the console, and
  // `ready`, which resolves once the sample tables are in use.
  (window as unknown as { kpiScrutinyDemo: unknown }).kpiScrutinyDemo = { workbook, host, app, ready };
}
