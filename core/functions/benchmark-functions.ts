import { compareWithComparator } from "../benchmark/compare-with-comparator";
import { DEFAULT_PROPORTION_PER, DEFAULT_RATE_PER } from "../benchmark/constants";
import { atCell, lineUpPeers, readConfidenceLevels, readNumberGrid, whereIs } from "../benchmark/formula-inputs";
import { StatisticType, funnelLimits } from "../benchmark/funnel-limits";
import { GAP_TARGETS, GapTarget, gapTo } from "../benchmark/gap-to";
import { Interval } from "../benchmark/interval";
import { PeerValues, peerGroupMemo } from "../benchmark/peer-group";
import { presentPeers } from "../benchmark/peers";
import { percentileAmong } from "../benchmark/percentile-among";
import { quartileAmong } from "../benchmark/quartile-among";
import { rankAmong } from "../benchmark/rank-among";
import { rateInterval } from "../benchmark/rate-interval";
import { wilsonInterval } from "../benchmark/wilson-interval";
import { KpiError } from "../errors";
import { BENCHMARK_LABELS } from "../labels";
import { Grid, Polarity, cellName, isOmitted, parseNumberCell, parsePolarityCell, readAligned, readChoice, readNumberOption, toGrid } from "../values";
import { POLARITY_PARAMETER } from "./parameters";
import { compareBeyondOneInterval } from "./compare-beyond-one-interval";
import { FunctionSpec, ParameterSpec, ResultCell, ResultGrid } from "./types";

/** Benchmarking formulas (FUNCTIONS.md, "Benchmarking against peers"). */

export const VALUE_PARAMETER: ParameterSpec = {
  name: "value",
  description:
    "Your value: one cell, a column (one value per KPI or council), your council's row of periods, or a whole councils-by-periods table.",
  kind: "range",
  sheetsType: "number[][]",
};

export const PEER_VALUES_PARAMETER: ParameterSpec = {
  name: "peer_values",
  description:
    "The whole comparison group, your council included where it belongs. A single row or column is shared by every value; a block lines up with value: one row of peers per value in a column, or one column of peers per period for a row or table of values (councils down, periods across).",
  kind: "range",
  sheetsType: "number[][]",
};

export const CONFIDENCE_PARAMETER: ParameterSpec = {
  name: "confidence",
  description:
    "Optional. Confidence level, default 0.95 (95 is read as 95%). Give the two Fingertips levels {0.95, 0.998} to get both intervals.",
  optional: true,
  kind: "range",
  sheetsType: "number[][]",
};

const TYPE_CHOICES = ["proportion", "rate", "interval", "dsr"] as const;
type ComparisonType = (typeof TYPE_CHOICES)[number];
const FUNNEL_TYPES: readonly StatisticType[] = ["proportion", "rate"];

function isSingleCell(grid: Grid): boolean {
  return grid.length === 1 && grid[0].length === 1;
}

function missingValue(argument: string, hint: string): KpiError {
  return new KpiError({ code: "missing_argument", argument, hint });
}

/**
 * Runs a position formula (rank, quartile, percentile, gap) over every cell of `value`, each
 * against its peers (see `lineUpPeers`). A missing value, or a period with no peer values, gives
 * an empty cell in a multi-cell call and an error in a single-cell call. Each distinct peer group
 * is sorted once (`peerGroup`), however many values are placed in it.
 */
export function positionAmongPeers(
  value: unknown,
  peerValues: unknown,
  polarity: unknown,
  compute: (value: number, peers: PeerValues, polarity: Polarity) => number,
): ResultGrid {
  const valueGrid = toGrid(value);
  const values = readNumberGrid(valueGrid, "value", "value");
  const peersFor = lineUpPeers(valueGrid, peerValues, "value", "peer_values");
  const polarities = readAligned(polarity, valueGrid, "polarity", "value", (cell) => parsePolarityCell(cell));
  if (isSingleCell(valueGrid)) {
    const only = values[0][0];
    if (only === null) throw missingValue("value", "enter the value to place among the peers");
    return [[compute(only, peersFor(0, 0), polarities[0][0])]];
  }
  presentPeers(readNumberGrid(toGrid(peerValues), "peer_values", "peer value").flat());
  const groupFor = peerGroupMemo();
  return values.map((row, r) =>
    row.map((cell, c): ResultCell => {
      const group = groupFor(peersFor(r, c));
      if (cell === null || group === null) return "";
      return compute(cell, group, polarities[r][c]);
    }),
  );
}

