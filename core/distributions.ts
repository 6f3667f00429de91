/**
 * Probability distributions used by the statistics in core.
 *
 * simple-statistics (our descriptive-statistics library) has only a two-decimal normal table and
 * no Student t or chi-squared quantiles, which cannot reproduce published p-values and intervals
 * to 1e-6. These come from the stdlib project's distribution packages (ports of Boost and Cephes,
 * no network, no globals), one small package per function.
 */
import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import chisquareQuantile from "@stdlib/stats-base-dists-chisquare-quantile";
import normalCdfStdlib from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantileStdlib from "@stdlib/stats-base-dists-normal-quantile";
import tQuantileStdlib from "@stdlib/stats-base-dists-t-quantile";

/**
 * Standard normal cumulative distribution function.
 *
 * @example
 * normalCdf(1.959963984540054); // => 0.975 (to 1e-15)
 */
export function normalCdf(z: number): number {
  return normalCdfStdlib(z, 0, 1);
}

/**
 * Standard normal quantile (inverse CDF).
 *
 * @example
 * normalQuantile(0.975); // => 1.959963984540054
 */
export function normalQuantile(probability: number): number {
  return normalQuantileStdlib(probability, 0, 1);
}

/**
 * Student's t quantile with `degreesOfFreedom` degrees of freedom.
 *
 * @example
 * tQuantile(0.9, 10); // => 1.3721836411103356
 */
export function tQuantile(probability: number, degreesOfFreedom: number): number {
  return tQuantileStdlib(probability, degreesOfFreedom);
}

/**
 * Chi-squared cumulative distribution function.
 *
 * @example
 * chiSquaredCdf(3.841458820694124, 1); // => 0.95
 */
export function chiSquaredCdf(x: number, degreesOfFreedom: number): number {
  return chisquareCdf(x, degreesOfFreedom);
}

/**
 * Chi-squared quantile, as R's `qchisq` (used for exact Poisson limits).
 *
 * @example
 * chiSquaredQuantile(0.975, 2); // => 7.377758908227871
 */
export function chiSquaredQuantile(probability: number, degreesOfFreedom: number): number {
  return chisquareQuantile(probability, degreesOfFreedom);
}
