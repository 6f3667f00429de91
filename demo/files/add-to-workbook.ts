/**
 * Putting opened or pasted sheets into the demo's in-browser workbook: each becomes a new sheet with
 * a name not yet used (as the hosts name new sheets), and the first is selected whole, ready for
 * "Use selected range". No existing sheet is touched.
 */
import { uniqueSheetName } from "../../panel/host";
import { DemoSheet, DemoWorkbook } from "../demo-host";
import { ImportedSheet } from "./imported-sheet";

/** The sheets added from files or the clipboard (so a file's own "KPI report" sheet is never taken for the pane's). */
const OPENED = new WeakSet<DemoSheet>();

/** True when a sheet came from a file or the clipboard rather than from the pane. */
export function isOpened(sheet: DemoSheet): boolean {
  return OPENED.has(sheet);
}

/**
 * Adds the sheets and selects the first; returns the names they were given.
 *
 * @example
 * addSheets(workbook, [{ name: "Sample KPIs", cells: [["KPI"]], shown: {}, numberFormats: {} }]); // => ["Sample KPIs (2)"]
 */
export function addSheets(workbook: DemoWorkbook, sheets: readonly ImportedSheet[]): string[] {
  const names: string[] = [];
  for (const imported of sheets) {
    const name = uniqueSheetName(imported.name, workbook.sheets.map((sheet) => sheet.name));
    const sheet = workbook.addSheet(name, imported.cells);
    sheet.shown = { ...imported.shown };
    sheet.numberFormats = { ...imported.numberFormats };
    OPENED.add(sheet);
    names.push(name);
  }
  if (names.length > 0) workbook.selectSheet(names[0]);
  return names;
}
