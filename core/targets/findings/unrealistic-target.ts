import { MIN_POINTS_FOR_LIMITS } from "../../spc/constants";
import { formatDifference, formatValue } from "../../values/units";
import { TARGET_COMPARISON_TOLERANCE, UNREALISTIC_MIN_VALUES } from "../constants";
import { shortfall } from "../rag";
import { TargetFindingRule, better } from "./finding";

/**
 * Unrealistic target: with MIN_POINTS_FOR_LIMITS points or more, the target lies beyond the
 * process limits on the side of success (assurance "Consistently failing"); or reaching the target
 * needs a larger improvement per period than the best seen between any two consecutive values
 * (at least UNREALISTIC_MIN_VALUES values).
 *
 * @example
 * checkTarget({ values: [50, 52, 53, 55, null, null], targets: [null, null, null, null, null, 61], polarity: "higher" })[0].sentence;
 * // => "Unrealistic target: reaching 61 from 55 needs an improvement of 3 a period for 2 periods, but the best seen between two periods is 2."
 */
export const UNREALISTIC_TARGET: TargetFindingRule<"unrealistic_target"> = {
  code: "unrealistic_target",
  title: "Unrealistic target",
  directional: true,
  check({ goal, polarity, unit, present, latestValue, latestPosition, limits }) {
    if (goal === null) return undefined;
    const gap = shortfall(latestValue, goal.value, polarity);
    if (gap === 0) return undefined;
    if (limits !== undefined && limits.count >= MIN_POINTS_FOR_LIMITS) {
      const passingLimit = polarity === "lower" ? limits.lower : limits.upper;
      if (better(goal.value, passingLimit, polarity) > 0) {
        return `the target of ${formatValue(goal.value, unit)} lies beyond the range the KPI normally varies within (its process limits, ${formatValue(limits.lower, unit)} to ${formatValue(limits.upper, unit)}), so it will not be met unless the service changes.`;
      }
    }
    if (present.values.length >= UNREALISTIC_MIN_VALUES) {
      // The goal is always after the latest period (targetInForce), so at least one period is left.
      const periodsLeft = goal.position - latestPosition;
      const needed = gap / periodsLeft;
      let best = -Infinity;
      for (let i = 1; i < present.values.length; i++) {
        const step = better(present.values[i], present.values[i - 1], polarity) / (present.positions[i] - present.positions[i - 1]);
        best = Math.max(best, step);
      }
      if (needed > best * (1 + TARGET_COMPARISON_TOLERANCE)) {
        const pace = periodsLeft === 1 ? `an improvement of ${formatDifference(needed, unit)} in one period` : `an improvement of ${formatDifference(needed, unit)} a period for ${periodsLeft} periods`;
        const seen = best > 0 ? `the best seen between two periods is ${formatDifference(best, unit)}` : "the KPI has not improved from one period to the next";
        return `reaching ${formatValue(goal.value, unit)} from ${formatValue(latestValue, unit)} needs ${pace}, but ${seen}.`;
      }
    }
    return undefined;
  },
  question: "Reaching the target needs faster progress than has ever been achieved: is it realistic, and what would it take?",
};
