import { KpiError } from "../errors";
import { isErrorText } from "./cells";
import { describeShape, isOmitted, toGrid } from "./grid";
import { Series, SeriesSet } from "./series";

/**
 * Reads the `exclude` argument of the trend and SPC formulas (docs/FORMULA-CONVENTIONS.md, "Leaving periods out"):
 * a range the shape of `values` in which a marked cell leaves its period out (isExclusionMark: a
 * ticked checkbox, a note, any other entry; never a blank, FALSE or an error value).
 * Returns one mask per series (true = leave out), or `undefined` when nothing is excluded.
 *
 * @throws {KpiError} `length_mismatch` when the shape differs from `values`
 * @example
 * readExclusions([["", "covid", ""]], readSeriesSet([[1, 2, 3]], "values", "value"));   // => [[false, true, false]]
 * readExclusions([[false, true, false]], readSeriesSet([[1, 2, 3]], "values", "value")); // => [[false, true, false]]
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
  const marks = grid.map((row) => row.map(isExclusionMark));
  if (values.isBlock) return marks;
  return [values.isColumn ? marks.map((row) => row[0]) : marks[0]];
}

/**
 * True when one cell of an `exclude` range leaves its period out: TRUE (a ticked checkbox), any
 * text, even a marker such as "x", and any number but 0. These leave nothing out:
 * - a blank (null from Excel, "" from Sheets);
 * - FALSE, an unticked checkbox in Google Sheets and in Excel 365, so that a column of checkboxes
 *   leaves out only the ticked periods;
 * - 0, which is FALSE to a spreadsheet and which older Excel desktop builds pass for an empty cell
 *   (office-js issues 4702 and 5262): a blank exclude column must not leave out every period;
 * - an error value, which the formulas read as missing everywhere (a lookup that finds no mark for
 *   a period gives #N/A: that period is kept).
 *
 * @example
 * isExclusionMark(true);    // => true
 * isExclusionMark("covid"); // => true
 * isExclusionMark(false);   // => false
 * isExclusionMark("#N/A");  // => false
 */
export function isExclusionMark(cell: unknown): boolean {
  if (cell === null || cell === undefined || cell === false) return false;
  if (typeof cell === "number") return Number.isFinite(cell) && cell !== 0;
  if (typeof cell === "string") return cell.trim() !== "" && !isErrorText(cell);
  return true;
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
