/**
 * The sidebar panel's server side in Apps Script: what `google.script.run` calls. It reads the
 * selection, a sheet's data and the sheet names; it writes only into new sheets it inserts (unique
 * names), and deletes such a sheet again when a write fails, so the spreadsheet is left as it was.
 * Settings are stored as document properties, never in cells. Values crossing to the sidebar are
 * plain (dates become their displayed text). Every argument from the sidebar is checked first
 * (server-arguments.ts). No statistics here.
 */
import { isDateObject } from "../core/values/periods";
import { Cell, CellStyle, NewSheetSpec, RangeData, STYLE_FORMATS, blockAddress, formulaRuns, numberFormatsOf, rectangular, styleOf, uniqueSheetName, writtenValue } from "../panel/host";
import { readNewSheetSpec, readSettingsText, readSheetName } from "./server-arguments";

/** Where the panel keeps its settings (document properties of this spreadsheet). */
export const SETTINGS_PROPERTY = "kpiScrutinyPanel";

/** A range's cells as plain values: "" is empty, a date is the text the sheet shows. */
function cellsOf(range: GoogleAppsScript.Spreadsheet.Range): Cell[][] {
  const values = range.getValues();
  const needsDisplay = values.some((row) => row.some(isDateObject));
  const display = needsDisplay ? range.getDisplayValues() : undefined;
  return values.map((row, r) =>
    row.map((value, c) => {
      if (value === "" || value === null || value === undefined) return null;
      if (isDateObject(value)) return display ? display[r][c] : String(value);
      if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
      return String(value);
    }),
  );
}

function rangeData(range: GoogleAppsScript.Spreadsheet.Range): RangeData {
  return { sheet: range.getSheet().getName(), address: range.getA1Notation(), values: cellsOf(range) };
}

/** The selected range; a single cell widens to the block of data around it. */
function kpiPanelSelection(): RangeData {
  const range = SpreadsheetApp.getActiveRange();
  if (range === null) throw new Error("Nothing is selected. Click a cell of your KPI table, then try again.");
  return rangeData(range.getNumRows() * range.getNumColumns() === 1 ? range.getDataRegion() : range);
}

/** The names of the sheets, in order. */
function kpiPanelListSheets(): string[] {
  return SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .map((sheet) => sheet.getName());
}

/** The data of one sheet, from A1. */
function kpiPanelReadSheet(input: unknown): RangeData {
  const name = readSheetName(input);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (sheet === null) throw new Error(`There is no sheet named "${name}" any more. Choose another sheet.`);
  const range = sheet.getDataRange();
  return { sheet: name, address: range.getA1Notation(), values: cellsOf(range) };
}

/** Writes the new sheet the sidebar describes; on failure the new sheet is deleted again. Returns its name. */
function kpiPanelCreateSheet(input: unknown): string {
  const spec = readNewSheetSpec(input);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const name = uniqueSheetName(spec.baseName, spreadsheet.getSheets().map((sheet) => sheet.getName()));
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  try {
    writeSheet(sheet, spec);
    SpreadsheetApp.flush();
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    const reason = typeof error === "object" && error !== null && "message" in error ? String((error as { message: unknown }).message) : String(error);
    throw new Error(`The new sheet "${name}" could not be written, so it was removed and nothing else changed: ${reason}`);
  }
  return name;
}

function writeSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: NewSheetSpec): void {
  const rows = rectangular(spec.rows);
  const width = rows[0].length;
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((row) => row.map(writtenValue)));
  // Formulas after the values, a run of neighbours at a time (Range.setFormulas:
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setformulasformulas).
  for (const run of formulaRuns(rows)) sheet.getRange(run.row + 1, run.column + 1, 1, run.formulas.length).setFormulas([run.formulas]);
  const byStyle = new Map<CellStyle, string[]>();
  rows.forEach((row, r) =>
    row.forEach((_, c) => {
      const style = styleOf(spec, r, c);
      if (style === undefined) return;
      const list = byStyle.get(style) ?? [];
      list.push(blockAddress(r, c, 1, 1));
      byStyle.set(style, list);
    }),
  );
  byStyle.forEach((addresses, style) => {
    const format = STYLE_FORMATS[style];
    const ranges = sheet.getRangeList(addresses);
    if (format.bold) ranges.setFontWeight("bold");
    if (format.italic) ranges.setFontStyle("italic");
    if (format.size) ranges.setFontSize(format.size);
    if (format.color) ranges.setFontColor(format.color);
    if (format.fill) ranges.setBackground(format.fill);
    if (format.wrap) ranges.setWrap(true);
    if (format.centre) ranges.setHorizontalAlignment("center");
    ranges.setVerticalAlignment("top");
  });
  // Number formats, one call per format code: RangeList.setNumberFormat takes the patterns of
  // https://developers.google.com/sheets/api/guides/formats (https://developers.google.com/apps-script/reference/spreadsheet/range-list#setnumberformatformat).
  const byFormat = new Map<string, string[]>();
  for (const { row, column, code } of numberFormatsOf(spec)) byFormat.set(code, [...(byFormat.get(code) ?? []), blockAddress(row, column, 1, 1)]);
  byFormat.forEach((addresses, code) => sheet.getRangeList(addresses).setNumberFormat(code));
  (spec.columnWidths ?? []).forEach((pixels, c) => sheet.setColumnWidth(c + 1, pixels));
  // The print setup (spec.print) has no Apps Script call: the Spreadsheet service sets no page
  // orientation, scale, print titles or page header (https://developers.google.com/apps-script/reference/spreadsheet/sheet
  // lists none). The frozen header rows are what Sheets repeats on each printed page, and the
  // README says how to choose landscape and fit to width in File > Print.
  if (spec.frozenRows) sheet.setFrozenRows(spec.frozenRows);
  for (const chart of spec.charts ?? []) {
    const built = sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange(chart.dataRow + 1, chart.dataColumn + 1, chart.rows, chart.columns))
      .setNumHeaders(1)
      .setOption("title", chart.title)
      .setPosition(chart.anchorRow + 1, chart.anchorColumn + 1, 0, 0)
      .build();
    sheet.insertChart(built);
  }
}

/**
 * Shows a sheet: Spreadsheet.setActiveSheet "Sets the given sheet to be the active sheet ... The
 * Sheets UI displays the chosen sheet" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setactivesheetsheet).
 */
function kpiPanelActivateSheet(input: unknown): void {
  const name = readSheetName(input);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(name);
  if (sheet === null) throw new Error(`There is no sheet named "${name}" any more. Choose another sheet.`);
  spreadsheet.setActiveSheet(sheet);
}

/** The panel's saved settings (JSON text), or null. */
function kpiPanelLoadSettings(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY);
}

/** Saves the panel's settings (JSON text) with this spreadsheet. */
function kpiPanelSaveSettings(input: unknown): void {
  const json = readSettingsText(input);
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_PROPERTY, json);
}

/** The panel's server functions, exported for the Apps Script entry (each becomes a top-level global). */
export const appsScriptGlobals = {
  kpiPanelSelection,
  kpiPanelListSheets,
  kpiPanelReadSheet,
  kpiPanelCreateSheet,
  kpiPanelActivateSheet,
  kpiPanelLoadSettings,
  kpiPanelSaveSettings,
};

/** The names the sidebar calls, in one place for both sides. */
export type PanelServerFunction = keyof typeof appsScriptGlobals;
