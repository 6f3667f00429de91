import { TargetFindingRule } from "./finding";

/**
 * No target: none is set for the latest period, before it or after it. Applies with any polarity;
 * when it applies, no other finding can (each needs a target).
 *
 * @example
 * checkTarget({ values: [1, 2, 3], targets: null, polarity: "higher" })[0].sentence;
 * // => "No target: none is set, so the KPI can only be judged on its trend and against peers."
 */
export const NO_TARGET: TargetFindingRule<"no_target"> = {
  code: "no_target",
  title: "No target",
  directional: false,
  check({ goal, currentTarget }) {
    if (goal !== null || currentTarget !== null) return undefined;
    return "none is set, so the KPI can only be judged on its trend and against peers.";
  },
  question: "Should this measure have a target, or is it reported for context only?",
};
