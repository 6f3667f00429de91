/**
 * The one interface the panel talks to (docs/DESIGN.md, rule 5). Excel implements it with Office.js,
 * Google Sheets with google.script.run calls to the Apps Script side, and the demo with an
 * in-memory workbook. Everything that crosses it is a plain, serialisable value.
 */

/** One cell as the panel sees it: text, a number, TRUE/FALSE, or empty (null). */
export type Cell = string | number | boolean | null;

/** A block of cells read from the workbook, with where it came from. */
export interface RangeData {
  /** The sheet the block is on. */
  sheet: string;
  /** Where it is, as the host writes it (`A1:N9`); for messages only. */
  address: string;
  /** The cells, row by row; the first row normally holds the headers. */
  values: Cell[][];
}

/** How one cell of a new sheet is shown. */
export type CellStyle = "header" | "title" | "note" | "wrap" | "number" | "red" | "amber" | "green";

/** The formatting of one cell style, which every host applies with its own calls. */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Font colour, `#rrggbb`. */
  color?: string;
  /** Background colour, `#rrggbb`. */
  fill?: string;
  wrap?: boolean;
}

/**
 * The formats of the cell styles, the same in every host. Colours are `#RRGGBB`, which Excel's
 * RangeFill.color and RangeFont.color take ("HTML color code ... in the form #RRGGBB",
 * https://learn.microsoft.com/javascript/api/excel/excel.rangefill) and Apps Script's
 * setBackground and setFontColor take as CSS notation
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setbackgroundcolor).
 */
export const STYLE_FORMATS: Readonly<Record<CellStyle, CellFormat>> = {
  header: { bold: true, fill: "#E6F0F2", wrap: true },
  title: { bold: true, size: 14 },
  note: { italic: true, color: "#4A4A4A" },
  wrap: { wrap: true },
  number: {},
  red: { fill: "#F4C7CC", bold: true },
  amber: { fill: "#FCE3B6", bold: true },
  green: { fill: "#C9E7CF", bold: true },
};

/** A native line chart the host draws from a block of the new sheet. */
export interface ChartSpec {
  /** Chart title (the KPI's name). */
  title: string;
  /** First row (0-based) of the data block: its header row names the series. */
  dataRow: number;
  /** First column (0-based) of the data block; the first column holds the period labels. */
  dataColumn: number;
  /** Rows of the block including the header row. */
  rows: number;
  /** Columns of the block including the period column. */
  columns: number;
  /** Where the chart's top-left corner goes (0-based row and column of the new sheet). */
  anchorRow: number;
  anchorColumn: number;
}

/** A new sheet to create: the host picks a unique name from `baseName` and never touches another sheet. */
export interface NewSheetSpec {
  /** The wanted name; `Name (2)`, `Name (3)`... when a sheet of that name exists. */
  baseName: string;
  /** The cells, row by row (rows may be of different lengths; missing cells stay empty). */
  rows: Cell[][];
  /** Styles by cell: `row:column` (0-based) or `row:*` for a whole row. */
  styles?: Record<string, CellStyle>;
  /**
   * Number formats by cell (`row:column`, 0-based): a format code both hosts read alike
   * (panel/shared/figures.ts), such as `#,##0.0"%"`, so a cell shows its number as the KPI is
   * written; cells without one are left as the host shows numbers.
   */
  numberFormats?: Record<string, string>;
  /** Column widths in pixels, by column (0-based). */
  columnWidths?: number[];
  /** Rows (from the top) to freeze. */
  frozenRows?: number;
  /** Native charts to draw from blocks of this sheet. */
  charts?: ChartSpec[];
}

/** What the host says about itself, for messages and the choice of words. */
export interface HostInfo {
  /** `Excel`, `Google Sheets` or `Demo workbook`. */
  name: string;
  /** How formulas are spelled in this host: `KPI.` or `KPI_`. */
  formulaPrefix: string;
  /** True when the host can draw native charts on a new sheet. */
  canChart: boolean;
}

