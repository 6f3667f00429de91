import { KpiError } from "../errors";
import { RECENT_TREND_LABELS } from "../labels";
import { Polarity, Series } from "../values";
import { RECENT_TREND_CHI_SQUARED_THRESHOLD, RECENT_TREND_POINTS } from "./constants";
import { chiSquaredForTrend } from "./chi-squared-for-trend";

/** A Fingertips recent-trend label (KPI.RECENTTREND). */
export type RecentTrendLabel = (typeof RECENT_TREND_LABELS)[keyof typeof RECENT_TREND_LABELS];

/** The recent-trend marker of one proportion with the numbers behind it. */
export interface RecentTrendResult {
  /** The Fingertips label. */
  label: RecentTrendLabel;
  /** Chi-squared for trend on the last 5 points (absent when it cannot be calculated). */
  chiSquared?: number;
  /** Least-squares slope of the log odds per period over the 5 points: its sign is the direction. */
  slope?: number;
  /** The slopes of the log odds with each of the 5 points left out in turn. */
  leaveOneOutSlopes?: number[];
  /** True when chi-squared exceeds 9.5495 and all six slopes share one sign. */
  significant: boolean;
  /** Positions (0-based) of the 5 points used. */
  positions?: number[];
}

/**
 * The Fingertips recent-trend marker for a proportion (OHID Fingertips technical guidance,
 * "Trend markers", https://fingertips.phe.org.uk/static-reports/public-health-technical-guidance/Presentation/Trend_markers.html;
 * fingertips-open, PholioVisualisation.Analysis `TrendMarkerCalculator`, the
 * `SpcForProportions` branch, as carried into dhsc-govuk/FingertipsNext trend-analysis
 * `Calculator/Legacy/TrendMarkerCalculator.cs`). On the last 5 annual points, scored t = 1..5:
 * 1. the chi-squared test for trend in proportions ({@link chiSquaredForTrend});
 * 2. the least-squares slope of the log odds ln(p / (1 - p)) on t, for all 5 points and again
 *    with each point left out in turn (Fingertips' guard against one outlying year);
 * 3. the trend is significant when chi-squared > 9.54953570608324 (1 degree of freedom, 99.8%)
 *    and all six slopes have the same sign (as Fingertips, a slope of exactly 0 counts with the
 *    positive ones); its direction is the sign of the 5-point slope, read by polarity.
 *
 * Trailing periods with neither numerator nor denominator (years not yet published) are skipped,
 * so "the last 5 points" are the 5 latest periods with data. `Cannot be calculated` when there
 * are fewer than 5 such periods, when one of them lacks its numerator or denominator (the
 * guidance requires a series without breaks; docs/FORMULA-CONVENTIONS.md, "Trend and direction of travel", says so too, where the Fingertips code
 * would skip to older years), or when one of them is 100% (Fingertips: `TrendRequest`
 * `IsPossibleDivideByZeroErrors`, and its test of a series with a 5 out of 5 year) or 0%, where the
 * log odds are undefined too (Fingertips does not guard that case).
 *
 * @param numerators counts in time order (`null` = missing)
 * @param denominators totals in time order, the same length
 * @param polarity which direction is better
 * @returns the label with chi-squared and the slopes
 * @throws {KpiError} `length_mismatch` for series of different lengths; `invalid_argument` for a
 *   negative count, a denominator of 0 or less, or a numerator above its denominator
 * @example
 * // fingertips-open TrendMarkerCalculatorTest, GetTrendDataForProportion_Set1 (2014 to 2018)
 * recentTrendTest([994, 1023, 1199, 1332, 1367], [40299, 41527, 42811, 44064, 44701], "higher");
 * // => { label: "Increasing and getting better", chiSquared: 47.90..., significant: true, ... }
 */
