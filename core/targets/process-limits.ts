import { Series, presentPoints } from "../values";
import { XMR_LIMIT_SCALE } from "./constants";

/** The natural process limits of a series on an XmR chart. */
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
 * (SPC.md, profile MDC): the mean, the mean moving range of consecutive present points, and
 * limits at the mean plus and minus 2.66 mean moving ranges. `undefined` with fewer than 2 points.
 *
 * @example
 * processLimits([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);
 * // => { count: 18, mean: 1.944..., meanMovingRange: 1.882..., lower: -3.0626..., upper: 6.9515... }
 */
export function processLimits(series: Series): ProcessLimits | undefined {
  const { values } = presentPoints(series);
  if (values.length < 2) return undefined;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  let ranges = 0;
  for (let i = 1; i < values.length; i++) ranges += Math.abs(values[i] - values[i - 1]);
  const meanMovingRange = ranges / (values.length - 1);
  return {
    count: values.length,
    mean,
    meanMovingRange,
    lower: mean - XMR_LIMIT_SCALE * meanMovingRange,
    upper: mean + XMR_LIMIT_SCALE * meanMovingRange,
  };
}
