import { Polarity } from "../values";
import { PeerValues } from "./peer-group";
import { quantileAmong } from "./quantile-among";

/**
 * The quartile of a value within a peer group: 1 is the top (best) quarter and 4 the bottom, in
 * the direction of polarity, against the group's `QUARTILE.INC` boundaries. A value exactly on a
 * boundary goes to the better quartile (for "higher": at or above the upper quartile is 1; for
 * "lower": at or below the lower quartile is 1). A neutral KPI counts the highest quarter as 1.
 * This is {@link quantileAmong} with 4 groups.
 *
 * @param value the council's value
 * @param peers the whole comparison group; missing values are ignored
 * @param polarity whether higher or lower is better
 * @returns 1, 2, 3 or 4
 * @throws {KpiError} `invalid_argument` when no peer value is present
 * @example
 * quartileAmong(9.25, [1, 2, 4, 7, 8, 9, 10, 12], "higher"); // => 1 (on the upper quartile)
 * quartileAmong(3.5, [1, 2, 4, 7, 8, 9, 10, 12], "lower");   // => 1 (on the lower quartile)
 */
export function quartileAmong(value: number, peers: PeerValues, polarity: Polarity): 1 | 2 | 3 | 4 {
  return quantileAmong(value, peers, 4, polarity) as 1 | 2 | 3 | 4;
}
