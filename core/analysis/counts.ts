/**
 * What a KPI's numerators and denominators add to its analysis (docs/DESIGN.md, "Counts, costs and
 * comparators"): the latest value's confidence interval, its comparison with a comparator as
 * Fingertips makes it, and its place on the funnel plot of its peers. Published figures stand in
 * where there are no counts, and a published label is shown as given, never recomputed.
 */
import { compareWithComparator } from "../benchmark/compare-with-comparator";
import { CONFIDENCE_95, CONFIDENCE_998, MIN_PEERS } from "../benchmark/constants";
import { CountScale, countScale } from "../benchmark/count-scale";
import { funnelLimits } from "../benchmark/funnel-limits";
import { funnelPosition } from "../benchmark/funnel-position";
import { rateInterval } from "../benchmark/rate-interval";
import { wilsonInterval } from "../benchmark/wilson-interval";
import { KpiError } from "../errors";
import { Polarity, Series } from "../values";
import { formatNumber } from "../values/units";
import { fitted } from "./fitted";
import { KpiAnalysis, KpiInput, KpiInterval } from "./types";

/** What the counts need from the rest of the analysis. */
export interface CountsContext {
  length: number;
  periods: readonly string[];
  latest?: { position: number; period: string; value: number };
  polarity: Polarity;
  /** The peers' values for the latest period. */
  peers: readonly number[];
}

/** The parts of the analysis the counts give, and what could not be worked out, in words. */
export interface CountsResult {
  interval?: KpiInterval;
  comparison?: KpiAnalysis["comparison"];
  funnel?: KpiAnalysis["funnel"];
  warnings: string[];
}

/** A period's name for a message: its label, or "period 3". */
function periodName(periods: readonly string[], position: number): string {
  return periods[position] ?? `period ${position + 1}`;
}

/**
 * Checks every numerator and denominator: no negative count, no denominator of zero or less.
 *
 * @throws {KpiError} `invalid_argument` naming the list, the period and the fix
 */
export function checkCounts(numerators: Series | undefined, denominators: Series | undefined, periods: readonly string[]): void {
  numerators?.forEach((count, i) => {
    if (count !== null && count < 0) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "numerators",
        problem: `for ${periodName(periods, i)} is ${count}, which is negative`,
        fix: "enter a count of zero or more, or leave the cell blank",
      });
    }
  });
  denominators?.forEach((total, i) => {
    if (total !== null && total <= 0) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "denominators",
        problem: `for ${periodName(periods, i)} is ${total}, ${total === 0 ? "which leaves nothing to divide by" : "which is negative"}`,
        fix: "enter the number of cases or the population (more than zero), or leave the cell blank",
      });
    }
  });
}

/**
 * The latest value's interval from its counts, in the value's units: Wilson for a proportion,
 * exact Poisson limits below 10 events and Byar's method from 10 for a rate (KPI.PROPORTIONCI,
 * KPI.RATECI), at 95% and 99.8%.
 */
function intervalFromCounts(numerator: number, denominator: number, scale: CountScale): KpiInterval {
  const { type, per } = scale;
  if (type === "proportion") {
    const at95 = wilsonInterval(numerator, denominator, CONFIDENCE_95);
    const at998 = wilsonInterval(numerator, denominator, CONFIDENCE_998);
    return { lower: at95.lower * per, upper: at95.upper * per, confidence: CONFIDENCE_95, lower998: at998.lower * per, upper998: at998.upper * per, method: "Wilson", type, per };
  }
  const at95 = rateInterval(numerator, denominator, per, CONFIDENCE_95);
  const at998 = rateInterval(numerator, denominator, per, CONFIDENCE_998);
  const method = at95.method === "Exact" ? "exact Poisson" : "Byar";
  return { lower: at95.lower, upper: at95.upper, confidence: CONFIDENCE_95, lower998: at998.lower, upper998: at998.upper, method, type, per };
}

/** The interval the source published, when it gave both 95% limits. */
function publishedInterval(published: KpiInput["published"]): KpiInterval | undefined {
  if (published?.lower95 === undefined || published.upper95 === undefined) return undefined;
  const interval: KpiInterval = { lower: published.lower95, upper: published.upper95, confidence: CONFIDENCE_95, method: "published" };
  if (published.lower998 !== undefined && published.upper998 !== undefined) {
    interval.lower998 = published.lower998;
    interval.upper998 = published.upper998;
  }
  return interval;
}

/** Fingertips' comparison from an interval (both levels when the 99.8% limits are known). */
function compareInterval(interval: KpiInterval, comparator: number, polarity: Polarity): string {
  const strong = interval.lower998 !== undefined && interval.upper998 !== undefined ? { lower: interval.lower998, upper: interval.upper998 } : undefined;
  return compareWithComparator({ lower: interval.lower, upper: interval.upper }, comparator, polarity, strong);
}

