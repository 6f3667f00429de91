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
import { regularizedGammaP } from "./regularized-gamma";

/**
 * The most degrees of freedom the stdlib chi-squared functions are trusted with. From about 2,000
 * they drift: stdlib gives qchisq(0.975, 2000) = 2126.1717 where scipy.stats.chi2.ppf gives
 * 2125.8423 (R's qchisq agrees with scipy). Above this limit the chi-squared distribution is
 * computed from the regularised incomplete gamma function, P(k/2, x/2).
 */
const STDLIB_CHI_SQUARED_MAX_DF = 1000;

/** Bisection steps for the large-df chi-squared quantile: each halves the bracket, so 200 reach the last bit. */
const QUANTILE_BISECTION_STEPS = 200;

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
 * Chi-squared cumulative distribution function (stdlib up to 1,000 degrees of freedom, the
 * regularised gamma function above).
 *
 * @example
 * chiSquaredCdf(3.841458820694124, 1); // => 0.95
 */
export function chiSquaredCdf(x: number, degreesOfFreedom: number): number {
  if (degreesOfFreedom <= STDLIB_CHI_SQUARED_MAX_DF || !Number.isFinite(x)) return chisquareCdf(x, degreesOfFreedom);
  return regularizedGammaP(degreesOfFreedom / 2, x / 2);
}

/**
 * Chi-squared quantile, as R's `qchisq` (used for exact Poisson limits); above 1,000 degrees of
 * freedom, by bisection on the CDF.
 *
 * @example
 * chiSquaredQuantile(0.975, 2); // => 7.377758908227871
 */
export function chiSquaredQuantile(probability: number, degreesOfFreedom: number): number {
  if (degreesOfFreedom <= STDLIB_CHI_SQUARED_MAX_DF || !(probability > 0 && probability < 1)) return chisquareQuantile(probability, degreesOfFreedom);
  // Bisection on the CDF, bracketed 40 standard deviations (sqrt(2k)) either side of the mean k.
  const spread = 40 * Math.sqrt(2 * degreesOfFreedom);
  let low = Math.max(0, degreesOfFreedom - spread);
  let high = degreesOfFreedom + spread;
  for (let step = 0; step < QUANTILE_BISECTION_STEPS && high - low > 1e-12 * high; step++) {
    const middle = (low + high) / 2;
    if (chiSquaredCdf(middle, degreesOfFreedom) < probability) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
