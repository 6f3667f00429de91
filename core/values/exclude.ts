import { KpiError } from "../errors";
import { isMissingCell } from "./cells";
import { describeShape, isOmitted, toGrid } from "./grid";
import { Series, SeriesSet } from "./series";

/**
 * Reads the `exclude` argument of the trend and SPC formulas (docs/FORMULA-CONVENTIONS.md, "Leaving periods out"):
 * a range the shape of `values` in which any non-empty cell marks a period to leave out.
 * Returns one mask per series (true = leave out), or `undefined` when nothing is excluded.
 *
 * @throws {KpiError} `length_mismatch` when the shape differs from `values`
 * @example
 * readExclusions([["", "covid", ""]], readSeriesSet([[1, 2, 3]], "values", "value")); // => [[false, true, false]]
 */
export function readExclusions(raw: unknown, values: SeriesSet, argument = "exclude"): boolean[][] | undefined {
  if (isOmitted(raw)) return undefined;
  const grid = toGrid(raw);
  const expected = values.grid;
  if (grid.length !== expected.length || grid[0].length !== expected[0].length) {
    throw new KpiError({
      code: "length_mismatch",
      argument,
      other: "values",
      expected: describeShape(expected),
      actual: describeShape(grid),
    });
  }
  const marks = grid.map((row) => row.map((cell) => !isMissingCell(cell) || isMarkedText(cell)));
  if (values.isBlock) return marks;
  return [values.isColumn ? marks.map((row) => row[0]) : marks[0]];
}

/** Any non-empty text counts as a mark, even a missing-value marker such as "x". */
function isMarkedText(cell: unknown): boolean {
  return typeof cell === "string" && cell.trim() !== "";
}

/**
 * A series with its excluded periods blanked (they keep their positions).
 *
 * @example
 * withoutExcluded([1, 2, 3], [false, true, false]); // => [1, null, 3]
 */
export function withoutExcluded(series: Series, mask: boolean[] | undefined): Series {
  if (mask === undefined) return series;
  return series.map((value, i) => (mask[i] ? null : value));
}

/**
 * Applies the exclusions to every series of a set, refusing a mask that leaves a series with no
 * period at all.
 *
 * @throws {KpiError} `invalid_argument` when every present period of a series is excluded
 */
export function applyExclusions(values: SeriesSet, masks: boolean[][] | undefined, argument = "exclude"): Series[] {
  if (masks === undefined) return values.series;
  return values.series.map((series, i) => {
    const kept = withoutExcluded(series, masks[i]);
    const hadData = series.some((value) => value !== null);
    if (hadData && kept.every((value) => value === null)) {
      throw new KpiError({
        code: "invalid_argument",
        argument,
        problem: values.isBlock ? `leaves out every period of row ${i + 1}` : "leaves out every period",
        fix: "mark only the periods to leave out and keep the rest blank",
      });
    }
    return kept;
  });
}
