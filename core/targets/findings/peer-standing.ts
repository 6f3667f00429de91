import { quartileAmong } from "../../benchmark/quartile-among";
import { formatValue } from "../../values/units";
import { RagRating, ragRating } from "../rag";
import { FindingContext } from "./finding";

/** The latest value's RAG rating and peer quartile, as the two RAG-against-peers findings read them. */
export interface PeerStanding {
  rating: RagRating;
  quartile: 1 | 2 | 3 | 4;
  /** The current target the rating is against. */
  target: number;
  /** The peer group in words: "8 in the group, median 63%". */
  group: string;
}

/**
 * The latest value's RAG rating against the current target and its quartile among the peers, or
 * `undefined` without a current target or a peer group of at least MIN_PEERS.
 *
 * @example
 * peerStanding(context)?.quartile; // => 4 (bottom quarter of the peers)
 */
export function peerStanding(context: FindingContext): PeerStanding | undefined {
  const { currentTarget, peers, polarity, unit, latestValue, tolerance } = context;
  if (currentTarget === null || peers === null) return undefined;
  return {
    rating: ragRating(latestValue, currentTarget, polarity, tolerance),
    quartile: quartileAmong(latestValue, peers.values, polarity),
    target: currentTarget,
    group: `${peers.count} in the group, median ${formatValue(peers.median, unit)}`,
  };
}
