/**
 * How figures over several periods are combined into one: the year-to-date and rolling figures of
 * KPI.YTD and KPI.ROLLING, and the year to date of the analysis (docs/FORMULA-CONVENTIONS.md,
 * "Year to date and rolling figures").
 */

/**
 * - `sum`: the total, for counts (homes built, complaints received);
 * - `mean`: the average of the periods' figures, for a rate or percentage given without its counts;
 * - `last`: the latest period's figure, for a position at a point in time (children looked after);
 * - `ratio`: the sum of the numerators over the sum of the denominators, so that a year-to-date
 *   percentage is never a mean of monthly percentages.
 */
export const AGGREGATE_METHODS = ["sum", "mean", "last", "ratio"] as const;

export type AggregateMethod = (typeof AGGREGATE_METHODS)[number];

/** The methods of a rolling figure: a rolling "last" would be the value itself. */
export const ROLLING_METHODS = ["sum", "mean", "ratio"] as const satisfies readonly AggregateMethod[];

export type RollingMethod = (typeof ROLLING_METHODS)[number];

/** A running total of some periods, combined by a method. */
export interface Tally {
  /** Sum of the values (the numerators for `ratio`). */
  sum: number;
  /** Sum of the denominators (`ratio` only). */
  denominator: number;
  /** Periods counted. */
  count: number;
}

/**
 * The figure of a tally by a method (`last` is not a tally: it is the latest value), or `null`
 * for a ratio over a total denominator of 0.
 *
 * @example
 * tallyFigure({ sum: 30, denominator: 40, count: 3 }, "ratio"); // => 0.75
 * tallyFigure({ sum: 30, denominator: 0, count: 3 }, "mean");   // => 10
 */
export function tallyFigure(tally: Tally, method: Exclude<AggregateMethod, "last">): number | null {
  if (method === "sum") return tally.sum;
  if (method === "mean") return tally.sum / tally.count;
  return tally.denominator === 0 ? null : tally.sum / tally.denominator;
}
