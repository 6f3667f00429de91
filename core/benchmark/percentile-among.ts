import { Polarity } from "../values";
import { PeerValues, countAtOrBelow, countBelow, peerGroup } from "./peer-group";

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
export function percentileAmong(value: number, peers: PeerValues, polarity: Polarity): number {
  const { sorted } = peerGroup(peers);
  const below = countBelow(sorted, value);
  const atOrBelow = countAtOrBelow(sorted, value);
  const worse = polarity === "lower" ? sorted.length - atOrBelow : below;
  const tied = atOrBelow - below;
  return (100 * (worse + tied / 2)) / sorted.length;
}
