import { LinedUpPeers, lineUpPeers, readNumberGrid } from "./benchmark-inputs";
import { peerGroupMemo } from "../benchmark/peer-group";
import { presentPeers } from "../benchmark/peers";
import { KpiError } from "../errors";
import { costQuadrant } from "../value-for-money/cost-quadrant";
import { realTerms } from "../value-for-money/real-terms";
import { valueForMoney } from "../value-for-money/value-for-money";
import {
  Grid,
  Polarity,
  Series,
  SeriesSet,
  cellName,
  describeShape,
  isOmitted,
  parseNumberCell,
  readAligned,
  readNumberOption,
  readSeries,
  readSeriesSet,
  toGrid,
} from "../values";
import { NOT_ENOUGH_DATA as NOT_ENOUGH_DATA_LABEL } from "../labels";
import { POLARITY_PARAMETER, POLARITY_PER_CELL_PARAMETER, VALUES_PARAMETER } from "./parameters";
import { FunctionSpec, ReadingParameter, ResultCell } from "./types";

const CASH_VALUES_PARAMETER: ReadingParameter<SeriesSet> = {
  ...VALUES_PARAMETER,
  description: "Cash values in time order: a row, a column, or a block with one cost line per row.",
};

const DEFLATORS_PARAMETER: ReadingParameter<Series> = {
  name: "deflators",
  description: "A price index (e.g. the GDP deflator) for the same periods: one row or column as long as each series.",
  kind: "range",
  sheetsType: "number[][]",
  read(raw) {
    if (isOmitted(raw)) throw new KpiError({ code: "missing_argument", argument: "deflators", hint: "select the price index for the same periods" });
    return readSeries(raw, "deflators", "deflator");
  },
};

/** KPI.REALTERMS's `base`: a 1-based position, read as 0-based (undefined: the last period with a deflator). */
const BASE_PARAMETER: ReadingParameter<number | undefined, [number]> = {
  name: "base",
  description: "Optional. The position (1 = first period) whose prices to use. Default: the last period with a deflator.",
  optional: true,
  kind: "value",
  sheetsType: "number",
  read: (raw, length) =>
    isOmitted(raw) ? undefined : readNumberOption(raw, "base", 1, { min: 1, max: length, integer: true, allowed: `a position from 1 to ${length}` }) - 1,
};

const COSTS_PARAMETER: ReadingParameter<SeriesSet> = {
  name: "costs",
  description: "Costs (or unit costs, ideally in real terms) in time order; a block has one service per row.",
  kind: "range",
  sheetsType: "number[][]",
  read: (raw) => readSeriesSet(raw, "costs", "cost"),
};

/** KPI.VFM's performance: the same shape as costs. */
const PERFORMANCE_SERIES_PARAMETER: ReadingParameter<SeriesSet, [SeriesSet]> = {
  name: "performance",
  description: "The KPI for the same periods, the same shape as costs.",
  kind: "range",
  sheetsType: "number[][]",
  read(raw, costSet) {
    const performanceSet = readSeriesSet(raw, "performance", "value");
    const sameShape =
      costSet.series.length === performanceSet.series.length && costSet.series.every((series, i) => series.length === performanceSet.series[i].length);
    if (!sameShape) {
      throw new KpiError({
        code: "length_mismatch",
        argument: "performance",
        other: "costs",
        expected: describeShape(costSet.grid),
        actual: describeShape(performanceSet.grid),
      });
    }
    return performanceSet;
  },
};

const VFM_POLARITY_PARAMETER: ReadingParameter<Polarity[], [SeriesSet]> = {
  ...POLARITY_PARAMETER,
  description: 'Optional. "higher" (default) if higher performance is better, or "lower"; one cell, or one per row.',
};

const UNIT_COST_PARAMETER: ReadingParameter<{ grid: Grid; costs: (number | null)[][] }> = {
  name: "unit_cost",
  description: "Your unit cost: one cell, or a column (one per council or service).",
  kind: "range",
  sheetsType: "number[][]",
  read(raw) {
    const grid = toGrid(raw);
    return { grid, costs: readNumberGrid(grid, "unit_cost", "unit cost") };
  },
};

const PERFORMANCE_PER_CELL_PARAMETER: ReadingParameter<(number | null)[][], [Grid]> = {
  name: "performance",
  description: "Your performance, the same shape as unit_cost.",
  kind: "range",
  sheetsType: "number[][]",
  read: (raw, grid) => readAligned(raw, grid, "performance", "unit_cost", (cell, r, c) => parseNumberCell(cell, "performance", cellName("performance", grid, r, c))),
};

const PEER_UNIT_COSTS_PARAMETER: ReadingParameter<LinedUpPeers, [Grid]> = {
  name: "peer_unit_costs",
  description: "The peer group's unit costs: one row or column shared by all, or one row of peers per value.",
  kind: "range",
  sheetsType: "number[][]",
  read: (raw, grid) => lineUpPeers(grid, raw, "unit_cost", "peer_unit_costs"),
};

