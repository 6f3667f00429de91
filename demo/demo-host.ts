/**
 * The demo host: an in-memory workbook, so the panel runs in any browser (npm run demo) and in the
 * browser tests. It keeps what a real workbook keeps that the panel can change: sheets of cells,
 * their styles, charts and the saved settings.
 */
import { Cell, ChartSpec, NewSheetSpec, RangeData, WorkbookHost, blockAddress, numberFormatsOf, rectangular, styleOf, uniqueSheetName } from "../panel/host";

/** One sheet of the demo workbook. */
export interface DemoSheet {
  name: string;
  cells: Cell[][];
  styles: Record<string, string>;
  /** Number formats by cell (`row:column`), as the panel asked for them or as a file opened had them; written into a downloaded .xlsx. */
  numberFormats: Record<string, string>;
  charts: ChartSpec[];
  frozenRows: number;
  /** Column widths in pixels, as the panel asked for them. */
  columnWidths: number[];
  /** The text a cell shows where it differs from its value, by `row:column` (dates opened from a file). */
  shown?: Record<string, string>;
}

/** The selection: a block on a sheet (0-based). */
export interface DemoSelection {
  sheet: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** An in-memory workbook with a selection, used by the demo host. */
export class DemoWorkbook {
  readonly sheets: DemoSheet[] = [];
  selection: DemoSelection | undefined;
  /** The sheet the workbook view shows (the active sheet). */
  active = "";
  settings: string | null = null;
  /** For tests: the next createSheet fails after writing this many rows (a failure mid-write). */
  failAfterRows: number | undefined;
  /** Called after any change, so a view of the workbook can redraw. */
  onChange: () => void = () => undefined;
  /** Called when the panel saves its settings, so the demo page can keep them. */
  onSettingsSaved: (json: string) => void = () => undefined;

  /** Adds a sheet (for the demo's own setup); refuses a name in use. */
  addSheet(name: string, cells: Cell[][]): DemoSheet {
    if (this.sheet(name) !== undefined) throw new Error(`A sheet named "${name}" already exists.`);
    const sheet: DemoSheet = { name, cells: cells.map((row) => [...row]), styles: {}, numberFormats: {}, charts: [], frozenRows: 0, columnWidths: [] };
    this.sheets.push(sheet);
    if (this.active === "") this.active = name;
    this.onChange();
    return sheet;
  }

  sheet(name: string): DemoSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  /** Selects the whole used block of a sheet. */
  selectSheet(name: string): void {
    const sheet = this.sheet(name);
    if (sheet === undefined) throw new Error(`No sheet named "${name}".`);
    const columns = sheet.cells.reduce((width, row) => Math.max(width, row.length), 0);
    this.selection = { sheet: sheet.name, row: 0, column: 0, rows: sheet.cells.length, columns };
    this.active = sheet.name;
    this.onChange();
  }

  /** Shows a sheet (as a click on its tab does, without selecting its cells). */
  activate(name: string): void {
    const sheet = this.sheet(name);
    if (sheet === undefined) throw new Error(`There is no sheet named "${name}" any more.`);
    this.active = sheet.name;
    this.onChange();
  }

  /** A deep copy of every sheet's cells, to compare before and after. */
  snapshot(): Record<string, Cell[][]> {
    const copy: Record<string, Cell[][]> = {};
    for (const sheet of this.sheets) copy[sheet.name] = sheet.cells.map((row) => [...row]);
    return copy;
  }
}

function block(sheet: DemoSheet, row: number, column: number, rows: number, columns: number): Cell[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = sheet.cells[row + r]?.[column + c];
      // A date reaches the pane as the text it shows, as Excel's host hands it over (excel-host.ts).
      const shown = sheet.shown?.[`${row + r}:${column + c}`];
      if (typeof cell === "number" && shown !== undefined) return shown;
      return cell === undefined ? null : cell;
    }),
  );
}

/** Resolves after the browser has had a chance to draw, as a real host's round trip would. */
function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The WorkbookHost over a DemoWorkbook. */
export class DemoHost implements WorkbookHost {
  readonly info = { name: "Demo workbook", formulaPrefix: "KPI.", canChart: true };

  constructor(readonly workbook: DemoWorkbook) {}

  async getSelection(): Promise<RangeData> {
    await tick();
    const selection = this.workbook.selection;
    const sheet = selection && this.workbook.sheet(selection.sheet);
    if (selection === undefined || sheet === undefined) throw new Error("Nothing is selected. Click a sheet tab in the demo workbook, then try again.");
    return {
      sheet: sheet.name,
      address: blockAddress(selection.row, selection.column, selection.rows, selection.columns),
      values: block(sheet, selection.row, selection.column, selection.rows, selection.columns),
    };
  }

  async listSheets(): Promise<string[]> {
    await tick();
    return this.workbook.sheets.map((sheet) => sheet.name);
  }

  async readSheet(name: string): Promise<RangeData> {
    await tick();
    const sheet = this.workbook.sheet(name);
    if (sheet === undefined) throw new Error(`There is no sheet named "${name}" any more. Choose another sheet.`);
    const columns = sheet.cells.reduce((width, row) => Math.max(width, row.length), 0);
    return { sheet: sheet.name, address: blockAddress(0, 0, Math.max(1, sheet.cells.length), Math.max(1, columns)), values: block(sheet, 0, 0, sheet.cells.length, columns) };
  }

  async createSheet(spec: NewSheetSpec): Promise<string> {
    await tick();
    const name = uniqueSheetName(spec.baseName, this.workbook.sheets.map((sheet) => sheet.name));
    const sheet: DemoSheet = { name, cells: [], styles: {}, numberFormats: {}, charts: [], frozenRows: spec.frozenRows ?? 0, columnWidths: [...(spec.columnWidths ?? [])] };
    this.workbook.sheets.push(sheet);
    try {
      const rows = rectangular(spec.rows);
      rows.forEach((row, r) => {
        if (this.workbook.failAfterRows !== undefined && r >= this.workbook.failAfterRows) {
          this.workbook.failAfterRows = undefined;
          throw new Error("The demo workbook stopped the write part-way (a test of what happens when a write fails).");
        }
        sheet.cells.push([...row]);
        row.forEach((_, c) => {
          const style = styleOf(spec, r, c);
          if (style !== undefined) sheet.styles[`${r}:${c}`] = style;
        });
      });
      for (const { row, column, code } of numberFormatsOf(spec)) sheet.numberFormats[`${row}:${column}`] = code;
      sheet.charts.push(...(spec.charts ?? []));
    } catch (error) {
      this.workbook.sheets.splice(this.workbook.sheets.indexOf(sheet), 1);
      this.workbook.onChange();
      throw error;
    }
    this.workbook.onChange();
    return name;
  }

  async activate(name: string): Promise<void> {
    await tick();
    this.workbook.activate(name);
  }

  async loadSettings(): Promise<string | null> {
    return this.workbook.settings;
  }

  async saveSettings(json: string): Promise<void> {
    this.workbook.settings = json;
    this.workbook.onSettingsSaved(json);
  }
}
