import { formatValue } from "../../values/units";
import { TargetFindingRule, isWorse } from "./finding";

/**
 * Target below peers: the target now asked for is worse than the peer median (at least
 * MIN_PEERS peers).
 *
 * @example
 * checkTarget({ values: [60, 61, 62, 63], targets: 64, polarity: "higher", peers: [60, 62, 65, 66, 67, 70] })[0].title;
 * // => "Target below peers"
 */
export const TARGET_BELOW_PEERS: TargetFindingRule<"target_below_peers"> = {
  code: "target_below_peers",
  title: "Target below peers",
  directional: true,
  check({ goal, peers, polarity, unit }) {
    if (goal === null || peers === null) return undefined;
    if (!isWorse(goal.value, peers.median, polarity)) return undefined;
    return `the target of ${formatValue(goal.value, unit)} is worse than the peer median of ${formatValue(peers.median, unit)} (${peers.count} in the group).`;
  },
  question: "Why is the target set below what a typical peer already achieves?",
};