export function recentTrendTest(numerators: Series, denominators: Series, polarity: Polarity): RecentTrendResult {
  checkProportions(numerators, denominators);
  const cannot: RecentTrendResult = { label: RECENT_TREND_LABELS.cannotBeCalculated, significant: false };
  let end = numerators.length;
  while (end > 0 && numerators[end - 1] === null && denominators[end - 1] === null) end -= 1;
  if (end < RECENT_TREND_POINTS) return cannot;
  const positions = Array.from({ length: RECENT_TREND_POINTS }, (_, i) => end - RECENT_TREND_POINTS + i);
  const counts: number[] = [];
  const totals: number[] = [];
  for (const position of positions) {
    const count = numerators[position];
    const total = denominators[position];
    if (count === null || total === null || count === 0 || count === total) return cannot;
    counts.push(count);
    totals.push(total);
  }
  const chiSquared = chiSquaredForTrend(counts, totals);
  const logOdds = counts.map((count, i) => Math.log(count / (totals[i] - count)));
  const times = logOdds.map((_, i) => i + 1);
  const slope = leastSquaresSlope(times, logOdds);
  const leaveOneOutSlopes = times.map((_, left) =>
    leastSquaresSlope(
      times.filter((__, i) => i !== left),
      logOdds.filter((__, i) => i !== left),
    ),
  );
  const signSum = [slope, ...leaveOneOutSlopes].reduce((sum, value) => sum + (value < 0 ? -1 : 1), 0);
  const sameSign = Math.abs(signSum) === RECENT_TREND_POINTS + 1;
  const significant = sameSign && chiSquared > RECENT_TREND_CHI_SQUARED_THRESHOLD && slope !== 0;
  const label = significant ? directionLabel(slope > 0, polarity) : RECENT_TREND_LABELS.noSignificantChange;
  return { label, chiSquared, slope, leaveOneOutSlopes, significant, positions };
}

/**
 * The Fingertips recent-trend label of a proportion (see {@link recentTrendTest} for the method).
 *
 * @example
 * recentTrend([994, 1023, 1199, 1332, 1367], [40299, 41527, 42811, 44064, 44701], "lower"); // => "Increasing and getting worse"
 * recentTrend([5, 6, 7, 8], [100, 100, 100, 100], "higher");                                 // => "Cannot be calculated"
 */
export function recentTrend(numerators: Series, denominators: Series, polarity: Polarity): RecentTrendLabel {
  return recentTrendTest(numerators, denominators, polarity).label;
}

/**
 * Checks counts against their totals: none negative, every total above 0, no count above its total.
 * `cellName(i)` says how to name position i in a message (default `value i+1`).
 *
 * @throws {KpiError} `length_mismatch` or `invalid_argument` naming the cell
 */
export function checkProportions(numerators: Series, denominators: Series, cellName: (index: number) => string = (i) => `value ${i + 1}`): void {
  if (numerators.length !== denominators.length) {
    throw new KpiError({
      code: "length_mismatch",
      argument: "denominators",
      other: "numerators",
      expected: `${numerators.length} values`,
      actual: `${denominators.length} values`,
    });
  }
  numerators.forEach((count, i) => {
    const total = denominators[i];
    if (count !== null && count < 0) {
      throw new KpiError({ code: "invalid_argument", argument: "numerators", problem: `${cellName(i)} (${count}) is negative`, fix: "enter a count of zero or more" });
    }
    if (total !== null && total <= 0) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "denominators",
        problem: `${cellName(i)} (${total}) is not above zero`,
        fix: "enter the number counted, more than zero, or leave the cell blank",
      });
    }
    if (count !== null && total !== null && count > total) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "numerators",
        problem: `${cellName(i)} (${count}) is more than its denominator (${total})`,
        fix: "a numerator counts cases out of its denominator, so check that the two ranges line up",
      });
    }
  });
}

/** Least-squares slope of y on x, as Fingertips computes it: (n sum xy - sum x sum y) / (n sum x^2 - (sum x)^2). */
function leastSquaresSlope(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  let sumX = 0;
  let sumY = 0;
  let sumXY = 0;
  let sumXX = 0;
  for (let i = 0; i < n; i++) {
    sumX += x[i];
    sumY += y[i];
    sumXY += x[i] * y[i];
    sumXX += x[i] * x[i];
  }
  return (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX);
}

function directionLabel(rising: boolean, polarity: Polarity): RecentTrendLabel {
  if (polarity === "neutral") return rising ? RECENT_TREND_LABELS.increasing : RECENT_TREND_LABELS.decreasing;
  if (rising) return polarity === "higher" ? RECENT_TREND_LABELS.increasingBetter : RECENT_TREND_LABELS.increasingWorse;
  return polarity === "lower" ? RECENT_TREND_LABELS.decreasingBetter : RECENT_TREND_LABELS.decreasingWorse;
}
