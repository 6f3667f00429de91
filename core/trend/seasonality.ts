import { chiSquaredCdf } from "../distributions";
import { KpiError } from "../errors";
import { MIN_CHANGES_PER_SEASON, MIN_YEARS_FOR_SEASONALITY, SEASONALITY_ALPHA } from "../kpi-set/constants";
import { Series, countPresent } from "../values";

/** Whether a series is seasonal, with the reason in plain English. Plain values, safe to send to a host. */
export interface SeasonalityResult {
  /** True when the period-to-period changes depend on the time of year (p below 0.01). */
  seasonal: boolean;
  /** False when the test could not be run (annual figures, or fewer than three years of values). */
  tested: boolean;
  /** One sentence for a performance officer: what was found, or why it was not tested. */
  reason: string;
  /**
   * Share of the variation in the (ranked) period-to-period changes that the time of year explains,
   * from 0 (none) to 1 (all): the Kruskal-Wallis effect size H / (n - 1) (Tomczak and Tomczak
   * 2014). `null` when not tested.
   */
  strength: number | null;
  /** Kruskal-Wallis H, corrected for ties; `null` when not tested. */
  statistic: number | null;
  /** p-value of H against chi-squared with `periodsPerYear - 1` degrees of freedom; `null` when not tested. */
  pValue: number | null;
  /** Number of period-to-period changes the test used. */
  changes: number;
  /** Periods in a year the series was tested with (4 quarters, 12 months). */
  periodsPerYear: number;
}

/** The Kruskal-Wallis test of several groups. */
export interface KruskalWallisResult {
  /** H, divided by the tie correction when values are tied (0 when every value is tied). */
  statistic: number;
  /** Upper tail of chi-squared with `degreesOfFreedom` at H. */
  pValue: number;
  /** Number of groups less one. */
  degreesOfFreedom: number;
  /** Number of values over all groups. */
  n: number;
}

/**
 * Is this series seasonal? The rule: a Kruskal-Wallis test of whether the change from one period
 * to the next depends on the time of year (the changes grouped by quarter or month), called
 * seasonal when p < 0.01. This is `kw(x, freq)` of the R package seastests (Ollech 2021; Ollech and
 * Webel 2020) with its default first differences, which take out a trend or a level shift before
 * the seasons are compared, at the 1% level that seastests' `isSeasonal` and the stable-seasonality
 * test of X-13ARIMA-SEATS use. Rank-based, so one unusual period cannot make a series seasonal.
 *
 * It needs three whole years of present values (X-13ARIMA-SEATS will not adjust less) and two
 * changes in every season; shorter series are `tested: false`, not seasonal, and the narrative
 * then compares with the previous period. Annual figures (`periodsPerYear` 1) have no seasons.
 * A change needs both of its cells: a gap drops the changes into and out of it. Seasons are told
 * apart by position (the cell's position modulo `periodsPerYear`), so every cell must be one
 * period after the one before it; where in the year the first cell falls does not matter.
 *
 * @param series the values in time order (`null` = missing)
 * @param periodsPerYear 4 for quarters, 12 for months (any whole number from 1 to 53)
 * @returns the decision, the reason, the strength and the test's numbers
 * @throws {KpiError} `out_of_range` for a `periodsPerYear` that is not a whole number from 1 to 53
 * @example
 * isSeasonal([10, 30, 20, 5, 12, 31, 22, 6, 11, 33, 21, 4, 13, 32, 23, 7], 4).seasonal; // => true
 * isSeasonal([10, 12, 11, 13, 12, 11, 13, 12, 10, 12, 11, 13], 4).seasonal;           // => false
 * isSeasonal([55.1, 56.3, 57.0], 1).reason; // => "Annual figures have no seasons to compare."
 */
