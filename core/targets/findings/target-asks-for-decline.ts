import { formatValue } from "../../values/units";
import { DECLINE_RECENT_PERIODS } from "../constants";
import { TargetFindingRule, isWorse } from "./finding";

/**
 * Target asks for decline: the target now asked for is worse than each of the last
 * DECLINE_RECENT_PERIODS values (or all of them when there are fewer), so meeting it would allow
 * performance to fall. Not raised beside **Soft target**, which already says so with its margin.
 *
 * @example
 * checkTarget({ values: [68, 72, 74, 75], targets: 71, polarity: "higher" }).map((finding) => finding.title);
 * // => ["Target asks for decline"]
 */
export const TARGET_ASKS_FOR_DECLINE: TargetFindingRule<"target_asks_for_decline"> = {
  code: "target_asks_for_decline",
  title: "Target asks for decline",
  directional: true,
  unless: ["soft_target"],
  check({ goal, polarity, unit, present }) {
    if (goal === null) return undefined;
    const recent = present.values.slice(-DECLINE_RECENT_PERIODS);
    if (!recent.every((value) => isWorse(goal.value, value, polarity))) return undefined;
    const list = recent.map((value) => formatValue(value, unit));
    const values = recent.length === 1 ? `the latest value of ${list[0]}` : `each of the last ${recent.length} values (${list.join(", ")})`;
    return `the target of ${formatValue(goal.value, unit)} is worse than ${values}, so meeting it would allow performance to fall.`;
  },
  question: "Why does the target allow performance to fall below its current level?",
};
