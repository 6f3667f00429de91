import { KpiError } from "../errors";
import { isDateObject, sheetsSerial } from "./sheet-dates";

/**
 * What a host hands over for one cell: Excel gives numbers, strings, booleans, null (older desktop
 * builds 0) for empty, and error objects; Sheets gives numbers, strings, booleans, "" for empty,
 * Date objects for dates and durations, and error values as text.
 */
export type CellValue = unknown;

/**
 * Missing-value markers councils and statistical releases use (docs/FORMULA-CONVENTIONS.md, "Cells"):
 * `-`, `..`, `n/a`, `na`, `x`, `*`, `:`, `c` (suppressed), compared in lower case after trimming.
 */
export const MISSING_MARKERS: ReadonlySet<string> = new Set(["-", "..", "n/a", "na", "x", "*", ":", "c", ""]);

/**
 * Spreadsheet error values as text, the way a cell shows them (Sheets: `#ERROR!` for a failing
 * formula; Excel's `CustomFunctions.ErrorCode` values, whose documentation writes `#DIV/0` both
 * with and without the `!`).
 */
const ERROR_TEXT = /^#(N\/A|DIV\/0!?|VALUE!|REF!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

/**
 * The error text of each `errorType` of Excel's data-type error value (`Excel.ErrorCellValueType`),
 * for an error object that carries no text of its own.
 */
const EXCEL_ERROR_TYPES: Readonly<Record<string, string>> = {
  NotAvailable: "#N/A",
  Div0: "#DIV/0!",
  Value: "#VALUE!",
  Ref: "#REF!",
  Name: "#NAME?",
  Num: "#NUM!",
  Null: "#NULL!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  GettingData: "#GETTING_DATA",
  Busy: "#BUSY!",
  Field: "#FIELD!",
  Blocked: "#BLOCKED!",
  Connect: "#CONNECT!",
};

/** Numeric text: optional sign, optional £, digits with optional thousands commas, optional decimals, optional %. */
const NUMERIC_TEXT = /^([+-]?)\s*£?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%?)$/;

/**
 * True for text that is a spreadsheet error value (`#N/A`, `#DIV/0!`...), as Sheets passes an
 * error cell to a custom function. (Google's guide, "Custom Functions in Google Sheets", Data
 * types, says how dates, durations and percentages arrive but not error cells; if the text
 * arrives, it reads as missing, never as text that is not a number.)
 *
 * @example
 * isErrorText(" #N/A "); // => true
 * isErrorText("N/A");    // => false (a missing-value marker, not an error value)
 */
export function isErrorText(value: unknown): boolean {
  return typeof value === "string" && ERROR_TEXT.test(value.trim());
}

/**
 * True when a host object stands for an error cell. Excel passes error cells to a custom function
 * whose metadata sets `allowErrorForDataTypeAny` as objects: a `CustomFunctions.Error` (with its
 * `code`, such as "#N/A") or a data-type error value (`type: "Error"`, `errorType`, `basicValue`).
 * Any Error object counts too, whichever script realm made it.
 */
function isErrorObject(value: CellValue): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value) || isDateObject(value)) return false;
  const candidate = value as { type?: unknown; errorType?: unknown; code?: unknown };
  return (
    candidate.type === "Error" ||
    candidate.errorType !== undefined ||
    typeof candidate.code === "string" ||
    Object.prototype.toString.call(value) === "[object Error]"
  );
}

/**
 * The text of an Excel error object, as Sheets would pass the same cell: its `code`, else its
 * `basicValue`, else the text of its `errorType`; `#VALUE!` when it carries none of them.
 */
function errorObjectText(value: object): string {
  const candidate = value as { code?: unknown; basicValue?: unknown; errorType?: unknown };
  if (isErrorText(candidate.code)) return (candidate.code as string).trim();
  if (isErrorText(candidate.basicValue)) return (candidate.basicValue as string).trim();
  if (typeof candidate.errorType === "string" && EXCEL_ERROR_TYPES[candidate.errorType] !== undefined) {
    return EXCEL_ERROR_TYPES[candidate.errorType];
  }
  return "#VALUE!";
}

