import { xmrLimits } from "../spc/xmr-limits";
import { Series, presentPoints } from "../values";

/** The natural process limits of a series on an XmR chart, as the target checks read them. */
export interface ProcessLimits {
  /** Number of present points used. */
  count: number;
  mean: number;
  /** Mean of the moving ranges between consecutive present points. */
  meanMovingRange: number;
  lower: number;
  upper: number;
}

/**
 * XmR (individuals) chart limits of the whole series as the Making Data Count tools compute them
 * (docs/SPC.md, "Profiles": MDC, through the SPC engine's `xmrLimits`): the mean, the mean moving range of
 * consecutive present points, and limits at the mean plus and minus 2.66 mean moving ranges.
 * `undefined` with fewer than 2 points.
 *
 * @example
 * processLimits([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);
 * // => { count: 18, mean: 1.944..., meanMovingRange: 1.882..., lower: -3.0626..., upper: 6.9515... }
 */
export function processLimits(series: Series): ProcessLimits | undefined {
  const { values } = presentPoints(series);
  if (values.length < 2) return undefined;
  const limits = xmrLimits(values, false);
  // Values near the largest number a cell holds (1e300) overflow the mean: no limits, rather than "NaN to Infinity".
  if (![limits.mean, limits.movingRangeMean, limits.lower, limits.upper].every(Number.isFinite)) return undefined;
  return { count: limits.points, mean: limits.mean, meanMovingRange: limits.movingRangeMean, lower: limits.lower, upper: limits.upper };
}
