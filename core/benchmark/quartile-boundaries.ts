import { quantileSorted } from "simple-statistics";
import { QUARTILE_PROBABILITIES } from "./constants";
import { PeerValues, peerGroup } from "./peer-group";

/** The three cut points of a peer group. */
export interface QuartileBoundaries {
  /** Lower quartile (25th percentile). */
  lower: number;
  /** Median. */
  median: number;
  /** Upper quartile (75th percentile). */
  upper: number;
}

/**
 * The quartile boundaries of a peer group as Excel's `QUARTILE.INC` computes them (R type 7:
 * linear interpolation at position (n - 1)p of the sorted values), which is also what
 * simple-statistics' `quantileSorted` does. Missing values are ignored.
 *
 * @param peers the peer group (`null` = missing), or a group prepared with `peerGroup`
 * @throws {KpiError} `invalid_argument` when no peer value is present
 * @example
 * quartileBoundaries([1, 2, 4, 7, 8, 9, 10, 12]); // => { lower: 3.5, median: 7.5, upper: 9.25 }
 */
export function quartileBoundaries(peers: PeerValues): QuartileBoundaries {
  const { sorted } = peerGroup(peers);
  const [lower, median, upper] = QUARTILE_PROBABILITIES.map((p) => quantileSorted(sorted, p));
  return { lower, median, upper };
}
