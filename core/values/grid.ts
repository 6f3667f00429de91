import { CellValue, isMissingCell, normaliseCell } from "./cells";

/** A rectangular block of host cell values, rows first. */
export type Grid = CellValue[][];

/**
 * Any host argument to a rectangular grid. Sheets passes a single cell as a plain value and an
 * omitted argument as `undefined`; Excel passes ranges as 2-D arrays. Each cell is read as both
 * hosts agree on (normaliseCell): a Sheets Date as its serial number, an Excel error object as its
 * error text.
 *
 * @example
 * toGrid(5);                        // => [[5]]
 * toGrid([[1, 2, 3]]);              // => [[1, 2, 3]]
 * toGrid(undefined);                // => [[null]]
 * toGrid([[new Date(2024, 0, 1)]]); // => [[45292]]
 */
export function toGrid(raw: unknown): Grid {
  if (!Array.isArray(raw)) return [[raw === undefined ? null : normaliseCell(raw)]];
  if (raw.length === 0) return [[null]];
  if (!raw.every((row) => Array.isArray(row))) return [copyRow(raw, raw.length)];
  const rows = raw as unknown[][];
  // A loop, not Math.max(...rows): spreading a whole-column range (1,048,576 rows) overflows the stack.
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return rows.map((row) => (width === 0 ? [null] : copyRow(row, width)));
}

/** A copy of one row, `width` cells long (padded with empty cells), each cell normalised. */
function copyRow(row: readonly unknown[], width: number): CellValue[] {
  const copy = new Array<CellValue>(width);
  for (let c = 0; c < width; c++) {
    const cell = c < row.length ? row[c] : null;
    // Only objects change (Dates, error objects): the test keeps a whole-column range fast.
    copy[c] = typeof cell === "object" && cell !== null ? normaliseCell(cell) : cell;
  }
  return copy;
}

/**
 * True when an optional argument takes its default: left out, left empty, or pointing at empty
 * cells only (docs/FORMULA-CONVENTIONS.md, "Optional arguments").
 */
export function isOmitted(raw: unknown): boolean {
  if (Array.isArray(raw)) return toGrid(raw).every((row) => row.every(isEmptyValue));
  return isEmptyValue(raw);
}

/** An empty cell: nothing, blank text, or a number no host can hold (NaN, Infinity), which every reader treats as missing. */
function isEmptyValue(cell: unknown): boolean {
  if (cell === undefined || cell === null) return true;
  if (typeof cell === "string") return cell.trim() === "";
  return typeof cell === "number" && !Number.isFinite(cell);
}

/** Shape of a grid as users would say it: "1 row by 8 columns". */
export function describeShape(grid: Grid): string {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  return `${rows} ${rows === 1 ? "row" : "rows"} by ${columns} ${columns === 1 ? "column" : "columns"}`;
}

/** All cells of a grid, row by row. Linear in the number of cells (a 10,000-row range is common). */
export function flattenGrid(grid: Grid): CellValue[] {
  const cells: CellValue[] = [];
  for (const row of grid) for (const cell of row) cells.push(cell);
  return cells;
}

/** True when every cell is missing. */
export function isAllMissing(grid: Grid): boolean {
  return grid.every((row) => row.every(isMissingCell));
}
