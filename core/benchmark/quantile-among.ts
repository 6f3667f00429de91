import { quantileSorted } from "simple-statistics";
import { KpiError } from "../errors";
import { Polarity } from "../values";
import { QUANTILE_GROUP_COUNTS } from "./constants";
import { PeerValues, peerGroup } from "./peer-group";

/** How many quantile groups KPI.QUANTILE can place a value in. */
export type QuantileGroupCount = (typeof QUANTILE_GROUP_COUNTS)[number];

/**
 * The quantile group of a value within a peer group: 1 is the best group and `groups` the worst,
 * in the direction of polarity, for quartiles (4), quintiles (5) or deciles (10), as LG Inform Plus
 * offers them. The cut points are the group's percentiles at k / groups as `QUARTILE.INC` and
 * `PERCENTILE.INC` compute them (R type 7, also Fingertips' `ValueCategoriesCalculator`); a value
 * exactly on a cut point goes to the better group (for "higher": at or above the top cut point is 1;
 * for "lower": at or below the bottom cut point is 1). A neutral KPI counts the highest group as 1.
 * With 4 groups this is KPI.QUARTILE.
 *
 * @param value the council's value
 * @param peers the whole comparison group; missing values are ignored
 * @param groups 4, 5 or 10
 * @param polarity whether higher or lower is better
 * @returns 1 (best) to `groups`
 * @throws {KpiError} `invalid_argument` when no peer value is present; `out_of_range` for another number of groups
 * @example
 * quantileAmong(9, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, "higher"); // => 1 (top cut point 8.2)
 * quantileAmong(3, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, "lower");  // => 2 (cut points 2.8, 4.6, ...)
 */
export function quantileAmong(value: number, peers: PeerValues, groups: QuantileGroupCount, polarity: Polarity): number {
  if (!QUANTILE_GROUP_COUNTS.includes(groups)) {
    throw new KpiError({ code: "out_of_range", argument: "groups", value: String(groups), allowed: "4 (quartiles), 5 (quintiles) or 10 (deciles)" });
  }
  const { sorted } = peerGroup(peers);
  // Counting the cut points the value has passed: the first one it fails ends the count.
  if (polarity === "lower") {
    for (let k = 1; k < groups; k++) if (value <= quantileSorted(sorted as number[], k / groups)) return k;
    return groups;
  }
  for (let k = groups - 1; k >= 1; k--) if (value >= quantileSorted(sorted as number[], k / groups)) return groups - k;
  return groups;
}
