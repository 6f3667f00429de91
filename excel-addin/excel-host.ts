/**
 * The panel's WorkbookHost for Excel, with Office.js. It reads the selection, the used range of a
 * sheet and the sheet names; it writes only into new sheets it adds (unique names), and deletes such
 * a sheet again when a write fails, so the workbook is left as it was. Settings are stored in the
 * workbook's own settings (saved with the file), never in cells. No statistics here.
 */
import { looksLikeShownDate } from "../core/values/periods";
import { downloadFromPage } from "../panel/download";
import {
  Cell,
  NewSheetSpec,
  PrintSetup,
  RangeData,
  STYLE_FORMATS,
  SavedFile,
  WorkbookHost,
  formulaRuns,
  headerText,
  numberFormatsOf,
  rectangular,
  styleOf,
  uniqueSheetName,
  writtenValue,
} from "../panel/host";

/** The part of Excel.run the host uses; tests pass office-addin-mock's stand-in. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Where the panel keeps its settings in the workbook. */
export const SETTINGS_KEY = "KpiScrutiny.panel";

/** Excel measures column widths in points; the panel gives pixels. */
const POINTS_PER_PIXEL = 0.75;

/**
 * A cell as the pane reads it. Excel hands over numbers, text, booleans, and "" for an empty cell;
 * a date comes as its serial number (45383), so a number shown as a date ("Apr-24", "1 Apr 2024",
 * "01/04/2024") becomes the label the user sees, as Sheets gives it (panel-server.ts).
 */
function toCell(value: unknown, shown?: unknown): Cell {
  if (typeof value === "number" && typeof shown === "string" && looksLikeShownDate(shown)) return shown.trim();
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** `Sheet1!A1:C3` or `'My sheet'!A1` -> the sheet name and the cell address. */
export function splitAddress(address: string): { sheet: string; cells: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", cells: address };
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, cells: address.slice(bang + 1) };
}

/** A user-facing message for an Office.js failure. */
function explain(error: unknown, action: string): Error {
  const code = (error as { code?: string })?.code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === "InvalidOperationInCellEditMode") return new Error(`Excel is editing a cell, so KPI Scrutiny could not ${action}. Press Enter or Esc in the sheet, then try again.`);
  if (code === "AccessDenied" || code === "InvalidOperation") return new Error(`Excel refused to let KPI Scrutiny ${action} (${detail}). Check the workbook is not read-only or protected.`);
  return new Error(`KPI Scrutiny could not ${action}: ${detail}`);
}

/** True when Excel can find the block of data around a cell (ExcelApi 1.15); assumed outside Office. */
function canWidenSelection(): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.15");
}

/**
 * True when Excel can set up a sheet for print: Worksheet.pageLayout is ExcelApi 1.9
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout); assumed outside Office.
 */
function canSetUpPrint(): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
}

/** True in Excel on the Mac (Office.context.platform is Office.PlatformType.Mac); false outside Office. */
function onMac(): boolean {
  return typeof Office !== "undefined" && Office.context?.platform === Office.PlatformType.Mac;
}

/** The page footer of every printed sheet: "Page 1 of 3" (&P and &N are Excel's page codes). */
const PAGE_FOOTER = "Page &P of &N";

export class ExcelHost implements WorkbookHost {
  readonly info = { name: "Excel", formulaPrefix: "KPI.", canChart: true };

  /**
   * @param run Excel.run, or office-addin-mock's stand-in in tests
   * @param isMac whether Excel runs on the Mac, which decides how a file is saved
   */
  constructor(
    private readonly run: ExcelRun = (batch) => Excel.run(batch),
    private readonly isMac: () => boolean = onMac,
  ) {}

  async getSelection(): Promise<RangeData> {
    try {
      return await this.run(async (context) => {
        let range = context.workbook.getSelectedRange();
        range.load("cellCount");
        await context.sync();
        if (range.cellCount === 1) {
          // One cell: the block of data around it (its table, or the cells up to the blank rows and
          // columns); Excel before ExcelApi 1.15 cannot tell, so the sheet's used range is read.
          range = canWidenSelection() ? range.getSurroundingRegion() : range.worksheet.getUsedRange(true);
        }
        range.load("address,values,text");
        await context.sync();
        return this.rangeData(range.address, range.values, range.text);
      });
    } catch (error) {
      throw explain(error, "read the selected range");
    }
  }

