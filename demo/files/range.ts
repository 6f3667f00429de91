/**
 * Selecting a range of the demo workbook by its address, as a user selects cells in Excel or
 * Sheets: `B3:H12`, `$B$3:$H$12` or a single cell `B3`.
 */
import { blockAddress } from "../../panel/host";
import { DemoSelection, DemoWorkbook } from "../demo-host";
import { FileProblem } from "./imported-sheet";

/** Excel's largest sheet: 1,048,576 rows by 16,384 columns (XFD). */
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function columnNumber(letters: string): number {
  return letters.toUpperCase().split("").reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function cellOf(text: string, address: string): { row: number; column: number } {
  const match = CELL.exec(text.trim());
  const column = match ? columnNumber(match[1]) : -1;
  const row = match ? Number(match[2]) - 1 : -1;
  if (!match || row < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) {
    throw new FileProblem(`"${address}" is not a range. Type its top-left and bottom-right cells with a colon between them, such as A1:F9.`);
  }
  return { row, column };
}

/**
 * The block an address names (0-based), corners in either order.
 *
 * @example
 * parseRange("b2:$D$5"); // => { row: 1, column: 1, rows: 4, columns: 3 }
 */
export function parseRange(address: string): { row: number; column: number; rows: number; columns: number } {
  const parts = address.trim().replace(/^.*!/, "").split(":");
  if (address.trim() === "" || parts.length > 2) throw new FileProblem(`"${address}" is not a range. Type its top-left and bottom-right cells with a colon between them, such as A1:F9.`);
  const first = cellOf(parts[0], address);
  const last = parts.length === 2 ? cellOf(parts[1], address) : first;
  const row = Math.min(first.row, last.row);
  const column = Math.min(first.column, last.column);
  return { row, column, rows: Math.abs(last.row - first.row) + 1, columns: Math.abs(last.column - first.column) + 1 };
}

/** Selects the range on a sheet of the workbook; returns its address as the hosts write it. */
export function selectRange(workbook: DemoWorkbook, sheetName: string, address: string): string {
  const sheet = workbook.sheet(sheetName);
  if (sheet === undefined) throw new FileProblem(`There is no sheet named "${sheetName}" any more. Click a sheet tab, then type the range again.`);
  const block = parseRange(address);
  const selection: DemoSelection = { sheet: sheet.name, ...block };
  workbook.selection = selection;
  workbook.onChange();
  return blockAddress(block.row, block.column, block.rows, block.columns);
}
