import { quickselect } from "simple-statistics";
import { KpiError } from "../errors";
import { Series, presentPoints } from "../values";
import { MIN_POINTS_SEN_SLOPE } from "./constants";

/** Sen's slope with the intercept of the line through the medians. */
export interface SenSlopeResult {
  /** Median of the pairwise slopes: change per period. */
  slope: number;
  /** Median of the values minus slope times the median position (pyMannKendall's `sens_slope`). */
  intercept: number;
  /** Number of present values used. */
  n: number;
}

/**
 * Sen's slope (Sen 1968): the median of (x_j - x_i) / (j - i) over all pairs of present values,
 * where i and j are the cells' positions, so a gap counts as elapsed time.
 * The slopes are kept in one Float64Array and the median found by selection (simple-statistics
 * `quickselect`): O(n^2) time and 8 bytes per pair (5,000 points: 12.5 million pairs, 100 MB).
 *
 * @param series the values in time order (`null` = missing)
 * @returns slope per period, intercept and n
 * @throws {KpiError} `too_few_points` with fewer than 2 present values
 * @example
 * senSlope([1, 3, 5, 7]).slope;  // => 2
 * senSlope([1, null, 5]).slope;  // => 2 (the gap counts as a period)
 */
export function senSlope(series: Series, argument = "values"): SenSlopeResult {
  const { positions, values } = presentPoints(series);
  const n = values.length;
  if (n < MIN_POINTS_SEN_SLOPE) {
    throw new KpiError({ code: "too_few_points", argument, needed: MIN_POINTS_SEN_SLOPE, actual: n });
  }
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      slopes[k++] = (values[j] - values[i]) / (positions[j] - positions[i]);
    }
  }
  const slope = medianInPlace(slopes);
  const intercept = medianInPlace(Float64Array.from(values)) - medianInPlace(Float64Array.from(positions)) * slope;
  return { slope, intercept, n };
}

/** Median of a typed array by selection; reorders the array. */
function medianInPlace(numbers: Float64Array): number {
  const count = numbers.length;
  const asArray = numbers as unknown as number[];
  const upper = Math.floor(count / 2);
  quickselect(asArray, upper);
  const upperValue = numbers[upper];
  if (count % 2 === 1) return upperValue;
  // The lower middle is the largest value left of the upper middle after selection.
  let lowerValue = -Infinity;
  for (let i = 0; i < upper; i++) if (numbers[i] > lowerValue) lowerValue = numbers[i];
  return (lowerValue + upperValue) / 2;
}
