/**
 * Constants of the target checks, each with its source.
 */

/**
 * Relative tolerance for "equal" when comparing a value with a target, so that 0.1 + 0.2 meets a
 * target of 0.3 as it does on screen (spreadsheets show 15 significant digits).
 */
export const TARGET_COMPARISON_TOLERANCE = 1e-12;

/**
 * Soft target: the most recent periods looked at (two years of quarters). "Met every recent
 * period" is judged on the last SOFT_TARGET_WINDOW periods that have both a value and a target.
 */
export const SOFT_TARGET_WINDOW = 8;

/** Soft target: fewest periods with a value and a target before "met every period" means anything. */
export const SOFT_TARGET_MIN_PERIODS = 4;

/**
 * Soft target: "room to spare" means the average margin by which the target was met is at least
 * this many times the KPI's typical change from one period to the next (its mean moving range,
 * the same measure of routine variation as an XmR chart, Making Data Count). A target met by more
 * than the usual period-to-period wobble would still be met after an ordinary bad period.
 */
export const SOFT_TARGET_MARGIN_IN_MOVING_RANGES = 1;

/**
 * Unrealistic target: fewest values before the best improvement seen between two periods is a
 * fair yardstick (three changes between four values).
 */
export const UNREALISTIC_MIN_VALUES = 4;

/**
 * Stale target: a target given per period that has not changed for this many periods or more;
 * with months or quarters, for this many years of them, since a yearly target is repeated through
 * its year (docs/FORMULA-CONVENTIONS.md, "Targets").
 */
export const STALE_TARGET_PERIODS = 4;

/**
 * Target asks for decline: the target must be worse than each of this many latest values, so that
 * one unusually good period alone does not raise the finding.
 */
export const DECLINE_RECENT_PERIODS = 3;

/** Deadline bunching: the last window is a quarter of the deadline unless the user gives one (docs/FORMULAS.md, KPI.DEADLINE). */
export const DEFAULT_DEADLINE_WINDOW_SHARE = 0.25;

/**
 * Deadline bunching: the one-sided exact binomial test must reject an even spread at this level.
 */
export const DEADLINE_ALPHA = 0.05;

/**
 * Deadline bunching: besides being significant, the share in the final window must be at least
 * this many times what an even spread gives. With thousands of cases a test finds trivial
 * differences significant; a half again as many cases as expected is a pattern worth asking about.
 */
export const BUNCHING_MIN_RATIO = 1.5;

/** Deadline bunching: fewest cases decided within the deadline before a verdict is given. */
export const DEADLINE_MIN_CASES = 10;
