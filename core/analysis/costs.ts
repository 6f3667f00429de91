/**
 * What a KPI's costs add to its analysis (docs/DESIGN.md, "Counts, costs and comparators"): the
 * latest cost per unit in real terms, cost against performance over time (KPI.VFM) and the cost
 * quadrant among the peers (KPI.COSTQUADRANT).
 */
import { MIN_PEERS } from "../benchmark/constants";
import { KpiError } from "../errors";
import { costQuadrant } from "../value-for-money/cost-quadrant";
import { realTerms } from "../value-for-money/real-terms";
import { valueForMoney } from "../value-for-money/value-for-money";
import { Polarity, Series } from "../values";
import { fitted } from "./fitted";
import { KpiAnalysis, KpiInput } from "./types";

/** What the costs need from the rest of the analysis. */
export interface CostsContext {
  length: number;
  periods: readonly string[];
  latest?: { position: number; period: string; value: number };
  polarity: Polarity;
  /** The values the trend reads (periods left out are missing). */
  trendSeries: Series;
  /** The peers' values for the latest period. */
  peers: readonly number[];
}

/** The parts of the analysis the costs give, and what could not be worked out, in words. */
export interface CostsResult {
  cost?: KpiAnalysis["cost"];
  valueForMoney?: KpiAnalysis["valueForMoney"];
  warnings: string[];
}

/**
 * Checks the deflators a cost needs: each above zero, and one for every period with a cost.
 *
 * @throws {KpiError} `invalid_argument` naming the period and the fix
 */
function checkDeflators(costs: Series, deflators: Series, periods: readonly string[]): void {
  deflators.forEach((deflator, i) => {
    const period = periods[i] ?? `period ${i + 1}`;
    if (deflator !== null && deflator <= 0) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "deflators",
        problem: `for ${period} is ${deflator}, so prices cannot be converted with it`,
        fix: "enter the price index for that period (a positive number, such as 100 for the base year)",
      });
    }
    if (deflator === null && costs[i] !== null) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "deflators",
        problem: `for ${period} is missing but its cost is not`,
        fix: "enter the price index for every period with a cost",
      });
    }
  });
}

/** The last position with a number. */
function lastPresent(series: Series): number {
  for (let i = series.length - 1; i >= 0; i--) if (series[i] !== null) return i;
  return -1;
}

/**
 * The latest cost per unit in real terms, value for money over time and the cost quadrant.
 * Costs are divided by the denominators when they are given (cost per case, per household, per
 * head: the unit the KPI counts), and put at the prices of the last period with a deflator when
 * deflators are given, so that neither growth nor inflation reads as spending more.
 *
 * @throws {KpiError} `invalid_argument` for a deflator of zero or less, or a cost without its deflator
 * @example
 * costsOfKpi(
 *   { name: "Recycling", values: [40, 42, 44, 46, 48], costs: [100, 105, 110, 116, 121], deflators: [90, 93, 95, 98, 100], polarity: "higher" },
 *   { length: 5, periods: ["1", "2", "3", "4", "5"], latest: { position: 4, period: "5", value: 48 }, polarity: "higher", trendSeries: [40, 42, 44, 46, 48], peers: [] },
 * ).cost; // => { value: 121, period: "5", perUnit: false, prices: "5" }
 */
export function costsOfKpi(input: KpiInput, context: CostsContext): CostsResult {
  const result: CostsResult = { warnings: [] };
  if (input.costs === undefined) return result;
  const { length, periods, latest, polarity } = context;
  let costs: Series = fitted(input.costs, length, null);
  let prices: string | undefined;
  if (input.deflators !== undefined) {
    const deflators = fitted(input.deflators, length, null);
    checkDeflators(costs, deflators, periods);
    const base = lastPresent(deflators);
    if (base >= 0) {
      costs = realTerms(costs, deflators, base);
      prices = periods[base];
    }
  }
  const denominators = input.denominators === undefined ? undefined : fitted(input.denominators, length, null);
  const perUnit = denominators !== undefined;
  if (denominators !== undefined) {
    costs = costs.map((cost, i) => {
      const size = denominators[i];
      return cost === null || size === null || !(size > 0) ? null : cost / size;
    });
  }
  if (polarity !== "neutral") result.valueForMoney = { label: valueForMoney(costs, context.trendSeries, polarity) };
  if (latest === undefined) return result;
  const latestCost = costs[latest.position];
  if (latestCost === null) {
    result.warnings.push(`There is no ${perUnit ? "cost and denominator" : "cost"} for ${latest.period}, so no cost per unit is shown.`);
    return result;
  }
  const cost: NonNullable<KpiAnalysis["cost"]> = { value: latestCost, period: latest.period, perUnit };
  if (prices !== undefined) cost.prices = prices;
  const peerCosts = input.peerCounts?.costs;
  if (peerCosts !== undefined && polarity !== "neutral") {
    const unitCosts: number[] = [];
    const performance: number[] = [];
    context.peers.forEach((peer, i) => {
      const spend = peerCosts[i];
      const size = perUnit ? input.peerCounts?.denominators?.[i] : 1;
      if (spend === null || spend === undefined || size === null || size === undefined || !(size > 0)) return;
      unitCosts.push(spend / size);
      performance.push(peer);
    });
    if (unitCosts.length >= MIN_PEERS) {
      cost.quadrant = costQuadrant(latestCost, latest.value, unitCosts, performance, polarity);
      cost.peerCount = unitCosts.length;
    } else if (unitCosts.length > 0) {
      result.warnings.push(`Only ${unitCosts.length} peers have a cost for ${latest.period}: a cost quadrant needs at least ${MIN_PEERS}.`);
    }
  }
  result.cost = cost;
  return result;
}