const PEER_PERFORMANCE_PARAMETER: ReadingParameter<LinedUpPeers, [Grid]> = {
  name: "peer_performance",
  description: "The peer group's performance, laid out as peer_unit_costs.",
  kind: "range",
  sheetsType: "number[][]",
  read: (raw, grid) => lineUpPeers(grid, raw, "unit_cost", "peer_performance"),
};

/** Value-for-money formulas (docs/FORMULA-CONVENTIONS.md, "Value for money"). */
export const VALUE_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "REALTERMS",
    description:
      "Money in real terms: each value at the prices of one period, value × deflator[base] / deflator[period]. A block gives one row per cost line, all with the same deflators.",
    parameters: [CASH_VALUES_PARAMETER, DEFLATORS_PARAMETER, BASE_PARAMETER],
    result: { shape: "table", type: "number" },
    example: { formula: "=KPI.REALTERMS({100,110,121}, {90,95,100})", result: "111.11 | 115.79 | 121" },
    implementation(values, deflators, base) {
      const set = CASH_VALUES_PARAMETER.read(values);
      const index = DEFLATORS_PARAMETER.read(deflators);
      const position = BASE_PARAMETER.read(base, set.series[0].length);
      const converted = set.series.map((series) => realTerms(series, index, position).map((value): ResultCell => (value === null ? "" : value)));
      return set.isColumn ? converted[0].map((value) => [value]) : converted;
    },
  },
  {
    name: "VFM",
    description:
      "Cost against performance over time: Spending less/more, performing better/worse, where a Mann-Kendall test (5%) finds a direction in both; otherwise No clear change. Give costs in real terms. A block gives one label per row.",
    parameters: [COSTS_PARAMETER, PERFORMANCE_SERIES_PARAMETER, VFM_POLARITY_PARAMETER],
    result: { shape: "column", type: "string" },
    example: { formula: "=KPI.VFM({10,11,12,13,14}, {50,52,55,57,60})", result: "Spending more, performing better" },
    implementation(costs, performance, polarity) {
      const costSet = COSTS_PARAMETER.read(costs);
      const performanceSet = PERFORMANCE_SERIES_PARAMETER.read(performance, costSet);
      const polarities = VFM_POLARITY_PARAMETER.read(polarity, costSet);
      return costSet.series.map((series, i) => {
        const label = valueForMoney(series, performanceSet.series[i], polarities[i]);
        return [label];
      });
    },
  },
  {
    name: "COSTQUADRANT",
    description:
      "Where unit cost and performance sit against the peer medians: Low/High cost, high/low performance (on a median counts as low cost or high performance). Fills a column of councils at once.",
    parameters: [UNIT_COST_PARAMETER, PERFORMANCE_PER_CELL_PARAMETER, PEER_UNIT_COSTS_PARAMETER, PEER_PERFORMANCE_PARAMETER, POLARITY_PER_CELL_PARAMETER],
    result: { shape: "table", type: "string" },
    example: { formula: '=KPI.COSTQUADRANT(9, 70, {8,10,12}, {60,65,80}, "higher")', result: "Low cost, high performance" },
    implementation(unitCost, performance, peerUnitCosts, peerPerformance, polarity) {
      const { grid, costs } = UNIT_COST_PARAMETER.read(unitCost);
      const results = PERFORMANCE_PER_CELL_PARAMETER.read(performance, grid);
      const costPeers = PEER_UNIT_COSTS_PARAMETER.read(peerUnitCosts, grid);
      const performancePeers = PEER_PERFORMANCE_PARAMETER.read(peerPerformance, grid);
      presentPeers(costPeers.all, "peer_unit_costs");
      presentPeers(performancePeers.all, "peer_performance");
      const polarities = POLARITY_PER_CELL_PARAMETER.read(polarity, grid, "unit_cost");
      const single = grid.length === 1 && grid[0].length === 1;
      const costGroup = peerGroupMemo("peer_unit_costs");
      const performanceGroup = peerGroupMemo("peer_performance");
      return costs.map((row, r) =>
        row.map((cost, c) => {
          const result = results[r][c];
          if (cost === null || result === null) {
            if (single) throw new KpiError({ code: "missing_argument", argument: cost === null ? "unit_cost" : "performance", hint: "enter a number" });
            return NOT_ENOUGH_DATA_LABEL;
          }
          const costGroupHere = costGroup(costPeers.at(r, c));
          const performanceGroupHere = performanceGroup(performancePeers.at(r, c));
          // A council whose own row of peers is empty reads Not enough data, as KPI.RANK leaves that
          // cell empty. (A single cell's peers are the whole range, already checked above.)
          if (costGroupHere === null || performanceGroupHere === null) return NOT_ENOUGH_DATA_LABEL;
          return costQuadrant(cost, result, costGroupHere, performanceGroupHere, polarities[r][c]);
        }),
      );
    },
  },
];
