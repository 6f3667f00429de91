/**
 * The demo's own-data toolbar: Open a file (CSV or .xlsx), Paste a table (copied from Excel or
 * Sheets), a range box to select cells as in Excel or Sheets, and Download the report (.xlsx).
 * Everything happens in the page: the file is read in the browser, the report is built in the
 * browser and handed to the browser's own download, and nothing is sent anywhere.
 */
import { blockAddress } from "../../panel/host";
import { DemoWorkbook } from "../demo-host";
import { el } from "../../panel/shared/dom";
import { addSheets } from "./add-to-workbook";
import { FileProblem } from "./imported-sheet";
import { openFile } from "./open-file";
import { selectRange } from "./range";
import { reportSheets } from "./report-sheets";

/** The file types offered in the browser's file chooser. */
const ACCEPTED = ".csv,.tsv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface FileToolbarOptions {
  workbook: DemoWorkbook;
  /** Shows a sheet in the workbook view (and selects it whole). */
  showSheet(name: string): void;
}

/** The download's file name: `KPI Scrutiny report 2024-04-01.xlsx` (today's date, in this computer's time zone). */
export function reportFileName(today = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `KPI Scrutiny report ${today.getFullYear()}-${two(today.getMonth() + 1)}-${two(today.getDate())}.xlsx`;
}

