import { formatValue } from "../../values/units";
import { TargetFindingRule } from "./finding";
import { peerStanding } from "./peer-standing";

/**
 * Green but bottom quartile: the latest value meets its target (RAG Green) but is in the bottom
 * quarter of its peers (at least MIN_PEERS). The LGA guide's "challenge of RAG ratings": green,
 * yet poor against similar councils.
 *
 * @example
 * checkTarget({ values: [54, 55, 55, 56], targets: 55, polarity: "higher", peers: [50, 58, 60, 62, 64, 66, 68, 70] })[0].title;
 * // => "Green but bottom quartile"
 */
export const GREEN_BUT_BOTTOM_QUARTILE: TargetFindingRule<"green_but_bottom_quartile"> = {
  code: "green_but_bottom_quartile",
  title: "Green but bottom quartile",
  directional: true,
  check(context) {
    const standing = peerStanding(context);
    if (standing === undefined || standing.rating !== "Green" || standing.quartile !== 4) return undefined;
    const { unit, latestValue } = context;
    return `the latest value of ${formatValue(latestValue, unit)} meets its target of ${formatValue(standing.target, unit)} but is in the bottom quarter of its peers (${standing.group}).`;
  },
  question: "The target is met, yet most peers do better: what do the best performers do differently, and should the target rise?",
};
