import { KpiError } from "../errors";
import { ASSURANCE_LABELS, EXCLUDED_LABEL, NOT_ENOUGH_DATA, SPC_RULE_LABELS } from "../labels";
import { Polarity, Series } from "../values";
import { assuranceLabel } from "./assurance-label";
import {
  DEFAULT_RUN_LENGTH,
  DEFAULT_SPC_PROFILE,
  MIN_POINTS_FOR_ANY_LIMITS,
  MIN_POINTS_FOR_LIMITS,
  RUN_LENGTHS,
  RunLength,
  SPC_PROFILES,
  SpcProfile,
} from "./constants";
import { outsideLimits } from "./rules/outside-limits";
import { shift } from "./rules/shift";
import { sideOfMean } from "./rules/side-of-mean";
import { trendDirection, trendRun } from "./rules/trend-run";
import { twoOfThree } from "./rules/two-of-three";
import { variationLabel } from "./variation-label";
import { XmrLimits, xmrLimits } from "./xmr-limits";

/** Settings of an XmR chart. Positions are 0-based. */
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

/** One period of the chart. */
export interface XmrPoint {
  /** 0-based position in the series. */
  position: number;
  /** The value, or null where the cell is missing. */
  value: number | null;
  /** True when the period was left out with `exclude`. */
  excluded: boolean;
  /** Centre line, lower and upper process limit of the point's limit group. */
  mean: number;
  lower: number;
  upper: number;
  /** The rules the point breaks, in precedence order: `Outside limits`, `Trend`, `Two of three`, `Shift`. */
  rules: string[];
  /** The point's variation label; `Excluded` for an excluded point; undefined where the value is missing. */
  variation: string | undefined;
  /** Index of the point's limit group (0 before the first rebase). */
  group: number;
}

/** One limit group: the whole series, or the part from one rebase position to the next. */
export interface XmrGroup extends XmrLimits {
  /** First and last position (0-based) of the group. */
  start: number;
  end: number;
  /** Values used for the rules (present and not excluded). */
  used: number;
  /** True when the limits rest on fewer than 12 points. */
  trialLimits: boolean;
  /** Assurance of this group against the target (`Not enough data` for trial limits). */
  assurance: string;
}

/** An XmR chart with its rules applied, and the profile that made it. */
export interface XmrChart {
  profile: SpcProfile;
  runLength: RunLength;
  points: XmrPoint[];
  groups: XmrGroup[];
  /** Variation label of the last present point; `Not enough data` when its limits are trial limits. */
  variation: string;
  /** Assurance at the last present point; `No target`, or `Not enough data` for trial limits. */
  assurance: string;
  /** True when the limits at the last present point rest on fewer than 12 points. */
  trialLimits: boolean;
  /** Plain-English notes on weak but valid input (trial limits, a baseline longer than the data). */
  warnings: string[];
}

/**
 * An XmR (individuals) chart as NHS England's Making Data Count builds it: mean, moving ranges and
 * process limits for each limit group, the four special-cause rules (outside limits, trend, two of
 * three, shift) and each point's variation, under a named rule profile (SPC.md): `MDC`
 * reproduces the Making Data Count Excel tools, `NHSR` the R package NHSRplotthedots 0.2.x.
 *
 * Missing values are skipped (moving ranges join consecutive present points); excluded periods keep
 * their position but take no part in means, limits, moving ranges or rules. Rebase positions start
 * new limit groups; a baseline fixes each group's mean and limits on its first N usable points
 * (present and not excluded; NHSRplotthedots counts rows, which differs only when the baseline has gaps).
 * Cost: O(n).
 *
 * @param series the values in time order (`null` = missing)
 * @param options polarity, target, baseline, rebase positions, exclusions, profile and run length
 * @returns the points with their limits, rules and labels, the limit groups and the two icons
 * @throws {KpiError} `too_few_points` with fewer than 2 usable values; `out_of_range`,
 * `not_whole_number`, `unknown_option`, `invalid_argument` or `length_mismatch` for bad options
 * @example
 * const chart = xmrChart([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { polarity: "higher" });
 * chart.groups[0].upper;    // => 6.951503 (MDC: no moving-range screening)
 * chart.points[4].rules;    // => ["Outside limits"]
 * chart.variation;          // => "Common cause"
 */
