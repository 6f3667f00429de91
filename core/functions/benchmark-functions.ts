import { funnelLimits } from "../benchmark/funnel-limits";
import { gapTo } from "../benchmark/gap-to";
import { Interval } from "../benchmark/interval";
import { percentileAmong } from "../benchmark/percentile-among";
import { quartileAmong } from "../benchmark/quartile-among";
import { rankAmong } from "../benchmark/rank-among";
import { rateInterval } from "../benchmark/rate-interval";
import { wilsonInterval } from "../benchmark/wilson-interval";
import { Grid, isOmitted } from "../values";
import { atCell, isSingleCell, proportionComparator, whereIs } from "./benchmark-inputs";
import {
  CONFIDENCE_PARAMETER,
  COUNT_PARAMETER,
  FUNNEL_COMPARATOR_PARAMETER,
  FUNNEL_DENOMINATOR_PARAMETER,
  FUNNEL_PER_PARAMETER,
  FUNNEL_TYPE_PARAMETER,
  GAP_TO_PARAMETER,
  PEER_VALUES_PARAMETER,
  POPULATION_PARAMETER,
  PROPORTION_DENOMINATOR_PARAMETER,
  PROPORTION_NUMERATOR_PARAMETER,
  RATE_PER_PARAMETER,
  VALUE_PARAMETER,
  missingValue,
  readPair,
} from "./benchmark-parameters";
import { COMPARE_FUNCTION } from "./compare-function";
import { POLARITY_PER_CELL_PARAMETER } from "./parameters";
import { positionAmongPeers } from "./position-among-peers";
import { FunctionSpec, ResultCell, ResultGrid } from "./types";

/** Benchmarking formulas (docs/FORMULA-CONVENTIONS.md, "Benchmarking against peers"). */

/**
 * One result row per pair of cells: the point estimate, then the lower and upper limits at each
 * confidence level (KPI.PROPORTIONCI, KPI.RATECI). A pair with a missing cell gives an empty row
 * in a multi-cell call and names the missing argument in a single-cell call; a bad pair names its cell.
 */
function intervalRows(
  grid: Grid,
  firsts: (number | null)[][],
  seconds: (number | null)[][],
  names: readonly [string, string],
  levels: readonly number[],
  compute: (first: number, second: number, level: number) => Interval & { point: number },
): ResultGrid {
  const rows: ResultGrid = [];
  firsts.forEach((row, r) =>
    row.forEach((x, c) => {
      const n = seconds[r][c];
      if (x === null || n === null) {
        if (isSingleCell(grid)) throw missingValue(x === null ? names[0] : names[1], "enter a number");
        rows.push(new Array<ResultCell>(1 + 2 * levels.length).fill(""));
        return;
      }
      const where = whereIs(grid, r, c);
      const intervals = levels.map((level) => atCell(() => compute(x, n, level), where));
      rows.push([intervals[0].point, ...intervals.flatMap((interval) => [interval.lower, interval.upper])]);
    }),
  );
  return rows;
}

