import { CONFIDENCE_95 } from "../benchmark/constants";
import { describeIssue, isKpiError } from "../errors";
import { SII_MAX_QUANTILES, SII_MIN_QUANTILES } from "../public-health/constants";
import { slopeIndexOfInequality } from "../public-health/slope-index-of-inequality";
import { Unit, formatValue } from "../values/units";
import { InequalityChange, InequalityPoint, InequalitySummary, QuantilePeriod } from "./inequality-types";
import { InequalityScale, inequalityScaleOf } from "./inequality-value-type";

/** How many names a message lists before "and 3 more". */
const NAMES_IN_A_MESSAGE = 3;

/** The name of quantile `i` of a period: its label as written, else "quantile 3". */
function nameOf(quantiles: QuantilePeriod, i: number): string {
  const label = quantiles.labels?.[i]?.trim();
  return label ? label : `quantile ${i + 1}`;
}

/** "A", "A and B", "A, B, C and 2 more". */
function listed(names: readonly string[]): string {
  if (names.length <= NAMES_IN_A_MESSAGE) {
    return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  }
  return `${names.slice(0, NAMES_IN_A_MESSAGE).join(", ")} and ${names.length - NAMES_IN_A_MESSAGE} more`;
}

/** What is wrong with a period's quantiles, in plain English, or undefined when the indices can be worked out. */
function problemOf(quantiles: QuantilePeriod, scale: InequalityScale, unit: Unit): string | undefined {
  const { period, values, populations } = quantiles;
  const count = values.length;
  if (count < SII_MIN_QUANTILES || count > SII_MAX_QUANTILES) {
    return `${period} has ${count} deprivation ${count === 1 ? "group" : "groups"}: the gap between the most and least deprived needs ${SII_MIN_QUANTILES} to ${SII_MAX_QUANTILES} (quintiles or deciles), each with a value`;
  }
  const missing = values.flatMap((value, i) => (value === null || !Number.isFinite(value) ? [nameOf(quantiles, i)] : []));
  if (missing.length > 0) {
    const present = count - missing.length;
    return `only ${present} of the ${count} deprivation groups ${present === 1 ? "has" : "have"} a value for ${period} (none for ${listed(missing)}): the gap between the most and least deprived needs a value for every group`;
  }
  for (let i = 0; i < count; i++) {
    const people = i < populations.length ? populations[i] : null;
    if (people === null || !(people > 0) || !Number.isFinite(people)) {
      const what = people === null ? "is missing" : `is ${people}`;
      return `the population of ${nameOf(quantiles, i)} in ${period} ${what}: enter the population (or denominator) of every deprivation group, above zero`;
    }
  }
  if (scale.valueType === "proportion") {
    const outside = values.findIndex((value) => (value as number) / scale.per < 0 || (value as number) / scale.per > 1);
    if (outside >= 0) {
      return `${nameOf(quantiles, outside)} in ${period} is ${formatValue(values[outside] as number, unit)}, which is not a percentage from 0% to 100%: check the deprivation table, or the KPI's unit`;
    }
  }
  return undefined;
}

/** The quantiles' limits, divided for the engine, when every quantile has both. */
function limitsOf(quantiles: QuantilePeriod, scale: InequalityScale): { lower: number[]; upper: number[] } | undefined {
  const { lower, upper, values } = quantiles;
  if (lower === undefined || upper === undefined) return undefined;
  const complete = values.every((_, i) => typeof lower[i] === "number" && typeof upper[i] === "number");
  if (!complete) return undefined;
  return { lower: lower.map((x) => (x as number) / scale.per), upper: upper.map((x) => (x as number) / scale.per) };
}

/** The indices of one period, with limits when asked and the quantiles have them; throws core's KpiError. */
function pointOf(quantiles: QuantilePeriod, scale: InequalityScale, withLimits: boolean): InequalityPoint {
  const values = quantiles.values.map((value) => (value as number) / scale.per);
  const limits = withLimits ? limitsOf(quantiles, scale) : undefined;
  const result = slopeIndexOfInequality(values, quantiles.populations as number[], { valueType: scale.valueType, per: scale.per, levels: [CONFIDENCE_95] }, limits);
  const point: InequalityPoint = { period: quantiles.period, sii: result.sii, rii: result.rii };
  if (result.intervals.length > 0) {
    point.siiInterval = { lower: result.intervals[0].sii.lower, upper: result.intervals[0].sii.upper };
    point.riiInterval = { lower: result.intervals[0].rii.lower, upper: result.intervals[0].rii.upper };
  }
  return point;
}