/** Reads a numerator-like range and its partner aligned with it. */
function readPairs(first: unknown, second: unknown, firstName: string, secondName: string) {
  if (isOmitted(first)) throw missingValue(firstName, `select the ${firstName} cell or range`);
  if (isOmitted(second)) throw missingValue(secondName, `select the ${secondName} cell or range`);
  const grid = toGrid(first);
  const firsts = readNumberGrid(grid, firstName, firstName);
  const seconds = readAligned(second, grid, secondName, firstName, (cell, r, c) => parseNumberCell(cell, secondName, cellName(secondName, grid, r, c)));
  return { grid, firsts, seconds };
}

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

/** The comparator on the scale of a proportion of 1, checked (run it inside `atCell`, which says where). */
function proportionComparator(comparator: number, per: number): number {
  if (comparator < 0 || comparator > per) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "comparator",
      problem: `is ${comparator}, ${comparator < 0 ? "which is negative" : `more than ${per}, so it is not a proportion${per === 1 ? " of 1" : ""}`}`,
      fix: per === 1 ? "give it as a proportion (0.806 or 80.6%), or set per to 100 for percentages" : "check the comparator and per",
    });
  }
  return comparator / per;
}

/** A published interval, checked (run it inside `atCell`, which says where). */
function checkInterval(lower: number, upper: number): Interval {
  if (lower > upper) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "numerator",
      problem: `(the lower limit, ${lower}) is above the denominator (the upper limit, ${upper})`,
      fix: 'with type "interval" give the lower limit as numerator and the upper limit as denominator',
    });
  }
  return { lower, upper };
}

