import { KpiError } from "../errors";
import { ASSURANCE_LABELS, EXCLUDED_LABEL, NOT_ENOUGH_DATA } from "../labels";
import { Polarity, Series } from "../values";
import { assuranceLabel } from "./assurance-label";
import { MIN_POINTS_FOR_ANY_LIMITS, MIN_POINTS_FOR_LIMITS, RunLength, SpcProfile } from "./constants";
import { sideOfMean } from "./rules/side-of-mean";
import { RuleGroup } from "./rules/spc-rule";
import { SPC_RULES } from "./rules/table";
import { variationLabel } from "./variation-label";
import { XmrLimits, xmrLimits } from "./xmr-limits";
import { XmrOptions, checkXmrOptions } from "./xmr-options";

export type { XmrOptions } from "./xmr-options";

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
 * process limits for each limit group, the special-cause rules of `SPC_RULES` (outside limits,
 * trend, two of three, shift) and each point's variation, under a named rule profile (docs/SPC.md, "Profiles"): `MDC`
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
  const settings = checkXmrOptions(series.length, options);
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

/** Applies the rules of `SPC_RULES`, in precedence order, to the usable points of one limit group. */
function applyRules(values: number[], limits: XmrLimits, profile: SpcProfile, runLength: number): PointRules[] {
  const group: RuleGroup = { values, limits, profile, runLength, sides: sideOfMean(values, limits.mean) };
  const marks = SPC_RULES.map((rule) => rule.mark(group));
  return values.map((_, i) => {
    const rules: string[] = [];
    const directions: number[] = [];
    SPC_RULES.forEach((rule, r) => {
      let broken = false;
      for (const directionOf of marks[r]) {
        if (directionOf[i] !== 0) {
          directions.push(directionOf[i]);
          broken = true;
        }
      }
      if (broken) rules.push(rule.label);
    });
    return { rules, directions };
  });
}

function groupAssurance(target: number | null | undefined, limits: XmrLimits, polarity: Polarity, trialLimits: boolean): string {
  const label = assuranceLabel(target, limits, polarity);
  if (label === ASSURANCE_LABELS.noTarget) return label;
  return trialLimits ? NOT_ENOUGH_DATA : label;
}
