import { tQuantile } from "../distributions";
import { KpiError } from "../errors";
import { LeastSquaresFit } from "./least-squares";

/** A value projected from a least-squares line, with its prediction interval. */
export interface Projection {
  /** Where the projection is made (same units as the fit's positions). */
  position: number;
  /** The line's value there. */
  projection: number;
  /** Lower end of the prediction interval. */
  lower: number;
  /** Upper end of the prediction interval. */
  upper: number;
  /** Two-sided coverage of the interval, e.g. 0.8. */
  level: number;
}

/**
 * Prediction interval for one new observation at `position` from a least-squares line (NIST/SEMATECH
 * e-Handbook, section 4.5.2.1; R `predict(lm, interval = "prediction")`):
 * projection +/- t(1 - (1 - level)/2, n - 2) * s * sqrt(1 + 1/n + (x0 - mean x)^2 / Sxx),
 * where s is the residual standard deviation. It covers where the next value itself may fall,
 * not only the line, so it is wider than a confidence interval for the mean.
 *
 * @param fit a least-squares fit
 * @param position where to project (e.g. the last position plus the periods ahead)
 * @param level two-sided coverage, between 0 and 1 (KPI.ONTRACK uses 0.8)
 * @returns the projection and the interval's ends
 * @throws {KpiError} `out_of_range` when level is not between 0 and 1
 * @example
 * predictionInterval(leastSquares([0, 1, 2, 3], [1, 3, 5, 8]), 5, 0.8);
 * // => { position: 5, projection: 12.3, lower: 10.895..., upper: 13.704..., level: 0.8 }
 */
export function predictionInterval(fit: LeastSquaresFit, position: number, level: number): Projection {
  if (!(level > 0 && level < 1)) {
    throw new KpiError({ code: "out_of_range", argument: "level", value: String(level), allowed: "a number between 0 and 1" });
  }
  const projection = fit.intercept + fit.slope * position;
  const distance = position - fit.meanX;
  const standardError = fit.residualSd * Math.sqrt(1 + 1 / fit.n + (distance * distance) / fit.sxx);
  const halfWidth = tQuantile(1 - (1 - level) / 2, fit.degreesOfFreedom) * standardError;
  return { position, projection, lower: projection - halfWidth, upper: projection + halfWidth, level };
}
