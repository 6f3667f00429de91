import { Interval } from "../benchmark/interval";
import { KpiError, isKpiError } from "../errors";
import { SII_MAX_DRAWS_PER_CALL } from "../public-health/constants";
import { StandardisedRate, directlyStandardisedRate } from "../public-health/directly-standardised-rate";
import { directlyStandardisedRateForRepeatEvents } from "../public-health/directly-standardised-rate-for-repeat-events";
import { InequalityOptions, slopeIndexOfInequality } from "../public-health/slope-index-of-inequality";
import { SeriesSet, describeShape } from "../values";
import { ResultCell, ResultGrid } from "./types";

/**
 * The rows of the public health formulas (KPI.DSR, KPI.SMR, KPI.SII), their arguments already
 * read: one row per area, year or indicator, and what one row needs before its engine runs.
 */

/**
 * The lower and upper limits of each interval, one pair after the other.
 *
 * @example
 * limitCells([{ lower: 1, upper: 2 }, { lower: 0.5, upper: 2.5 }]); // => [1, 2, 0.5, 2.5]
 */
export function limitCells(intervals: readonly Interval[]): number[] {
  return intervals.flatMap((interval) => [interval.lower, interval.upper]);
}

/**
 * One result row per series (docs/FORMULA-CONVENTIONS.md, "Series"): a single series rethrows too
 * little data (Excel `#N/A` with the reason); in a block that row is left empty, and a wrong
 * argument names its row.
 *
 * @example
 * rowPerSeries(readSeriesSet([[1, 2], [3, 4]], "values", "value"), 1, (i) => [i]); // => [[0], [1]]
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

/**
 * Too little data for one series: some cells of a range that must be complete are blank.
 *
 * @example
 * incomplete("values", 5, 4, "quantile values", "give every quantile a value").message;
 * // => "at least 5 quantile values are needed and values has 4; give every quantile a value"
 */
export function incomplete(argument: string, needed: number, actual: number, what: string, fix: string): KpiError {
  return new KpiError({ code: "too_few_points", argument, needed, actual, what, fix });
}

/**
 * The directly standardised rate of one series: counts lined up with populations and the standard.
 * Populations must be complete where a rate is asked for.
 *
 * @example
 * dsrOfSeries([5, 7], [1000, 1000], [500, 500], 100000, [0.95]).rate; // => 600
 */
export function dsrOfSeries(counts: readonly (number | null)[], populations: readonly (number | null)[], standard: readonly number[], per: number, levels: readonly number[]): StandardisedRate {
  const present = populations.filter((people) => people !== null).length;
  if (present < populations.length) {
    throw incomplete("populations", populations.length, present, "age-band populations", "enter the population of every age band");
  }
  return directlyStandardisedRate(counts, populations as number[], standard, per, levels);
}

/**
 * KPI.DSR's row for events that can happen to the same person more than once: counts is a table
 * of people, one row (age bands across) or one column (age bands down) per number of events.
 *
 * @throws {KpiError} `invalid_argument` when counts lines up with neither layout
 * @example
 * dsrForRepeatEvents(readSeriesSet([[4, 6], [2, 1]], "counts", "count"), [1, 2], [100, 200], [500, 500], 100000, [0.95]);
 * // => [6000, 2734.50, 10752.45] (4 + 2 * 2 events in 100 and 6 + 2 * 1 in 200: 0.08 and 0.04, weighted equally)
 */
export function dsrForRepeatEvents(
  counts: SeriesSet,
  frequencies: readonly number[],
  populations: readonly (number | null)[],
  standard: readonly number[],
  per: number,
  levels: readonly number[],
): ResultCell[] {
  const table = counts.isBlock ? counts.series : counts.isColumn ? counts.series[0].map((people) => [people]) : [counts.series[0]];
  const byRows = table.length === frequencies.length && table[0].length === populations.length;
  const byColumns = table[0].length === frequencies.length && table.length === populations.length;
  if (!byRows && !byColumns) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "counts",
      problem: `(${describeShape(counts.grid)}) does not line up with event_frequencies (${frequencies.length}) and populations (${populations.length} age bands)`,
      fix: "give one row of people per event frequency with age bands across, or one column per event frequency with age bands down",
    });
  }
  const people = byRows ? table : frequencies.map((_, k) => table.map((row) => row[k]));
  const present = populations.filter((value) => value !== null).length;
  if (present < populations.length) throw incomplete("populations", populations.length, present, "age-band populations", "enter the population of every age band");
  const result = directlyStandardisedRateForRepeatEvents(people, frequencies, populations as number[], standard, per, levels);
  return [result.rate, ...limitCells(result.intervals)];
}

/**
 * Refuses a call that would simulate more than {@link SII_MAX_DRAWS_PER_CALL} normal numbers, before
 * any work: the rows with every value and limit present, times their quantiles and the repetitions.
 *
 * @throws {KpiError} `invalid_argument` naming repetitions
 * @example
 * checkSimulationBudget(readSeriesSet([[70, 72, 74, 76, 78]], "values", "quantile"), [[69, 71, 73, 75, 77]], [[71, 73, 75, 77, 79]], 100000); // passes
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

/**
 * KPI.SII's row for one indicator: SII, its limits, RII, its limits (the limits empty when no
 * quantile limits are given). Every quantile needs a value and a population.
 *
 * @example
 * siiRow([70, 72, 74, 76, 78], [100, 100, 100, 100, 100], undefined, undefined, { valueType: "normal", per: 1, levels: [0.95], repetitions: 100000 });
 * // => [10, "", "", 1.1449, "", ""] (a straight line rising 2 a quintile: from 69 to 79: SII 10, RII 79 / 69; to rounding)
 */
export function siiRow(
  values: readonly (number | null)[],
  populations: readonly (number | null)[],
  lower: readonly (number | null)[] | undefined,
  upper: readonly (number | null)[] | undefined,
  options: InequalityOptions & { levels: readonly number[] },
): ResultCell[] {
  const present = values.filter((value) => value !== null).length;
  if (present < values.length) throw incomplete("values", values.length, present, "quantile values", "every quantile needs a value (PHEindicatormethods leaves out an area with a quantile missing)");
  const people = populations.map((population, q) => {
    if (population === null) {
      throw new KpiError({ code: "invalid_argument", argument: "populations", problem: `of quantile ${q + 1} is missing`, fix: "enter the population of every quantile, above zero" });
    }
    return population;
  });
  let limits: { lower: number[]; upper: number[] } | undefined;
  if (lower !== undefined && upper !== undefined) {
    const complete = lower.filter((value, q) => value !== null && upper[q] !== null).length;
    if (complete < values.length) throw incomplete("lower", values.length, complete, "quantiles with both limits", "give each quantile's lower and upper 95% limits");
    limits = { lower: lower as number[], upper: upper as number[] };
  }
  const result = slopeIndexOfInequality(values as number[], people, options, limits);
  const empty = () => options.levels.flatMap(() => ["", ""]);
  const siiLimits = limits === undefined ? empty() : limitCells(result.intervals.map((interval) => interval.sii));
  const riiLimits = limits === undefined ? empty() : limitCells(result.intervals.map((interval) => interval.rii));
  return [result.sii, ...siiLimits, result.rii, ...riiLimits];
}
