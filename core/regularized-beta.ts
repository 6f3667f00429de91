import { gammaln } from "simple-statistics";

// Local names for the hot loop, as in regularized-gamma.ts.
const { abs, exp, log, log1p } = Math;

/** Below this a continued-fraction term is taken as zero (Numerical Recipes' FPMIN). */
const TINY = 1e-300;
/** The continued fraction stops when a step changes it by less than this. */
const EPSILON = 1e-16;
/** A bound on the continued fraction's steps; it converges in O(sqrt(max(a, b))) of them. */
const MAX_STEPS = 100000;

/**
 * The continued fraction of the incomplete beta function, by the modified Lentz method
 * (Numerical Recipes, 3rd ed., section 6.4, `betacf`).
 */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const sum = a + b;
  const above = a + 1;
  const below = a - 1;
  let c = 1;
  let d = 1 - (sum * x) / above;
  if (abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_STEPS; m++) {
    const m2 = 2 * m;
    let term = (m * (b - m) * x) / ((below + m2) * (a + m2));
    d = 1 + term * d;
    if (abs(d) < TINY) d = TINY;
    c = 1 + term / c;
    if (abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    term = (-(a + m) * (sum + m) * x) / ((a + m2) * (above + m2));
    d = 1 + term * d;
    if (abs(d) < TINY) d = TINY;
    c = 1 + term / c;
    if (abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (abs(step - 1) < EPSILON) break;
  }
  return h;
}

/**
 * The regularised incomplete beta function I_x(a, b), by its continued fraction on whichever side
 * of the mean a / (a + b) converges fast (Numerical Recipes, 3rd ed., section 6.4), with the
 * prefactor x^a (1 - x)^b / B(a, b) taken in logarithms. It gives Student's t distribution
 * (core/distributions.ts) to about 1e-13.
 *
 * @param x the point, 0 to 1
 * @param a the first shape, above 0
 * @param b the second shape, above 0
 * @example
 * regularizedBeta(0.5, 2, 3); // => 0.6875 (scipy.special.betainc(2, 3, 0.5))
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logPrefactor = gammaln(a + b) - gammaln(a) - gammaln(b) + a * log(x) + b * log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return (exp(logPrefactor) * betaContinuedFraction(a, b, x)) / a;
  return 1 - (exp(logPrefactor) * betaContinuedFraction(b, a, 1 - x)) / b;
}