export function isSeasonal(series: Series, periodsPerYear: number, argument = "periods_per_year"): SeasonalityResult {
  if (!Number.isInteger(periodsPerYear) || periodsPerYear < 1 || periodsPerYear > 53) {
    throw new KpiError({ code: "out_of_range", argument, value: String(periodsPerYear), allowed: "a whole number from 1 to 53, such as 4 for quarters or 12 for months" });
  }
  const untested = (reason: string, changes = 0): SeasonalityResult => ({
    seasonal: false,
    tested: false,
    reason,
    strength: null,
    statistic: null,
    pValue: null,
    changes,
    periodsPerYear,
  });
  if (periodsPerYear === 1) return untested("Annual figures have no seasons to compare.");
  const words = periodWords(periodsPerYear);
  const needed = MIN_YEARS_FOR_SEASONALITY * periodsPerYear;
  const present = countPresent(series);
  if (present < needed) {
    return untested(
      `Too short to judge seasonality: it needs ${MIN_YEARS_FOR_SEASONALITY} years of ${words.adjective} values (${needed}) and has ${present}.`,
    );
  }
  const groups: number[][] = Array.from({ length: periodsPerYear }, () => []);
  for (let position = 1; position < series.length; position++) {
    const later = series[position];
    const earlier = series[position - 1];
    if (later !== null && earlier !== null) groups[position % periodsPerYear].push(later - earlier);
  }
  const changes = groups.reduce((sum, group) => sum + group.length, 0);
  if (groups.some((group) => group.length < MIN_CHANGES_PER_SEASON)) {
    return untested(
      `Too many gaps to judge seasonality: every ${words.noun} needs at least ${MIN_CHANGES_PER_SEASON} changes from the ${words.noun} before.`,
      changes,
    );
  }
  const test = kruskalWallis(groups);
  const strength = Math.min(1, Math.max(0, test.statistic / (test.n - 1)));
  const seasonal = test.pValue < SEASONALITY_ALPHA;
  const p = formatPValue(test.pValue);
  const reason = seasonal
    ? `Seasonal: the change from one ${words.noun} to the next depends on the time of year (Kruskal-Wallis test on ${changes} changes, p ${p}, below ${SEASONALITY_ALPHA}); compare with the same ${words.noun} last year.`
    : `No clear seasonal pattern: the change from one ${words.noun} to the next does not depend clearly on the time of year (Kruskal-Wallis test on ${changes} changes, p ${p}).`;
  return { seasonal, tested: true, reason, strength, statistic: test.statistic, pValue: test.pValue, changes, periodsPerYear };
}

/**
 * How far back the narrative should compare the latest value: the same period last year
 * (`periodsPerYear` back) when the series is seasonal by {@link isSeasonal}, else the previous
 * period (1). Annual figures always compare with the previous year.
 *
 * @example
 * comparisonPeriodsBack([10, 30, 20, 5, 12, 31, 22, 6, 11, 33, 21, 4, 13, 32, 23, 7], 4); // => 4
 * comparisonPeriodsBack([55.1, 56.3, 57.0], 1);                                       // => 1
 */
export function comparisonPeriodsBack(series: Series, periodsPerYear: number): number {
  if (periodsPerYear <= 1) return 1;
  return isSeasonal(series, periodsPerYear).seasonal ? periodsPerYear : 1;
}

/**
 * The Kruskal-Wallis rank test that several groups come from one distribution (Kruskal and
 * Wallis 1952): H = 12 / (N(N+1)) * sum(R_i^2 / n_i) - 3(N+1) on mid-ranks, divided by the tie
 * correction 1 - sum(t^3 - t) / (N^3 - N), against chi-squared with (groups - 1) degrees of freedom,
 * as R's `kruskal.test` and scipy's `kruskal`. Empty groups are dropped. Cost: O(N log N).
 *
 * @param groups the values of each group
 * @example
 * kruskalWallis([[1, 2], [3, 4], [5, 6]]).statistic; // => 4.571428571428571
 */
export function kruskalWallis(groups: readonly (readonly number[])[]): KruskalWallisResult {
  const used = groups.filter((group) => group.length > 0);
  const all = used.flatMap((group, index) => group.map((value) => ({ value, index })));
  const n = all.length;
  const degreesOfFreedom = used.length - 1;
  all.sort((a, b) => a.value - b.value);
  const rankSums = new Array<number>(used.length).fill(0);
  let tieTerm = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && all[end].value === all[start].value) end += 1;
    const midRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) rankSums[all[k].index] += midRank;
    const tied = end - start;
    tieTerm += tied * tied * tied - tied;
    start = end;
  }
  const correction = n > 1 ? 1 - tieTerm / (n * n * n - n) : 0;
  if (correction <= 0 || degreesOfFreedom < 1) return { statistic: 0, pValue: 1, degreesOfFreedom, n };
  const sumTerm = rankSums.reduce((sum, rankSum, index) => sum + (rankSum * rankSum) / used[index].length, 0);
  const statistic = Math.max(0, ((12 / (n * (n + 1))) * sumTerm - 3 * (n + 1)) / correction);
  const pValue = Math.min(1, Math.max(0, 1 - chiSquaredCdf(statistic, degreesOfFreedom)));
  return { statistic, pValue, degreesOfFreedom, n };
}

/** How a p-value reads in a sentence: "= 0.042", "< 0.001". */
function formatPValue(pValue: number): string {
  if (pValue < 0.001) return "< 0.001";
  return `= ${Number(pValue.toPrecision(2))}`;
}

/** The words for one period and for the values of a series with this many periods a year. */
function periodWords(periodsPerYear: number): { noun: string; adjective: string } {
  if (periodsPerYear === 4) return { noun: "quarter", adjective: "quarterly" };
  if (periodsPerYear === 12) return { noun: "month", adjective: "monthly" };
  if (periodsPerYear === 2) return { noun: "half-year", adjective: "half-yearly" };
  if (periodsPerYear === 52 || periodsPerYear === 53) return { noun: "week", adjective: "weekly" };
  return { noun: "period", adjective: `${periodsPerYear}-a-year` };
}
