import { KpiError } from "../errors";

/** What a host hands over for one cell: Excel gives numbers, strings, booleans, null; Sheets "" for empty. */
export type CellValue = unknown;

/**
 * Missing-value markers councils and statistical releases use (docs/FORMULA-CONVENTIONS.md, "Cells"):
 * `-`, `..`, `n/a`, `na`, `x`, `*`, `:`, `c` (suppressed), compared in lower case after trimming.
 */
export const MISSING_MARKERS: ReadonlySet<string> = new Set(["-", "..", "n/a", "na", "x", "*", ":", "c", ""]);

/** Spreadsheet error values as Sheets passes them to custom functions (as text). */
const ERROR_TEXT = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

/** Numeric text: optional sign, optional £, digits with optional thousands commas, optional decimals, optional %. */
const NUMERIC_TEXT = /^([+-]?)\s*£?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%?)$/;

/**
 * True when a host value stands for an error cell (`#N/A`, `#DIV/0!`...): Sheets passes the text,
 * Excel an error object.
 */
function isErrorValue(value: CellValue): boolean {
  if (typeof value === "string") return ERROR_TEXT.test(value.trim());
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const candidate = value as { type?: unknown; errorType?: unknown; code?: unknown; name?: unknown };
    return (
      candidate.type === "Error" ||
      candidate.errorType !== undefined ||
      typeof candidate.code === "string" ||
      value instanceof Error
    );
  }
  return false;
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
  return isErrorValue(value);
}

/** How a cell's content is quoted in a message: text in quotes, TRUE/FALSE as the sheet shows them. */
export function quoteCell(value: CellValue): string {
  if (typeof value === "string") {
    const text = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `"${text}"`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * One cell to a number, or `null` when it is missing (docs/FORMULA-CONVENTIONS.md, "Cells").
 *
 * @param value the host's cell value
 * @param argument the parameter's name, for the message (`values`)
 * @param cell how the cell is named in a message (`value 3`)
 * @throws {KpiError} `not_a_number` for other text and for TRUE/FALSE
 * @example
 * parseNumberCell("1,234", "values", "value 1"); // => 1234
 * parseNumberCell("n/a", "values", "value 2");   // => null
 */
export function parseNumberCell(value: CellValue, argument: string, cell: string): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
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