/** A failure of the engine in words, for a period. */
function failureOf(error: unknown, period: string): string {
  if (!isKpiError(error)) throw error;
  return `the slope index of inequality for ${period} could not be worked out: ${describeIssue(error.issue)}`;
}

/**
 * How the gap changed from `earlier` to `latest`: narrowed, widened or reversed only when their
 * 95% intervals do not overlap; "could be chance" when they do; "cannot be judged" without limits.
 */
export function changeOfGap(earlier: InequalityPoint, latest: InequalityPoint): InequalityChange {
  const a = earlier.siiInterval;
  const b = latest.siiInterval;
  if (a === undefined || b === undefined) return "cannot be judged";
  if (a.lower <= b.upper && b.lower <= a.upper) return "could be chance";
  if (Math.sign(earlier.sii) * Math.sign(latest.sii) < 0) return "reversed";
  return Math.abs(latest.sii) < Math.abs(earlier.sii) ? "narrowed" : "widened";
}

/**
 * Inequality across deprivation quantiles for a KPI's analysis: the slope index of inequality
 * (SII) and relative index (RII) of the latest period, as PHEindicatormethods `phe_sii`
 * ({@link slopeIndexOfInequality}), with simulated 95% limits when each quantile's 95% limits are
 * given; the value type comes from the KPI's unit ({@link inequalityScaleOf}). The latest SII is
 * compared with the earliest other period whose limits can be simulated: the gap has narrowed,
 * widened or reversed only when the two intervals do not overlap, otherwise the change could be
 * chance. Bad quantiles (a missing value, a population of zero, fewer than 5 groups) give a
 * `problem` in plain English and nothing else; a bad earlier period is only left out.
 *
 * @param periods the indicator by quantile, one entry per period in time order (the last is the latest)
 * @param unitText the KPI's unit as written ("%", "per 100,000", "years")
 * @param unit the unit as read from the KPI's values
 * @returns the summary, or undefined when no period is given
 * @example
 * // Two years of an indicator by decile with each decile's 95% limits (PHEindicatormethods testdata_SII,
 * // proportions area1 then area2, as percentages):
 * inequalityOf([year1, year2], "%", readUnit("%", [40])).latest?.sii; // => -5.8185 (percentage points)
 * inequalityOf([year1, year2], "%", readUnit("%", [40])).change;      // => "narrowed" (from -10.72)
 */
export function inequalityOf(periods: readonly QuantilePeriod[], unitText: string, unit: Unit): InequalitySummary | undefined {
  if (periods.length === 0) return undefined;
  const scale = inequalityScaleOf(unitText, unit);
  const groups = periods[periods.length - 1].values.length;
  const summary: InequalitySummary = { groups, valueType: scale.valueType, byPeriod: [], skipped: [] };
  const usable: QuantilePeriod[] = [];
  for (const quantiles of periods) {
    const problem = problemOf(quantiles, scale, unit);
    if (problem === undefined) {
      try {
        summary.byPeriod.push({ period: quantiles.period, sii: pointOf(quantiles, scale, false).sii });
        usable.push(quantiles);
        continue;
      } catch (error) {
        if (quantiles === periods[periods.length - 1]) summary.problem = failureOf(error, quantiles.period);
        else summary.skipped.push({ period: quantiles.period, reason: failureOf(error, quantiles.period) });
        continue;
      }
    }
    if (quantiles === periods[periods.length - 1]) summary.problem = problem;
    else summary.skipped.push({ period: quantiles.period, reason: problem });
  }
  if (summary.problem !== undefined) return summary;
  const latestQuantiles = usable[usable.length - 1];
  try {
    summary.latest = pointOf(latestQuantiles, scale, true);
  } catch (error) {
    summary.problem = failureOf(error, latestQuantiles.period);
    return summary;
  }
  if (usable.length < 2) return summary;
  if (summary.latest.siiInterval === undefined) {
    summary.change = "cannot be judged";
    return summary;
  }
  for (const quantiles of usable.slice(0, -1)) {
    if (limitsOf(quantiles, scale) === undefined) continue;
    try {
      summary.earlier = pointOf(quantiles, scale, true);
      break;
    } catch (error) {
      summary.skipped.push({ period: quantiles.period, reason: failureOf(error, quantiles.period) });
    }
  }
  summary.change = summary.earlier === undefined ? "cannot be judged" : changeOfGap(summary.earlier, summary.latest);
  return summary;
}
