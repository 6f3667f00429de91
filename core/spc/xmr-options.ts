import { KpiError } from "../errors";
import { NumberRule, Polarity, checkNumber, readChoice } from "../values";
import { DEFAULT_RUN_LENGTH, DEFAULT_SPC_PROFILE, MIN_POINTS_FOR_LIMITS, RUN_LENGTHS, RunLength, SPC_PROFILES, SpcProfile } from "./constants";

/**
 * The settings of an XmR chart, checked and worded in one place: the chart checks the options it
 * is given with these functions, and the SPC formulas read their arguments with them, so a wrong
 * setting gets the same message either way. Positions are 0-based.
 */
export interface XmrOptions {
  /** Whether higher or lower is better, or neutral. */
  polarity: Polarity;
  /** The target for assurance, if any. */
  target?: number | null;
  /** Fix the mean and limits of each limit group on its first N points (at least 12). */
  baselinePoints?: number;
  /** 0-based positions where a new limit group starts (never automatic). */
  rebase?: readonly number[];
  /** One mark per position: true leaves the period out of every calculation (it keeps its position). */
  exclude?: readonly boolean[];
  /** Rule profile: `MDC` (default) or `NHSR`. */
  profile?: SpcProfile;
  /** Points in a shift or trend: 7 (default) or 6 (MDC only). */
  runLength?: number;
}

/** The options, checked against the series. */
export interface CheckedXmrOptions {
  profile: SpcProfile;
  runLength: RunLength;
  baselinePoints: number | undefined;
  /** 0-based, ascending, each once. */
  rebase: number[];
}

/** What `run_length` may be: 6 or 7, the run lengths the Making Data Count tools offer. */
export const RUN_LENGTH_RULE: NumberRule = {
  min: Math.min(...RUN_LENGTHS),
  max: Math.max(...RUN_LENGTHS),
  integer: true,
  allowed: RUN_LENGTHS.join(" or "),
};

/** What `baseline_points` may be: a whole number of at least 12 (firm limits). */
export const BASELINE_POINTS_RULE: NumberRule = {
  min: MIN_POINTS_FOR_LIMITS,
  integer: true,
  allowed: `a whole number of ${MIN_POINTS_FOR_LIMITS} or more (Making Data Count fixes limits on at least ${MIN_POINTS_FOR_LIMITS} points)`,
};

/**
 * Reads the rule profile (`rules`): `MDC` or `NHSR` in any case, the default when left out.
 *
 * @throws {KpiError} `unknown_option` listing the profiles
 * @example
 * readSpcProfile("nhsr");    // => "NHSR"
 * readSpcProfile(undefined); // => "MDC"
 */
export function readSpcProfile(raw: unknown): SpcProfile {
  return readChoice(raw, "rules", SPC_PROFILES, DEFAULT_SPC_PROFILE);
}

/**
 * Checks a run length (`run_length`): 6 or 7.
 *
 * @throws {KpiError} `out_of_range` or `not_whole_number`
 * @example
 * checkRunLength(6); // => 6
 */
export function checkRunLength(runLength: number): RunLength {
  return checkNumber(runLength, "run_length", RUN_LENGTH_RULE) as RunLength;
}

/**
 * Checks a baseline length (`baseline_points`): a whole number of 12 or more.
 *
 * @throws {KpiError} `out_of_range` or `not_whole_number`
 * @example
 * checkBaselinePoints(12); // => 12
 */
export function checkBaselinePoints(baselinePoints: number): number {
  return checkNumber(baselinePoints, "baseline_points", BASELINE_POINTS_RULE);
}

/**
 * Checks one rebase position, 1-based as users count periods: a whole number from 1 to the number
 * of periods.
 *
 * @param position the position, 1 = the first period
 * @param length the number of periods (cells of values)
 * @throws {KpiError} `not_whole_number` or `out_of_range`, naming the position as the user counts it
 * @example
 * checkRebasePosition(13, 24); // => 13
 */
export function checkRebasePosition(position: number, length: number): number {
  if (!Number.isInteger(position)) throw new KpiError({ code: "not_whole_number", argument: "rebase", value: String(position) });
  if (position < 1 || position > length) {
    throw new KpiError({
      code: "out_of_range",
      argument: "rebase",
      value: String(position),
      allowed: `positions from 1 to ${length} (the cells of values) where a new limit group starts`,
    });
  }
  return position;
}

/**
 * Checks the options of an XmR chart against a series of `length` periods, filling in defaults.
 *
 * @throws {KpiError} `unknown_option`, `out_of_range`, `not_whole_number`, `invalid_argument` or `length_mismatch`
 * @example
 * checkXmrOptions(24, { polarity: "higher", rebase: [12, 12] }); // => { profile: "MDC", runLength: 7, baselinePoints: undefined, rebase: [12] }
 */
export function checkXmrOptions(length: number, options: XmrOptions): CheckedXmrOptions {
  const profile = readSpcProfile(options.profile);
  const runLength = checkRunLength(options.runLength ?? DEFAULT_RUN_LENGTH);
  if (profile === "NHSR" && runLength !== DEFAULT_RUN_LENGTH) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "run_length",
      problem: `${runLength} applies only to the MDC rules (NHSRplotthedots always uses runs of ${DEFAULT_RUN_LENGTH})`,
      fix: `leave it empty or enter ${DEFAULT_RUN_LENGTH} with rules "NHSR", or use rules "MDC"`,
    });
  }
  const baselinePoints = options.baselinePoints === undefined ? undefined : checkBaselinePoints(options.baselinePoints);
  const rebase = [...new Set(options.rebase ?? [])].sort((a, b) => a - b);
  for (const position of rebase) checkRebasePosition(position + 1, length);
  if (options.exclude !== undefined && options.exclude.length !== length) {
    throw new KpiError({
      code: "length_mismatch",
      argument: "exclude",
      other: "values",
      expected: `${length} periods`,
      actual: `${options.exclude.length} periods`,
    });
  }
  return { profile, runLength, baselinePoints, rebase };
}
