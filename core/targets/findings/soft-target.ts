import { MIN_POINTS_FOR_LIMITS } from "../../spc/constants";
import { formatDifference, formatValue } from "../../values/units";
import { SOFT_TARGET_MARGIN_IN_MOVING_RANGES, SOFT_TARGET_MIN_PERIODS, SOFT_TARGET_WINDOW } from "../constants";
import { shortfall } from "../rag";
import { TargetFindingRule, better } from "./finding";

/**
 * Soft target: met in every one of the last SOFT_TARGET_WINDOW periods with a value and a target
 * (at least SOFT_TARGET_MIN_PERIODS), by an average margin of at least one typical period-to-period
 * change; or, with MIN_POINTS_FOR_LIMITS points or more, the target lies beyond the process
 * limits on the side of failure (assurance "Consistently passing").
 *
 * @example
 * checkTarget({ values: [70, 72, 71, 73], targets: 60, polarity: "higher" })[0].sentence;
 * // => "Soft target: met in all 4 periods, by 11.5 on average, more than the typical change of 1.7 from one period to the next."
 */
export const SOFT_TARGET: TargetFindingRule<"soft_target"> = {
  code: "soft_target",
  title: "Soft target",
  directional: true,
  check(context) {
    const { values, targets, polarity, unit, limits } = context;
    const pairs: { value: number; target: number }[] = [];
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      const target = i < targets.length ? targets[i] : null;
      if (value !== null && target !== null) pairs.push({ value, target });
    }
    const recent = pairs.slice(-SOFT_TARGET_WINDOW);
    if (recent.length >= SOFT_TARGET_MIN_PERIODS && recent.every((pair) => shortfall(pair.value, pair.target, polarity) === 0)) {
      const margins = recent.map((pair) => better(pair.value, pair.target, polarity));
      // Each margin is divided before adding, so values near the largest a cell holds do not overflow.
      const averageMargin = margins.reduce((sum, margin) => sum + margin / margins.length, 0);
      const typicalChange = limits?.meanMovingRange ?? 0;
      if (averageMargin > 0 && averageMargin >= SOFT_TARGET_MARGIN_IN_MOVING_RANGES * typicalChange) {
        const all = recent.length === pairs.length ? `all ${recent.length} periods` : `each of the last ${recent.length} periods`;
        return `met in ${all}, by ${formatDifference(averageMargin, unit)} on average, more than the typical change of ${formatDifference(typicalChange, unit)} from one period to the next.`;
      }
    }
    if (context.currentTarget !== null && limits !== undefined && limits.count >= MIN_POINTS_FOR_LIMITS) {
      const failingLimit = polarity === "lower" ? limits.upper : limits.lower;
      if (better(failingLimit, context.currentTarget, polarity) > 0) {
        return `the target of ${formatValue(context.currentTarget, unit)} lies outside the range the KPI normally varies within (its process limits, ${formatValue(limits.lower, unit)} to ${formatValue(limits.upper, unit)}), so it will be met every period unless something changes.`;
      }
    }
    return undefined;
  },
  question: "The target has been met every period by a wide margin: is it stretching enough, and who agreed it?",
};