  async listSheets(): Promise<string[]> {
    try {
      return await this.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      });
    } catch (error) {
      throw explain(error, "list the sheets");
    }
  }

  async readSheet(name: string): Promise<RangeData> {
    try {
      return await this.run(async (context) => {
        const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
        used.load("address,values,text");
        await context.sync();
        if (used.isNullObject) return { sheet: name, address: "A1", values: [[null]] };
        return this.rangeData(used.address, used.values, used.text);
      });
    } catch (error) {
      throw explain(error, `read the sheet "${name}"`);
    }
  }

  private rangeData(address: string, values: unknown[][], shown: unknown[][]): RangeData {
    const { sheet, cells } = splitAddress(address);
    return { sheet, address: cells, values: values.map((row, r) => row.map((value, c) => toCell(value, shown[r]?.[c]))) };
  }

  async createSheet(spec: NewSheetSpec): Promise<string> {
    try {
      return await this.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const name = uniqueSheetName(spec.baseName, sheets.items.map((sheet) => sheet.name));
        const sheet = sheets.add(name);
        await context.sync();
        try {
          this.write(sheet, spec);
          await context.sync();
        } catch (error) {
          // Leave the workbook as it was: remove the half-written sheet.
          context.workbook.worksheets.getItem(name).delete();
          await context.sync();
          throw error;
        }
        if (spec.print !== undefined && canSetUpPrint()) {
          // The print setup comes after the sheet is safely written: where an Excel refuses part of
          // it, the report stays and is set up for print by hand (README, "Printing the report").
          try {
            this.setUpPrint(sheet, spec.print);
            await context.sync();
          } catch {
            // The sheet is written; only its page setup is Excel's default.
          }
        }
        return name;
      });
    } catch (error) {
      throw explain(error, `write the new sheet "${spec.baseName}" (nothing was changed)`);
    }
  }

  /** Queues the writes of one new sheet: values, styles, widths, frozen rows, charts. */
  private write(sheet: Excel.Worksheet, spec: NewSheetSpec): void {
    const rows = rectangular(spec.rows);
    const width = rows[0].length;
    sheet.getRangeByIndexes(0, 0, rows.length, width).values = rows.map((row) => row.map(writtenValue));
    // Formulas after the values, a run of neighbours at a time (Range.formulas takes English
    // function names and commas whatever the user's language: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
    for (const run of formulaRuns(rows)) sheet.getRangeByIndexes(run.row, run.column, 1, run.formulas.length).formulas = [run.formulas];
    rows.forEach((row, r) =>
      row.forEach((_, c) => {
        const style = styleOf(spec, r, c);
        if (style === undefined) return;
        const format = STYLE_FORMATS[style];
        const cellFormat = sheet.getRangeByIndexes(r, c, 1, 1).format;
        if (format.bold) cellFormat.font.bold = true;
        if (format.italic) cellFormat.font.italic = true;
        if (format.size) cellFormat.font.size = format.size;
        if (format.color) cellFormat.font.color = format.color;
        if (format.fill) cellFormat.fill.color = format.fill;
        if (format.wrap) cellFormat.wrapText = true;
        if (format.centre) cellFormat.horizontalAlignment = "Center";
        cellFormat.verticalAlignment = "Top";
      }),
    );
    // Number formats cell by cell: Range.numberFormat takes a grid of format codes
    // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format, "Set number format").
    for (const { row, column, code } of numberFormatsOf(spec)) sheet.getRangeByIndexes(row, column, 1, 1).numberFormat = [[code]];
    (spec.columnWidths ?? []).forEach((pixels, c) => {
      sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = pixels * POINTS_PER_PIXEL;
    });
    if (spec.frozenRows) sheet.freezePanes.freezeRows(spec.frozenRows);
    for (const chart of spec.charts ?? []) {
      const data = sheet.getRangeByIndexes(chart.dataRow, chart.dataColumn, chart.rows, chart.columns);
      const drawn = sheet.charts.add("Line", data, "Columns");
      drawn.title.text = chart.title;
      drawn.setPosition(sheet.getRangeByIndexes(chart.anchorRow, chart.anchorColumn, 1, 1));
    }
  }

  /**
   * Queues the page setup of a sheet (ExcelApi 1.9): orientation; every column on one page wide
   * and as many pages tall as it takes (`verticalFitToPages: 0`, as `fitToHeight="0"` in the
   * sheet's page setup means "automatic", ECMA-376 Part 1, 18.3.1.64); the table's header row
   * printed on every page; the title in the page header and page numbers in the footer.
   */
  private setUpPrint(sheet: Excel.Worksheet, print: PrintSetup): void {
    const layout = sheet.pageLayout;
    layout.orientation = print.landscape ? "Landscape" : "Portrait";
    if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
    const pages = layout.headersFooters.defaultForAllPages;
    pages.centerHeader = headerText(print.title);
    pages.centerFooter = PAGE_FOOTER;
  }

  /**
   * Saves a file the pane made: a download from the pane in Excel on the web and on Windows; on
   * the Mac, where the pane's webview downloads nothing (office-js#2700), it says where to get it
   * (docs/DESIGN.md, "Files from the pane").
   */
  async saveFile(name: string, mediaType: string, bytes: Uint8Array): Promise<SavedFile> {
    if (this.isMac()) {
      return {
        started: false,
        message:
          "Excel on the Mac does not let an add-in download a file. Open this workbook in Excel on the web (or on Windows), press the button there, and the pack downloads. Or print the report, summary and key sheets to PDF with File > Print.",
      };
    }
    const url = downloadFromPage(name, mediaType, bytes);
    return { started: true, url, message: `The committee pack "${name}" is downloading: look in your Downloads folder (Excel on Windows also shows it at the foot of this pane).` };
  }

  /**
   * Shows a sheet: Worksheet.activate() "Activate the worksheet in the Excel UI"
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1)).
   */
  async activate(name: string): Promise<void> {
    try {
      await this.run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      });
    } catch (error) {
      throw explain(error, `show the sheet "${name}"`);
    }
  }

  async loadSettings(): Promise<string | null> {
    try {
      return await this.run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        setting.load("value");
        await context.sync();
        return setting.isNullObject ? null : String(setting.value);
      });
    } catch (error) {
      throw explain(error, "read its saved settings");
    }
  }

  async saveSettings(json: string): Promise<void> {
    try {
      await this.run(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, json);
        await context.sync();
      });
    } catch (error) {
      throw explain(error, "save its settings in the workbook");
    }
  }
}
