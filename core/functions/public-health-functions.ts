import { CONFIDENCE_95, DEFAULT_RATE_PER } from "../benchmark/constants";
import { confidenceLevel } from "../benchmark/confidence";
import { readConfidenceLevels, readNumberGrid } from "../benchmark/formula-inputs";
import { Interval } from "../benchmark/interval";
import { checkQuantileGroups, quantileAmong } from "../benchmark/quantile-among";
import { KpiError, isKpiError } from "../errors";
import {
  SII_DEFAULT_REPETITIONS,
  SII_MAX_DRAWS_PER_CALL,
  SII_MAX_REPETITIONS,
  SII_MIN_REPETITIONS,
} from "../public-health/constants";
import { directlyStandardisedRate, StandardisedRate } from "../public-health/directly-standardised-rate";
import { directlyStandardisedRateForRepeatEvents } from "../public-health/directly-standardised-rate-for-repeat-events";
import { readLinedUp, readStandardPopulations } from "../public-health/formula-inputs";
import { indirectlyStandardisedRatio } from "../public-health/indirectly-standardised-ratio";
import { InequalityValueType } from "../public-health/simulate-inequality-limits";
import { slopeIndexOfInequality } from "../public-health/slope-index-of-inequality";
import {
  SeriesSet,
  describeShape,
  flattenGrid,
  isOmitted,
  parseNumberCell,
  readChoice,
  readNumberOption,
  readRequiredNumber,
  readSeriesSet,
  toGrid,
} from "../values";
import { CONFIDENCE_PARAMETER, PEER_VALUES_PARAMETER, VALUE_PARAMETER, positionAmongPeers } from "./benchmark-functions";
import { POLARITY_PARAMETER } from "./parameters";
import { FunctionSpec, ParameterSpec, ResultCell, ResultGrid } from "./types";

/**
 * Public health formulas: standardised rates (Fingertips, PHEindicatormethods), quantile groups
 * among peers, inequality across deprivation quantiles, and the comparisons of KPI.COMPARE that
 * need more than the value's own interval.
 */

const PER_RATE_PARAMETER: ParameterSpec = {
  name: "per",
  description: "Optional. The rate's base: 100000 (default) for a rate per 100,000; 1000 per thousand.",
  optional: true,
  kind: "value",
  sheetsType: "number",
};


/** Reads a rate's base (per): a number above zero. */
function readRatePer(raw: unknown): number {
  return readNumberOption(raw, "per", DEFAULT_RATE_PER, { min: 0, minExclusive: true, allowed: "a base above zero, such as 1000 or 100000" });
}

/** The lower and upper limits of each interval, one pair after the other. */
function limitCells(intervals: readonly Interval[]): number[] {
  return intervals.flatMap((interval) => [interval.lower, interval.upper]);
}

/**
 * One result row per series (FUNCTIONS.md, "Series"): a single series rethrows too little data
 * (Excel `#N/A` with the reason); in a block that row is left empty, and a wrong argument names its row.
 */
function rowPerSeries(set: SeriesSet, width: number, compute: (index: number) => ResultCell[]): ResultGrid {
  if (!set.isBlock) return [compute(0)];
  return set.series.map((_, index) => {
    try {
      return compute(index);
    } catch (error) {
      if (isKpiError(error) && error.kind === "data") return new Array<ResultCell>(width).fill("");
      if (isKpiError(error) && error.issue.code === "invalid_argument") throw new KpiError({ ...error.issue, argument: `${error.issue.argument} (row ${index + 1})` });
      throw error;
    }
  });
}

/** Too little data for one series: some cells of a range that must be complete are blank. */
function incomplete(argument: string, needed: number, actual: number, what: string, fix: string): KpiError {
  return new KpiError({ code: "too_few_points", argument, needed, actual, what, fix });
}

function requireRange(raw: unknown, argument: string, hint: string): void {
  if (isOmitted(raw)) throw new KpiError({ code: "missing_argument", argument, hint });
}

// KPI.DSR ---------------------------------------------------------------------------------------

/**
 * The directly standardised rate of one series: counts lined up with populations and the standard.
 * Populations must be complete where a rate is asked for; a wholly blank series is no data.
 */
function dsrOfSeries(counts: readonly (number | null)[], populations: readonly (number | null)[], standard: readonly number[], per: number, levels: readonly number[]): StandardisedRate {
  const present = populations.filter((people) => people !== null).length;
  if (present < populations.length) {
    throw incomplete("populations", populations.length, present, "age-band populations", "enter the population of every age band");
  }
  return directlyStandardisedRate(counts, populations as number[], standard, per, levels);
}