export const BENCHMARK_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "RANK",
    description:
      "Rank among the peer group, 1 being best: one plus the number of peers strictly better (polarity decides which way is better). Fills a column, a row of periods or a whole table at once.",
    parameters: [VALUE_PARAMETER, PEER_VALUES_PARAMETER, POLARITY_PARAMETER],
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
    parameters: [VALUE_PARAMETER, PEER_VALUES_PARAMETER, POLARITY_PARAMETER],
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
    parameters: [VALUE_PARAMETER, PEER_VALUES_PARAMETER, POLARITY_PARAMETER],
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
    parameters: [
      VALUE_PARAMETER,
      PEER_VALUES_PARAMETER,
      {
        name: "to",
        description: 'Optional. "median" (default), "mean", "top quartile" (the QUARTILE.INC boundary of the best quarter) or "best".',
        optional: true,
        kind: "value",
        sheetsType: "string",
      },
      POLARITY_PARAMETER,
    ],
    result: { shape: "table", type: "number" },
    example: { formula: '=KPI.GAP(7, {1,2,4,7,8,9,10,12}, "median", "higher")', result: "-0.5" },
    implementation(value, peerValues, to, polarity) {
      const target = readChoice<GapTarget>(to, "to", GAP_TARGETS, "median");
      return positionAmongPeers(value, peerValues, polarity, (one, peers, direction) => gapTo(one, peers, target, direction));
    },
  },
  {
    name: "PROPORTIONCI",
    description:
      "A proportion with its Wilson score confidence interval, as Fingertips: one row of proportion, lower, upper (with confidence {0.95, 0.998}: both intervals). A column of numerators gives one row each.",
    parameters: [
      { name: "numerator", description: "The count meeting the condition (e.g. invoices paid on time): one cell or a column.", kind: "range", sheetsType: "number[][]" },
      { name: "denominator", description: "The number of cases (e.g. invoices), the same shape as numerator.", kind: "range", sheetsType: "number[][]" },
      CONFIDENCE_PARAMETER,
    ],
    result: { shape: "row", type: "number", columns: ["proportion", "lower", "upper"] },
    example: { formula: "=KPI.PROPORTIONCI(65, 100)", result: "0.65 | 0.552544 | 0.736358" },
    implementation(numerator, denominator, confidence) {
      const levels = readConfidenceLevels(confidence);
      const { grid, firsts, seconds } = readPairs(numerator, denominator, "numerator", "denominator");
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
    parameters: [
      { name: "count", description: "The number of events: one cell or a column.", kind: "range", sheetsType: "number[][]" },
      { name: "population", description: "The population (or person-years) the events happened in, the same shape as count.", kind: "range", sheetsType: "number[][]" },
      { name: "per", description: "Optional. The rate's base: 100000 (default) for a rate per 100,000; 1000 per thousand.", optional: true, kind: "value", sheetsType: "number" },
      CONFIDENCE_PARAMETER,
    ],
    result: { shape: "row", type: "number", columns: ["rate", "lower", "upper"] },
    example: { formula: "=KPI.RATECI(65, 100, 100)", result: "65 | 50.163188 | 82.849139" },
    implementation(count, population, per, confidence) {
      const base = readNumberOption(per, "per", DEFAULT_RATE_PER, { min: 0, minExclusive: true, allowed: "a base above zero, such as 1000 or 100000" });
      const levels = readConfidenceLevels(confidence);
      const { grid, firsts, seconds } = readPairs(count, population, "count", "population");
      return intervalRows(grid, firsts, seconds, ["count", "population"], levels, (x, n, level) => {
        const interval = rateInterval(x, n, base, level);
        return { point: interval.rate, ...interval };
      });
    },
  },
  {
    name: "COMPARE",
    description:
      "Better, Similar or Worse than a comparator (e.g. the national figure), as Fingertips: whether the value's confidence interval excludes the comparator. With confidence {0.95, 0.998}, Best or Worst when even the 99.8% interval excludes it. Against another area's interval (comparator_lower, comparator_upper): Similar when the intervals overlap.",
    parameters: [
      { name: "numerator", description: 'The count meeting the condition (or events for a rate; the lower limit for type "interval"): one cell or a column.', kind: "range", sheetsType: "number[][]" },
      { name: "denominator", description: 'The number of cases (the population for a rate; the upper limit for type "interval"), the same shape as numerator.', kind: "range", sheetsType: "number[][]" },
      { name: "comparator", description: "The value to compare with, in the units of per: one cell for all, or one per row.", kind: "range", sheetsType: "number[][]" },
      POLARITY_PARAMETER,
      {
        name: "type",
        description:
          'Optional. "proportion" (default; Wilson interval), "rate" (exact Poisson below 10 events, else Byar), "interval" (numerator and denominator are a published lower and upper limit) or "dsr" (numerator is a directly standardised rate, denominator its population: Fingertips\' control limits around the comparator).',
        optional: true,
        kind: "value",
        sheetsType: "string",
      },
      CONFIDENCE_PARAMETER,
      {
        name: "per",
        description: "Optional. Units of the comparator: for a proportion 1 (default) or 100 for percentages; for a rate 100000 (default) or any base.",
        optional: true,
        kind: "value",
        sheetsType: "number",
      },
      {
        name: "comparator_lower",
        description: "Optional. The comparator's own lower confidence limit (another area's, say), lined up like comparator: then Similar means the two intervals overlap, as Fingertips compares areas.",
        optional: true,
        kind: "range",
        sheetsType: "number[][]",
      },
      { name: "comparator_upper", description: "Optional. The comparator's own upper confidence limit, lined up like comparator_lower.", optional: true, kind: "range", sheetsType: "number[][]" },
    ],
    result: { shape: "table", type: "string" },
    example: { formula: '=KPI.COMPARE(650, 1000, 0.6, "higher")', result: "Better" },
    implementation(numerator, denominator, comparator, polarity, type, confidence, per, comparatorLower, comparatorUpper) {
      const kind = readChoice<ComparisonType>(type, "type", TYPE_CHOICES, "proportion");
      if (kind === "dsr" || !isOmitted(comparatorLower) || !isOmitted(comparatorUpper)) {
        return compareBeyondOneInterval(kind, numerator, denominator, comparator, polarity, confidence, per, comparatorLower, comparatorUpper);
      }
      const levels = readConfidenceLevels(confidence);
      const base = readNumberOption(per, "per", kind === "rate" ? DEFAULT_RATE_PER : DEFAULT_PROPORTION_PER, {
        min: 0,
        minExclusive: true,
        allowed: "a base above zero, such as 1, 100 or 100000",
      });
      if (isOmitted(comparator)) throw missingValue("comparator", "enter the value to compare with, such as the national figure");
      const { grid, firsts, seconds } = readPairs(numerator, denominator, "numerator", "denominator");
      const comparators = readAligned(comparator, grid, "comparator", "numerator", (cell, r, c) => parseNumberCell(cell, "comparator", cellName("comparator", grid, r, c)));
      const polarities = readAligned(polarity, grid, "polarity", "numerator", (cell) => parsePolarityCell(cell));
      return firsts.map((row, r) =>
        row.map((x, c) => {
          const n = seconds[r][c];
          const target = comparators[r][c];
          if (x === null || n === null || target === null) return BENCHMARK_LABELS.notCompared;
          const where = whereIs(grid, r, c);
          return atCell(() => {
            if (kind === "interval") return compareWithComparator(checkInterval(x, n), target, polarities[r][c]);
            const intervals = levels.map((level): Interval => {
              if (kind === "rate") return rateInterval(x, n, base, level);
              const interval = wilsonInterval(x, n, level);
              return { lower: interval.lower, upper: interval.upper };
            });
            const point = kind === "rate" ? target : proportionComparator(target, base);
            return compareWithComparator(intervals[0], point, polarities[r][c], levels.length === 2 ? intervals[1] : undefined);
          }, where);
        }),
      );
    },
  },
  {
    name: "FUNNEL",
    description:
      "Funnel-plot control limits around a comparator for a unit of a given size, as Fingertips: one row of lower and upper 95% limits, then lower and upper 99.8% limits. A column of denominators gives one row each, ready to chart.",
    parameters: [
      { name: "denominator", description: "The unit's size: cases for a proportion, population for a rate. One cell or a column.", kind: "range", sheetsType: "number[][]" },
      { name: "comparator", description: "The funnel's centre line (e.g. the group average), in the units of per: one cell, or one per row.", kind: "range", sheetsType: "number[][]" },
      {
        name: "type",
        description: 'Optional. "proportion" (default; Wilson-based limits) or "rate" (exact Poisson limits; a ratio is a rate with comparator 1, per 1 and the expected count as denominator).',
        optional: true,
        kind: "value",
        sheetsType: "string",
      },
      {
        name: "per",
        description: "Optional. Units of the comparator and limits: for a proportion 1 (default) or 100 for percentages; for a rate 100000 (default) or any base.",
        optional: true,
        kind: "value",
        sheetsType: "number",
      },
    ],
    result: { shape: "row", type: "number", columns: ["lower 95%", "upper 95%", "lower 99.8%", "upper 99.8%"] },
    example: { formula: '=KPI.FUNNEL(1000, 80, "proportion", 100)', result: "77.52 | 82.48 | 76.09 | 83.91" },
    implementation(denominator, comparator, type, per) {
      const kind = readChoice<StatisticType>(type, "type", FUNNEL_TYPES, "proportion");
      const base = readNumberOption(per, "per", kind === "rate" ? DEFAULT_RATE_PER : DEFAULT_PROPORTION_PER, {
        min: 0,
        minExclusive: true,
        allowed: "a base above zero, such as 1, 100 or 100000",
      });
      if (isOmitted(denominator)) throw missingValue("denominator", "select the unit sizes (cases or population)");
      if (isOmitted(comparator)) throw missingValue("comparator", "enter the funnel's centre line, such as the group average");
      const grid = toGrid(denominator);
      const sizes = readNumberGrid(grid, "denominator", "denominator");
      const centres = readAligned(comparator, grid, "comparator", "denominator", (cell, r, c) => parseNumberCell(cell, "comparator", cellName("comparator", grid, r, c)));
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
