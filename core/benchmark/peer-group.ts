import { mean, quantileSorted } from "simple-statistics";
import { presentPeers } from "./peers";

/**
 * A peer group made ready once: its present values sorted in ascending order. Placing a value in
 * it is then a binary search (O(log n)) rather than a pass over every peer, so a column of 10,000
 * councils against the same 10,000 peers costs 10,000 searches, not 100 million comparisons.
 */
export interface PeerGroup {
  readonly kind: "peer group";
  /** The present peer values, ascending. */
  readonly sorted: readonly number[];
  /** The group's median (the middle value, or the mean of the two middle values). */
  median(): number;
  /** The arithmetic mean of the group, worked out the first time it is asked for. */
  mean(): number;
}

/** The peer values a position formula accepts: as read from the cells (`null` = missing), or a prepared group. */
export type PeerValues = readonly (number | null)[] | PeerGroup;

function isPeerGroup(peers: PeerValues): peers is PeerGroup {
  return !Array.isArray(peers) && (peers as PeerGroup).kind === "peer group";
}

/**
 * Prepares a peer group: drops missing cells and sorts the rest. A group already prepared is
 * returned as it is.
 *
 * @param peers the group's values, `null` for a missing cell
 * @param argument the parameter's name for the message
 * @throws {KpiError} `invalid_argument` when no peer value is present
 * @example
 * peerGroup([8, null, 2, 5]).sorted; // => [2, 5, 8]
 */
export function peerGroup(peers: PeerValues, argument = "peer_values"): PeerGroup {
  if (isPeerGroup(peers)) return peers;
  // A typed array sorts numerically without a comparator call per comparison.
  const ascending = Float64Array.from(presentPeers(peers, argument)).sort();
  const sorted: number[] = [];
  for (let i = 0; i < ascending.length; i++) sorted.push(ascending[i]);
  let average: number | undefined;
  return {
    kind: "peer group",
    sorted,
    median: () => quantileSorted(sorted, 0.5),
    mean: () => (average ??= mean(sorted)),
  };
}

/**
 * How many values of an ascending list are strictly below `value` (the index of its first
 * occurrence, or where it would go).
 *
 * @example
 * countBelow([1, 2, 2, 5], 2); // => 1
 */
export function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many values of an ascending list are at or below `value`.
 *
 * @example
 * countAtOrBelow([1, 2, 2, 5], 2); // => 3
 */
export function countAtOrBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A memo for a formula that places many values: the peer group of each distinct array of peers
 * (as `lineUpPeers` hands them out) is prepared once, and `null` stands for a group with no
 * present value (that cell of the result is left empty).
 *
 * @example
 * const groupOf = peerGroupMemo();
 * const peers = [3, 1, 2];
 * groupOf(peers) === groupOf(peers); // => true (sorted once)
 */
export function peerGroupMemo(argument = "peer_values"): (peers: readonly (number | null)[]) => PeerGroup | null {
  const groups = new Map<readonly (number | null)[], PeerGroup | null>();
  return (peers) => {
    let group = groups.get(peers);
    if (group === undefined) {
      group = peerGroupIfAny(peers, argument) ?? null;
      groups.set(peers, group);
    }
    return group;
  };
}

/**
 * The prepared group, or `undefined` when there are no peers or none of them is a number (a KPI
 * without a peer comparison, rather than an error).
 *
 * @example
 * peerGroupIfAny([null, 4, 2])?.sorted; // => [2, 4]
 * peerGroupIfAny([]);                   // => undefined
 */
export function peerGroupIfAny(peers: PeerValues | undefined, argument = "peer_values"): PeerGroup | undefined {
  if (peers === undefined) return undefined;
  if (isPeerGroup(peers)) return peers;
  for (const peer of peers) if (peer !== null && Number.isFinite(peer)) return peerGroup(peers, argument);
  return undefined;
}