/**
 * KPI.DSR with event frequencies: counts is a table of people, one row (age bands across) or one
 * column (age bands down) per number of events.
 */
function dsrForRepeatEvents(counts: unknown, populations: unknown, standardPopulations: unknown, frequencies: unknown, per: number, levels: readonly number[]): ResultGrid {
  const frequencyCells = flattenGrid(toGrid(frequencies)).map((cell, i) => parseNumberCell(cell, "event_frequencies", `event_frequencies ${i + 1}`));
  const frequencyList = frequencyCells.map((frequency, i) => {
    if (frequency === null) {
      throw new KpiError({ code: "invalid_argument", argument: "event_frequencies", problem: `${i + 1} is blank`, fix: "give the number of events of every row of people (1, 2, 3, ...)" });
    }
    return frequency;
  });
  const populationSet = readSeriesSet(populations, "populations", "population");
  if (populationSet.isBlock) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "populations",
      problem: `is a block of ${describeShape(populationSet.grid)}`,
      fix: "with event_frequencies give one area at a time: the population of each age band in one row or column",
    });
  }
  const bandPopulations = populationSet.series[0];
  const grid = toGrid(counts);
  const table = readNumberGrid(grid, "counts", "count");
  const byRows = table.length === frequencyList.length && table[0].length === bandPopulations.length;
  const byColumns = table[0].length === frequencyList.length && table.length === bandPopulations.length;
  if (!byRows && !byColumns) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "counts",
      problem: `(${describeShape(grid)}) does not line up with event_frequencies (${frequencyList.length}) and populations (${bandPopulations.length} age bands)`,
      fix: "give one row of people per event frequency with age bands across, or one column per event frequency with age bands down",
    });
  }
  const people = byRows ? table : frequencyList.map((_, k) => table.map((row) => row[k]));
  const present = bandPopulations.filter((value) => value !== null).length;
  if (present < bandPopulations.length) throw incomplete("populations", bandPopulations.length, present, "age-band populations", "enter the population of every age band");
  const standard = readStandardPopulations(standardPopulations, populationSet)[0];
  const result = directlyStandardisedRateForRepeatEvents(people, frequencyList, bandPopulations as number[], standard, per, levels);
  return [[result.rate, ...limitCells(result.intervals)]];
}

// KPI.SMR ---------------------------------------------------------------------------------------

/**
 * The observed events of each series: per age band (the shape of populations, summed; a blank is
 * no events) or one total per series (a single cell, or a column with one cell per row of populations).
 */
function readObserved(raw: unknown, set: SeriesSet): (number | null)[] {
  const grid = toGrid(raw);
  const rows = grid.length;
  const columns = grid[0].length;
  if (rows === set.grid.length && columns === set.grid[0].length) {
    const observed = readSeriesSet(raw, "observed", "observed count");
    return observed.series.map((bands) => (bands.every((count) => count === null) ? null : bands.reduce<number>((sum, count) => sum + (count ?? 0), 0)));
  }
  const cells = flattenGrid(grid);
  if ((rows === 1 || columns === 1) && cells.length === set.series.length) {
    return cells.map((cell, i) => parseNumberCell(cell, "observed", cells.length === 1 ? "observed" : `observed ${i + 1}`));
  }
  throw new KpiError({
    code: "invalid_argument",
    argument: "observed",
    problem: `(${describeShape(grid)}) does not line up with populations (${describeShape(set.grid)})`,
    fix: "give the observed events of each age band in the shape of populations, or one total per area (a single cell, or a column with one per row of populations)",
  });
}

// KPI.SII ---------------------------------------------------------------------------------------

const VALUE_TYPES = ["normal", "rate", "proportion", "0", "1", "2"] as const;
const VALUE_TYPE_OF: Record<(typeof VALUE_TYPES)[number], InequalityValueType> = {
  normal: "normal",
  rate: "rate",
  proportion: "proportion",
  "0": "normal",
  "1": "rate",
  "2": "proportion",
};

/** SII confidence levels: one or two levels of any size below 1, as PHEindicatormethods `phe_sii` accepts them. */
function readSiiLevels(raw: unknown): number[] {
  if (isOmitted(raw)) return [CONFIDENCE_95];
  const levels = flattenGrid(toGrid(raw))
    .map((cell) => parseNumberCell(cell, "confidence", "confidence"))
    .filter((level): level is number => level !== null)
    .map((level) => confidenceLevel(level));
  if (levels.length > 2) {
    throw new KpiError({ code: "invalid_argument", argument: "confidence", problem: `has ${levels.length} levels`, fix: "give one level such as 0.95, or two such as {0.95, 0.99}" });
  }
  if (levels.some((level) => level === 1)) {
    throw new KpiError({ code: "out_of_range", argument: "confidence", value: "1", allowed: "a level below 1 such as 0.95" });
  }
  return levels;
}

