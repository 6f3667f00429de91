/**
 * Constants of the trend methods, each with its source.
 */

/** Significance level of the direction-of-travel test unless the user gives one (FUNCTIONS.md, KPI.DIRECTION). */
export const DEFAULT_ALPHA = 0.05;

/** Fewest values for which Mann-Kendall reports S, tau, z and p (FUNCTIONS.md, KPI.MANNKENDALL). */
export const MIN_POINTS_MANN_KENDALL = 3;

/** Fewest values for a direction-of-travel judgement (FUNCTIONS.md, KPI.DIRECTION). */
export const MIN_POINTS_DIRECTION = 5;

/** Fewest values for Sen's slope (FUNCTIONS.md, KPI.SENSLOPE). */
export const MIN_POINTS_SEN_SLOPE = 2;

/**
 * Largest series for which the exact distribution of Kendall's S is used when there are no ties
 * (Kendall 1975, Rank Correlation Methods; tabulated exact probabilities for n <= 10). Above it,
 * or with ties, the normal approximation with continuity correction is used.
 */
export const MAX_POINTS_EXACT_KENDALL = 10;
