import { CONFIDENCE_95, DEFAULT_RATE_PER } from "../benchmark/constants";
import { confidenceLevel } from "../benchmark/confidence";
import { readNumberGrid } from "../benchmark/formula-inputs";
import { Interval } from "../benchmark/interval";
import { KpiError, isKpiError } from "../errors";
import { SII_MAX_DRAWS_PER_CALL } from "../public-health/constants";
import { directlyStandardisedRate, StandardisedRate } from "../public-health/directly-standardised-rate";
import { directlyStandardisedRateForRepeatEvents } from "../public-health/directly-standardised-rate-for-repeat-events";
import { readStandardPopulations } from "../public-health/formula-inputs";
import { InequalityValueType } from "../public-health/simulate-inequality-limits";
import { SeriesSet, describeShape, flattenGrid, isOmitted, parseNumberCell, readNumberOption, readSeriesSet, toGrid } from "../values";
import { ResultCell, ResultGrid } from "./types";

/**
 * Reading the arguments of the public health formulas (KPI.DSR, KPI.SMR, KPI.SII) and laying out
 * their results: one row per area, year or indicator.
 */

/** Reads a rate's base (per): a number above zero. */
export function readRatePer(raw: unknown): number {
  return readNumberOption(raw, "per", DEFAULT_RATE_PER, { min: 0, minExclusive: true, allowed: "a base above zero, such as 1000 or 100000" });
}

/** The lower and upper limits of each interval, one pair after the other. */
export function limitCells(intervals: readonly Interval[]): number[] {
  return intervals.flatMap((interval) => [interval.lower, interval.upper]);
}

/**
 * One result row per series (FUNCTIONS.md, "Series"): a single series rethrows too little data
 * (Excel `#N/A` with the reason); in a block that row is left empty, and a wrong argument names its row.
 */
export function rowPerSeries(set: SeriesSet, width: number, compute: (index: number) => ResultCell[]): ResultGrid {
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
export function incomplete(argument: string, needed: number, actual: number, what: string, fix: string): KpiError {
  return new KpiError({ code: "too_few_points", argument, needed, actual, what, fix });
}

/** A required range left out or left empty: says which, and what to select. */
export function requireRange(raw: unknown, argument: string, hint: string): void {
  if (isOmitted(raw)) throw new KpiError({ code: "missing_argument", argument, hint });
}

// KPI.DSR ---------------------------------------------------------------------------------------

/**
 * The directly standardised rate of one series: counts lined up with populations and the standard.
 * Populations must be complete where a rate is asked for; a wholly blank series is no data.
 */
export function dsrOfSeries(counts: readonly (number | null)[], populations: readonly (number | null)[], standard: readonly number[], per: number, levels: readonly number[]): StandardisedRate {
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
export function dsrForRepeatEvents(counts: unknown, populations: unknown, standardPopulations: unknown, frequencies: unknown, per: number, levels: readonly number[]): ResultGrid {
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
export function readObserved(raw: unknown, set: SeriesSet): (number | null)[] {
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

/** The value_type words KPI.SII accepts, with PHEindicatormethods' numbers 0, 1 and 2, and what each means. */
export const VALUE_TYPES = ["normal", "rate", "proportion", "0", "1", "2"] as const;
export const VALUE_TYPE_OF: Record<(typeof VALUE_TYPES)[number], InequalityValueType> = {
  normal: "normal",
  rate: "rate",
  proportion: "proportion",
  "0": "normal",
  "1": "rate",
  "2": "proportion",
};

/** SII confidence levels: one or two levels of any size below 1, as PHEindicatormethods `phe_sii` accepts them. */
export function readSiiLevels(raw: unknown): number[] {
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

/**
 * Refuses a call that would simulate more than {@link SII_MAX_DRAWS_PER_CALL} normal numbers, before
 * any work: the rows with every value and limit present, times their quantiles and the repetitions.
 */
export function checkSimulationBudget(set: SeriesSet, lowers: (number | null)[][], uppers: (number | null)[][], repetitions: number): void {
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

