import { CONFIDENCE_95 } from "../benchmark/constants";
import { confidenceBelowOne } from "../benchmark/confidence";
import { KpiError } from "../errors";
import { STANDARD_POPULATIONS } from "../public-health/constants";
import { SeriesSet, describeShape, flattenGrid, isOmitted, parseNumberCell, parseNumericText, quoteCell, readSeriesSet, toGrid } from "../values";

/**
 * Reading the arguments of the public health formulas (KPI.DSR, KPI.SMR, KPI.SII): ranges that
 * line up with the first range cell by cell, one age band (or quantile) per cell, the named
 * standard populations, observed events per age band or in total, event frequencies, and the
 * confidence levels of the slope index. The parameters that use them are in
 * public-health-parameters.ts.
 */

/**
 * A range read alongside a series set (`readSeriesSet` of the first range): either a single row or
 * column with one cell per age band, shared by every series, or a block of the same shape with
 * one row per series. A row of bands may be given as a column and the other way round.
 *
 * @param raw the host argument
 * @param set the first range, read
 * @param argument this range's name, e.g. `populations`
 * @param other the first range's name, e.g. `counts`
 * @param unit what one cell stands for, e.g. `age band` or `quantile`
 * @returns one list per series (the same list for every series when it is shared)
 * @throws {KpiError} `invalid_argument` when the range does not line up; `not_a_number` for text
 * @example
 * readLinedUp([[5000], [5500]], readSeriesSet([[3, 4], [5, 6]], "counts", "count"), "standard_populations", "counts", "age band");
 * // => [[5000, 5500], [5000, 5500]]
 */
export function readLinedUp(raw: unknown, set: SeriesSet, argument: string, other: string, unit: string): (number | null)[][] {
  const grid = toGrid(raw);
  const rows = grid.length;
  const columns = grid[0].length;
  const bands = set.series[0].length;
  if (rows === 1 || columns === 1) {
    const cells = flattenGrid(grid).map((cell, i) => parseNumberCell(cell, argument, `${argument} ${unit} ${i + 1}`));
    if (cells.length === bands) return set.series.map(() => cells);
  } else if (set.isBlock && rows === set.series.length && columns === bands) {
    return grid.map((row, r) => row.map((cell, c) => parseNumberCell(cell, argument, `row ${r + 1}, ${argument} ${unit} ${c + 1}`)));
  }
  const line = rows === 1 || columns === 1;
  throw new KpiError({
    code: "invalid_argument",
    argument,
    problem: line
      ? `has ${rows * columns} ${unit === "age band" ? "age bands" : `${unit}s`} but ${other} has ${bands}${set.isBlock ? " in each row" : ""}`
      : `(${describeShape(grid)}) does not line up with ${other} (${describeShape(set.grid)})`,
    fix: `give ranges of the same size: one cell per ${unit}, in the same order as ${other} (one row or column shared by every row of ${other}, or a block of the same shape${set.isBlock ? `; a block of ${other} is read as one row per area or year, ${unit}s across` : ""})`,
  });
}

/**
 * A standard population: a name (`"ESP2013"`, any case, spaces and hyphens ignored) or numbers
 * lined up with the counts as {@link readLinedUp} reads them; every band must be given.
 *
 * @throws {KpiError} `missing_argument` when left out; `invalid_argument` for another name, a blank
 *   band, or counts that do not have the named standard's age bands
 * @example
 * readStandardPopulations("esp 2013", readSeriesSet([[1, 2]], "counts", "count")); // throws: counts has 2 age bands but ESP2013 has 19; ...
 */
export function readStandardPopulations(raw: unknown, set: SeriesSet, argument = "standard_populations"): number[][] {
  if (isOmitted(raw)) throw new KpiError({ code: "missing_argument", argument, hint: 'enter "ESP2013" or the standard population of each age band' });
  const grid = toGrid(raw);
  const only = grid.length === 1 && grid[0].length === 1 ? grid[0][0] : undefined;
  if (typeof only === "string" && parseNumericText(only) === undefined) {
    const key = only.trim().toUpperCase().replace(/[\s-]+/g, "");
    const named = STANDARD_POPULATIONS[key];
    if (named === undefined) {
      throw new KpiError({
        code: "invalid_argument",
        argument,
        problem: `${quoteCell(only)} is not a standard population KPI Scrutiny knows by name`,
        fix: `enter ${Object.keys(STANDARD_POPULATIONS).map((name) => `"${name}"`).join(" or ")}, or the standard population of each age band in a row or column`,
      });
    }
    const bands = set.series[0].length;
    if (named.length !== bands) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "counts",
        problem: `has ${bands} age ${bands === 1 ? "band" : "bands"}${set.isBlock ? " in each row" : ""} but ${key} has ${named.length}`,
        fix: `give one cell per age band of ${key} (0-4, 5-9, ..., 85-89, 90+), in that order${set.isBlock ? "; a block is read as one area or year per row, age bands across" : ""}`,
      });
    }
    return set.series.map(() => [...named]);
  }
  return readLinedUp(raw, set, argument, "counts", "age band").map((bands) =>
    bands.map((people, band) => {
      if (people === null) {
        throw new KpiError({ code: "invalid_argument", argument, problem: `has no value for age band ${band + 1}`, fix: 'enter the standard population of every age band, or "ESP2013"' });
      }
      return people;
    }),
  );
}

/**
 * The observed events of each series: per age band (the shape of populations, summed; a blank is
 * no events) or one total per series (a single cell, or a column with one cell per row of populations).
 *
 * @throws {KpiError} `invalid_argument` when observed lines up with neither
 * @example
 * readObserved([[3, "", 4]], readSeriesSet([[100, 200, 300]], "populations", "population")); // => [7]
 * readObserved(7, readSeriesSet([[100, 200, 300]], "populations", "population"));            // => [7]
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

/**
 * The event frequencies of KPI.DSR for repeat events: the number of events of each row of people,
 * every one given.
 *
 * @throws {KpiError} `invalid_argument` for a blank frequency; `not_a_number` for text
 * @example
 * readEventFrequencies([[1], [2], [3]]); // => [1, 2, 3]
 */
export function readEventFrequencies(raw: unknown): number[] {
  return flattenGrid(toGrid(raw)).map((cell, i) => {
    const frequency = parseNumberCell(cell, "event_frequencies", `event_frequencies ${i + 1}`);
    if (frequency === null) {
      throw new KpiError({ code: "invalid_argument", argument: "event_frequencies", problem: `${i + 1} is blank`, fix: "give the number of events of every row of people (1, 2, 3, ...)" });
    }
    return frequency;
  });
}

/**
 * SII confidence levels: one or two levels of any size below 1, as PHEindicatormethods `phe_sii`
 * accepts them (95 is read as 0.95).
 *
 * @throws {KpiError} `invalid_argument` for more than two levels; `out_of_range` for a level of 1
 * @example
 * readSiiLevels([[95, 0.99]]); // => [0.95, 0.99]
 */
export function readSiiLevels(raw: unknown): number[] {
  if (isOmitted(raw)) return [CONFIDENCE_95];
  const levels = flattenGrid(toGrid(raw))
    .map((cell) => parseNumberCell(cell, "confidence", "confidence"))
    .filter((level): level is number => level !== null)
    .map((level) => confidenceBelowOne(level));
  if (levels.length > 2) {
    throw new KpiError({ code: "invalid_argument", argument: "confidence", problem: `has ${levels.length} levels`, fix: "give one level such as 0.95, or two such as {0.95, 0.99}" });
  }
  return levels;
}
