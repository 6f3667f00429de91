import { KpiError } from "../errors";
import {
  CHANGE_EQUALITY_TOLERANCE,
  MIN_CHANGES_FOR_USUAL_RANGE,
  MOVING_RANGE_UPPER_LIMIT_SCALE,
} from "../kpi-set/constants";
import { CHANGE_LABELS, NOT_ENOUGH_DATA } from "../labels";
import { Polarity, Series } from "../values";
import { SeasonalityResult, isSeasonal } from "./seasonality";

/** The label of a change: by polarity, a plain direction when neutral, or too little data. */
export type ChangeLabel = (typeof CHANGE_LABELS)[keyof typeof CHANGE_LABELS] | typeof NOT_ENOUGH_DATA;

/** The usual size of a change of this span in this series, from a moving-range chart. */
export interface UsualChange {
  /** Mean absolute change between present values this many periods apart. */
  meanChange: number;
  /** Upper range limit: 3.267 times the mean change; a larger change is unusual. */
  upperLimit: number;
  /** True when the latest change is no larger than the upper limit. */
  withinUsualRange: boolean;
  /** How many changes of this span the series has (the latest included). */
  changes: number;
}

/** The change of the latest value on an earlier period. Plain values, safe to send to a host. */
export interface ChangeOnPeriod {
  /** Latest value minus the earlier value; `null` when there is no earlier value to compare with. */
  change: number | null;
  /**
   * The change as a fraction of the earlier value's size (-0.05 is 5% down); `null` when there is
   * no earlier value or it is 0 (or so near 0 that the ratio overflows).
   */
  percentChange: number | null;
  /** `Better`, `Worse`, `No change` (neutral: `Up`, `Down`, `No change`) or `Not enough data`. */
  label: ChangeLabel;
  /** Position (0-based) of the latest present value; `null` when the series has none. */
  latestPosition: number | null;
  /** Position compared with: `periodsBack` before the latest; `null` when that is before the start. */
  earlierPosition: number | null;
  /** The latest present value. */
  latestValue: number | null;
  /** The value at `earlierPosition`; `null` when that cell is missing. */
  earlierValue: number | null;
  /** How large changes of this span usually are; `null` with fewer than 11 such changes. */
  usualChange: UsualChange | null;
}

/**
 * Change on an earlier period, as LG Inform and Pentana show direction of travel: the latest
 * present value against the value `periodsBack` cells earlier (1: the previous period; 4: the
 * same quarter last year; 12: the same month last year). The earlier position is counted in cells,
 * so a gap is a period: if the cell `periodsBack` before the latest is missing there is nothing to
 * compare with and the label is `Not enough data`. It is one comparison of two points, so it is
 * shown beside the trend test and SPC, never instead of them.
 *
 * The percentage change divides by the size of the earlier value, so its sign is the sign of the
 * change even for negative values; it is left empty when the earlier value is 0. Two values equal
 * to 12 significant digits are `No change`.
 *
 * `usualChange` says whether the change is within the series' usual range (for the narrative's
 * "within its usual range"): the mean absolute change between all present values `periodsBack`
 * apart, and the moving-range chart's upper range limit, 3.267 times that mean (Wheeler and
 * Chambers 1992). It needs 11 such changes, the span of the 12 points Making Data Count asks for.
 *
 * @param series the values in time order (`null` = missing)
 * @param periodsBack how many cells back to compare with: a whole number from 1 to the series length less 1
 * @param polarity which direction is better (`neutral`: report `Up` or `Down`)
 * @returns the change, its percentage, its label, the two positions and the usual range
 * @throws {KpiError} `not_whole_number` or `out_of_range` for a `periodsBack` that is not a
 * positive whole number or reaches before the first period
 * @example
 * changeOnPeriod([60, 62, 59, 64, 63], 1, "higher");
 * // => { change: -1, percentChange: -0.015625, label: "Worse", latestPosition: 4, earlierPosition: 3, latestValue: 63, earlierValue: 64, usualChange: null }
 * changeOnPeriod([60, 62, 59, 64, 63], 4, "lower").label; // => "Worse"
 * changeOnPeriod([60, null, 59], 1, "higher").label;     // => "Not enough data"
 */
export function changeOnPeriod(series: Series, periodsBack: number, polarity: Polarity, argument = "periods_back"): ChangeOnPeriod {
  checkPeriodsBack(periodsBack, series.length, argument);
  const latestPosition = lastPresentPosition(series);
  const empty: ChangeOnPeriod = {
    change: null,
    percentChange: null,
    label: NOT_ENOUGH_DATA,
    latestPosition,
    earlierPosition: null,
    latestValue: latestPosition === null ? null : series[latestPosition],
    earlierValue: null,
    usualChange: null,
  };
  if (latestPosition === null || latestPosition - periodsBack < 0) return empty;
  const earlierPosition = latestPosition - periodsBack;
  const latestValue = series[latestPosition] as number;
  const earlierValue = series[earlierPosition];
  if (earlierValue === null) {
    empty.earlierPosition = earlierPosition;
    return empty;
  }
  const same = isSameValue(latestValue, earlierValue);
  const change = same ? 0 : latestValue - earlierValue;
  const ratio = earlierValue === 0 ? null : change / Math.abs(earlierValue);
  // A ratio too large to hold (an earlier value next to 0) is as undefined as one over 0.
  const percentChange = ratio !== null && Number.isFinite(ratio) ? ratio : null;
  return {
    change,
    percentChange,
    label: changeLabel(change, polarity),
    latestPosition,
    earlierPosition,
    latestValue,
    earlierValue,
    usualChange: usualChangeOf(series, periodsBack, Math.abs(change)),
  };
}

