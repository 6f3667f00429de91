/**
 * What counts, comparators and costs add to a KPI's card and report row, in words, from core's
 * analysis (docs/DESIGN.md, "Counts, costs and comparators"). The judgements are core's; this file
 * only picks the words.
 */
import type { KpiAnalysis } from "../../../core/analysis/types";
import { formatValue, readUnit } from "../../../core/values/units";
import { CostView, CountsView } from "../../shared/kpi-view";
import { ParsedCounts } from "./count-inputs";

/** A figure with its unit, as core writes it ("27.4%", "£4.48", "3,456"); "none" without one. */
function formatNumber(value: number | null | undefined, unit = ""): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "none";
  return formatValue(value, readUnit(unit));
}

/** How each interval was found, in words. */
const METHOD_WORDS: Readonly<Record<NonNullable<KpiAnalysis["interval"]>["method"], string>> = {
  Wilson: "Wilson score method",
  Byar: "Byar's method",
  "exact Poisson": "exact Poisson method",
  published: "as published",
};

/** What each comparison label says about the value against its comparator. */
const COMPARISON_WORDS: Readonly<Record<string, string>> = {
  better: "significantly better than",
  worse: "significantly worse than",
  best: "significantly better, even at 99.8%, than",
  worst: "significantly worse, even at 99.8%, than",
  higher: "significantly higher than",
  lower: "significantly lower than",
  highest: "significantly higher, even at 99.8%, than",
  lowest: "significantly lower, even at 99.8%, than",
  similar: "not significantly different from",
};

/**
 * The latest value's interval in words: "27.4% to 30.4% (95%, Wilson score method, 999 of 3,456)";
 * or why the counts give none (missing for the latest period, or not the value's own counts).
 */
function intervalWords(analysis: KpiAnalysis, counts: ParsedCounts | undefined): string {
  const interval = analysis.interval;
  const unit = analysis.unit;
  const latest = analysis.latest;
  const numerator = latest === undefined ? undefined : counts?.numerators?.[latest.position];
  const denominator = latest === undefined ? undefined : counts?.denominators?.[latest.position];
  const haveCounts = numerator !== null && numerator !== undefined && denominator !== null && denominator !== undefined;
  const range = interval === undefined ? "" : `${formatNumber(interval.lower, unit)} to ${formatNumber(interval.upper, unit)}`;
  if (interval !== undefined && interval.method !== "published") {
    const from = !haveCounts ? "" : interval.type === "rate" ? `, ${formatNumber(numerator)} events in ${formatNumber(denominator)}` : `, ${formatNumber(numerator)} of ${formatNumber(denominator)}`;
    return `${range} (95%, ${METHOD_WORDS[interval.method]}${from})`;
  }
  const published = interval === undefined ? "" : `${range} (95%, as published)`;
  if (haveCounts) {
    const why = `not worked out from the counts: ${formatNumber(latest!.value, unit)} is not ${formatNumber(numerator)} ÷ ${formatNumber(denominator)} (it may be age-standardised)`;
    return published ? `${published}; ${why}` : `No interval: ${why}`;
  }
  if (published) return published;
  if (latest !== undefined && counts?.numerators !== undefined && counts.denominators !== undefined) return `No numerator and denominator for ${latest.period}`;
  return "";
}

/** The comparison in words, or why there is none although a comparator was named. */
function comparisonWords(analysis: KpiAnalysis, counts: ParsedCounts | undefined): string {
  const comparison = analysis.comparison;
  if (comparison === undefined) {
    const named = counts?.comparator;
    const latest = analysis.latest;
    if (named === undefined || latest === undefined) return "";
    if (named.values[latest.position] === null) return `${named.name} has no figure for ${latest.period}`;
    return `Not compared: give the numerator and denominator, or the published 95% limits, for ${latest.period}`;
  }
  if (comparison.basis === "published label") return `${comparison.label} (as published, compared with ${comparison.comparator})`;
  const words = COMPARISON_WORDS[comparison.label.toLowerCase()] ?? "not compared with";
  const value = comparison.comparatorValue === undefined ? "" : ` (${formatNumber(comparison.comparatorValue, analysis.unit)})`;
  return `${comparison.label}: ${words} ${comparison.comparator}${value}, from the ${comparison.basis}`;
}

/** The funnel position in words, with what it means when higher or lower is better. */
function funnelWords(analysis: KpiAnalysis): string {
  const funnel = analysis.funnel;
  if (funnel === undefined) return "";
  const above = funnel.label.startsWith("Above");
  const beyond = funnel.label !== "Within the 95% limits";
  const meaning =
    !beyond || analysis.polarity === "neutral" ? "" : (above === (analysis.polarity === "higher") ? ": better than chance alone explains" : ": worse than chance alone explains");
  return `${funnel.label} around the peers' ${formatNumber(funnel.centre, analysis.unit)} (${funnel.peerCount} peers)${meaning}`;
}

/** What counts add to the card and report, or undefined when they add nothing. */
export function countsView(analysis: KpiAnalysis, counts: ParsedCounts | undefined): CountsView | undefined {
  const view: CountsView = {
    interval: intervalWords(analysis, counts),
    comparisonLabel: analysis.comparison?.label ?? "",
    comparison: comparisonWords(analysis, counts),
    funnel: funnelWords(analysis),
  };
  return view.interval || view.comparison || view.funnel ? view : undefined;
}

/** What costs add to the card and report, or undefined without costs. */
export function costView(analysis: KpiAnalysis): CostView | undefined {
  const cost = analysis.cost;
  if (cost === undefined && analysis.valueForMoney === undefined) return undefined;
  const text =
    cost === undefined
      ? ""
      : `${formatNumber(cost.value, "£")}${cost.perUnit ? " per unit" : ""} in ${cost.period}${cost.prices === undefined ? "" : `, at ${cost.prices} prices`}`;
  const quadrant = cost?.quadrant === undefined ? "" : `${cost.quadrant} (against the medians of ${cost.peerCount} peers)`;
  return { value: cost?.value ?? null, text, valueForMoney: analysis.valueForMoney?.label ?? "", quadrant };
}
