import { formatValue } from "../../values/units";
import { TargetFindingRule } from "./finding";
import { peerStanding } from "./peer-standing";

/**
 * Red but top quartile: the latest value misses its target (RAG Red) yet is in the top quarter of
 * its peers (at least MIN_PEERS): the target, not the service, may be what is out of line.
 *
 * @example
 * checkTarget({ values: [66, 67, 68, 69], targets: 75, polarity: "higher", peers: [50, 58, 60, 62, 64, 66, 68, 70] })[0].title;
 * // => "Red but top quartile"
 */
export const RED_BUT_TOP_QUARTILE: TargetFindingRule<"red_but_top_quartile"> = {
  code: "red_but_top_quartile",
  title: "Red but top quartile",
  directional: true,
  check(context) {
    const standing = peerStanding(context);
    if (standing === undefined || standing.rating !== "Red" || standing.quartile !== 1) return undefined;
    const { unit, latestValue } = context;
    return `the latest value of ${formatValue(latestValue, unit)} misses its target of ${formatValue(standing.target, unit)} but is in the top quarter of its peers (${standing.group}).`;
  },
  question: "Most peers do worse, yet the target is missed: is the target set at the right level?",
};