/** Names in a sentence: `"A"`, `"A" and "B"`, `"A", "B" and "C"`. */
function listOf(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

/** The message for a failure: a FileProblem as it is, anything else with its own words. */
function problemText(error: unknown, action: string): string {
  if (error instanceof FileProblem) return `Nothing was changed. ${error.message}`;
  const detail = error instanceof Error ? error.message : String(error);
  return `Nothing was changed: KPI Scrutiny could not ${action} (${detail}).`;
}

/** Builds the toolbar into `root`; returns a function that refreshes the range box from the workbook. */
export function mountFileToolbar(root: HTMLElement, options: FileToolbarOptions): { refresh(): void } {
  const { workbook } = options;
  const status = el("p", { id: "file-status", className: "status", attrs: { role: "status", "aria-live": "polite" } });
  const say = (text: string, problem = false) => {
    status.textContent = text;
    status.classList.toggle("error", problem);
  };

  const fileInput = el("input", { id: "open-file-input", attrs: { type: "file", accept: ACCEPTED, hidden: "", "aria-label": "Open a CSV or Excel (.xlsx) file" } });
  const openButton = el("button", { id: "open-file", text: "Open a file…", attrs: { type: "button" } });
  const pasteButton = el("button", { id: "paste-table", className: "secondary", text: "Paste a table", attrs: { type: "button", "aria-expanded": "false", "aria-controls": "paste-area" } });
  const downloadButton = el("button", { id: "download-report", className: "secondary", text: "Download the report (.xlsx)", attrs: { type: "button" } });

  const pasteText = el("textarea", { id: "paste-text", attrs: { rows: "6", spellcheck: "false" } });
  pasteText.style.width = "100%";
  pasteText.style.boxSizing = "border-box";
  const addPasted = el("button", { id: "add-pasted", text: "Add as a new sheet", attrs: { type: "button" } });
  const cancelPaste = el("button", { id: "cancel-paste", className: "secondary", text: "Cancel", attrs: { type: "button" } });
  const pasteArea = el(
    "div",
    { id: "paste-area", attrs: { hidden: "" } },
    el("label", { attrs: { for: "paste-text" }, text: "Paste the table here (click in the box, then Ctrl+V). Copy it in Excel or Sheets with its header row." }),
    pasteText,
    el("div", { className: "buttons" }, addPasted, cancelPaste),
  );

  const rangeInput = el("input", { id: "range-address", attrs: { type: "text", size: "12", autocomplete: "off", spellcheck: "false", placeholder: "A1:F9" } });
  const selectButton = el("button", { id: "select-range", className: "secondary", text: "Select", attrs: { type: "button" } });
  const rangeForm = el(
    "div",
    { className: "buttons" },
    el("label", { attrs: { for: "range-address" }, text: "Selected cells" }),
    rangeInput,
    selectButton,
  );
  rangeForm.style.alignItems = "center";

  root.replaceChildren(
    el("h2", { id: "files-heading", text: "Your own data" }),
    el("p", { className: "hint", text: "Open a CSV or Excel (.xlsx) file, or paste a table copied from Excel or Sheets: each becomes a sheet here. It stays in this browser; nothing is sent anywhere." }),
    el("div", { className: "buttons" }, openButton, pasteButton, downloadButton),
    fileInput,
    pasteArea,
    rangeForm,
    status,
  );

  let busy = false;
  /** Runs one action at a time, with the failure as a message. */
  const run = async (action: string, work: () => Promise<void> | void) => {
    if (busy) return;
    busy = true;
    try {
      await work();
    } catch (error) {
      say(problemText(error, action), true);
    } finally {
      busy = false;
    }
  };

  const added = (names: string[], from: string, notes: readonly string[]) => {
    options.showSheet(names[0]);
    const selection = workbook.selection;
    const where = selection ? blockAddress(selection.row, selection.column, selection.rows, selection.columns) : "";
    const sheets = names.length === 1 ? `the new sheet "${names[0]}"` : `${names.length} new sheets (${listOf(names)})`;
    say(`${from} as ${sheets}. "${names[0]}" is selected (${where}): press Use selected range in the pane, or type other cells under Selected cells.${notes.length > 0 ? ` ${notes.join(" ")}` : ""}`);
  };

  openButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void run("open the file", async () => {
      say(`Reading "${file.name}"…`);
      try {
        const result = await openFile(file);
        added(addSheets(workbook, result.sheets), `Opened "${file.name}"`, result.notes);
      } finally {
        // The same file can be chosen again (after fixing it, say).
        fileInput.value = "";
      }
    });
  });

  const closePaste = () => {
    pasteArea.hidden = true;
    pasteButton.setAttribute("aria-expanded", "false");
  };
  pasteButton.addEventListener("click", () => {
    const opening = pasteArea.hidden;
    pasteArea.hidden = !opening;
    pasteButton.setAttribute("aria-expanded", String(opening));
    if (opening) pasteText.focus();
  });
  cancelPaste.addEventListener("click", () => {
    closePaste();
    pasteButton.focus();
  });
  addPasted.addEventListener("click", () =>
    run("add the pasted table", async () => {
      const { readPastedText } = await import(/* webpackChunkName: "read-text" */ "./read-text-table");
      const cells = readPastedText(pasteText.value);
      const names = addSheets(workbook, [{ name: "Pasted table", cells, shown: {}, numberFormats: {} }]);
      pasteText.value = "";
      closePaste();
      added(names, "Added the pasted table", []);
      pasteButton.focus();
    }),
  );

  const select = () =>
    run("select those cells", () => {
      const sheet = workbook.selection?.sheet ?? workbook.sheets[0]?.name;
      if (sheet === undefined) throw new FileProblem("The workbook has no sheets yet: open a file or paste a table first.");
      const address = selectRange(workbook, sheet, rangeInput.value);
      say(`Selected ${address} on "${sheet}": press Use selected range in the pane to read it.`);
    });
  selectButton.addEventListener("click", () => void select());
  rangeInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      void select();
    }
  });

  downloadButton.addEventListener("click", () =>
    run("build the report file", async () => {
      const sheets = reportSheets(workbook);
      if (sheets.length === 0) throw new FileProblem("There is no report to download yet: analyse your KPIs in the pane and press Write report sheet, then download it.");
      say("Building the report file…");
      const { workbookFile } = await import(/* webpackChunkName: "write-xlsx" */ "./write-xlsx");
      const file = await workbookFile(sheets);
      const name = reportFileName();
      // The file is handed to the browser's own download from memory (a blob: address in this page).
      const url = URL.createObjectURL(file);
      const link = el("a", { attrs: { href: url, download: name } });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      const charts = sheets.some((sheet) => sheet.charts.length > 0) ? " The chart sheet holds each chart's data; in Excel, select a block and choose Insert > Line to draw it." : "";
      say(`Downloaded "${name}" with ${listOf(sheets.map((sheet) => sheet.name))}.${charts}`);
    }),
  );

  const refresh = () => {
    const selection = workbook.selection;
    if (selection && document.activeElement !== rangeInput) rangeInput.value = blockAddress(selection.row, selection.column, selection.rows, selection.columns);
  };
  refresh();
  return { refresh };
}
