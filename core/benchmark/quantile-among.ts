import { quantileSorted } from "simple-statistics";
import { KpiError } from "../errors";
import { Polarity } from "../values";
import { QUANTILE_CUT_DECIMALS, QUANTILE_GROUP_COUNTS } from "./constants";
import { PeerGroup, PeerValues, peerGroup } from "./peer-group";

/** How many quantile groups KPI.QUANTILE can place a value in. */
export type QuantileGroupCount = (typeof QUANTILE_GROUP_COUNTS)[number];

/**
 * The quantile group of a value within a peer group: 1 is the best group and `groups` the worst,
 * in the direction of polarity, for quartiles (4), quintiles (5) or deciles (10), as LG Inform Plus
 * offers them. The cut points are the group's percentiles at k / groups as `QUARTILE.INC` and
 * `PERCENTILE.INC` compute them (R type 7, also Fingertips' `ValueCategoriesCalculator`), rounded to
 * 10 decimal places as Fingertips rounds them, so that floating-point residue (6.4000000000000004 for
 * the 60th percentile of 1..10) does not move a value that is on a cut point; a value on a cut point
 * goes to the better group (for "higher": at or above the top cut point is 1; for "lower": at or
 * below the bottom cut point is 1). A neutral KPI counts the highest group as 1. With 4 groups this
 * is KPI.QUARTILE.
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
  const cuts = cutPoints(peerGroup(peers), checkQuantileGroups(groups));
  // Counting the cut points the value has passed: the first one it fails ends the count.
  if (polarity === "lower") {
    for (let k = 1; k < groups; k++) if (value <= cuts[k - 1]) return k;
    return groups;
  }
  for (let k = groups - 1; k >= 1; k--) if (value >= cuts[k - 1]) return groups - k;
  return groups;
}

/**
 * Checks a number of quantile groups.
 *
 * @throws {KpiError} `out_of_range` for anything but 4, 5 or 10
 * @example
 * checkQuantileGroups(10); // => 10
 */
export function checkQuantileGroups(groups: number): QuantileGroupCount {
  if (!(QUANTILE_GROUP_COUNTS as readonly number[]).includes(groups)) {
    throw new KpiError({ code: "out_of_range", argument: "groups", value: String(groups), allowed: "4 (quartiles), 5 (quintiles) or 10 (deciles)" });
  }
  return groups as QuantileGroupCount;
}

/** The cut points of each prepared peer group, worked out once however many values are placed in it. */
const CUT_POINTS = new WeakMap<PeerGroup, Map<number, number[]>>();

function cutPoints(group: PeerGroup, groups: number): number[] {
  let byCount = CUT_POINTS.get(group);
  if (byCount === undefined) {
    byCount = new Map();
    CUT_POINTS.set(group, byCount);
  }
  let cuts = byCount.get(groups);
  if (cuts === undefined) {
    cuts = Array.from({ length: groups - 1 }, (_, i) => roundCutPoint(quantileSorted(group.sorted as number[], (i + 1) / groups)));
    byCount.set(groups, cuts);
  }
  return cuts;
}

/** A cut point to 10 decimal places (Fingertips `ValueCategoriesCalculator.CalculatePercentile`); very large ones as they are. */
function roundCutPoint(value: number): number {
  return Math.abs(value) < 1e15 ? Number(value.toFixed(QUANTILE_CUT_DECIMALS)) : value;
}