export function xmrChart(series: Series, options: XmrOptions): XmrChart {
  const settings = checkOptions(series.length, options);
  const { profile, runLength, baselinePoints } = settings;
  const excluded = series.map((_, i) => options.exclude?.[i] === true);
  const usable = series.map((value, i) => value !== null && !excluded[i]);
  const usableCount = usable.filter(Boolean).length;
  if (usableCount < MIN_POINTS_FOR_ANY_LIMITS) {
    throw new KpiError({ code: "too_few_points", argument: "values", needed: MIN_POINTS_FOR_ANY_LIMITS, actual: usableCount });
  }

  const starts = [0, ...settings.rebase.filter((position) => position > 0)];
  const points: XmrPoint[] = [];
  const groups: XmrGroup[] = [];
  const warnings: string[] = [];

  starts.forEach((start, groupIndex) => {
    const end = groupIndex + 1 < starts.length ? starts[groupIndex + 1] - 1 : series.length - 1;
    const positions: number[] = [];
    for (let i = start; i <= end; i++) if (usable[i]) positions.push(i);
    const values = positions.map((i) => series[i] as number);
    const periods = `periods ${start + 1} to ${end + 1}`;
    if (values.length < MIN_POINTS_FOR_ANY_LIMITS) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "rebase",
        problem: `gives a limit group (${periods}) with ${values.length === 0 ? "no values" : "only 1 value"}`,
        fix: `each limit group needs at least ${MIN_POINTS_FOR_ANY_LIMITS} values (${MIN_POINTS_FOR_LIMITS} for firm limits); move or remove a rebase position`,
      });
    }
    const baseline = baselinePoints === undefined ? values : values.slice(0, baselinePoints);
    if (baselinePoints !== undefined && values.length < baselinePoints) {
      warnings.push(`baseline_points is ${baselinePoints} but ${periods} have ${values.length} values; all of them set the limits.`);
    }
    const limits = xmrLimits(baseline, profile === "NHSR");
    const trialLimits = limits.points < MIN_POINTS_FOR_LIMITS;
    if (trialLimits) {
      warnings.push(
        `The limits of ${periods} rest on ${limits.points} points: they are trial limits until there are ${MIN_POINTS_FOR_LIMITS}.`,
      );
    }
    const assurance = groupAssurance(options.target, limits, options.polarity, trialLimits);
    // Named fields rather than `...limits`: a spread with fields after it is slow in V8.
    groups.push({
      mean: limits.mean,
      movingRangeMean: limits.movingRangeMean,
      lower: limits.lower,
      upper: limits.upper,
      nearLower: limits.nearLower,
      nearUpper: limits.nearUpper,
      points: limits.points,
      screenedOut: limits.screenedOut,
      start,
      end,
      used: values.length,
      trialLimits,
      assurance,
    });

    const found = applyRules(values, limits, profile, runLength);
    // positions ascend, so the next usable point's index walks along with i.
    let next = 0;
    for (let i = start; i <= end; i++) {
      const k = positions[next] === i ? next++ : undefined;
      const point: XmrPoint = {
        position: i,
        value: series[i],
        excluded: excluded[i],
        mean: limits.mean,
        lower: limits.lower,
        upper: limits.upper,
        rules: [],
        variation: undefined,
        group: groupIndex,
      };
      if (k !== undefined) {
        point.rules = found[k].rules;
        point.variation = variationLabel(found[k].directions, options.polarity, profile);
      } else if (series[i] !== null) {
        point.variation = EXCLUDED_LABEL;
      }
      points.push(point);
    }
  });

  const last = points.filter((point) => usable[point.position]).pop() as XmrPoint;
  const lastGroup = groups[last.group];
  return {
    profile,
    runLength,
    points,
    groups,
    variation: lastGroup.trialLimits ? NOT_ENOUGH_DATA : (last.variation as string),
    assurance: lastGroup.assurance,
    trialLimits: lastGroup.trialLimits,
    warnings,
  };
}

/** The rules one point breaks, with the direction each points in, in precedence order. */
interface PointRules {
  rules: string[];
  directions: number[];
}

