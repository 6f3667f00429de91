import { Polarity } from "../values";
import { presentPeers } from "./peers";

/**
 * Percentile position within a peer group, 0 to 100 with 100 best: the share of the group
 * strictly worse plus half the share tied (the mid-rank percentile). A neutral KPI counts
 * higher as "above".
 *
 * @param value the council's value
 * @param peers the whole comparison group; missing values are ignored
 * @param polarity whether higher or lower is better
 * @throws {KpiError} `invalid_argument` when no peer value is present
 * @example
 * percentileAmong(7, [1, 2, 4, 7, 8, 9, 10, 12], "higher"); // => 43.75 (3 worse, 1 tied, of 8)
 */
export function percentileAmong(value: number, peers: readonly (number | null)[], polarity: Polarity): number {
  const group = presentPeers(peers);
  const worse = group.filter((peer) => (polarity === "lower" ? peer > value : peer < value)).length;
  const tied = group.filter((peer) => peer === value).length;
  return (100 * (worse + tied / 2)) / group.length;
}
