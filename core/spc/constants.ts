/**
 * Constants of statistical process control, each with its source. Messages, defaults and the
 * rules import them from here, so the method has one source of truth.
 *
 * Sources: NHS England, Making Data Count ("Making data count: strengthening your decisions",
 * 2019, and the Making Data Count SPC Excel tools); NHSRplotthedots 0.2.2
 * (R/ptd_spc_standard.R, R/ptd_calculate_point_type.R, R/ptd_spc_options.R).
 */

/**
 * Process limits sit this many mean moving ranges either side of the mean: 3 / d2 with d2 = 1.128
 * for ranges of two points, rounded as Making Data Count and NHSRplotthedots round it
 * (`limit <- 2.66` in ptd_spc_standard.R).
 */
export const XMR_LIMIT_SCALE = 2.66;

/**
 * The "near a limit" band of the two-of-three rule: two thirds of the way from the mean to a
 * limit, i.e. two sigma (`limitclose <- 2 * (limit / 3)` in ptd_spc_standard.R).
 */
export const NEAR_LIMIT_SCALE = (2 / 3) * XMR_LIMIT_SCALE;

/**
 * Moving-range screening of the NHSR profile: a moving range at least this many times the mean
 * moving range is dropped and the mean recomputed once (D4 = 3.267 for n = 2; NHSRplotthedots
 * `screen_outliers = TRUE`, its default). The Making Data Count Excel tools do not screen.
 */
export const MOVING_RANGE_SCREEN = 3.267;

/**
 * Fewest points for firm limits: with fewer, limits are trial limits (Making Data Count guidance;
 * NHSRplotthedots refuses `fix_after_n_points` below 12). A fixed baseline must be at least this long,
 * and assurance, and the target checks that read the limits, need this many points.
 */
export const MIN_POINTS_FOR_LIMITS = 12;

/** Fewest points from which a mean moving range, and so any limits, can be computed. */
export const MIN_POINTS_FOR_ANY_LIMITS = 2;

/** Run length of the shift and trend rules in NHSRplotthedots and by default in Making Data Count. */
export const DEFAULT_RUN_LENGTH = 7;

/** Run lengths the Making Data Count Excel tools offer for the shift and trend rules. */
export const RUN_LENGTHS: readonly RunLength[] = [6, 7];

/** A run length of the shift and trend rules. */
export type RunLength = 6 | 7;

/** Points in the window of the two-of-three rule, and how many of them must be near a limit. */
export const TWO_OF_THREE_WINDOW = 3;
export const TWO_OF_THREE_NEEDED = 2;

/**
 * The named rule profiles (docs/SPC.md, "Profiles"): `MDC` reproduces the NHS Making Data Count Excel
 * tools (no screening, two-of-three counts points beyond the limits, run of 6 or 7, improvement
 * shown when rules disagree); `NHSR` reproduces NHSRplotthedots 0.2.x (screening, two-of-three
 * only between the band and the limit, run of 7, the rule first in precedence decides).
 */
export type SpcProfile = "MDC" | "NHSR";

/** The profiles, in the order messages list them; the first is the default. */
export const SPC_PROFILES: readonly SpcProfile[] = ["MDC", "NHSR"];

/** The profile used when none is given. */
export const DEFAULT_SPC_PROFILE: SpcProfile = "MDC";
