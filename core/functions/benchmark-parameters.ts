import { DEFAULT_PROPORTION_PER, DEFAULT_RATE_PER } from "../benchmark/constants";
import { StatisticType } from "../benchmark/funnel-limits";
import { GAP_TARGETS, GapTarget } from "../benchmark/gap-to";
import { KpiError } from "../errors";
import { Grid, cellName, isOmitted, parseNumberCell, readAligned, readChoice, readNumberOption, toGrid } from "../values";
import { LinedUpPeers, lineUpPeers, readConfidenceLevels, readNumberGrid } from "./benchmark-inputs";
import { ReadingParameter } from "./types";

/**
 * The parameters of the benchmarking formulas (KPI.RANK to KPI.FUNNEL), each with its help text
 * and its reader.
 */

/** A range of numbers read cell by cell, with the grid the other arguments line up with. */
export interface NumberRange {
  grid: Grid;
  numbers: (number | null)[][];
}

/** A range of counts or values, every cell a number or missing, each cell named by the parameter (`numerator 3`). */
function numberRangeParameter(name: string, description: string): ReadingParameter<NumberRange> {
  return {
    name,
    description,
    kind: "range",
    sheetsType: "number[][]",
    read(raw) {
      const grid = toGrid(raw);
      return { grid, numbers: readNumberGrid(grid, name, name) };
    },
  };
}

/** A range read beside another (`partner`): one value for all of its cells, or one per cell. */
function partnerParameter(name: string, description: string, partner: string): ReadingParameter<(number | null)[][], [Grid]> {
  return {
    name,
    description,
    kind: "range",
    sheetsType: "number[][]",
    read: (raw, grid) => readAligned(raw, grid, name, partner, (cell, r, c) => parseNumberCell(cell, name, cellName(name, grid, r, c))),
  };
}

/**
 * A missing required argument, with the hint of what to enter.
 *
 * @example
 * missingValue("comparator", "enter the value to compare with").message;
 * // => "comparator is missing; enter the value to compare with"
 */
export function missingValue(argument: string, hint: string): KpiError {
  return new KpiError({ code: "missing_argument", argument, hint });
}

/**
 * Reads a pair of ranges, such as numerator and denominator: both must be given (the first missing
 * is named), then the first is read and the second lined up with it.
 *
 * @example
 * readPair(65, 100, NUMERATOR_PARAMETER, DENOMINATOR_PARAMETER); // => { grid: [[65]], firsts: [[65]], seconds: [[100]] }
 */
export function readPair(
  first: unknown,
  second: unknown,
  firstParameter: ReadingParameter<NumberRange>,
  secondParameter: ReadingParameter<(number | null)[][], [Grid]>,
): { grid: Grid; firsts: (number | null)[][]; seconds: (number | null)[][] } {
  if (isOmitted(first)) throw missingValue(firstParameter.name, `select the ${firstParameter.name} cell or range`);
  if (isOmitted(second)) throw missingValue(secondParameter.name, `select the ${secondParameter.name} cell or range`);
  const { grid, numbers } = firstParameter.read(first);
  return { grid, firsts: numbers, seconds: secondParameter.read(second, grid) };
}

export const VALUE_PARAMETER: ReadingParameter<NumberRange> = numberRangeParameter(
  "value",
  "Your value: one cell, a column (one value per KPI or council), your council's row of periods, or a whole councils-by-periods table.",
);

/** The peer range, read once and lined up with the values (see `lineUpPeers`). */
export const PEER_VALUES_PARAMETER: ReadingParameter<LinedUpPeers, [Grid]> = {
  name: "peer_values",
  description:
    "The whole comparison group, your council included where it belongs. A single row or column is shared by every value; a block lines up with value: one row of peers per value in a column, or one column of peers per period for a row or table of values (councils down, periods across).",
  kind: "range",
  sheetsType: "number[][]",
  read: (raw, values) => lineUpPeers(values, raw, "value", "peer_values"),
};

export const GAP_TO_PARAMETER: ReadingParameter<GapTarget> = {
  name: "to",
  description: 'Optional. "median" (default), "mean", "top quartile" (the QUARTILE.INC boundary of the best quarter) or "best".',
  optional: true,
  kind: "value",
  sheetsType: "string",
  read: (raw) => readChoice<GapTarget>(raw, "to", GAP_TARGETS, "median"),
};

export const CONFIDENCE_PARAMETER: ReadingParameter<number[]> = {
  name: "confidence",
  description:
    "Optional. Confidence level, default 0.95 (95 is read as 95%). Give the two Fingertips levels {0.95, 0.998} to get both intervals.",
  optional: true,
  kind: "range",
  sheetsType: "number[][]",
  read: (raw) => readConfidenceLevels(raw),
};

export const PROPORTION_NUMERATOR_PARAMETER = numberRangeParameter("numerator", "The count meeting the condition (e.g. invoices paid on time): one cell or a column.");
export const PROPORTION_DENOMINATOR_PARAMETER = partnerParameter("denominator", "The number of cases (e.g. invoices), the same shape as numerator.", "numerator");
export const COUNT_PARAMETER = numberRangeParameter("count", "The number of events: one cell or a column.");
export const POPULATION_PARAMETER = partnerParameter("population", "The population (or person-years) the events happened in, the same shape as count.", "count");