/** Applies the four rules to the usable points of one limit group. */
function applyRules(values: number[], limits: XmrLimits, profile: SpcProfile, runLength: number): PointRules[] {
  const sides = sideOfMean(values, limits.mean);
  const outside = outsideLimits(values, limits.lower, limits.upper);
  const beyondBand = values.map((value) => value > limits.nearUpper || value < limits.nearLower);
  // NHSR: only points between the band and the limit count; MDC (Nov 2023): points beyond the limits count too.
  const near = profile === "NHSR" ? beyondBand.map((beyond, i) => beyond && outside[i] === 0) : beyondBand;
  const inTwoOfThree = twoOfThree(near, sides);
  const inShift = shift(sides, runLength);
  const trends = trendRun(values, runLength);
  const inTrend = trends.rising.map((rising, i) => rising || trends.falling[i]);
  const nhsrTrend = trendDirection(values, inTrend);

  return values.map((_, i) => {
    const rules: string[] = [];
    const directions: number[] = [];
    if (outside[i] !== 0) {
      rules.push(SPC_RULE_LABELS.outsideLimits);
      directions.push(outside[i]);
    }
    if (inTrend[i]) {
      rules.push(SPC_RULE_LABELS.trend);
      if (profile === "NHSR") directions.push(nhsrTrend[i]);
      else {
        if (trends.rising[i]) directions.push(1);
        if (trends.falling[i]) directions.push(-1);
      }
    }
    if (inTwoOfThree[i]) {
      rules.push(SPC_RULE_LABELS.twoOfThree);
      directions.push(sides[i]);
    }
    if (inShift[i]) {
      rules.push(SPC_RULE_LABELS.shift);
      directions.push(sides[i]);
    }
    return { rules, directions };
  });
}

function groupAssurance(target: number | null | undefined, limits: XmrLimits, polarity: Polarity, trialLimits: boolean): string {
  const label = assuranceLabel(target, limits, polarity);
  if (label === ASSURANCE_LABELS.noTarget) return label;
  return trialLimits ? NOT_ENOUGH_DATA : label;
}

/** The options, checked against the series (parse, then check against the data). */
interface CheckedOptions {
  profile: SpcProfile;
  runLength: RunLength;
  baselinePoints: number | undefined;
  rebase: number[];
}

function checkOptions(length: number, options: XmrOptions): CheckedOptions {
  const profile = options.profile ?? DEFAULT_SPC_PROFILE;
  if (!SPC_PROFILES.includes(profile)) {
    throw new KpiError({ code: "unknown_option", argument: "rules", text: `"${String(profile)}"`, allowed: SPC_PROFILES });
  }
  const runLength = options.runLength ?? DEFAULT_RUN_LENGTH;
  if (!RUN_LENGTHS.includes(runLength as RunLength)) {
    throw new KpiError({ code: "out_of_range", argument: "run_length", value: String(runLength), allowed: RUN_LENGTHS.join(" or ") });
  }
  if (profile === "NHSR" && runLength !== DEFAULT_RUN_LENGTH) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "run_length",
      problem: `${runLength} applies only to the MDC rules (NHSRplotthedots always uses runs of ${DEFAULT_RUN_LENGTH})`,
      fix: `leave it empty or enter ${DEFAULT_RUN_LENGTH} with rules "NHSR", or use rules "MDC"`,
    });
  }
  const baselinePoints = options.baselinePoints;
  if (baselinePoints !== undefined) {
    if (!(baselinePoints >= MIN_POINTS_FOR_LIMITS)) {
      throw new KpiError({
        code: "out_of_range",
        argument: "baseline_points",
        value: String(baselinePoints),
        allowed: `a whole number of ${MIN_POINTS_FOR_LIMITS} or more (Making Data Count fixes limits on at least ${MIN_POINTS_FOR_LIMITS} points)`,
      });
    }
    if (!Number.isInteger(baselinePoints)) {
      throw new KpiError({ code: "not_whole_number", argument: "baseline_points", value: String(baselinePoints) });
    }
  }
  const rebase = [...new Set(options.rebase ?? [])].sort((a, b) => a - b);
  for (const position of rebase) {
    if (!Number.isInteger(position)) {
      throw new KpiError({ code: "not_whole_number", argument: "rebase", value: String(position + 1) });
    }
    if (position < 0 || position >= length) {
      throw new KpiError({
        code: "out_of_range",
        argument: "rebase",
        value: String(position + 1),
        allowed: `positions from 1 to ${length} (the cells of values) where a new limit group starts`,
      });
    }
  }
  if (options.exclude !== undefined && options.exclude.length !== length) {
    throw new KpiError({
      code: "length_mismatch",
      argument: "exclude",
      other: "values",
      expected: `${length} periods`,
      actual: `${options.exclude.length} periods`,
    });
  }
  return { profile, runLength: runLength as RunLength, baselinePoints, rebase };
}
