import { KpiError } from "../errors";
import { MIN_POINTS_FOR_ANY_LIMITS, MOVING_RANGE_SCREEN, NEAR_LIMIT_SCALE, XMR_LIMIT_SCALE } from "./constants";

/** The centre line and limits of an XmR (individuals) chart. */
export interface XmrLimits {
  /** Mean of the points (the centre line). */
  mean: number;
  /** Mean moving range used for the limits (after screening when screened). */
  movingRangeMean: number;
  /** Lower process limit: mean - 2.66 x mean moving range. */
  lower: number;
  /** Upper process limit: mean + 2.66 x mean moving range. */
  upper: number;
  /** Lower edge of the two-sigma band used by the two-of-three rule. */
  nearLower: number;
  /** Upper edge of the two-sigma band used by the two-of-three rule. */
  nearUpper: number;
  /** Number of points the limits were computed from. */
  points: number;
  /** Number of moving ranges dropped by screening (0 when not screened). */
  screenedOut: number;
}

/**
 * XmR (individuals) chart limits as Making Data Count computes them: the mean of the points,
 * the moving ranges |x_i - x_(i-1)| of consecutive points, and limits at the mean plus and minus
 * 2.66 times the mean moving range. With `screen` (the NHSR profile, NHSRplotthedots'
 * `screen_outliers`), moving ranges of at least 3.267 times the mean moving range are dropped and
 * the mean moving range recomputed once from the rest. Cost: O(n).
 *
 * See NHS England, Making Data Count, and NHSRplotthedots R/ptd_spc_standard.R.
 *
 * @param values the points the limits rest on, in time order, gaps already removed
 * @param screen true to screen large moving ranges (NHSR), false for the Excel tool (MDC)
 * @returns mean, mean moving range, limits and the two-sigma band
 * @throws {KpiError} `too_few_points` with fewer than 2 points
 * @example
 * xmrLimits([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], false).upper; // => 6.951503...
 * xmrLimits([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], true).upper;  // => 4.604444...
 */
export function xmrLimits(values: readonly number[], screen: boolean): XmrLimits {
  const n = values.length;
  if (n < MIN_POINTS_FOR_ANY_LIMITS) {
    throw new KpiError({ code: "too_few_points", argument: "values", needed: MIN_POINTS_FOR_ANY_LIMITS, actual: n });
  }
  const mean = average(values);
  const ranges: number[] = [];
  for (let i = 1; i < n; i++) ranges.push(Math.abs(values[i] - values[i - 1]));
  let movingRangeMean = average(ranges);
  let screenedOut = 0;
  if (screen) {
    const kept = ranges.filter((range) => range < MOVING_RANGE_SCREEN * movingRangeMean);
    // All ranges equal to zero would all be "screened"; R would then give NaN limits. Keep them.
    if (kept.length > 0) {
      screenedOut = ranges.length - kept.length;
      movingRangeMean = average(kept);
    }
  }
  return {
    mean,
    movingRangeMean,
    lower: mean - XMR_LIMIT_SCALE * movingRangeMean,
    upper: mean + XMR_LIMIT_SCALE * movingRangeMean,
    nearLower: mean - NEAR_LIMIT_SCALE * movingRangeMean,
    nearUpper: mean + NEAR_LIMIT_SCALE * movingRangeMean,
    points: n,
    screenedOut,
  };
}

function average(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
