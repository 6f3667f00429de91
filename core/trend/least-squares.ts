import { KpiError } from "../errors";
import { MIN_POINTS_LEAST_SQUARES } from "./constants";

/** An ordinary least-squares line y = intercept + slope * x with its standard errors. */
export interface LeastSquaresFit {
  /** Change in y per unit of x (Excel `SLOPE`). */
  slope: number;
  /** Value of the line at x = 0 (Excel `INTERCEPT`). */
  intercept: number;
  /** Share of the variance of y explained by the line, 1 - RSS / TSS (Excel `RSQ`); 1 when y is constant. */
  rSquared: number;
  /** Residual standard deviation sqrt(RSS / (n - 2)) (Excel `STEYX`). */
  residualSd: number;
  /** Standard error of the slope: residualSd / sqrt(Sxx). */
  seSlope: number;
  /** Standard error of the intercept: residualSd * sqrt(1/n + mean(x)^2 / Sxx). */
  seIntercept: number;
  /** Number of points. */
  n: number;
  /** Residual degrees of freedom, n - 2. */
  degreesOfFreedom: number;
  /** Mean of x. */
  meanX: number;
  /** Mean of y. */
  meanY: number;
  /** Sum of squared deviations of x from its mean. */
  sxx: number;
  /** Residual sum of squares. */
  residualSumOfSquares: number;
}

/**
 * Ordinary least squares of `values` on `positions` (NIST/SEMATECH e-Handbook of Statistical
 * Methods, section 4.1.4.1; the same line as Excel's `SLOPE`, `INTERCEPT`, `STEYX` and R's `lm`).
 * Sums of squares are taken about the means (two passes), which keeps full precision on data
 * far from zero such as NIST's Norris reference set. Cost: O(n).
 *
 * @param positions the x values (for a series, the cells' positions: a gap counts as elapsed time)
 * @param values the y values, as many as positions
 * @returns slope, intercept, R squared, residual standard deviation and standard errors
 * @throws {KpiError} `too_few_points` with fewer than 3 points; `invalid_argument` when all positions are equal
 * @example
 * leastSquares([0, 1, 2, 3], [1, 3, 5, 8]);
 * // => { slope: 2.3, intercept: 0.8 (to rounding), rSquared: 0.98879..., residualSd: 0.38729..., n: 4, ... }
 */
export function leastSquares(positions: readonly number[], values: readonly number[], argument = "values"): LeastSquaresFit {
  const n = Math.min(positions.length, values.length);
  if (n < MIN_POINTS_LEAST_SQUARES) {
    throw new KpiError({ code: "too_few_points", argument, needed: MIN_POINTS_LEAST_SQUARES, actual: n });
  }
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += positions[i];
    sumY += values[i];
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = positions[i] - meanX;
    const dy = values[i] - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "positions",
      problem: "are all the same",
      fix: "give points at two or more different times",
    });
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let residualSumOfSquares = 0;
  for (let i = 0; i < n; i++) {
    const residual = values[i] - (intercept + slope * positions[i]);
    residualSumOfSquares += residual * residual;
  }
  const degreesOfFreedom = n - 2;
  const residualSd = Math.sqrt(residualSumOfSquares / degreesOfFreedom);
  const rSquared = syy === 0 ? 1 : Math.max(0, 1 - residualSumOfSquares / syy);
  return {
    slope,
    intercept,
    rSquared,
    residualSd,
    seSlope: residualSd / Math.sqrt(sxx),
    seIntercept: residualSd * Math.sqrt(1 / n + (meanX * meanX) / sxx),
    n,
    degreesOfFreedom,
    meanX,
    meanY,
    sxx,
    residualSumOfSquares,
  };
}
