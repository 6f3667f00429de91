import { KpiError } from "../errors";

/**
 * The present numbers of a peer group, missing cells dropped (docs/FORMULA-CONVENTIONS.md,
 * "Peer groups": missing cells are ignored).
 *
 * @param peers the group's values, `null` for a missing cell
 * @param argument the parameter's name for the message
 * @throws {KpiError} `invalid_argument` when no peer value is present
 * @example
 * presentPeers([3, null, 5]); // => [3, 5]
 */
export function presentPeers(peers: readonly (number | null)[], argument = "peer_values"): number[] {
  const present = peers.filter((value): value is number => value !== null && Number.isFinite(value));
  if (present.length === 0) {
    throw new KpiError({
      code: "invalid_argument",
      argument,
      problem: "has no numbers (every cell is blank or marked missing)",
      fix: "select the range that holds the peer group's values",
    });
  }
  return present;
}