/**
 * The label of a change by polarity.
 *
 * @example
 * changeLabel(-2, "lower");   // => "Better"
 * changeLabel(-2, "neutral"); // => "Down"
 * changeLabel(0, "higher");   // => "No change"
 */
export function changeLabel(change: number, polarity: Polarity): ChangeLabel {
  if (change === 0) return CHANGE_LABELS.noChange;
  if (polarity === "neutral") return change > 0 ? CHANGE_LABELS.up : CHANGE_LABELS.down;
  const better = polarity === "higher" ? change > 0 : change < 0;
  return better ? CHANGE_LABELS.better : CHANGE_LABELS.worse;
}

/** Refuses a span that is not a positive whole number or reaches before the first cell. */
function checkPeriodsBack(periodsBack: number, length: number, argument: string): void {
  if (Number.isFinite(periodsBack) && !Number.isInteger(periodsBack)) {
    throw new KpiError({ code: "not_whole_number", argument, value: String(periodsBack) });
  }
  if (!Number.isFinite(periodsBack) || periodsBack < 1 || periodsBack > length - 1) {
    const allowed =
      length < 2
        ? "a whole number of periods, and give values with at least two periods to compare"
        : `a whole number from 1 to ${length - 1} (values has ${length} periods)`;
    throw new KpiError({ code: "out_of_range", argument, value: String(periodsBack), allowed });
  }
}

/** Position of the last present value, or `null`. */
function lastPresentPosition(series: Series): number | null {
  for (let i = series.length - 1; i >= 0; i--) if (series[i] !== null) return i;
  return null;
}

/** Equal to 12 significant digits. */
function isSameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= CHANGE_EQUALITY_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Mean absolute change between present values `span` apart and the upper range limit. */
function usualChangeOf(series: Series, span: number, latestSize: number): UsualChange | null {
  let total = 0;
  let changes = 0;
  for (let i = span; i < series.length; i++) {
    const later = series[i];
    const earlier = series[i - span];
    if (later === null || earlier === null) continue;
    total += Math.abs(later - earlier);
    changes += 1;
  }
  if (changes < MIN_CHANGES_FOR_USUAL_RANGE) return null;
  const meanChange = total / changes;
  const upperLimit = MOVING_RANGE_UPPER_LIMIT_SCALE * meanChange;
  return { meanChange, upperLimit, withinUsualRange: latestSize <= upperLimit * (1 + CHANGE_EQUALITY_TOLERANCE), changes };
}

/** A change on the comparable earlier period, with how that period was chosen. */
export interface ComparableChange extends ChangeOnPeriod {
  /** Cells back the comparison looked: `periodsPerYear` for a seasonal series, else 1. */
  periodsBack: number;
  /** `previous period`, or `same period last year` for a seasonal series. */
  comparedWith: "previous period" | "same period last year";
  /** The seasonality test that chose it (its `reason` says why, in plain English). */
  seasonality: SeasonalityResult;
}

/**
 * The change a narrative should report: on the same quarter or month last year when the series is
 * seasonal ({@link isSeasonal}: Kruskal-Wallis on the period-to-period changes, p < 0.01), else on
 * the previous period, so that a winter dip that happens every year is not reported as a fall.
 * Annual figures compare with the previous year.
 *
 * @param series the values in time order (`null` = missing)
 * @param periodsPerYear 1 for years, 4 for quarters, 12 for months (see `periodsPerYearFromLabels`)
 * @param polarity which direction is better
 * @example
 * const quarters = [10, 30, 20, 5, 12, 31, 22, 6, 11, 33, 21, 4, 13, 32, 23, 7];
 * changeOnComparablePeriod(quarters, 4, "higher");
 * // => { change: 3, label: "Better", periodsBack: 4, comparedWith: "same period last year", earlierPosition: 11, ... }
 */
export function changeOnComparablePeriod(series: Series, periodsPerYear: number, polarity: Polarity): ComparableChange {
  const seasonality = isSeasonal(series, periodsPerYear);
  const periodsBack = seasonality.seasonal ? periodsPerYear : 1;
  const comparedWith: ComparableChange["comparedWith"] = seasonality.seasonal ? "same period last year" : "previous period";
  if (series.length <= periodsBack) {
    // A single cell: nothing earlier to compare with.
    const latestPosition = lastPresentPosition(series);
    const latestValue = latestPosition === null ? null : series[latestPosition];
    return {
      change: null,
      percentChange: null,
      label: NOT_ENOUGH_DATA,
      earlierPosition: null,
      earlierValue: null,
      usualChange: null,
      latestPosition,
      latestValue,
      periodsBack,
      comparedWith,
      seasonality,
    };
  }
  // The fresh change gains the three fields, rather than being spread into a copy: a spread with
  // fields added after it is slow in V8 and gives each result a shape of its own.
  return Object.assign(changeOnPeriod(series, periodsBack, polarity), { periodsBack, comparedWith, seasonality });
}