/**
 * The side of the comparator a label puts the value on, at 95%: "Worst" is on the side of "Worse"
 * (a source that publishes one level only says "Worse" where the 99.8% level says "Worst").
 */
function sideOf(label: string): string {
  const key = label.trim().toLowerCase();
  const sides: Record<string, string> = { best: "better", worst: "worse", highest: "higher", lowest: "lower" };
  return sides[key] ?? key;
}

/**
 * The latest value on the funnel plot of its peers: the limits at its own denominator around the
 * peers' pooled value (their numerators over their denominators; a numerator not given is the
 * peer's value × denominator / per), as PHEindicatormethods `calculate_funnel_limits` centres a funnel.
 */
function funnelOf(value: number, denominator: number, scale: CountScale, peers: readonly number[], peerCounts: KpiInput["peerCounts"]): KpiAnalysis["funnel"] {
  const denominators = peerCounts?.denominators;
  if (denominators === undefined) return undefined;
  let events = 0;
  let total = 0;
  let count = 0;
  peers.forEach((peer, i) => {
    const size = denominators[i];
    if (size === null || size === undefined || !(size > 0)) return;
    const given = peerCounts?.numerators?.[i];
    events += given === null || given === undefined ? (peer * size) / scale.per : given;
    total += size;
    count += 1;
  });
  if (count < MIN_PEERS || total <= 0) return undefined;
  const centre = (events / total) * scale.per;
  if (scale.type === "proportion" && (centre < 0 || centre > scale.per)) return undefined;
  const limits = funnelLimits(denominator, centre, scale.type, scale.per);
  return { label: funnelPosition(value, limits), centre, ...limits, peerCount: count };
}

/**
 * The interval, the comparison and the funnel position of the latest value.
 *
 * @throws {KpiError} `invalid_argument` for a negative count or a denominator of zero or less, naming its period
 * @example
 * countsOfKpi(
 *   { name: "Screening", values: [28.9], numerators: [999], denominators: [3456], unit: "%", polarity: "higher", comparator: { name: "England", value: 57.5 } },
 *   { length: 1, periods: ["2022/23"], latest: { position: 0, period: "2022/23", value: 28.9 }, polarity: "higher", peers: [] },
 * ).comparison?.label; // => "Worst"
 */
export function countsOfKpi(input: KpiInput, context: CountsContext): CountsResult {
  const { length, periods, latest, polarity } = context;
  const numerators = input.numerators === undefined ? undefined : fitted(input.numerators, length, null);
  const denominators = input.denominators === undefined ? undefined : fitted(input.denominators, length, null);
  checkCounts(numerators, denominators, periods);
  const result: CountsResult = { warnings: [] };
  if (latest === undefined) return result;
  const numerator = numerators?.[latest.position] ?? null;
  const denominator = denominators?.[latest.position] ?? null;
  let scale: CountScale | undefined;
  if (numerators !== undefined && denominators !== undefined) {
    if (numerator === null || denominator === null) {
      result.warnings.push(`There is no numerator and denominator for ${latest.period}, so no interval is worked out for the latest value.`);
    } else {
      scale = countScale(latest.value, numerator, denominator, input.unit ?? "");
      if (scale === undefined) {
        result.warnings.push(
          `The latest value (${formatNumber(latest.value)}) is not its numerator over its denominator (${formatNumber(numerator)} ÷ ${formatNumber(denominator)}) ` +
            "times 1, 100, 1,000 or 100,000: it may be age-standardised or worked out from other counts, so no interval is worked out from the counts.",
        );
      } else result.interval = intervalFromCounts(numerator, denominator, scale);
    }
  }
  const published = input.published;
  const fromCounts = result.interval !== undefined;
  result.interval ??= publishedInterval(published);
  const comparator = input.comparator;
  if (comparator !== undefined && result.interval !== undefined) {
    const label = compareInterval(result.interval, comparator.value, polarity);
    result.comparison = { label, comparator: comparator.name, comparatorValue: comparator.value, basis: fromCounts ? "counts" : "published limits" };
  } else if (published?.comparison !== undefined && published.comparison.trim() !== "") {
    result.comparison = { label: published.comparison.trim(), comparator: published.comparedWith ?? "the comparator", basis: "published label" };
  }
  const given = published?.comparison?.trim();
  const sameComparator = comparator !== undefined && published?.comparedWith !== undefined && comparator.name.toLowerCase() === published.comparedWith.toLowerCase();
  if (fromCounts && given && sameComparator && result.comparison !== undefined && sideOf(given) !== sideOf(result.comparison.label)) {
    result.warnings.push(
      `Worked out from the counts, ${latest.period} is "${result.comparison.label}" against ${comparator.name}, but the source published "${given}": check that the counts and the comparator are the ones the source used.`,
    );
  }
  if (scale !== undefined && denominator !== null) result.funnel = funnelOf(latest.value, denominator, scale, context.peers, input.peerCounts);
  return result;
}