// The catalogue entries -------------------------------------------------------------------------

export const PUBLIC_HEALTH_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "QUANTILE",
    description:
      "Quantile group among the peer group, 1 being the best: quartiles (4), quintiles (5) or deciles (10), as LG Inform Plus offers them, against the group's PERCENTILE.INC cut points; a value on a cut point goes to the better group (with 4 groups this is KPI.QUARTILE).",
    parameters: [
      VALUE_PARAMETER,
      PEER_VALUES_PARAMETER,
      { name: "groups", description: "How many groups: 4 (quartiles), 5 (quintiles) or 10 (deciles).", kind: "value", sheetsType: "number" },
      POLARITY_PARAMETER,
    ],
    result: { shape: "table", type: "number" },
    example: { formula: '=KPI.QUANTILE(9, {1,2,3,4,5,6,7,8,9,10}, 5, "higher")', result: "1" },
    implementation(value, peerValues, groups, polarity) {
      const count = checkQuantileGroups(readRequiredNumber(groups, "groups", { allowed: "4 (quartiles), 5 (quintiles) or 10 (deciles)" }));
      return positionAmongPeers(value, peerValues, polarity, (one, peers, direction) => quantileAmong(one, peers, count, direction));
    },
  },
  {
    name: "DSR",
    description:
      'Directly standardised rate, as Fingertips and PHEindicatormethods: one row of rate, lower, upper (Dobson\'s interval on Byar\'s limits; with confidence {0.95, 0.998}: both intervals). "ESP2013" names the European Standard Population 2013. Not enough data under 10 events. A block gives one row per area or year, age bands across.',
    parameters: [
      {
        name: "counts",
        description:
          "Events in each age band: a row or column, one age band per cell, or a block with one area or year per row and age bands across. A blank is no events. With event_frequencies: the people with each number of events.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "populations",
        description: "The population of each age band, lined up with counts: the same shape, or one row or column shared by every row of counts.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "standard_populations",
        description: '"ESP2013" for the European Standard Population 2013 (19 age bands: 0-4, 5-9, ..., 85-89, 90+), or the standard population of each age band in a row or column.',
        kind: "range",
        sheetsType: "number[][]",
      },
      PER_RATE_PARAMETER,
      CONFIDENCE_PARAMETER,
      {
        name: "event_frequencies",
        description:
          "Optional, for events that can happen to the same person more than once (such as admissions): the number of events of each row of counts, e.g. {1;2;3}, counts then being the people with that many events in each age band. Widens the interval as Fingertips does.",
        optional: true,
        kind: "range",
        sheetsType: "number[][]",
      },
    ],
    result: { shape: "row", type: "number", columns: ["rate", "lower", "upper"] },
    example: {
      formula:
        '=KPI.DSR({12,4,3,2,3,4,8,2,2,3,4,5,6,8,5,6,5,5,4}, {636,558,609,543,384,594,669,843,660,576,606,522,426,273,300,288,153,123,207}, "ESP2013")',
      result: "1103.212025 | 877.455768 | 1367.088223",
    },
    implementation(counts, populations, standardPopulations, per, confidence, eventFrequencies) {
      const base = readRatePer(per);
      const levels = readConfidenceLevels(confidence);
      requireRange(counts, "counts", "select the events in each age band");
      requireRange(populations, "populations", "select the population of each age band");
      if (!isOmitted(eventFrequencies)) return dsrForRepeatEvents(counts, populations, standardPopulations, eventFrequencies, base, levels);
      const set = readSeriesSet(counts, "counts", "count");
      const standards = readStandardPopulations(standardPopulations, set);
      const bandPopulations = readLinedUp(populations, set, "populations", "counts", "age band");
      return rowPerSeries(set, 1 + 2 * levels.length, (i) => {
        const counted = set.series[i];
        if (counted.every((count) => count === null) && bandPopulations[i].every((people) => people === null)) {
          throw incomplete("counts", 1, 0, "age bands with data", "enter the events and populations of each age band");
        }
        const result = dsrOfSeries(counted, bandPopulations[i], standards[i], base, levels);
        return [result.rate, ...limitCells(result.intervals)];
      });
    },
  },
  {
    name: "SMR",
    description:
      "Indirectly standardised ratio and rate, as Fingertips and PHEindicatormethods: one row of the standardised ratio (1 = as expected), lower, upper, then the indirectly standardised rate, lower, upper per `per` (exact limits under 10 events, Byar's from 10). A block gives one row per area or year.",
    parameters: [
      {
        name: "observed",
        description: "The events observed in each age band, lined up with populations, or the total for the area (one cell, or a column with one total per row of populations). A blank is no events.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "populations",
        description: "The local population of each age band: a row or column, or a block with one area or year per row and age bands across. A blank is nobody.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "reference_counts",
        description: "The reference events (e.g. England's) of each age band, lined up with populations: one row or column shared by every row, or the same shape.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "reference_populations",
        description: "The reference population of each age band, above zero, lined up like reference_counts.",
        kind: "range",
        sheetsType: "number[][]",
      },
      PER_RATE_PARAMETER,
      CONFIDENCE_PARAMETER,
    ],
    result: { shape: "row", type: "number", columns: ["ratio", "lower", "upper", "rate", "lower", "upper"] },
    example: {
      formula: "=KPI.SMR({30,45,120}, {5000,4000,2000}, {600,1100,2600}, {100000,90000,40000})",
      result: "0.933511 | 0.807072 | 1.074135 | 1745.259 | 1508.874 | 2008.166",
    },
    implementation(observed, populations, referenceCounts, referencePopulations, per, confidence) {
      const base = readRatePer(per);
      const levels = readConfidenceLevels(confidence);
      requireRange(observed, "observed", "select the events observed in each age band, or their total");
      requireRange(populations, "populations", "select the population of each age band");
      requireRange(referenceCounts, "reference_counts", "select the reference events of each age band (e.g. England's)");
      requireRange(referencePopulations, "reference_populations", "select the reference population of each age band");
      const set = readSeriesSet(populations, "populations", "population");
      const totals = readObserved(observed, set);
      const counts = readLinedUp(referenceCounts, set, "reference_counts", "populations", "age band");
      const people = readLinedUp(referencePopulations, set, "reference_populations", "populations", "age band");
      return rowPerSeries(set, 2 + 4 * levels.length, (i) => {
        const total = totals[i];
        if (total === null && set.series[i].every((population) => population === null)) {
          throw incomplete("observed", 1, 0, "areas with data", "enter the observed events and the populations");
        }
        const result = indirectlyStandardisedRatio(total ?? 0, set.series[i], counts[i], people[i], base, levels);
        return [result.ratio, ...limitCells(result.ratioIntervals), result.rate, ...limitCells(result.rateIntervals)];
      });
    },
  },
  {
    name: "SII",
    description:
      "Slope and relative index of inequality across deprivation quantiles, as PHEindicatormethods phe_sii: one row of SII, lower, upper, RII, lower, upper. The SII is the modelled gap from quantile 1 to the last (times per), the RII their ratio; limits are simulated (fixed seed) from each quantile's 95% limits. A block gives one row per indicator or year.",
    parameters: [
      {
        name: "values",
        description: "The indicator in each deprivation quantile, in order (quantile 1 first, usually the most deprived): 5 to 100 cells in a row or column, or a block with one indicator or year per row.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "populations",
        description: "The population of each quantile, above zero: the shape of values, or one row or column shared by every row.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "lower",
        description: "Optional. Each quantile's lower 95% confidence limit, the shape of values; with upper, gives the SII's and RII's limits.",
        optional: true,
        kind: "range",
        sheetsType: "number[][]",
      },
      { name: "upper", description: "Optional. Each quantile's upper 95% confidence limit, the shape of values.", optional: true, kind: "range", sheetsType: "number[][]" },
      {
        name: "value_type",
        description: 'Optional. "normal" (default; life expectancy, a score), "rate" (simulated on the log scale) or "proportion" (a proportion of 1, simulated on the logit scale); also 0, 1, 2.',
        optional: true,
        kind: "value",
        sheetsType: "string",
      },
      {
        name: "per",
        description: "Optional. Multiplies the SII: 1 (default), 100 for a proportion in percentage points; a negative one (e.g. -1) also turns the RII round.",
        optional: true,
        kind: "value",
        sheetsType: "number",
      },
      {
        name: "confidence",
        description: "Optional. Confidence level of the SII's limits, default 0.95 (95 is read as 95%); two levels such as {0.95, 0.99} give both.",
        optional: true,
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "repetitions",
        description: "Optional. Simulations for the limits: 100000 (default), at least 1000.",
        optional: true,
        kind: "value",
        sheetsType: "number",
      },
    ],
    result: { shape: "row", type: "number", columns: ["sii", "lower", "upper", "rii", "lower", "upper"] },
    example: {
      formula:
        "=KPI.SII({70.5,71.6,72.5,73.5,73.1,76.2,78.7,80.6,80.9,80}, {21675,20065,19750,24713,20112,19618,22408,19752,18939,19312}, {70.1,71.1,72,73.1,72.7,75.7,78.2,80.1,80.4,79.5}, {71,72.1,73.2,73.7,75.8,78.8,79.8,81.2,81.3,80.9})",
      result: "12.623 | 12.004 | 13.236 | 1.182 | 1.172 | 1.192",
    },
    implementation(values, populations, lower, upper, valueType, per, confidence, repetitions) {
      requireRange(values, "values", "select the indicator in each deprivation quantile");
      requireRange(populations, "populations", "select the population of each quantile");
      const type = VALUE_TYPE_OF[readChoice(valueType, "value_type", VALUE_TYPES, "normal")];
      const multiplier = readNumberOption(per, "per", 1, { allowed: "a multiplier other than zero, such as 1 or 100" });
      if (multiplier === 0) throw new KpiError({ code: "out_of_range", argument: "per", value: "0", allowed: "a multiplier other than zero, such as 1 or 100" });
      const levels = readSiiLevels(confidence);
      const simulations = readNumberOption(repetitions, "repetitions", SII_DEFAULT_REPETITIONS, {
        min: SII_MIN_REPETITIONS,
        max: SII_MAX_REPETITIONS,
        integer: true,
        allowed: `a whole number from ${SII_MIN_REPETITIONS} to ${SII_MAX_REPETITIONS}`,
      });
      const withLimits = !isOmitted(lower) || !isOmitted(upper);
      if (withLimits) {
        requireRange(lower, "lower", "select each quantile's lower 95% limit, or leave lower and upper both empty");
        requireRange(upper, "upper", "select each quantile's upper 95% limit, or leave lower and upper both empty");
      }
      const set = readSeriesSet(values, "values", "quantile");
      const weights = readLinedUp(populations, set, "populations", "values", "quantile");
      const lowers = withLimits ? readLinedUp(lower, set, "lower", "values", "quantile") : undefined;
      const uppers = withLimits ? readLinedUp(upper, set, "upper", "values", "quantile") : undefined;
      if (withLimits) checkSimulationBudget(set, lowers!, uppers!, simulations);
      const width = 2 + 4 * levels.length;
      return rowPerSeries(set, width, (i) => {
        const row = set.series[i];
        const present = row.filter((value) => value !== null).length;
        if (present < row.length) throw incomplete("values", row.length, present, "quantile values", "every quantile needs a value (PHEindicatormethods leaves out an area with a quantile missing)");
        const people = weights[i].map((population, q) => {
          if (population === null) {
            throw new KpiError({ code: "invalid_argument", argument: "populations", problem: `of quantile ${q + 1} is missing`, fix: "enter the population of every quantile, above zero" });
          }
          return population;
        });
        let limits: { lower: number[]; upper: number[] } | undefined;
        if (lowers !== undefined && uppers !== undefined) {
          const low = lowers[i];
          const high = uppers[i];
          const complete = low.filter((v, q) => v !== null && high[q] !== null).length;
          if (complete < row.length) throw incomplete("lower", row.length, complete, "quantiles with both limits", "give each quantile's lower and upper 95% limits");
          limits = { lower: low as number[], upper: high as number[] };
        }
        const result = slopeIndexOfInequality(row as number[], people, { valueType: type, per: multiplier, levels, repetitions: simulations }, limits);
        const siiLimits = limits === undefined ? levels.flatMap(() => ["", ""]) : limitCells(result.intervals.map((interval) => interval.sii));
        const riiLimits = limits === undefined ? levels.flatMap(() => ["", ""]) : limitCells(result.intervals.map((interval) => interval.rii));
        return [result.sii, ...siiLimits, result.rii, ...riiLimits];
      });
    },
  },
];

/**
 * Refuses a call that would simulate more than {@link SII_MAX_DRAWS_PER_CALL} normal numbers, before
 * any work: the rows with every value and limit present, times their quantiles and the repetitions.
 */
function checkSimulationBudget(set: SeriesSet, lowers: (number | null)[][], uppers: (number | null)[][], repetitions: number): void {
  let draws = 0;
  set.series.forEach((row, i) => {
    if (row.every((value, q) => value !== null && lowers[i][q] !== null && uppers[i][q] !== null)) draws += row.length * repetitions;
  });
  if (draws > SII_MAX_DRAWS_PER_CALL) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "repetitions",
      problem: `of ${repetitions} for ${Math.round(draws / repetitions / set.series[0].length)} rows would take too long in one formula`,
      fix: "split the table into a few formulas, or give fewer repetitions (at least 1000)",
    });
  }
}

