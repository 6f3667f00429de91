import { KpiError } from "../errors";
import { NOT_ENOUGH_DATA, VALUE_FOR_MONEY_LABELS } from "../labels";
import { mannKendall } from "../trend/mann-kendall";
import { Polarity, Series, countPresent } from "../values";
import { MIN_POINTS_VALUE_FOR_MONEY, VALUE_FOR_MONEY_ALPHA } from "./constants";

/** The labels of KPI.VFM, with `Not enough data`. */
export type ValueForMoneyLabel = (typeof VALUE_FOR_MONEY_LABELS)[keyof typeof VALUE_FOR_MONEY_LABELS] | typeof NOT_ENOUGH_DATA;

/**
 * Cost against performance over time: is the council spending more or less, and performing
 * better or worse? Each series gets its own two-sided Mann-Kendall test (exact p-value for short
 * series) at 5%; a direction is claimed only when both tests find one, otherwise
 * `No clear change`. Give costs in real terms (KPI.REALTERMS) so that inflation is not read as
 * spending more. Fewer than 5 values in either series gives `Not enough data`.
 *
 * @param costs cost (or unit cost) in time order
 * @param performance the KPI for the same periods
 * @param polarity whether higher performance is better ("neutral" cannot be judged)
 * @throws {KpiError} `invalid_argument` for neutral polarity
 * @example
 * valueForMoney([10, 11, 12, 13, 14], [50, 52, 55, 57, 60], "higher"); // => "Spending more, performing better"
 */
export function valueForMoney(costs: Series, performance: Series, polarity: Polarity): ValueForMoneyLabel {
  if (polarity === "neutral") {
    throw new KpiError({
      code: "invalid_argument",
      argument: "polarity",
      problem: '"neutral" does not say whether performance got better or worse',
      fix: 'give "higher" or "lower"',
    });
  }
  if (countPresent(costs) < MIN_POINTS_VALUE_FOR_MONEY || countPresent(performance) < MIN_POINTS_VALUE_FOR_MONEY) {
    return NOT_ENOUGH_DATA;
  }
  const cost = mannKendall(costs, "costs");
  const result = mannKendall(performance, "performance");
  if (cost.pValue > VALUE_FOR_MONEY_ALPHA || result.pValue > VALUE_FOR_MONEY_ALPHA || cost.s === 0 || result.s === 0) {
    return VALUE_FOR_MONEY_LABELS.noClearChange;
  }
  const spendingMore = cost.s > 0;
  const performingBetter = polarity === "higher" ? result.s > 0 : result.s < 0;
  if (spendingMore) return performingBetter ? VALUE_FOR_MONEY_LABELS.moreBetter : VALUE_FOR_MONEY_LABELS.moreWorse;
  return performingBetter ? VALUE_FOR_MONEY_LABELS.lessBetter : VALUE_FOR_MONEY_LABELS.lessWorse;
}
