/**
 * Probability distributions used by the statistics in core.
 *
 * simple-statistics (our descriptive-statistics library) has only a two-decimal normal table and
 * no Student t or chi-squared quantiles, which cannot reproduce published p-values and intervals
 * to 1e-6. The normal distribution comes from the stdlib project's packages (ports of Cephes, no
 * network, no globals). Student's t and chi-squared are computed here from the regularised
 * incomplete beta and gamma functions (Numerical Recipes, 3rd ed., sections 6.2 and 6.4), as R's
 * pt/qt and pchisq/qchisq define them: the stdlib packages for them would add 85 KB to a bundle
 * both hosts load on every open, and stdlib's chi-squared drifts from 2,000 degrees of freedom
 * (it gives qchisq(0.975, 2000) = 2126.1717 where scipy.stats.chi2.ppf gives 2125.8423). test/core/distributions.test.ts
 * checks every function against scipy.stats.
 */
import normalCdfStdlib from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantileStdlib from "@stdlib/stats-base-dists-normal-quantile";
import { gammaln } from "simple-statistics";
import { regularizedBeta } from "./regularized-beta";
import { regularizedGammaP } from "./regularized-gamma";

/** Newton steps (each kept inside a shrinking bracket) before a quantile is returned as found. */
const MAX_QUANTILE_STEPS = 200;
/** A quantile is found when a step moves it by less than this, relative to its size. */
const QUANTILE_TOLERANCE = 1e-14;
/** Quantiles already computed, keyed by distribution, probability and degrees of freedom: a block of KPIs asks for the same few. */
const quantileMemo = new Map<string, number>();
/** The most quantiles remembered before the memo is cleared. */
const MAX_REMEMBERED_QUANTILES = 4096;

/**
 * Solves cdf(x) = probability for an increasing cdf with density pdf, by Newton's method kept
 * inside [low, high] (a bisection step whenever Newton would leave the bracket).
 */
function invert(cdf: (x: number) => number, pdf: (x: number) => number, probability: number, start: number, low: number, high: number): number {
  let x = Math.min(Math.max(start, low), high);
  for (let step = 0; step < MAX_QUANTILE_STEPS; step++) {
    const error = cdf(x) - probability;
    if (error === 0) return x;
    if (error < 0) low = x;
    else high = x;
    let next = x - error / pdf(x);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - x) <= QUANTILE_TOLERANCE * Math.abs(next)) return next;
    x = next;
  }
  return x;
}

/** Looks a quantile up in the memo, computing and remembering it the first time. */
function remembered(key: string, compute: () => number): number {
  let value = quantileMemo.get(key);
  if (value === undefined) {
    if (quantileMemo.size >= MAX_REMEMBERED_QUANTILES) quantileMemo.clear();
    value = compute();
    quantileMemo.set(key, value);
  }
  return value;
}

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
 * Student's t cumulative distribution function, as R's `pt`: from the regularised incomplete
 * beta function, on whichever side keeps full precision.
 *
 * @example
 * tCdf(2.2281388519649385, 10); // => 0.975 (R: pt(2.2281388519649385, 10))
 */
export function tCdf(t: number, degreesOfFreedom: number): number {
  if (Number.isNaN(t) || !(degreesOfFreedom > 0)) return NaN;
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const square = t * t;
  // Near the centre, I over t²/(ν + t²) is the small, precise quantity; in the tails, I over ν/(ν + t²).
  if (square < degreesOfFreedom) {
    const half = 0.5 * regularizedBeta(square / (degreesOfFreedom + square), 0.5, degreesOfFreedom / 2);
    return t >= 0 ? 0.5 + half : 0.5 - half;
  }
  const tail = 0.5 * regularizedBeta(degreesOfFreedom / (degreesOfFreedom + square), degreesOfFreedom / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Student's t density. */
function tDensity(t: number, degreesOfFreedom: number): number {
  const logNormaliser = gammaln((degreesOfFreedom + 1) / 2) - gammaln(degreesOfFreedom / 2) - 0.5 * Math.log(degreesOfFreedom * Math.PI);
  return Math.exp(logNormaliser - ((degreesOfFreedom + 1) / 2) * Math.log1p((t * t) / degreesOfFreedom));
}

/**
 * Student's t quantile with `degreesOfFreedom` degrees of freedom, as R's `qt`.
 *
 * @example
 * tQuantile(0.9, 10); // => 1.3721836411103356
 */
export function tQuantile(probability: number, degreesOfFreedom: number): number {
  if (Number.isNaN(probability) || probability < 0 || probability > 1 || !(degreesOfFreedom > 0)) return NaN;
  if (probability === 0) return -Infinity;
  if (probability === 1) return Infinity;
  if (probability === 0.5) return 0;
  if (probability < 0.5) return -tQuantile(1 - probability, degreesOfFreedom);
  return remembered(`t|${probability}|${degreesOfFreedom}`, () => {
    // The normal quantile with the first Cornish-Fisher correction starts Newton close by.
    const z = normalQuantile(probability);
    const start = z + (z * z * z + z) / (4 * degreesOfFreedom);
    let high = Math.max(1, 2 * start);
    while (tCdf(high, degreesOfFreedom) < probability && high < Number.MAX_VALUE / 4) high *= 4;
    return invert((t) => tCdf(t, degreesOfFreedom), (t) => tDensity(t, degreesOfFreedom), probability, start, 0, high);
  });
}

/**
 * Chi-squared cumulative distribution function, as R's `pchisq`: P(k/2, x/2), the regularised
 * lower incomplete gamma function.
 *
 * @example
 * chiSquaredCdf(3.841458820694124, 1); // => 0.95
 */
export function chiSquaredCdf(x: number, degreesOfFreedom: number): number {
  if (Number.isNaN(x) || !(degreesOfFreedom > 0)) return NaN;
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  return regularizedGammaP(degreesOfFreedom / 2, x / 2);
}

/** The chi-squared density. */
function chiSquaredDensity(x: number, degreesOfFreedom: number): number {
  const half = degreesOfFreedom / 2;
  return Math.exp((half - 1) * Math.log(x) - x / 2 - half * Math.LN2 - gammaln(half));
}

/**
 * Chi-squared quantile, as R's `qchisq` (used for exact Poisson limits).
 *
 * @example
 * chiSquaredQuantile(0.975, 2); // => 7.377758908227871
 */
export function chiSquaredQuantile(probability: number, degreesOfFreedom: number): number {
  if (Number.isNaN(probability) || probability < 0 || probability > 1 || !(degreesOfFreedom > 0)) return NaN;
  if (probability === 0) return 0;
  if (probability === 1) return Infinity;
  return remembered(`chi|${probability}|${degreesOfFreedom}`, () => {
    // Wilson and Hilferty's cube-root approximation starts Newton close by; far in the lower tail,
    // where it turns negative, the first term of the series, P(k/2, x/2) ≈ (x/2)^(k/2) / Γ(k/2 + 1).
    const z = normalQuantile(probability);
    const spread = 2 / (9 * degreesOfFreedom);
    const cube = 1 - spread + z * Math.sqrt(spread);
    const half = degreesOfFreedom / 2;
    const start = cube > 0 ? degreesOfFreedom * cube * cube * cube : 2 * Math.exp((Math.log(probability) + gammaln(half + 1)) / half);
    let high = Math.max(1, 2 * start);
    while (chiSquaredCdf(high, degreesOfFreedom) < probability && high < Number.MAX_VALUE / 4) high *= 4;
    return invert((x) => chiSquaredCdf(x, degreesOfFreedom), (x) => chiSquaredDensity(x, degreesOfFreedom), probability, start, 0, high);
  });
}
