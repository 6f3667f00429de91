import { KpiError, isKpiError } from "../errors";
import { Grid, cellName, describeShape, flattenGrid, isOmitted, parseNumberCell, toGrid } from "../values";
import { confidenceLevel, isFingertipsPair } from "../benchmark/confidence";
import { CONFIDENCE_95, CONFIDENCE_998 } from "../benchmark/constants";

/**
 * Reading the arguments of the benchmarking and value-for-money formulas: how a value range
 * lines up with a peer range, confidence levels, and naming the cell a bad input came from.
 */

/** Parses every cell of a grid as a number or `null` (missing), naming a bad cell. */
export function readNumberGrid(grid: Grid, argument: string, noun: string): (number | null)[][] {
  return grid.map((row, r) => row.map((cell, c) => parseNumberCell(cell, argument, cellName(noun, grid, r, c))));
}

/** For each cell of the value range, the peer values it is judged against (the same array for the same peers). */
export type PeerLookup = (row: number, column: number) => (number | null)[];

/** A peer range read once and lined up with the values. */
export interface LinedUpPeers {
  /** The peers each cell of the value range is judged against. */
  at: PeerLookup;
  /** Every cell of the peer range, row by row (`null` = missing). */
  all: (number | null)[];
}

/**
 * How a value range lines up with a peer range (the layouts councils hold peer data in):
 * - one value, or a peer range that is a single row or column: every value against the whole peer range;
 * - a column of values (one per KPI or council) and a peer block with the same number of rows:
 *   each value against its own row of peers;
 * - a row of values (our council's row, periods across) or a block of values (councils down,
 *   periods across), and a peer block with the same number of columns: each value against its
 *   column of the peer block (that period's peers).
 *
 * @throws {KpiError} `invalid_argument` when the shapes cannot be lined up; `not_a_number` naming the cell
 * @example
 * lineUpPeers([[5, 6]], [[1, 2], [3, 4]], "value", "peer_values").at(0, 1); // => [2, 4]
 */
export function lineUpPeers(values: Grid, peersRaw: unknown, valueArgument: string, peerArgument: string): LinedUpPeers {
  const peerGrid = toGrid(peersRaw);
  const peers = readNumberGrid(peerGrid, peerArgument, "peer value");
  const rows = values.length;
  const columns = values[0].length;
  const peerRows = peers.length;
  const peerColumns = peers[0].length;
  const all = peers.flat();
  if ((rows === 1 && columns === 1) || peerRows === 1 || peerColumns === 1) return { at: () => all, all };
  if (columns === 1) {
    if (peerRows !== rows) throw mismatch(peerArgument, valueArgument, values, peerGrid, "one row of peers per value");
    return { at: (row) => peers[row], all };
  }
  if (peerColumns !== columns) throw mismatch(peerArgument, valueArgument, values, peerGrid, "one column of peers per period");
  // Each column is gathered once, so every value of a period gets the same array of peers.
  const byColumn: (number | null)[][] = [];
  return { at: (_row, column) => (byColumn[column] ??= peers.map((peerRow) => peerRow[column])), all };
}

function mismatch(argument: string, other: string, values: Grid, peers: Grid, need: string): KpiError {
  return new KpiError({
    code: "invalid_argument",
    argument,
    problem: `(${describeShape(peers)}) does not line up with ${other} (${describeShape(values)})`,
    fix: `give a single row or column shared by every value, or ${need}`,
  });
}

/**
 * Reads a confidence argument: one level (default 0.95; 95 is read as 0.95), or the Fingertips
 * pair of levels 0.95 and 0.998 (as two cells, e.g. `{0.95, 0.998}`), the only pair
 * PHEindicatormethods accepts.
 *
 * @throws {KpiError} `out_of_range` for a level outside (0, 1] that is not a percentage; `invalid_argument` for another pair
 * @example
 * readConfidenceLevels([[95, 99.8]]); // => [0.95, 0.998]
 */
export function readConfidenceLevels(raw: unknown, argument = "confidence"): number[] {
  if (isOmitted(raw)) return [CONFIDENCE_95];
  const cells = flattenGrid(toGrid(raw))
    .map((cell) => parseNumberCell(cell, argument, argument))
    .filter((level): level is number => level !== null);
  const levels = cells.map((level) => confidenceLevel(level, argument));
  if (levels.length === 1) return levels;
  if (isFingertipsPair(levels)) return [CONFIDENCE_95, CONFIDENCE_998];
  throw new KpiError({
    code: "invalid_argument",
    argument,
    problem: `has ${levels.length} levels`,
    fix: "give one level such as 0.95, or the two Fingertips levels 0.95 and 0.998",
  });
}

/**
 * Runs one cell's computation, adding where a bad input came from to the message
 * (`numerator in row 5 is -3, ...`) when the formula covers several cells.
 */
export function atCell<T>(compute: () => T, where: string | undefined): T {
  try {
    return compute();
  } catch (error) {
    if (where !== undefined && isKpiError(error) && error.issue.code === "invalid_argument") {
      throw new KpiError({ ...error.issue, argument: `${error.issue.argument} ${where}` });
    }
    throw error;
  }
}

/** How a cell of a range is located in messages: `in row 5`, or `in row 2, column 3` in a block; none for a single cell. */
export function whereIs(grid: Grid, row: number, column: number): string | undefined {
  const rows = grid.length;
  const columns = grid[0].length;
  if (rows === 1 && columns === 1) return undefined;
  if (rows > 1 && columns > 1) return `in row ${row + 1}, column ${column + 1}`;
  return rows > 1 ? `in row ${row + 1}` : `in column ${column + 1}`;
}

/** True for a range of one cell (a single-value call, which says what is missing rather than leaving a blank). */
export function isSingleCell(grid: Grid): boolean {
  return grid.length === 1 && grid[0].length === 1;
}

/**
 * The comparator on the scale of a proportion of 1, checked (run it inside `atCell`, which says where).
 *
 * @throws {KpiError} `invalid_argument` for a negative comparator or one above per
 * @example
 * proportionComparator(80, 100); // => 0.8
 */
export function proportionComparator(comparator: number, per: number): number {
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
