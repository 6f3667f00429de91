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

/**
 * A formula for a new sheet: the host writes it as a formula, so the spreadsheet calculates it and
 * keeps it up to date. Written as both hosts take formulas from code: English function names,
 * commas between arguments, A1 references (Excel's `Range.formulas`; Apps Script's `setFormulas`).
 */
export interface FormulaCell {
  /** The formula with its leading `=`: `=COUNTIF($H$5:$H$9,"Green")`. */
  formula: string;
}

/** A cell of a new sheet: a value, or a formula. */
export type SheetCell = Cell | FormulaCell;

/** True for a formula cell of a new sheet. */
export function isFormulaCell(cell: SheetCell | undefined): cell is FormulaCell {
  return typeof cell === "object" && cell !== null;
}

/** How one cell of a new sheet is shown. */
export type CellStyle =
  | "header"
  | "title"
  | "note"
  | "wrap"
  | "number"
  | "red"
  | "amber"
  | "green"
  | "mark-common"
  | "mark-improvement"
  | "mark-concern"
  | "mark-neutral";

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
  /** Centred across the cell. */
  centre?: boolean;
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
  // The Making Data Count colours (panel/shared/marks/point-colours.ts) as cell fills behind a
  // glyph, with black or white text at 6:1 contrast or more; the words sit in the next column.
  "mark-common": { fill: "#A6A6A6", bold: true, centre: true },
  "mark-improvement": { fill: "#00B0F0", bold: true, centre: true },
  "mark-concern": { fill: "#E46C0A", bold: true, centre: true },
  "mark-neutral": { fill: "#490092", color: "#FFFFFF", bold: true, centre: true },
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

/**
 * How a new sheet prints, so that printing it (or printing it to PDF) gives a paper a committee
 * clerk can attach. Each host applies what its API offers (README, "Printing the report").
 */
export interface PrintSetup {
  /** Landscape pages rather than portrait. */
  landscape: boolean;
  /** Every column on one page wide, as many pages tall as it takes. */
  fitToWidth: boolean;
  /** The rows (0-based, first to last) printed at the top of every page: the table's header. */
  repeatRows?: { first: number; last: number };
  /** The page header: the council, the paper and the period. Page numbers go in the footer. */
  title: string;
}

/** A new sheet to create: the host picks a unique name from `baseName` and never touches another sheet. */
export interface NewSheetSpec {
  /** The wanted name; `Name (2)`, `Name (3)`... when a sheet of that name exists. */
  baseName: string;
  /** The cells, row by row (rows may be of different lengths; missing cells stay empty). */
  rows: SheetCell[][];
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
  /** How the sheet prints. */
  print?: PrintSetup;
}

/** What became of a file the pane asked the host to save. */
export interface SavedFile {
  /** True when the browser was asked to download it. */
  started: boolean;
  /** What the pane says: where the file goes, or how to get it in this host. */
  message: string;
  /**
   * A link to the same file while the pane stays open (a blob URL), for the pane to show as
   * "If the download did not start, save it from here".
   */
  url?: string;
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
  /**
   * Offers the user a file the pane made (the committee pack), the way this host's pane can
   * (docs/DESIGN.md, "Files from the pane"). Called from the click that asks for it.
   */
  saveFile(name: string, mediaType: string, bytes: Uint8Array): Promise<SavedFile>;
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
export function widthOf(rows: readonly (readonly SheetCell[])[]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

/** The rows padded to one width with empty cells, as both hosts need for a rectangular write. */
export function rectangular(rows: readonly (readonly Cell[])[]): Cell[][];
export function rectangular(rows: readonly (readonly SheetCell[])[]): SheetCell[][];
export function rectangular(rows: readonly (readonly SheetCell[])[]): SheetCell[][] {
  const width = Math.max(1, widthOf(rows));
  return rows.map((row) => Array.from({ length: width }, (_, i) => (row[i] === undefined ? null : row[i])));
}

/** A run of formulas side by side in one row of a new sheet (0-based), written with one call. */
export interface FormulaRun {
  row: number;
  column: number;
  formulas: string[];
}

/**
 * The formula cells of a new sheet, as runs of neighbours in a row, so a host writes each run
 * with one call after the values.
 *
 * @example
 * formulaRuns([["Green", { formula: "=1" }, { formula: "=2" }]]); // => [{ row: 0, column: 1, formulas: ["=1", "=2"] }]
 */
export function formulaRuns(rows: readonly (readonly SheetCell[])[]): FormulaRun[] {
  const runs: FormulaRun[] = [];
  rows.forEach((row, r) => {
    let current: FormulaRun | undefined;
    row.forEach((cell, c) => {
      if (!isFormulaCell(cell)) {
        current = undefined;
        return;
      }
      if (current === undefined) {
        current = { row: r, column: c, formulas: [] };
        runs.push(current);
      }
      current.formulas.push(cell.formula);
    });
  });
  return runs;
}

/**
 * Text for an Excel page header or footer: `&` starts a formatting code there, so a literal one is
 * doubled (Microsoft, "Formatting and VBA codes for headers and footers").
 *
 * @example
 * headerText("Health & care"); // => "Health && care"
 */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
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
export function writtenValue(cell: SheetCell): string | number | boolean {
  // A formula cell is written after the values, as a formula (formulaRuns).
  if (cell === null || isFormulaCell(cell)) return "";
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
