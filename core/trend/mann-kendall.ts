import { normalCdf } from "../distributions";
import { KpiError } from "../errors";
import { Series, presentPoints } from "../values";
import { MAX_POINTS_EXACT_KENDALL, MIN_POINTS_MANN_KENDALL } from "./constants";
import { kendallExactPValue } from "./kendall-exact";

/** The Mann-Kendall trend test of one series. */
export interface MannKendallResult {
  /** Number of present values used. */
  n: number;
  /** Kendall's S: pairs rising minus pairs falling. */
  s: number;
  /** Variance of S under no trend, with the tie correction. */
  varianceS: number;
  /** Kendall's tau: S divided by n(n-1)/2. */
  tau: number;
  /** Normal score with continuity correction: (S - sign(S)) / sqrt(var S). */
  z: number;
  /** Two-sided p-value. */
  pValue: number;
  /** `exact` (Kendall's distribution of S, n <= 10 and no ties) or `normal`. */
  method: "exact" | "normal";
  /** True when some values are tied. */
  hasTies: boolean;
}

/**
 * Mann-Kendall test for a monotonic trend (Mann 1945; Kendall 1975), as pyMannKendall's
 * `original_test`: S over all pairs of present values, the variance of S with the tie correction
 * [n(n-1)(2n+5) - sum t(t-1)(2t+5)] / 18, z with continuity correction, and a two-sided p-value.
 * For n <= 10 without ties the p-value is exact (Kendall's distribution of S), because the normal
 * approximation misstates short series such as five annual points.
 * Missing values are dropped. Cost: O(n^2).
 *
 * @param series the values in time order (`null` = missing)
 * @returns S, variance, tau, z, p and the p-value's method
 * @throws {KpiError} `too_few_points` with fewer than 3 present values
 * @example
 * mannKendall([1, 2, 3, 4, 5]);
 * // => { n: 5, s: 10, varianceS: 16.666666666666668, tau: 1, z: 2.2045407685048604, pValue: 0.016666666666666666, method: "exact", hasTies: false }
 */
export function mannKendall(series: Series, argument = "values"): MannKendallResult {
  const { values } = presentPoints(series);
  const n = values.length;
  if (n < MIN_POINTS_MANN_KENDALL) {
    throw new KpiError({ code: "too_few_points", argument, needed: MIN_POINTS_MANN_KENDALL, actual: n });
  }
  let s = 0;
  for (let i = 0; i < n - 1; i++) {
    const earlier = values[i];
    for (let j = i + 1; j < n; j++) {
      const later = values[j];
      if (later > earlier) s += 1;
      else if (later < earlier) s -= 1;
    }
  }
  const tieGroups = tieGroupSizes(values);
  const tieTerm = tieGroups.reduce((sum, t) => sum + t * (t - 1) * (2 * t + 5), 0);
  const varianceS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = s === 0 || varianceS <= 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(varianceS);
  const hasTies = tieGroups.length > 0;
  const exact = !hasTies && n <= MAX_POINTS_EXACT_KENDALL;
  const pValue = exact ? kendallExactPValue(s, n) : Math.min(1, 2 * normalCdf(-Math.abs(z)));
  const tau = s / ((n * (n - 1)) / 2);
  return { n, s, varianceS, tau, z, pValue, method: exact ? "exact" : "normal", hasTies };
}

/** Sizes of the groups of tied values (groups of 2 or more only). */
function tieGroupSizes(values: number[]): number[] {
  // A typed array sorts numerically without a comparator call per comparison.
  const sorted = Float64Array.from(values).sort();
  const sizes: number[] = [];
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) {
      run += 1;
    } else {
      if (run > 1) sizes.push(run);
      run = 1;
    }
  }
  return sizes;
}
