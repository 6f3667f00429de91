import { KpiError } from "../errors";
import { Grid, Series, SeriesSet, describeShape, flattenGrid, isOmitted, parseNumberCell, readPerSeries, toGrid } from "../values";

/** One KPI's target as read from a formula argument: one number, one per period, or none. */
export type TargetArgument = number | null | Series;

/**
 * Reads the `targets` argument beside `values`: a single target for every period (and every KPI),
 * one target per KPI (a column beside a block), or one per period (a range the shape of `values`).
 *
 * @param raw the host argument
 * @param set the values it goes with
 * @param argument the parameter's name (`targets`)
 * @throws {KpiError} `invalid_argument` when the range fits none of those shapes; `not_a_number`
 * @example
 * readTargets([[60, 60, 62]], readSeriesSet([[58, 61, 63]], "values", "value"), "targets"); // => [[60, 60, 62]]
 * readTargets(60, readSeriesSet([[58, 61]], "values", "value"), "targets");                 // => [60]
 */
export function readTargets(raw: unknown, set: SeriesSet, argument = "targets"): TargetArgument[] {
  const count = set.series.length;
  if (isOmitted(raw)) return set.series.map(() => null);
  const grid: Grid = toGrid(raw);
  const cells = flattenGrid(grid);
  const noun = argument.replace(/s$/, "");
  if (cells.length === 1) {
    const target = parseNumberCell(cells[0], argument, argument);
    return set.series.map(() => target);
  }
  if (!set.isBlock) {
    const length = set.series[0].length;
    if ((grid.length === 1 || grid[0].length === 1) && cells.length === length) {
      return [cells.map((cell, i) => parseNumberCell(cell, argument, `${noun} ${i + 1}`))];
    }
    throw new KpiError({
      code: "invalid_argument",
      argument,
      problem: `has ${cells.length} cells but values has ${length}`,
      fix: `give one ${noun} per value (a range the size of values, blank where there is none) or a single ${noun}`,
    });
  }
  const rows = set.grid.length;
  const columns = set.grid[0].length;
  if (grid.length === rows && grid[0].length === columns) {
    return grid.map((row, r) => row.map((cell, c) => parseNumberCell(cell, argument, `row ${r + 1}, ${noun} ${c + 1}`)));
  }
  if ((grid.length === 1 || grid[0].length === 1) && cells.length === count) {
    return cells.map((cell, i) => parseNumberCell(cell, argument, `${noun} ${i + 1}`));
  }
  throw new KpiError({
    code: "invalid_argument",
    argument,
    problem: `is ${describeShape(grid)} but values is ${describeShape(set.grid)}`,
    fix: `give a single ${noun}, one per KPI (a column), or a range the shape of values`,
  });
}

/**
 * Reads a peer group argument: for one KPI any range (missing cells ignored); for a block of KPIs
 * a block with one row of peer values per KPI.
 *
 * @throws {KpiError} `invalid_argument` when a block's peer range has another number of rows
 * @example
 * readPeers([[50, "", 61, 70]], readSeriesSet([[58, 61]], "values", "value"), "peer_values"); // => [[50, 61, 70]]
 */
export function readPeers(raw: unknown, set: SeriesSet, argument = "peer_values"): (number[] | undefined)[] {
  if (isOmitted(raw)) return set.series.map(() => undefined);
  const grid = toGrid(raw);
  const parseRow = (row: unknown[], prefix: string) =>
    row
      .map((cell, c) => parseNumberCell(cell, argument, `${prefix}peer value ${c + 1}`))
      .filter((value): value is number => value !== null);
  if (!set.isBlock) {
    const cells = flattenGrid(grid);
    return [cells.map((cell, i) => parseNumberCell(cell, argument, `peer value ${i + 1}`)).filter((value): value is number => value !== null)];
  }
  if (grid.length !== set.series.length) {
    throw new KpiError({
      code: "invalid_argument",
      argument,
      problem: `has ${grid.length} ${grid.length === 1 ? "row" : "rows"} but values has ${set.series.length} KPIs`,
      fix: "give one row of peer values per KPI, in the same order",
    });
  }
  return grid.map((row, r) => {
    const peers = parseRow(row, `row ${r + 1}, `);
    return peers.length === 0 ? undefined : peers;
  });
}

/**
 * Reads one target per KPI beside `values`: one target for every KPI, or a row or column with one
 * per KPI (a blank one means no target for that KPI).
 *
 * @throws {KpiError} `length_mismatch` when the count does not match the KPIs; `not_a_number` naming the cell
 * @example
 * readTargetPerSeries([[60], [70]], readSeriesSet([[1, 2], [3, 4]], "values", "value")); // => [60, 70]
 */
export function readTargetPerSeries(raw: unknown, set: SeriesSet): (number | null)[] {
  const count = set.series.length;
  return readPerSeries(raw, count, "target", (cell, i) => parseNumberCell(cell, "target", count > 1 ? `target ${i + 1}` : "target"));
}