/** The workbook, seen from the panel. Every method may fail with an Error whose message is for the user. */
export interface WorkbookHost {
  readonly info: HostInfo;
  /** The selected range; a single selected cell widens to the table or block of data around it. */
  getSelection(): Promise<RangeData>;
  /** The names of the sheets, in order. */
  listSheets(): Promise<string[]>;
  /** The used cells of one sheet, from its top-left cell A1. */
  readSheet(name: string): Promise<RangeData>;
  /**
   * Creates a new sheet with a unique name and writes `spec` into it. On any failure the new sheet
   * is removed again, so the workbook is left as it was; resolves to the name used.
   */
  createSheet(spec: NewSheetSpec): Promise<string>;
  /**
   * Shows a sheet (makes it the active sheet), so the user sees the table the pane found or the
   * sheet it has just written; changes no cell.
   */
  activate(sheet: string): Promise<void>;
  /** The panel's saved settings (JSON text) stored with the workbook, or null when there are none. */
  loadSettings(): Promise<string | null>;
  /** Stores the panel's settings (JSON text) with the workbook, without touching any cell. */
  saveSettings(json: string): Promise<void>;
}

/** Characters no spreadsheet allows in a sheet name, and the length Excel allows. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;

/**
 * A sheet name not yet in `existing` (compared without regard to case, as both hosts do):
 * `base`, else `base (2)`, `base (3)`...; forbidden characters are replaced and the name is cut to
 * Excel's 31 characters.
 *
 * @example
 * uniqueSheetName("KPI report", ["KPI report", "kpi report (2)"]); // => "KPI report (3)"
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const clean = base.replace(SHEET_NAME_FORBIDDEN, " ").replace(/^'+|'+$/g, "").trim() || "Sheet";
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = clean.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The number formats of a new sheet, by cell, as 0-based row and column with the format code. */
export function numberFormatsOf(spec: NewSheetSpec): { row: number; column: number; code: string }[] {
  return Object.entries(spec.numberFormats ?? {}).map(([place, code]) => {
    const [row, column] = place.split(":").map(Number);
    return { row, column, code };
  });
}

/** The style of a cell of a new sheet (`row:column` first, then the row's `row:*`). */
export function styleOf(spec: NewSheetSpec, row: number, column: number): CellStyle | undefined {
  return spec.styles?.[`${row}:${column}`] ?? spec.styles?.[`${row}:*`];
}

/** The widest row of a new sheet. */
export function widthOf(rows: Cell[][]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

/** The rows padded to one width with empty cells, as both hosts need for a rectangular write. */
export function rectangular(rows: Cell[][]): Cell[][] {
  const width = Math.max(1, widthOf(rows));
  return rows.map((row) => Array.from({ length: width }, (_, i) => (row[i] === undefined ? null : row[i])));
}

/** Text a spreadsheet would run as a formula when written as a value: it starts with =, +, - or @. */
const FORMULA_START = /^[=+\-@]/;

/**
 * A cell as a host writes it into a new sheet: text that would start a formula (`=1+1`, `+44...`,
 * `@name`) gets a leading apostrophe so it stays text and never runs; an empty cell is "". Both
 * Excel and Sheets read a leading apostrophe as "this is text" and do not show it.
 *
 * @example
 * writtenValue("=1+1"); // => "'=1+1"
 * writtenValue(null);   // => ""
 * writtenValue(4.5);    // => 4.5
 */
export function writtenValue(cell: Cell): string | number | boolean {
  if (cell === null) return "";
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A1-style column letters for a 0-based column. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A1-style address of a block (0-based top-left, size in rows and columns). */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  const start = `${columnLetters(column)}${row + 1}`;
  const end = `${columnLetters(column + columns - 1)}${row + rows}`;
  return rows === 1 && columns === 1 ? start : `${start}:${end}`;
}
