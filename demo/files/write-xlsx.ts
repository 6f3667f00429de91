/**
 * Writing sheets of the demo workbook as an Excel workbook (.xlsx), in the browser, with
 * write-excel-file: cell values (numbers as numbers, text as text, never as a formula), number
 * formats, column widths, frozen header rows, and the pane's cell styles as the Excel host draws
 * them (excel-addin/excel-host.ts: bold headers on a pale fill, RAG fills). Native charts are not
 * written: the chart sheet carries each chart's data, from which Excel draws a line chart.
 *
 * Loaded only when the report is downloaded (a separate script of the demo), never by the add-ins.
 */
import writeXlsxFile from "write-excel-file/browser";
import type { CellObject, Sheet } from "write-excel-file/browser";
import { Cell } from "../../panel/host";

/** What is written of one sheet; a sheet of the demo workbook has all of it. */
export interface SheetToWrite {
  name: string;
  cells: Cell[][];
  /** Cell styles by `row:column`, as the pane asked for them (`header`, `title`, `red`...). */
  styles: Record<string, string>;
  /** Column widths in pixels. */
  columnWidths: number[];
  frozenRows: number;
  /** Number formats by `row:column` (`0.0`, `0%`, `dd/mm/yyyy`). */
  numberFormats?: Record<string, string>;
}

/** The look of each cell style, with the colours of the Excel host's STYLE_FORMATS. */
const STYLE_LOOKS: Readonly<Record<string, Partial<CellObject>>> = {
  header: { fontWeight: "bold", backgroundColor: "#E6F0F2", wrap: true },
  title: { fontWeight: "bold", fontSize: 14 },
  note: { fontStyle: "italic", textColor: "#4A4A4A" },
  wrap: { wrap: true },
  number: {},
  red: { fontWeight: "bold", backgroundColor: "#F4C7CC" },
  amber: { fontWeight: "bold", backgroundColor: "#FCE3B6" },
  green: { fontWeight: "bold", backgroundColor: "#C9E7CF" },
  "mark-common": { fontWeight: "bold", backgroundColor: "#A6A6A6", align: "center" },
  "mark-improvement": { fontWeight: "bold", backgroundColor: "#00B0F0", align: "center" },
  "mark-concern": { fontWeight: "bold", backgroundColor: "#E46C0A", align: "center" },
  "mark-neutral": { fontWeight: "bold", backgroundColor: "#490092", textColor: "#FFFFFF", align: "center" },
};

/** Calibri 11's widest digit, 7 pixels: the unit of Excel's column widths. */
const MAX_DIGIT_WIDTH_PX = 7;

/**
 * A column width in pixels as Excel's width in characters, by the conversion in ECMA-376 Part 1,
 * 18.3.1.13 (col): Truncate(({pixels} - 5) / {maximum digit width} * 100 + 0.5) / 100.
 *
 * @example
 * characterWidth(220); // => 30.71
 */
export function characterWidth(pixels: number): number {
  return Math.trunc(((Math.max(pixels, 5) - 5) / MAX_DIGIT_WIDTH_PX) * 100 + 0.5) / 100;
}

function cellObject(cell: Cell, style: string | undefined, format: string | undefined): CellObject | null {
  const look = style === undefined ? {} : (STYLE_LOOKS[style] ?? {});
  if (cell === null || cell === "") return style === undefined ? null : { ...look };
  if (typeof cell === "number") return Number.isFinite(cell) ? { ...look, value: cell, type: Number, ...(format ? { format } : {}) } : { ...look };
  if (typeof cell === "boolean") return { ...look, value: cell, type: Boolean };
  return { ...look, value: cell, type: String };
}

/** A sheet as write-excel-file takes it. */
function sheetOf(sheet: SheetToWrite): Sheet<Blob> {
  const width = sheet.cells.reduce((most, row) => Math.max(most, row.length), 0);
  const data = sheet.cells.map((row, r) =>
    Array.from({ length: Math.max(1, width) }, (_, c) => cellObject(row[c] ?? null, sheet.styles[`${r}:${c}`], sheet.numberFormats?.[`${r}:${c}`])),
  );
  const columns = Array.from({ length: width }, (_, c) => (sheet.columnWidths[c] === undefined ? {} : { width: characterWidth(sheet.columnWidths[c]) }));
  return { sheet: sheet.name, data: data.length > 0 ? data : [[null]], columns, ...(sheet.frozenRows > 0 ? { stickyRowsCount: sheet.frozenRows } : {}) } as Sheet<Blob>;
}

/**
 * The sheets as one .xlsx file, in the order given.
 *
 * @example
 * const file = await workbookFile([reportSheet, chartSheet]); // a Blob of type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
 */
export async function workbookFile(sheets: readonly SheetToWrite[]): Promise<Blob> {
  if (sheets.length === 0) throw new Error("There is no sheet to write.");
  return writeXlsxFile(sheets.map(sheetOf), { fontFamily: "Calibri", fontSize: 11 }).toBlob();
}
