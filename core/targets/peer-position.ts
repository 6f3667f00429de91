import { Polarity } from "../values";

/**
 * Quantile of sorted values by linear interpolation between closest ranks, as Excel's
 * `QUARTILE.INC` / `PERCENTILE.INC` and R's type 7 (FUNCTIONS.md, KPI.QUARTILE).
 */
function quantileInclusive(sorted: readonly number[], probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** The peer group's quartile boundaries and median, as `QUARTILE.INC` gives them. */
export interface PeerSummary {
  /** Number of peer values. */
  count: number;
  /** First quartile (25th percentile). */
  lowerQuartile: number;
  /** Median. */
  median: number;
  /** Third quartile (75th percentile). */
  upperQuartile: number;
}

/**
 * The quartile boundaries of a peer group (at least one value).
 *
 * @example
 * summarisePeers([1, 2, 3, 4, 5]); // => { count: 5, lowerQuartile: 2, median: 3, upperQuartile: 4 }
 */
export function summarisePeers(peers: readonly number[]): PeerSummary {
  const sorted = peers.slice().sort((a, b) => a - b);
  return {
    count: sorted.length,
    lowerQuartile: quantileInclusive(sorted, 0.25),
    median: quantileInclusive(sorted, 0.5),
    upperQuartile: quantileInclusive(sorted, 0.75),
  };
}

/**
 * Which quarter of the peer group a value sits in, 1 (best) to 4 (worst), read by polarity, a
 * value on a boundary going to the better quartile (FUNCTIONS.md, KPI.QUARTILE). Neutral polarity
 * is read as higher.
 *
 * @example
 * quartileInPeers(4.5, summarisePeers([1, 2, 3, 4, 5]), "higher"); // => 1
 * quartileInPeers(4.5, summarisePeers([1, 2, 3, 4, 5]), "lower");  // => 4
 */
export function quartileInPeers(value: number, summary: PeerSummary, polarity: Polarity): 1 | 2 | 3 | 4 {
  if (polarity === "lower") {
    if (value <= summary.lowerQuartile) return 1;
    if (value <= summary.median) return 2;
    if (value <= summary.upperQuartile) return 3;
    return 4;
  }
  if (value >= summary.upperQuartile) return 1;
  if (value >= summary.median) return 2;
  if (value >= summary.lowerQuartile) return 3;
  return 4;
}
