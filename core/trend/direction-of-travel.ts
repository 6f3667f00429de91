import { KpiError } from "../errors";
import { DIRECTION_LABELS, NOT_ENOUGH_DATA } from "../labels";
import { Polarity, Series, countPresent } from "../values";
import { DEFAULT_ALPHA, MIN_POINTS_DIRECTION } from "./constants";
import { MannKendallResult, mannKendall } from "./mann-kendall";

/** A direction-of-travel label (KPI.DIRECTION). */
export type DirectionLabel = (typeof DIRECTION_LABELS)[keyof typeof DIRECTION_LABELS] | typeof NOT_ENOUGH_DATA;

/** The direction of travel of one KPI with the test behind it. */
export interface DirectionOfTravel {
  /** `Improving`, `Worsening`, `No clear change` (neutral: `Increasing`, `Decreasing`), or `Not enough data`. */
  label: DirectionLabel;
  /** The Mann-Kendall test, when there were enough values to run it. */
  test?: MannKendallResult;
  /** The significance level used. */
  alpha: number;
}

/**
 * Direction of travel (docs/FORMULAS.md, KPI.DIRECTION): a two-sided Mann-Kendall test at
 * significance `alpha`; a trend is claimed only when p < alpha, and its sign (S) is then read by
 * polarity. Short untied series use the exact p-value of Kendall's S, so with 5 annual points only
 * an unbroken run (p = 2/120 = 0.0167) can be called a trend; with 4 points nothing can
 * (smallest p = 2/24 = 0.083), which is why 5 values are the minimum.
 * Missing values (and excluded periods, already blanked) are dropped.
 *
 * @param series the values in time order (`null` = missing)
 * @param polarity which direction is better
 * @param alpha significance level, between 0 and 1 (default 0.05)
 * @returns the label, and the test when one was run
 * @throws {KpiError} `out_of_range` when alpha is not between 0 and 1
 * @example
 * directionOfTravel([40, 42, 45, 47, 50], "higher").label; // => "Improving"
 * directionOfTravel([40, 42, 47, 45, 50], "higher").label; // => "No clear change" (p = 0.083)
 * directionOfTravel([9, 8, 7, 6, 5], "neutral").label;     // => "Decreasing"
 */
export function directionOfTravel(series: Series, polarity: Polarity, alpha: number = DEFAULT_ALPHA): DirectionOfTravel {
  if (!(alpha > 0 && alpha < 1)) {
    throw new KpiError({ code: "out_of_range", argument: "alpha", value: String(alpha), allowed: "a number between 0 and 1, such as 0.05" });
  }
  if (countPresent(series) < MIN_POINTS_DIRECTION) return { label: NOT_ENOUGH_DATA, alpha };
  const test = mannKendall(series);
  return { label: labelFor(test, polarity, alpha), test, alpha };
}

function labelFor(test: MannKendallResult, polarity: Polarity, alpha: number): DirectionLabel {
  if (!(test.pValue < alpha) || test.s === 0) return DIRECTION_LABELS.noClearChange;
  const rising = test.s > 0;
  if (polarity === "neutral") return rising ? DIRECTION_LABELS.increasing : DIRECTION_LABELS.decreasing;
  const better = rising === (polarity === "higher");
  return better ? DIRECTION_LABELS.improving : DIRECTION_LABELS.worsening;
}
