/**
 * What the server functions accept from the sidebar through `google.script.run`. The sidebar is the
 * panel's own page, but anything that can call google.script.run can send anything, so each server
 * function reads its arguments here before it touches the spreadsheet: bad input gets a message that
 * says what is wrong, and nothing is changed.
 *
 * Written by hand rather than with zod (which the sidebar uses for the replies): zod/mini added
 * 27 KB to the minified Code.js (168.4 KB to 195.4 KB, measured on this build), the script every
 * spreadsheet formula loads.
 */
import { Cell, NewSheetSpec, STYLE_FORMATS } from "../panel/host";

/**
 * The longest settings text kept: Apps Script stores at most 9 KB per property value
 * (https://developers.google.com/apps-script/guides/services/quotas, "Properties value size").
 */
export const SETTINGS_MAX_LENGTH = 9000;

/** Where an argument goes wrong (`""` for the whole argument) and what is wrong there. */
interface Problem {
  place: string;
  what: string;
}

/** A cell place of a new sheet's styles: `row:column` or `row:*`, 0-based. */
const STYLE_PLACE = /^\d+:(\d+|\*)$/;

/** A cell place of a new sheet's number formats: `row:column`, 0-based. */
const CELL_PLACE = /^\d+:\d+$/;

/** The longest number format code taken (the pane's are under 100 characters). */
const NUMBER_FORMAT_MAX_LENGTH = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCell(value: unknown): value is Cell {
  return value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

/**
 * The functions a formula cell of a new sheet may call: those the report's summary counts with.
 * Anything else (IMPORTXML, IMAGE, HYPERLINK...) could reach outside the spreadsheet, so it is
 * refused before anything is written.
 */
export const FORMULA_FUNCTIONS: readonly string[] = ["COUNTIF", "COUNTIFS", "COUNTA", "SUMPRODUCT", "LEFT", "IFERROR"];

/**
 * A formula read left to right as a spreadsheet reads it: its code, with each text literal
 * ("..." with "" inside) and each quoted sheet name ('...'! with '' inside) replaced by a blank,
 * or undefined when a literal or sheet name is not closed.
 */
function codeOf(formula: string): string | undefined {
  let code = "";
  for (let i = 0; i < formula.length; i++) {
    const quote = formula[i];
    if (quote !== '"' && quote !== "'") {
      code += quote;
      continue;
    }
    let end = i + 1;
    for (; end < formula.length; end++) {
      if (formula[end] !== quote) continue;
      if (formula[end + 1] === quote) end++;
      else break;
    }
    if (end >= formula.length) return undefined;
    if (quote === "'" && formula[end + 1] !== "!") return undefined;
    code += " ";
    i = end;
  }
  return code;
}

/**
 * What is wrong with a formula cell, or undefined: it starts with `=`, calls only
 * FORMULA_FUNCTIONS, and names nothing else but cell ranges.
 */
function formulaProblem(cell: Record<string, unknown>): string | undefined {
  const formula = cell.formula;
  if (typeof formula !== "string" || !formula.startsWith("=")) return "must be a formula starting with =";
  const code = codeOf(formula);
  if (code === undefined) return "must close every quoted text and sheet name";
  const call = /([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g;
  for (const match of code.matchAll(call)) {
    if (!FORMULA_FUNCTIONS.includes(match[1].toUpperCase())) return `may call only ${FORMULA_FUNCTIONS.join(", ")}, not ${match[1]}`;
  }
  // Besides function names and ranges (B5, $B$5:$B$9, 'Sheet'!B5), no other name: no named ranges, no sheets of other files.
  const names = code.replace(call, "(").match(/[A-Za-z_][A-Za-z0-9_.]*/g) ?? [];
  const notCell = names.find((name) => !/^\$?[A-Z]{1,3}\$?[0-9]+$/.test(name) && !/^\$?[A-Z]{1,3}$/.test(name));
  return notCell === undefined ? undefined : `may name only cells and ranges, not ${notCell}`;
}

/** What is wrong with one cell of a new sheet, or undefined. */
function cellProblem(cell: unknown): string | undefined {
  if (isCell(cell)) return undefined;
  if (isRecord(cell)) return formulaProblem(cell);
  return "must be text, a number, TRUE/FALSE, a formula or empty";
}

/** What is wrong with a new sheet's print setup, or undefined. */
function printProblem(print: unknown): Problem | undefined {
  if (!isRecord(print)) return { place: place("print"), what: "must describe how the sheet prints" };
  for (const key of ["landscape", "fitToWidth"]) {
    if (typeof print[key] !== "boolean") return { place: place("print", key), what: "must be true or false" };
  }
  if (typeof print.title !== "string") return { place: place("print", "title"), what: "must be text" };
  if (print.repeatRows !== undefined) {
    const rows = print.repeatRows;
    if (!isRecord(rows) || !isWhole(rows.first, 0) || !isWhole(rows.last, 0) || (rows.last as number) < (rows.first as number)) {
      return { place: place("print", "repeatRows"), what: "must be a first and last row, 0 or more, in order" };
    }
  }
  return undefined;
}

function isWhole(value: unknown, least: number): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= least;
}

/** A place in an argument, as the sidebar's own messages write it: `"rows" › item 4 › item 3`. */
function place(...keys: (string | number)[]): string {
  return keys.map((key) => (typeof key === "number" ? `item ${key + 1}` : JSON.stringify(key))).join(" › ");
}

/** The first problem in a list, checked an item at a time. */
function firstProblem<T>(items: readonly T[], check: (item: T, index: number) => Problem | undefined): Problem | undefined {
  for (let i = 0; i < items.length; i++) {
    const problem = check(items[i], i);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function chartProblem(chart: unknown, i: number): Problem | undefined {
  if (!isRecord(chart)) return { place: place("charts", i), what: "must be a chart to draw" };
  if (typeof chart.title !== "string") return { place: place("charts", i, "title"), what: "must be text" };
  for (const key of ["dataRow", "dataColumn", "anchorRow", "anchorColumn"]) {
    if (!isWhole(chart[key], 0)) return { place: place("charts", i, key), what: "must be a whole number, 0 or more" };
  }
  for (const key of ["rows", "columns"]) {
    if (!isWhole(chart[key], 1)) return { place: place("charts", i, key), what: "must be a whole number, 1 or more" };
  }
  return undefined;
}

/** What is wrong with a new sheet the sidebar sent, or undefined when it can be written. */
function newSheetProblem(spec: unknown): Problem | undefined {
  if (!isRecord(spec)) return { place: "", what: "must describe a new sheet" };
  if (typeof spec.baseName !== "string" || spec.baseName === "") return { place: place("baseName"), what: "must be text, not empty" };
  if (!Array.isArray(spec.rows)) return { place: place("rows"), what: "must be a list of rows" };
  const rows: unknown[] = spec.rows;
  const rowProblem = firstProblem(rows, (row, r) => {
    if (!Array.isArray(row)) return { place: place("rows", r), what: "must be a row of cells" };
    for (let c = 0; c < row.length; c++) {
      const what = cellProblem(row[c]);
      if (what !== undefined) return { place: place("rows", r, c), what };
    }
    return undefined;
  });
  if (rowProblem !== undefined) return rowProblem;
  if (spec.styles !== undefined) {
    if (!isRecord(spec.styles)) return { place: place("styles"), what: "must be styles by cell" };
    const styles = Object.entries(spec.styles);
    const styleProblem = firstProblem(styles, ([key, style]) => {
      if (!STYLE_PLACE.test(key)) return { place: place("styles"), what: `must name cells such as 3:7 or 3:*, not ${JSON.stringify(key)}` };
      const known = typeof style === "string" && Object.prototype.hasOwnProperty.call(STYLE_FORMATS, style);
      return known ? undefined : { place: place("styles", key), what: `must be one of the styles ${Object.keys(STYLE_FORMATS).join(", ")}` };
    });
    if (styleProblem !== undefined) return styleProblem;
  }
  if (spec.numberFormats !== undefined) {
    if (!isRecord(spec.numberFormats)) return { place: place("numberFormats"), what: "must be number formats by cell" };
    const formatProblem = firstProblem(Object.entries(spec.numberFormats), ([key, code]) => {
      if (!CELL_PLACE.test(key)) return { place: place("numberFormats"), what: `must name cells such as 3:7, not ${JSON.stringify(key)}` };
      const usable = typeof code === "string" && code !== "" && code.length <= NUMBER_FORMAT_MAX_LENGTH;
      return usable ? undefined : { place: place("numberFormats", key), what: `must be a number format, text of 1 to ${NUMBER_FORMAT_MAX_LENGTH} characters` };
    });
    if (formatProblem !== undefined) return formatProblem;
  }
  if (spec.columnWidths !== undefined) {
    if (!Array.isArray(spec.columnWidths)) return { place: place("columnWidths"), what: "must be a list of widths" };
    const c = spec.columnWidths.findIndex((width: unknown) => typeof width !== "number" || !Number.isFinite(width) || width < 0);
    if (c >= 0) return { place: place("columnWidths", c), what: "must be a number of pixels, 0 or more" };
  }
  if (spec.frozenRows !== undefined && !isWhole(spec.frozenRows, 0)) return { place: place("frozenRows"), what: "must be a whole number, 0 or more" };
  if (spec.print !== undefined) {
    const problem = printProblem(spec.print);
    if (problem !== undefined) return problem;
  }
  if (spec.charts !== undefined) {
    if (!Array.isArray(spec.charts)) return { place: place("charts"), what: "must be a list of charts" };
    return firstProblem(spec.charts as unknown[], chartProblem);
  }
  return undefined;
}

/** The Error for an argument the server cannot use; the sidebar shows its message. */
function refused(argument: string, problem: Problem): Error {
  const where = problem.place ? `in the ${argument}, ${problem.place} ${problem.what}` : `the ${argument} ${problem.what}`;
  return new Error(`KPI Scrutiny could not use what the sidebar sent: ${where}. Nothing was changed. Close the sidebar and open it again from the KPI Scrutiny menu.`);
}

/**
 * The new sheet the sidebar asks for.
 *
 * @throws {Error} saying what is wrong, before anything is written
 * @example
 * readNewSheetSpec({ baseName: "KPI report", rows: [["KPI"]] }).baseName; // => "KPI report"
 */
export function readNewSheetSpec(input: unknown): NewSheetSpec {
  const problem = newSheetProblem(input);
  if (problem !== undefined) throw refused("new sheet", problem);
  return input as NewSheetSpec;
}

/** The name of a sheet to read: text, not empty. */
export function readSheetName(input: unknown): string {
  if (typeof input !== "string" || input === "") throw refused("sheet name", { place: "", what: "must be text, not empty" });
  return input;
}

/** The settings text to save (JSON written by the panel), no longer than a property value may be. */
export function readSettingsText(input: unknown): string {
  if (typeof input !== "string") throw refused("settings", { place: "", what: "must be text" });
  if (input.length > SETTINGS_MAX_LENGTH) throw new Error("The settings are too large to save; leave fewer periods out, or remove some events on the chart or shorten their notes.");
  return input;
}
