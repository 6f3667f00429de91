import { KpiError } from "../errors";
import { parseNumberCell } from "./cells";
import { Grid, describeShape, toGrid } from "./grid";

/** One KPI's values in time order; `null` keeps the position of a missing period. */
export type Series = (number | null)[];

/** The series found in a `values` argument (docs/FORMULA-CONVENTIONS.md, "Series"). */
export interface SeriesSet {
  /** One series per row of a block, or the single row or column. */
  series: Series[];
  /** True when the argument was a block (several rows and several columns): one result row per series. */
  isBlock: boolean;
  /** The grid as given, to check other arguments against. */
  grid: Grid;
  /** True when the single series was a column (results then run down a column too). */
  isColumn: boolean;
}

/**
 * Reads a `values` range as series: a single row or column is one series; a block with more than
 * one row and more than one column is one series per row.
 *
 * @param raw the host argument
 * @param argument the parameter's name (`values`)
 * @param noun how one cell is named in messages (`value`)
 * @throws {KpiError} `not_a_number` naming the cell
 * @example
 * readSeriesSet([[1], ["n/a"], [3]], "values", "value").series; // => [[1, null, 3]]
 * readSeriesSet([[1, 2], [3, 4]], "values", "value").isBlock;   // => true
 */
export function readSeriesSet(raw: unknown, argument: string, noun: string): SeriesSet {
  const grid = toGrid(raw);
  const rows = grid.length;
  const columns = grid[0].length;
  if (rows > 1 && columns > 1) {
    const series = grid.map((row, r) => row.map((cell, c) => readCell(cell, argument, () => `row ${r + 1}, ${noun} ${c + 1}`)));
    return { series, isBlock: true, grid, isColumn: false };
  }
  const cells = rows > 1 ? grid.map((row) => row[0]) : grid[0];
  const series = cells.map((cell, i) => readCell(cell, argument, () => `${noun} ${i + 1}`));
  return { series: [series], isBlock: false, grid, isColumn: rows > 1 };
}

/**
 * One cell of a series: a finite number and an empty cell are read at once; anything else goes to
 * parseNumberCell with the cell's name, which is made only then. Naming every cell up front cost
 * more than reading it in a whole-column range (1,048,576 rows).
 */
function readCell(cell: unknown, argument: string, name: () => string): number | null {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (cell === null || cell === undefined || cell === "") return null;
  return parseNumberCell(cell, argument, name());
}

/**
 * Reads one series (a row or a column); a block is refused with a message.
 *
 * @example
 * readSeries([[4, "", "5%"]], "values", "value"); // => [4, null, 0.05]
 */
export function readSeries(raw: unknown, argument: string, noun: string): Series {
  const set = readSeriesSet(raw, argument, noun);
  if (set.isBlock) {
    throw new KpiError({
      code: "invalid_argument",
      argument,
      problem: `is a block of ${describeShape(set.grid)}`,
      fix: "give a single row or a single column",
    });
  }
  return set.series[0];
}

/** The present values of a series with their positions (0-based), gaps dropped. */
export interface PresentPoints {
  positions: number[];
  values: number[];
}

/**
 * The present points of a series, keeping each point's position as its time index.
 *
 * @example
 * presentPoints([3, null, 5]); // => { positions: [0, 2], values: [3, 5] }
 */
export function presentPoints(series: Series): PresentPoints {
  const positions: number[] = [];
  const values: number[] = [];
  series.forEach((value, position) => {
    if (value !== null) {
      positions.push(position);
      values.push(value);
    }
  });
  return { positions, values };
}

/** Counts the present values of a series. */
export function countPresent(series: Series): number {
  return series.reduce<number>((count, value) => (value === null ? count : count + 1), 0);
}