export const BENCHMARK_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "RANK",
    description:
      "Rank among the peer group, 1 being best: one plus the number of peers strictly better (polarity decides which way is better). Fills a column, a row of periods or a whole table at once.",
    parameters: [VALUE_PARAMETER, PEER_VALUES_PARAMETER, POLARITY_PER_CELL_PARAMETER],
    result: { shape: "table", type: "number" },
    example: { formula: '=KPI.RANK(7, {1,2,4,7,8,9,10,12}, "higher")', result: "5" },
    implementation(value, peerValues, polarity) {
      return positionAmongPeers(value, peerValues, polarity, rankAmong);
    },
  },
  {
    name: "QUARTILE",
    description:
      "Quartile among the peer group: 1 (top, best quarter) to 4 (bottom), against the group's QUARTILE.INC boundaries; a value on a boundary goes to the better quartile.",
    parameters: [VALUE_PARAMETER, PEER_VALUES_PARAMETER, POLARITY_PER_CELL_PARAMETER],
    result: { shape: "table", type: "number" },
    example: { formula: '=KPI.QUARTILE(9.25, {1,2,4,7,8,9,10,12}, "higher")', result: "1" },
    implementation(value, peerValues, polarity) {
      return positionAmongPeers(value, peerValues, polarity, quartileAmong);
    },
  },
  {
    name: "PERCENTILE",
    description:
      "Position in the peer group from 0 to 100, 100 best: the share of the group strictly worse plus half the share tied.",
    parameters: [VALUE_PARAMETER, PEER_VALUES_PARAMETER, POLARITY_PER_CELL_PARAMETER],
    result: { shape: "table", type: "number" },
    example: { formula: '=KPI.PERCENTILE(7, {1,2,4,7,8,9,10,12}, "higher")', result: "43.75" },
    implementation(value, peerValues, polarity) {
      return positionAmongPeers(value, peerValues, polarity, percentileAmong);
    },
  },
  {
    name: "GAP",
    description:
      'How far the value is from the peer group\'s "median" (default), "mean", "top quartile" or "best", positive when better. Fills a column, a row of periods or a whole table at once.',
    parameters: [VALUE_PARAMETER, PEER_VALUES_PARAMETER, GAP_TO_PARAMETER, POLARITY_PER_CELL_PARAMETER],
    result: { shape: "table", type: "number" },
    example: { formula: '=KPI.GAP(7, {1,2,4,7,8,9,10,12}, "median", "higher")', result: "-0.5" },
    implementation(value, peerValues, to, polarity) {
      const target = GAP_TO_PARAMETER.read(to);
      return positionAmongPeers(value, peerValues, polarity, (one, peers, direction) => gapTo(one, peers, target, direction));
    },
  },
  {
    name: "PROPORTIONCI",
    description:
      "A proportion with its Wilson score confidence interval, as Fingertips: one row of proportion, lower, upper (with confidence {0.95, 0.998}: both intervals). A column of numerators gives one row each.",
    parameters: [PROPORTION_NUMERATOR_PARAMETER, PROPORTION_DENOMINATOR_PARAMETER, CONFIDENCE_PARAMETER],
    result: { shape: "row", type: "number", columns: ["proportion", "lower", "upper"] },
    example: { formula: "=KPI.PROPORTIONCI(65, 100)", result: "0.65 | 0.552544 | 0.736358" },
    implementation(numerator, denominator, confidence) {
      const levels = CONFIDENCE_PARAMETER.read(confidence);
      const { grid, firsts, seconds } = readPair(numerator, denominator, PROPORTION_NUMERATOR_PARAMETER, PROPORTION_DENOMINATOR_PARAMETER);
      return intervalRows(grid, firsts, seconds, ["numerator", "denominator"], levels, (x, n, level) => {
        const interval = wilsonInterval(x, n, level);
        return { point: interval.proportion, ...interval };
      });
    },
  },
  {
    name: "RATECI",
    description:
      "A crude rate with its confidence interval, as Fingertips: exact Poisson limits below 10 events, Byar's method from 10. One row of rate, lower, upper (with confidence {0.95, 0.998}: both intervals).",
    parameters: [COUNT_PARAMETER, POPULATION_PARAMETER, RATE_PER_PARAMETER, CONFIDENCE_PARAMETER],
    result: { shape: "row", type: "number", columns: ["rate", "lower", "upper"] },
    example: { formula: "=KPI.RATECI(65, 100, 100)", result: "65 | 50.163188 | 82.849139" },
    implementation(count, population, per, confidence) {
      const base = RATE_PER_PARAMETER.read(per);
      const levels = CONFIDENCE_PARAMETER.read(confidence);
      const { grid, firsts, seconds } = readPair(count, population, COUNT_PARAMETER, POPULATION_PARAMETER);
      return intervalRows(grid, firsts, seconds, ["count", "population"], levels, (x, n, level) => {
        const interval = rateInterval(x, n, base, level);
        return { point: interval.rate, ...interval };
      });
    },
  },
  COMPARE_FUNCTION,
  {
    name: "FUNNEL",
    description:
      "Funnel-plot control limits around a comparator for a unit of a given size, as Fingertips: one row of lower and upper 95% limits, then lower and upper 99.8% limits. A column of denominators gives one row each, ready to chart.",
    parameters: [FUNNEL_DENOMINATOR_PARAMETER, FUNNEL_COMPARATOR_PARAMETER, FUNNEL_TYPE_PARAMETER, FUNNEL_PER_PARAMETER],
    result: { shape: "row", type: "number", columns: ["lower 95%", "upper 95%", "lower 99.8%", "upper 99.8%"] },
    example: { formula: '=KPI.FUNNEL(1000, 80, "proportion", 100)', result: "77.52 | 82.48 | 76.09 | 83.91" },
    implementation(denominator, comparator, type, per) {
      const kind = FUNNEL_TYPE_PARAMETER.read(type);
      const base = FUNNEL_PER_PARAMETER.read(per, kind);
      if (isOmitted(denominator)) throw missingValue("denominator", "select the unit sizes (cases or population)");
      if (isOmitted(comparator)) throw missingValue("comparator", "enter the funnel's centre line, such as the group average");
      const { grid, numbers: sizes } = FUNNEL_DENOMINATOR_PARAMETER.read(denominator);
      const centres = FUNNEL_COMPARATOR_PARAMETER.read(comparator, grid);
      const rows: ResultGrid = [];
      sizes.forEach((row, r) =>
        row.forEach((size, c) => {
          const centre = centres[r][c];
          if (size === null || centre === null) {
            if (isSingleCell(grid)) throw missingValue(size === null ? "denominator" : "comparator", "enter a number");
            rows.push(["", "", "", ""]);
            return;
          }
          const where = whereIs(grid, r, c);
          const limits = atCell(() => {
            if (kind === "proportion") proportionComparator(centre, base);
            return funnelLimits(size, centre, kind, base);
          }, where);
          rows.push([limits.lower95, limits.upper95, limits.lower998, limits.upper998]);
        }),
      );
      return rows;
    },
  },
];
