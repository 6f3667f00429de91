import { KpiError, isKpiError } from "../errors";
import { Series, SeriesSet } from "../values";
import { ResultCell, ResultGrid } from "./types";

/**
 * Runs a per-series computation over every series of a `values` argument and lays out the results:
 * one row per series (docs/FORMULA-CONVENTIONS.md, "Blocks"). A single series whose data are too few rethrows the
 * `too_few_points` error (Excel `#N/A` with the reason); in a block that row is left empty.
 *
 * @param compute gives the result cells of one series
 * @param width number of cells per result row (for the empty row)
 * @example
 * resultPerSeries(readSeriesSet([[1, 2], [3, 4]], "values", "value"), (s) => [s.length], 1); // => [[2], [2]]
 */
export function resultPerSeries(
  set: SeriesSet,
  compute: (series: Series, index: number) => ResultCell[],
  width: number,
  seriesList: Series[] = set.series,
): ResultGrid {
  if (!set.isBlock) return [compute(seriesList[0], 0)];
  return seriesList.map((series, index) => {
    try {
      return compute(series, index);
    } catch (error) {
      if (isKpiError(error) && error.kind === "data") return new Array<ResultCell>(width).fill("");
      throw error;
    }
  });
}

/**
 * Runs a label computation per series, where too little data is a label, not an error.
 *
 * @example
 * labelPerSeries(set, (series) => "Improving", "Not enough data");
 */
export function labelPerSeries(
  set: SeriesSet,
  compute: (series: Series, index: number) => string,
  notEnoughData: string,
  seriesList: Series[] = set.series,
): ResultGrid {
  return seriesList.map((series, index) => {
    try {
      return [compute(series, index)];
    } catch (error) {
      if (isKpiError(error) && error.kind === "data") return [notEnoughData];
      throw error;
    }
  });
}

/**
 * Replaces anything a cell cannot show honestly (NaN, Infinity, undefined) with an empty cell.
 * Core computations should never produce these; this is the last guard before a host.
 */
export function sanitiseGrid(grid: ResultGrid): ResultGrid {
  return grid.map((row) =>
    row.map((cell) => (typeof cell === "number" ? (Number.isFinite(cell) ? cell : "") : typeof cell === "string" ? cell : "")),
  );
}

/** Throws the `too_few_points` error when a numeric result has no data at all. */
export function requireData(count: number, needed: number, argument = "values"): void {
  if (count < needed) throw new KpiError({ code: "too_few_points", argument, needed, actual: count });
}