/**
 * One cell as every reader sees it, whichever host passed it, so that the same sheet gives the
 * same answer in Excel and in Google Sheets: a Sheets Date (a date, date-time or duration) becomes
 * the serial number the cell holds, which is what Excel passes; an Excel error object becomes its
 * error text, which is what Sheets passes. Everything else is left as it is.
 *
 * @example
 * normaliseCell(new Date(2024, 0, 1));                  // => 45292
 * normaliseCell({ type: "Error", errorType: "Div0" });   // => "#DIV/0!"
 * normaliseCell("n/a");                                  // => "n/a"
 */
export function normaliseCell(value: CellValue): CellValue {
  if (typeof value !== "object" || value === null) return value;
  if (isDateObject(value)) return sheetsSerial(value);
  if (isErrorObject(value)) return errorObjectText(value);
  return value;
}

/**
 * Reads numeric text the way a council spreadsheet writes it.
 *
 * @example
 * parseNumericText("1,234");  // => 1234
 * parseNumericText("45%");    // => 0.45
 * parseNumericText("£2.50");  // => 2.5
 * parseNumericText("tbc");    // => undefined
 */
export function parseNumericText(text: string): number | undefined {
  const match = NUMERIC_TEXT.exec(text.trim());
  if (match === null) return undefined;
  const [, sign, digits, exponent, percent] = match;
  let number = Number(digits.replace(/,/g, ""));
  if (exponent !== undefined) number *= Math.pow(10, Number(exponent));
  if (sign === "-") number = -number;
  if (percent === "%") number /= 100;
  return Number.isFinite(number) ? number : undefined;
}

/** True for a value that means "no data here": empty, an error value or a missing marker. */
export function isMissingCell(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "number") return !Number.isFinite(value);
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    return MISSING_MARKERS.has(text) || ERROR_TEXT.test(text);
  }
  if (isDateObject(value)) return Number.isNaN(value.getTime());
  return isErrorObject(value);
}

/**
 * How a cell's content is quoted in a message: text in quotes, TRUE/FALSE as the sheet shows them,
 * a date as its serial number and an error as its text, alike in both hosts.
 */
export function quoteCell(value: CellValue): string {
  const cell = normaliseCell(value);
  if (typeof cell === "string") {
    const text = cell.length > 40 ? `${cell.slice(0, 37)}...` : cell;
    return `"${text}"`;
  }
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/**
 * One cell to a number, or `null` when it is missing (docs/FORMULA-CONVENTIONS.md, "Cells"). A Google Sheets Date
 * (a date, date-time or duration) reads as the serial number the cell holds, as Excel passes it.
 *
 * @param value the host's cell value
 * @param argument the parameter's name, for the message (`values`)
 * @param cell how the cell is named in a message (`value 3`)
 * @throws {KpiError} `not_a_number` for other text and for TRUE/FALSE
 * @example
 * parseNumberCell("1,234", "values", "value 1");             // => 1234
 * parseNumberCell("n/a", "values", "value 2");               // => null
 * parseNumberCell(new Date(1899, 11, 31, 12), "durations", "duration 1"); // => 1.5 (36 hours, from Sheets)
 */
export function parseNumberCell(value: CellValue, argument: string, cell: string): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (isDateObject(value)) {
    const serial = sheetsSerial(value);
    return Number.isFinite(serial) ? serial : null;
  }
  if (isMissingCell(value)) return null;
  if (typeof value === "string") {
    const number = parseNumericText(value);
    if (number !== undefined) return number;
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    // Excel may pass a number-like object (a formatted number or entity): use its number if it has one.
    const numeric = Number((value as { valueOf(): unknown }).valueOf());
    if (Number.isFinite(numeric)) return numeric;
  }
  throw new KpiError({ code: "not_a_number", argument, cell, text: quoteCell(value) });
}
