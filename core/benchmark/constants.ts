/**
 * Constants of the benchmarking methods, each with its source.
 */

/** The usual confidence level of a Fingertips interval (two-sided 95%, "2 sigma"). */
export const CONFIDENCE_95 = 0.95;

/** Fingertips' second level (two-sided 99.8%, "3 sigma"), used for the Best / Worst distinction. */
export const CONFIDENCE_998 = 0.998;

/**
 * Below this many events a rate's interval uses exact Poisson limits instead of Byar's
 * approximation (PHEindicatormethods `phe_rate` and `byars_lower/upper`; Fingertips technical guidance).
 */
export const EXACT_POISSON_BELOW = 10;

/** Default `per` of a rate: per 100,000 population (Fingertips, PHEindicatormethods `multiplier`). */
export const DEFAULT_RATE_PER = 100000;

/** Default `per` of a proportion: a proportion of 1 (PHEindicatormethods `multiplier = 1`); 100 gives percentages. */
export const DEFAULT_PROPORTION_PER = 1;

/**
 * Confidence levels entered as percentages (95, 99.8) are read as fractions, as
 * PHEindicatormethods does: it accepts 0.9 to 1 and 90 to 100. We accept any level in (0, 1] and
 * percentages from this value up to 100.
 */
export const SMALLEST_PERCENTAGE_LEVEL = 50;

/**
 * Precision of the bisection that inverts the exact Poisson limits for rate funnels: the count on
 * the limit is found to this relative accuracy (PHEindicatormethods `poisson_funnel` stops at
 * 1e-7 on its transformed scale, about 1e-6 relative; this is finer).
 */
export const FUNNEL_BISECTION_TOLERANCE = 1e-11;

/**
 * Fewest peer values for a peer median, a rank or a quartile to mean anything (a quartile of three
 * councils is a single council). LG Inform shows quartiles for groups of 4 or more. The benchmark,
 * the target checks and the narrative all read this one number.
 */
export const MIN_PEERS = 4;

/** The quartile cut points of QUARTILE.INC (Excel) and R type 7: lower quartile, median, upper quartile. */
export const QUARTILE_PROBABILITIES = [0.25, 0.5, 0.75] as const;

/**
 * The quantile groups KPI.QUANTILE offers, as LG Inform Plus does: quartiles, quintiles (Fingertips'
 * `QuintilesComparer`) and deciles. The cut points are at k / groups, as QUARTILE.INC puts them.
 */
export const QUANTILE_GROUP_COUNTS = [4, 5, 10] as const;

/**
 * Decimal places the quantile cut points are rounded to, as Fingertips does ("Correct for double
 * calculation artifacts, e.g. 30.8 returned as 30.8000000000000000006": `ValueCategoriesCalculator`).
 */
export const QUANTILE_CUT_DECIMALS = 10;
