import { KpiError } from "../errors";
import { CellValue } from "./cells";
import { Grid, describeShape, isOmitted, toGrid } from "./grid";

/**
 * Reads an argument cell by cell alongside a reference range: either one value for every cell, or
 * a range of the same shape (a Target column beside a Value column).
 *
 * @param raw the host argument (may be omitted: every cell then gets `parse(null)`)
 * @param reference the grid the result follows
 * @param parse reads one cell; receives the cell and its row and column
 * @throws {KpiError} `length_mismatch` when the shapes differ
 * @example
 * readAligned([[60], [70]], [[58], [72]], "target", "value", (cell) => Number(cell)); // => [[60], [70]]
 */
export function readAligned<T>(
  raw: unknown,
  reference: Grid,
  argument: string,
  referenceArgument: string,
  parse: (cell: CellValue, row: number, column: number) => T,
): T[][] {
  const rows = reference.length;
  const columns = reference[0].length;
  if (isOmitted(raw)) return reference.map((row, r) => row.map((_, c) => parse(null, r, c)));
  const grid = toGrid(raw);
  if (grid.length === 1 && grid[0].length === 1) {
    return reference.map((row, r) => row.map((_, c) => parse(grid[0][0], r, c)));
  }
  if (grid.length !== rows || grid[0].length !== columns) {
    throw new KpiError({
      code: "length_mismatch",
      argument,
      other: referenceArgument,
      expected: describeShape(reference),
      actual: describeShape(grid),
    });
  }
  return grid.map((row, r) => row.map((cell, c) => parse(cell, r, c)));
}

/** How to name one cell of a range in a message: `target 3` for a row or column, `row 2, target 3` in a block. */
export function cellName(noun: string, grid: Grid, row: number, column: number): string {
  const rows = grid.length;
  const columns = grid[0].length;
  if (rows > 1 && columns > 1) return `row ${row + 1}, ${noun} ${column + 1}`;
  return `${noun} ${(rows > 1 ? row : column) + 1}`;
}
