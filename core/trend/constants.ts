/**
 * Constants of the trend methods, each with its source.
 */

/** Significance level of the direction-of-travel test unless the user gives one (docs/FORMULAS.md, KPI.DIRECTION). */
export const DEFAULT_ALPHA = 0.05;

/** Fewest values for which Mann-Kendall reports S, tau, z and p (docs/FORMULA-CONVENTIONS.md, "Trend and direction of travel"). */
export const MIN_POINTS_MANN_KENDALL = 3;

/** Fewest values for a direction-of-travel judgement (docs/FORMULAS.md, KPI.DIRECTION). */
export const MIN_POINTS_DIRECTION = 5;

/** Fewest values for Sen's slope (docs/FORMULA-CONVENTIONS.md, "Trend and direction of travel"). */
export const MIN_POINTS_SEN_SLOPE = 2;

/**
 * Largest series for which the exact distribution of Kendall's S is used when there are no ties
 * (Kendall 1975, Rank Correlation Methods; tabulated exact probabilities for n <= 10). Above it,
 * or with ties, the normal approximation with continuity correction is used.
 */
export const MAX_POINTS_EXACT_KENDALL = 10;

/** Fewest values for KPI.ONTRACK: a least-squares line with 2 residual degrees of freedom (docs/FORMULAS.md, KPI.ONTRACK). */
export const MIN_POINTS_ON_TRACK = 4;

/**
 * Fewest values for a least-squares fit with a residual standard deviation: the residual variance
 * RSS / (n - 2) needs at least one degree of freedom.
 */
export const MIN_POINTS_LEAST_SQUARES = 3;

/** Two-sided coverage of the prediction interval KPI.ONTRACK judges against the target (docs/FORMULAS.md, KPI.ONTRACK: 80%). */
export const ON_TRACK_PREDICTION_LEVEL = 0.8;

/**
 * Number of most recent annual points the Fingertips recent-trend marker uses (OHID Fingertips
 * technical guidance, "Trend markers": "the most recent five indicator values"; fingertips-open
 * `TrendMarkerCalculator.PointsToUse = 5`).
 */
export const RECENT_TREND_POINTS = 5;

/**
 * Critical value of the chi-squared test for trend: chi-squared with 1 degree of freedom at 99.8%
 * (Excel `=CHIINV(0.002,1)`), as fingertips-open `TrendMarkerCalculator.ChiSquareConfidence`.
 */
export const RECENT_TREND_CHI_SQUARED_THRESHOLD = 9.54953570608324;

/**
 * Most pairwise slopes Sen's slope stores at once (2^20, 8 MB; about 1,450 points). Longer series
 * find the median by randomised selection in passes over the pairs instead of storing them all.
 */
export const PAIRS_STORED_FOR_SEN_SLOPE = 1_048_576;

/**
 * Most pairwise slopes kept in one buffer from one Sen's slope to the next (2^15, 256 KB; series
 * of up to 256 points), so that a column of short KPIs does not allocate a buffer for each.
 */
export const PAIRS_REUSED_FOR_SEN_SLOPE = 32_768;

/** Size of the random sample of slopes that brackets the median in each selection pass. */
export const SEN_SLOPE_PIVOT_SAMPLE = 40_000;
