/**
 * The sheets of an Excel workbook (.xlsx), with read-excel-file: every sheet, its cells as the
 * hosts hold them. A formula's value is the one Excel saved with the file (read-excel-file never
 * evaluates a formula; one saved without a value, or with an error such as #DIV/0!, reads as an
 * empty cell). A date becomes its Excel serial number, showing as a UK date (01/04/2024).
 *
 * Loaded only when a workbook is opened (a separate script of the demo), never by the add-ins.
 */
import readXlsxFile from "read-excel-file/browser";
import { Cell } from "../../panel/host";
import { dateFormatOf, excelSerial, shownDate } from "./excel-dates";
import { FileProblem, ImportResult, ImportedSheet, trimmed } from "./imported-sheet";

/** What read-excel-file's InvalidInputError codes mean for the user. */
function problemOf(error: unknown, fileName: string): FileProblem {
  const code = (error as { code?: string })?.code;
  if (code === "XLS_FILE_NOT_SUPPORTED") {
    return new FileProblem(`"${fileName}" is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which the browser cannot open. Open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx).`);
  }
  const name = (error as { name?: string })?.name;
  if (code === "FILE_NOT_SUPPORTED" || code === "INVALID_ZIP" || code === "NO_DATA" || name === "InvalidSpreadsheetError") {
    return new FileProblem(`"${fileName}" is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel or Sheets and save it as .xlsx, or save the table as CSV.`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new FileProblem(`"${fileName}" could not be read as an Excel workbook (${detail}). Open it in Excel and save it again as .xlsx, or save the table as CSV.`);
}

/** One cell from read-excel-file: a Date becomes its serial, with the text and format it shows. */
function cellOf(value: unknown, key: string, sheet: ImportedSheet): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const serial = excelSerial(value);
    sheet.shown[key] = shownDate(serial);
    sheet.numberFormats[key] = dateFormatOf(serial);
    return serial;
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  const text = String(value);
  return text === "" ? null : text;
}

/**
 * Every sheet of a workbook that has cells, in the workbook's order.
 *
 * @example
 * (await readWorkbook(bytes, "kpis.xlsx")).sheets.map((sheet) => sheet.name); // => ["KPIs", "Peers"]
 */
export async function readWorkbook(bytes: ArrayBuffer, fileName: string): Promise<ImportResult> {
  let read: { sheet: string; data: unknown[][] }[];
  try {
    read = (await readXlsxFile(bytes, { trim: false })) as unknown as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    throw problemOf(error, fileName);
  }
  const sheets: ImportedSheet[] = [];
  const empty: string[] = [];
  for (const { sheet: name, data } of read) {
    const sheet: ImportedSheet = { name, cells: [], shown: {}, numberFormats: {} };
    sheet.cells = trimmed(data.map((row, r) => row.map((value, c) => cellOf(value, `${r}:${c}`, sheet))));
    if (sheet.cells.length === 0) empty.push(name);
    else sheets.push(sheet);
  }
  if (sheets.length === 0) throw new FileProblem(`"${fileName}" has no cells in any of its sheets. Open the workbook that holds your KPI table.`);
  const notes = empty.length > 0 ? [`Left out ${empty.length === 1 ? "the empty sheet" : "the empty sheets"} ${empty.map((name) => `"${name}"`).join(", ")}.`] : [];
  return { sheets, notes };
}
