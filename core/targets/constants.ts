/**
 * Constants of the target checks, each with its source.
 */

/**
 * Relative tolerance for "equal" when comparing a value with a target, so that 0.1 + 0.2 meets a
 * target of 0.3 as it does on screen (spreadsheets show 15 significant digits).
 */
export const TARGET_COMPARISON_TOLERANCE = 1e-12;
