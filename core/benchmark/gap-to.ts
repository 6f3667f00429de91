import { KpiError } from "../errors";
import { Polarity } from "../values";
import { PeerValues, peerGroup } from "./peer-group";
import { quartileBoundaries } from "./quartile-boundaries";

/** What a gap is measured to. */
export type GapTarget = "median" | "mean" | "top quartile" | "best";

/** The words `to` accepts, in the order a message lists them. */
export const GAP_TARGETS: readonly GapTarget[] = ["median", "mean", "top quartile", "best"];

/**
 * How far a value is from a point of the peer group, positive when the value is better.
 * `median` and `mean` are the group's; `top quartile` is the upper quartile for "higher" (the
 * lower quartile for "lower") as `QUARTILE.INC` computes it; `best` is the group's best value.
 * For a neutral KPI the gap is the value minus the median or mean (positive when higher), and
 * `top quartile` and `best` have no meaning.
 *
 * @param value the council's value
 * @param peers the whole comparison group; missing values are ignored
 * @param to the point to measure to
 * @param polarity whether higher or lower is better
 * @throws {KpiError} `invalid_argument` when no peer value is present, or for `top quartile` / `best` with a neutral KPI
 * @example
 * gapTo(7, [1, 2, 4, 7, 8, 9, 10, 12], "median", "higher");       // => -0.5
 * gapTo(7, [1, 2, 4, 7, 8, 9, 10, 12], "top quartile", "lower"); // => -3.5
 */
export function gapTo(value: number, peers: PeerValues, to: GapTarget, polarity: Polarity): number {
  const group = peerGroup(peers);
  const { sorted } = group;
  if (polarity === "neutral" && (to === "top quartile" || to === "best")) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "to",
      problem: `"${to}" needs to know which way is better, and the polarity is neutral`,
      fix: 'give the polarity ("higher" or "lower"), or measure to "median" or "mean"',
    });
  }
  let point: number;
  switch (to) {
    case "median":
      point = group.median();
      break;
    case "mean":
      point = group.mean();
      break;
    case "top quartile": {
      const boundaries = quartileBoundaries(group);
      point = polarity === "lower" ? boundaries.lower : boundaries.upper;
      break;
    }
    case "best":
      point = polarity === "lower" ? sorted[0] : sorted[sorted.length - 1];
      break;
  }
  return polarity === "lower" ? point - value : value - point;
}