export const RATE_PER_PARAMETER: ReadingParameter<number> = {
  name: "per",
  description: "Optional. The rate's base: 100000 (default) for a rate per 100,000; 1000 per thousand.",
  optional: true,
  kind: "value",
  sheetsType: "number",
  read: (raw) => readNumberOption(raw, "per", DEFAULT_RATE_PER, { min: 0, minExclusive: true, allowed: "a base above zero, such as 1000 or 100000" }),
};

/** The kinds of statistic KPI.COMPARE compares ("dsr": a directly standardised rate, by Fingertips' control limits). */
export const COMPARISON_TYPES = ["proportion", "rate", "interval", "dsr"] as const;
export type ComparisonType = (typeof COMPARISON_TYPES)[number];

/** The kinds of statistic KPI.FUNNEL draws limits for. */
const FUNNEL_TYPES: readonly StatisticType[] = ["proportion", "rate"];

/** Reads `per` of KPI.COMPARE and KPI.FUNNEL: its default follows the type (1 for a proportion, 100,000 for a rate or a DSR). */
function readPer(raw: unknown, type: string): number {
  return readNumberOption(raw, "per", type === "rate" || type === "dsr" ? DEFAULT_RATE_PER : DEFAULT_PROPORTION_PER, {
    min: 0,
    minExclusive: true,
    allowed: "a base above zero, such as 1, 100 or 100000",
  });
}

export const COMPARE_NUMERATOR_PARAMETER = numberRangeParameter(
  "numerator",
  'The count meeting the condition (or events for a rate; the lower limit for type "interval"): one cell or a column.',
);
export const COMPARE_DENOMINATOR_PARAMETER = partnerParameter(
  "denominator",
  'The number of cases (the population for a rate; the upper limit for type "interval"), the same shape as numerator.',
  "numerator",
);
export const COMPARATOR_PARAMETER = partnerParameter("comparator", "The value to compare with, in the units of per: one cell for all, or one per row.", "numerator");

export const COMPARISON_TYPE_PARAMETER: ReadingParameter<ComparisonType> = {
  name: "type",
  description:
    'Optional. "proportion" (default; Wilson interval), "rate" (exact Poisson below 10 events, else Byar), "interval" (numerator and denominator are a published lower and upper limit) or "dsr" (numerator is a directly standardised rate, denominator its population: Fingertips\' control limits around the comparator).',
  optional: true,
  kind: "value",
  sheetsType: "string",
  read: (raw) => readChoice<ComparisonType>(raw, "type", COMPARISON_TYPES, "proportion"),
};

/**
 * One limit of the comparator's own interval (another area's, say), lined up like comparator.
 * Optional as a pair: both left out reads as `undefined`; one given without the other names the
 * missing one (`partner` is the other limit's argument).
 */
function comparatorLimitParameter(name: string, description: string, hint: string): ReadingParameter<(number | null)[][] | undefined, [Grid, unknown]> {
  const limit = partnerParameter(name, description, "numerator");
  return {
    ...limit,
    optional: true,
    read(raw, grid, partner) {
      if (isOmitted(raw) && isOmitted(partner)) return undefined;
      if (isOmitted(raw)) throw missingValue(name, hint);
      return limit.read(raw, grid);
    },
  };
}

export const COMPARATOR_LOWER_PARAMETER = comparatorLimitParameter(
  "comparator_lower",
  "Optional. The comparator's own lower confidence limit (another area's, say), lined up like comparator: then Similar means the two intervals overlap, as Fingertips compares areas.",
  "enter the comparator's lower confidence limit, or leave comparator_lower and comparator_upper both empty",
);
export const COMPARATOR_UPPER_PARAMETER = comparatorLimitParameter(
  "comparator_upper",
  "Optional. The comparator's own upper confidence limit, lined up like comparator_lower.",
  "enter the comparator's upper confidence limit, or leave comparator_lower and comparator_upper both empty",
);

export const COMPARE_PER_PARAMETER: ReadingParameter<number, [string]> = {
  name: "per",
  description: "Optional. Units of the comparator: for a proportion 1 (default) or 100 for percentages; for a rate 100000 (default) or any base.",
  optional: true,
  kind: "value",
  sheetsType: "number",
  read: readPer,
};

export const FUNNEL_DENOMINATOR_PARAMETER = numberRangeParameter(
  "denominator",
  "The unit's size: cases for a proportion, population for a rate. One cell or a column.",
);
export const FUNNEL_COMPARATOR_PARAMETER = partnerParameter(
  "comparator",
  "The funnel's centre line (e.g. the group average), in the units of per: one cell, or one per row.",
  "denominator",
);

export const FUNNEL_TYPE_PARAMETER: ReadingParameter<StatisticType> = {
  name: "type",
  description:
    'Optional. "proportion" (default; Wilson-based limits) or "rate" (exact Poisson limits; a ratio is a rate with comparator 1, per 1 and the expected count as denominator).',
  optional: true,
  kind: "value",
  sheetsType: "string",
  read: (raw) => readChoice<StatisticType>(raw, "type", FUNNEL_TYPES, "proportion"),
};

export const FUNNEL_PER_PARAMETER: ReadingParameter<number, [string]> = {
  name: "per",
  description: "Optional. Units of the comparator and limits: for a proportion 1 (default) or 100 for percentages; for a rate 100000 (default) or any base.",
  optional: true,
  kind: "value",
  sheetsType: "number",
  read: readPer,
};
