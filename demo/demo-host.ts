/**
 * The demo host: an in-memory workbook, so the panel runs in any browser (npm run demo) and in the
 * browser tests. It keeps what a real workbook keeps that the panel can change: sheets of cells,
 * their styles, formulas (calculated by the demo's own formula engine), charts, print setup and
 * the saved settings, and the files the pane downloads.
 */
import { downloadFromPage } from "../panel/download";
import {
  Cell,
  ChartSpec,
  NewSheetSpec,
  PrintSetup,
  RangeData,
  SavedFile,
  WorkbookHost,
  blockAddress,
  isFormulaCell,
  numberFormatsOf,
  rectangular,
  styleOf,
  uniqueSheetName,
} from "../panel/host";
import { evaluateFormula } from "./formulas";

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
  /** Formulas by cell (`row:column`, 0-based); the cell holds the value calculated when written. */
  formulas: Record<string, string>;
  /** How the sheet prints, as the panel asked. */
  print?: PrintSetup;
  /** The text a cell shows where it differs from its value, by `row:column` (dates opened from a file). */
  shown?: Record<string, string>;
}

/** A file the pane saved. */
export interface DemoFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
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
  /** The files the pane saved (downloaded), last one last. */
  readonly files: DemoFile[] = [];
  /** For tests: the next createSheet fails after writing this many rows (a failure mid-write). */
  failAfterRows: number | undefined;
  /** Called after any change, so a view of the workbook can redraw. */
  onChange: () => void = () => undefined;
  /** Called when the panel saves its settings, so the demo page can keep them. */
  onSettingsSaved: (json: string) => void = () => undefined;

  /** Adds a sheet (for the demo's own setup); refuses a name in use. */
  addSheet(name: string, cells: Cell[][]): DemoSheet {
    if (this.sheet(name) !== undefined) throw new Error(`A sheet named "${name}" already exists.`);
    const sheet: DemoSheet = { name, cells: cells.map((row) => [...row]), styles: {}, numberFormats: {}, charts: [], frozenRows: 0, columnWidths: [], formulas: {} };
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
    const sheet: DemoSheet = { name, cells: [], styles: {}, numberFormats: {}, charts: [], frozenRows: spec.frozenRows ?? 0, columnWidths: [...(spec.columnWidths ?? [])], formulas: {} };
    if (spec.print !== undefined) sheet.print = { ...spec.print };
    this.workbook.sheets.push(sheet);
    try {
      const rows = rectangular(spec.rows);
      rows.forEach((row, r) => {
        if (this.workbook.failAfterRows !== undefined && r >= this.workbook.failAfterRows) {
          this.workbook.failAfterRows = undefined;
          throw new Error("The demo workbook stopped the write part-way (a test of what happens when a write fails).");
        }
        sheet.cells.push(row.map((cell) => (isFormulaCell(cell) ? null : cell)));
        row.forEach((cell, c) => {
          if (isFormulaCell(cell)) sheet.formulas[`${r}:${c}`] = cell.formula;
          const style = styleOf(spec, r, c);
          if (style !== undefined) sheet.styles[`${r}:${c}`] = style;
        });
      });
      for (const { row, column, code } of numberFormatsOf(spec)) sheet.numberFormats[`${row}:${column}`] = code;
      this.calculate(sheet);
      sheet.charts.push(...(spec.charts ?? []));
    } catch (error) {
      this.workbook.sheets.splice(this.workbook.sheets.indexOf(sheet), 1);
      this.workbook.onChange();
      throw error;
    }
    this.workbook.onChange();
    return name;
  }

  /**
   * Calculates the formulas of a new sheet over the workbook's cells, as a spreadsheet would on
   * writing them; a formula the demo's engine cannot read shows `#NAME?`, as Excel would show it.
   */
  private calculate(sheet: DemoSheet): void {
    const cellsOf = (name: string | null) => {
      const source = name === null ? sheet : this.workbook.sheet(name);
      if (source === undefined) throw new Error(`no sheet ${name}`);
      return source.cells;
    };
    for (const [place, formula] of Object.entries(sheet.formulas)) {
      const [r, c] = place.split(":").map(Number);
      let value: Cell;
      try {
        value = evaluateFormula(formula, cellsOf);
      } catch {
        value = "#NAME?";
      }
      sheet.cells[r][c] = value;
    }
  }

  /** Downloads the file from the demo page, and keeps it in the workbook for the tests. */
  async saveFile(name: string, mediaType: string, bytes: Uint8Array): Promise<SavedFile> {
    this.workbook.files.push({ name, mediaType, bytes: bytes.slice() });
    const url = downloadFromPage(name, mediaType, bytes);
    return { started: true, url, message: `The committee pack "${name}" is downloading: look in your browser's downloads.` };
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
