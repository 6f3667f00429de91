import { PeerValues, peerGroup } from "../benchmark/peer-group";
import { KpiError } from "../errors";
import { COST_QUADRANT_LABELS } from "../labels";
import { Polarity } from "../values";

/** The labels of KPI.COSTQUADRANT. */
export type CostQuadrantLabel = (typeof COST_QUADRANT_LABELS)[keyof typeof COST_QUADRANT_LABELS];

/**
 * Where a council sits on the cost-performance chart of its peer group: unit cost against the
 * peers' median unit cost, and performance against the peers' median performance read by
 * polarity. A value exactly on a median counts as low cost or high performance (the benefit of
 * the doubt, as a boundary goes to the better quartile in KPI.QUARTILE).
 *
 * @param unitCost the council's unit cost
 * @param performance the council's performance
 * @param peerUnitCosts the peer group's unit costs (missing ignored)
 * @param peerPerformance the peer group's performance (missing ignored)
 * @param polarity whether higher performance is better ("neutral" cannot be judged)
 * @throws {KpiError} `invalid_argument` for neutral polarity or a peer range without numbers
 * @example
 * costQuadrant(9, 70, [8, 10, 12], [60, 65, 80], "higher"); // => "Low cost, high performance"
 */
export function costQuadrant(
  unitCost: number,
  performance: number,
  peerUnitCosts: PeerValues,
  peerPerformance: PeerValues,
  polarity: Polarity,
): CostQuadrantLabel {
  if (polarity === "neutral") {
    throw new KpiError({
      code: "invalid_argument",
      argument: "polarity",
      problem: '"neutral" does not say whether performance is high or low',
      fix: 'give "higher" or "lower"',
    });
  }
  const costMedian = peerGroup(peerUnitCosts, "peer_unit_costs").median();
  const performanceMedian = peerGroup(peerPerformance, "peer_performance").median();
  const lowCost = unitCost <= costMedian;
  const highPerformance = polarity === "higher" ? performance >= performanceMedian : performance <= performanceMedian;
  if (lowCost) return highPerformance ? COST_QUADRANT_LABELS.lowCostHigh : COST_QUADRANT_LABELS.lowCostLow;
  return highPerformance ? COST_QUADRANT_LABELS.highCostHigh : COST_QUADRANT_LABELS.highCostLow;
}
