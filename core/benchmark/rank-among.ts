import { Polarity } from "../values";
import { PeerValues, countAtOrBelow, countBelow, peerGroup } from "./peer-group";

/**
 * Rank within a peer group, 1 being best: one plus the number of peer values strictly better
 * (ties share a rank, as Excel's `RANK.EQ`). "Better" follows polarity; a neutral KPI is ranked
 * highest first, as a position rather than a judgement.
 *
 * @param value the council's value
 * @param peers the whole comparison group (include your own council where it belongs there); missing values are ignored;
 *   a group prepared with `peerGroup` is placed by binary search
 * @param polarity whether higher or lower is better
 * @throws {KpiError} `invalid_argument` when no peer value is present
 * @example
 * rankAmong(7, [1, 2, 4, 7, 8, 9, 10, 12], "higher"); // => 5
 * rankAmong(7, [1, 2, 4, 7, 8, 9, 10, 12], "lower");  // => 4
 */
export function rankAmong(value: number, peers: PeerValues, polarity: Polarity): number {
  const { sorted } = peerGroup(peers);
  const better = polarity === "lower" ? countBelow(sorted, value) : sorted.length - countAtOrBelow(sorted, value);
  return 1 + better;
}
