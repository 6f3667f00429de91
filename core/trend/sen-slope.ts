import { KpiError } from "../errors";
import { Series, presentPoints } from "../values";
import { MIN_POINTS_SEN_SLOPE } from "./constants";
import { medianInPlace, medianPairwiseSlope } from "./median-pairwise-slope";

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
 * The median is found by selection without storing every pair on long series
 * ({@link medianPairwiseSlope}): O(n^2) time, at most 8 MB of memory.
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
  const slope = medianPairwiseSlope(positions, values);
  const intercept = medianInPlace(Float64Array.from(values)) - medianInPlace(Float64Array.from(positions)) * slope;
  return { slope, intercept, n };
}
