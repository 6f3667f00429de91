import { MIN_POINTS_FOR_LIMITS } from "../../spc/constants";
import { formatValue } from "../../values/units";
import { TargetFindingRule } from "./finding";

/**
 * Hit and miss: with MIN_POINTS_FOR_LIMITS points or more, the current target lies within the
 * process limits (Making Data Count assurance "Hit and miss"): the process meets it in some
 * periods and misses it in others by chance alone. Not raised beside **Soft target** or
 * **Unrealistic target**, which place the target outside the limits.
 *
 * @example
 * checkTarget({ values: [48, 52, 49, 51, 50, 53, 47, 50, 52, 48, 51, 49], targets: 50, polarity: "higher" })[0].title;
 * // => "Hit and miss"
 */
export const HIT_AND_MISS: TargetFindingRule<"hit_and_miss"> = {
  code: "hit_and_miss",
  title: "Hit and miss",
  directional: true,
  unless: ["soft_target", "unrealistic_target"],
  check({ currentTarget, limits, unit }) {
    if (currentTarget === null || limits === undefined || limits.count < MIN_POINTS_FOR_LIMITS) return undefined;
    if (currentTarget < limits.lower || currentTarget > limits.upper) return undefined;
    return `the target of ${formatValue(currentTarget, unit)} lies inside the range the KPI normally varies within (its process limits, ${formatValue(limits.lower, unit)} to ${formatValue(limits.upper, unit)}), so it will be met in some periods and missed in others by chance alone.`;
  },
  question: "Whether the target is met is down to chance from period to period: what change to the service would meet it reliably?",
};
