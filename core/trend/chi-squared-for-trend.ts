import { KpiError } from "../errors";

/**
 * The chi-squared test for trend in proportions (Armitage 1955; Altman, Practical Statistics for
 * Medical Research, 1991, section 10.7.4), the statistic of the Fingertips recent-trend marker for
 * proportions and of R's `prop.trend.test`. With counts r_i out of n_i at times t_i,
 * N = sum n_i and R = sum r_i:
 *
 *   chi-squared = N (N sum r_i t_i - R sum n_i t_i)^2 / ( R (N - R) (N sum n_i t_i^2 - (sum n_i t_i)^2) )
 *
 * on 1 degree of freedom (fingertips-open, PholioVisualisation `TrendMarkerCalculator`,
 * `IsSignificantForProportions`). Cost: O(n).
 *
 * @param numerators the counts r_i
 * @param denominators the totals n_i (same length)
 * @param times the scores t_i (default 1, 2, 3, ...)
 * @returns the statistic
 * @throws {KpiError} `invalid_argument` when every proportion is 0, every proportion is 1, or all times are equal (no test is possible)
 * @example
 * // R documentation of prop.trend.test: smokers out of patients
 * chiSquaredForTrend([83, 90, 129, 70], [86, 93, 136, 82]); // => 8.2249... (R: X-squared = 8.2249)
 */
export function chiSquaredForTrend(numerators: readonly number[], denominators: readonly number[], times?: readonly number[]): number {
  let total = 0;
  let events = 0;
  let eventsByTime = 0;
  let totalByTime = 0;
  let totalByTimeSquared = 0;
  numerators.forEach((r, i) => {
    const n = denominators[i];
    const t = times === undefined ? i + 1 : times[i];
    total += n;
    events += r;
    eventsByTime += r * t;
    totalByTime += n * t;
    totalByTimeSquared += n * t * t;
  });
  const spread = total * totalByTimeSquared - totalByTime * totalByTime;
  const denominator = events * (total - events) * spread;
  if (!(denominator > 0)) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "numerators",
      problem: "leave no variation to test (every proportion is 0, every one is 1, or there is a single period)",
      fix: "give counts from several periods with some events and some non-events",
    });
  }
  const difference = total * eventsByTime - events * totalByTime;
  return (total * difference * difference) / denominator;
}
