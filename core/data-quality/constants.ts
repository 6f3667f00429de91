/**
 * Constants of the data-quality checks (KPI.DATACHECK), each with its source or reasoning
 * (docs/FORMULA-CONVENTIONS.md, "Data quality").
 */

/**
 * Likely keying error, the spike-and-return test, first part: a value at least this many times
 * both its neighbours (the present values just before and just after it), or at most this
 * fraction of them, so the series jumps and the next value returns. A decimal point one place
 * out, or a digit too many or too few, multiplies a figure by 10 (or 0.1); a true value within a
 * factor of 2 of its neighbours still shows as 5 times them (10 / 2) after the slip, while a real
 * change would have to multiply the figure by 5 and undo itself the next period.
 */
export const KEYING_ERROR_RATIO = 5;

/**
 * Likely keying error, second part: the value lies far outside the rest of the series, its
 * modified z-score on the log scale above 3.5, the cut-off Iglewicz and Hoaglin recommend for
 * outliers (B. Iglewicz and D. C. Hoaglin, "How to Detect and Handle Outliers", ASQC, 1993). The
 * log scale makes ten times and a tenth equally far; a series that swings widely anyway (small
 * counts, a volatile measure) has a wide spread, so a swing of the usual size is not flagged.
 */
export const KEYING_ERROR_MODIFIED_Z = 3.5;

/**
 * The modified z-score's constant, 0.6745 (the normal distribution's upper quartile), which
 * makes the median absolute deviation comparable with a standard deviation (Iglewicz and Hoaglin,
 * 1993): M = 0.6745 × (x − median) / MAD.
 */
export const MODIFIED_Z_CONSTANT = 0.6745;

/**
 * Percentage out of range: a percentage is read as fractions of 1 (a cell formatted as % holds
 * 0.724 for 72.4%) when most of its positive values are at most 1 and every value above 1 is at
 * least this many times the largest of them: a percentage typed among fractions is 100 times its
 * fraction (72.4 among 0.724s). A low percentage (0.9%, 1.1%, 1.4% of rent lost to voids) has its
 * values above 1 close to those below, so it is read as a percentage, and 1.1 is not out of range.
 */
export const FRACTION_SLIP_RATIO = 10;

/**
 * Figure rolled forward: the same value in this many present periods in a row or more (three
 * repeats), the yardstick of a stale target (STALE_TARGET_PERIODS). Runs at 0, and at 100% (or 1)
 * for a percentage, are left alone: a figure held at its floor or ceiling is often real.
 */
export const ROLLED_FORWARD_PERIODS = 4;

/**
 * Denominator jump: a denominator that grows or shrinks by more than this share of itself from
 * one present period to the next (to over 1.5 times, or under half). A population or caseload
 * rarely changes by half in a period; such a change usually means the definition, the boundary
 * or the recording changed, which the LGA guide asks scrutiny to look for ("the definition of
 * metrics", "changes to the way crimes were recorded").
 */
export const DENOMINATOR_CHANGE_SHARE = 0.5;

/**
 * Relative slack for the range checks, so a percentage computed as 100.00000000001 by floating
 * point is not "above 100" (spreadsheets show 15 significant digits).
 */
export const RANGE_SLACK = 1e-12;

/** How many occurrences one finding's sentence names before it says how many more there are. */
export const MAX_LISTED = 3;
