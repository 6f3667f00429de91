/**
 * Constants of the combined analysis, each with its source.
 */

/** Significance level of the direction-of-travel test unless the caller gives one (docs/FORMULAS.md, KPI.DIRECTION). */
export const DEFAULT_ANALYSIS_ALPHA = 0.05;

/** Fewest values for a direction-of-travel judgement (docs/FORMULAS.md, KPI.DIRECTION). */
export const MIN_POINTS_FOR_DIRECTION = 5;

/** Fewest peer values for a rank, quartile and percentile to be reported (as the target checks). */
export const MIN_PEERS_FOR_BENCHMARK = 4;

/** Confidence level of the interval around the latest value of a proportion (Fingertips shows 95%). */
export const INTERVAL_CONFIDENCE = 0.95;
