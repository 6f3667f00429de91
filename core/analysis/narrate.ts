import type { KpiAnalysis } from "./types";
import { DIRECTION_LABELS, NOT_ENOUGH_DATA, VARIATION_LABELS } from "../labels";
import { UNBROKEN_RUN_ONLY_POINTS } from "./narrative-constants";
import { PeriodKind, countOf, periodKind } from "./period-words";
import { inequalitySentence } from "./inequality-sentence";
import { Unit, formatDifference, formatPercentChange, formatValue, readUnit } from "../values/units";
import { fitting, spelled } from "./sentence-words";
import { endedEpisodeSentence, latestChartPoint, ongoingRunPhrase, specialCauseReason, wayOf } from "./spc-words";

export { wordCount } from "./sentence-words";
export { chartPoints, latestChartPoint, runOf } from "./spc-words";

/** The unit of an analysed KPI, read from its values and targets. */
export function unitOf(analysis: KpiAnalysis): Unit {
  const numbers = [...analysis.values, ...analysis.targets].filter((value): value is number => value !== null);
  return readUnit(analysis.unit, numbers);
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function ordinal(rank: number): string {
  const lastTwo = rank % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${rank}th`;
  switch (rank % 10) {
    case 1:
      return `${rank}st`;
    case 2:
      return `${rank}nd`;
    case 3:
      return `${rank}rd`;
    default:
      return `${rank}th`;
  }
}

/** Quartile 1..4 in words (docs/DOMAIN.md, "Words the users use": top, upper middle, lower middle, bottom). */
export const QUARTER_WORDS: Record<1 | 2 | 3 | 4, string> = {
  1: "top quarter",
  2: "upper middle quarter",
  3: "lower middle quarter",
  4: "bottom quarter",
};

/** A list in words: "A", "A and B", "A, B and C". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * What a change on the last period with a figure passed over, in words: "none for Q3 2023/24",
 * "2020/21 left out", or both; empty when the change is on the period just before.
 */
function passedOver(missing: readonly string[], leftOut: readonly string[], periodsNamed: boolean, kind: PeriodKind): string {
  const parts: string[] = [];
  if (missing.length > 0) parts.push(periodsNamed ? `none for ${listed(missing)}` : `none for ${countOf(missing.length, kind)} between`);
  if (leftOut.length > 0) parts.push(periodsNamed ? `${listed(leftOut)} left out` : `${countOf(leftOut.length, kind)} left out`);
  return parts.join("; ");
}

/** Sentence 1: the latest value and its change on the period before (or the missing latest figure). */
function latestSentence(analysis: KpiAnalysis, unit: Unit, kind: PeriodKind): string {
  const { name, latest, change, periodsNamed, missingAfterLatest } = analysis;
  if (latest === undefined) return fitting(`${name} has no values yet.`, "This measure has no values yet.");
  const value = formatValue(latest.value, unit);
  if (missingAfterLatest.length > 0) {
    if (periodsNamed) {
      const missing = missingAfterLatest[missingAfterLatest.length - 1];
      return fitting(`${name} has no figure for ${missing}; the latest, for ${latest.period}, was ${value}.`, `There is no figure for ${missing}; the latest, for ${latest.period}, was ${value}.`);
    }
    const gap = missingAfterLatest.length === 1 ? "the latest period" : `the last ${missingAfterLatest.length} periods`;
    return fitting(`${name} has no figure for ${gap}; the most recent was ${value}.`, `There is no figure for ${gap}; the most recent was ${value}.`);
  }
  const when = periodsNamed ? `in ${latest.period}` : "in the latest period";
  if (change === undefined) return fitting(`${name} was ${value} ${when}.`, `The latest value was ${value} ${when}.`);
  // A change across a gap or a period left out names the period it is on and what it passed over.
  const over = passedOver(change.missingBetween ?? [], change.leftOutBetween ?? [], periodsNamed, kind);
  const last = change.leftOutBetween?.length ? `the last ${kind} kept` : `the last ${kind} with a figure`;
  const before = periodsNamed ? (over ? `${change.period}, ${last} (${over})` : change.period) : over ? `${last} (${over})` : "the period before";
  const shortBefore = over ? `${periodsNamed ? change.period : last} (${over})` : before;
  if (change.difference === 0) {
    const unchanged = [`${name} was ${value} ${when}, unchanged on ${before}.`];
    if (over) unchanged.push(`${name} was ${value} ${when}, unchanged on ${shortBefore}.`, `The latest value was ${value} ${when}, unchanged on ${shortBefore}.`);
    return fitting(...unchanged, `${name} was ${value} ${when}.`);
  }
  const way = change.difference > 0 ? "up" : "down";
  const percent = unit.kind !== "percent" && change.percent !== undefined ? ` (${formatPercentChange(change.percent)})` : "";
  const movement = `${way} ${formatDifference(change.difference, unit)}${percent} on ${before}`;
  const usual = change.withinUsualRange === undefined ? "" : change.withinUsualRange ? ", within its usual range" : ", a larger change than usual";
  const candidates = [`${name} was ${value} ${when}, ${movement}${usual}.`, `${name} was ${value} ${when}, ${movement}.`];
  if (over) candidates.push(`${name} was ${value} ${when}, ${way} ${formatDifference(change.difference, unit)} on ${shortBefore}.`);
  candidates.push(`The latest value was ${value} ${when}, ${movement}${usual}.`);
  if (over) candidates.push(`The latest value was ${value} ${when}, ${way} ${formatDifference(change.difference, unit)} on ${shortBefore}.`);
  return fitting(...candidates, `${name} was ${value} ${when}.`);
}

/**
 * Sentence 2: direction of travel, claimed only when the trend test or SPC supports it. With firm
 * limits, the chart's most recent special-cause episode is named (the one going on at the latest
 * value, or the last one and the usual range since), so the paragraph never calls a span normal
 * variation when the chart marks a special cause in it.
 */
function trendSentence(analysis: KpiAnalysis, unit: Unit, kind: PeriodKind): string {
  const { direction, spc } = analysis;
  const count = direction.count;
  const usable = spc !== undefined && !spc.trialLimits;
  const point = usable ? latestChartPoint(analysis) : undefined;
  const special = point !== undefined && spc!.variation !== VARIATION_LABELS.commonCause && point.rules.length > 0;
  if (special) {
    const way = wayOf(spc!.variation);
    const reason = specialCauseReason(analysis, point!);
    const claim = `the latest value is unusual variation (special cause)${way}`;
    const opening: Record<string, string> = {
      [DIRECTION_LABELS.improving]: `It has improved over ${spelled(count, kind)}, and`,
      [DIRECTION_LABELS.worsening]: `It has worsened over ${spelled(count, kind)}, and`,
      [DIRECTION_LABELS.increasing]: `It has risen over ${spelled(count, kind)}, and`,
      [DIRECTION_LABELS.decreasing]: `It has fallen over ${spelled(count, kind)}, and`,
    };
    const start = opening[direction.label] ?? "There is no clear long-run trend, but";
    const run = ongoingRunPhrase(analysis, analysis.spcEpisode, kind);
    const runFirst = run === undefined ? [] : [`${start} ${run}: unusual variation (special cause)${way}.`];
    return fitting(...runFirst, `${start} ${claim}: ${reason}.`, `${start} ${claim}.`);
  }
  if (usable && analysis.spcEpisode !== undefined) return endedEpisodeSentence(analysis, analysis.spcEpisode, unit, kind);
  if (direction.label === NOT_ENOUGH_DATA) {
    return `With ${spelled(count, kind)} of data it is too soon to judge a trend.`;
  }
  const slope = direction.slope !== undefined && direction.slope !== 0 ? `, by about ${formatDifference(direction.slope, unit)} a ${kind}` : "";
  switch (direction.label) {
    case DIRECTION_LABELS.improving:
      return `Over ${spelled(count, kind)} it has improved${slope}, and a trend test shows this is unlikely to be chance.`;
    case DIRECTION_LABELS.worsening:
      return `Over ${spelled(count, kind)} it has worsened${slope}, and a trend test shows this is unlikely to be chance.`;
    case DIRECTION_LABELS.increasing:
      return `Over ${spelled(count, kind)} it has risen${slope}, and a trend test shows this is unlikely to be chance.`;
    case DIRECTION_LABELS.decreasing:
      return `Over ${spelled(count, kind)} it has fallen${slope}, and a trend test shows this is unlikely to be chance.`;
    default:
      if (count === UNBROKEN_RUN_ONLY_POINTS) {
        return `With only ${spelled(count, kind)}, only an unbroken run of rises or falls could show a trend, so there is no clear change.`;
      }
      if (usable) return `Over ${spelled(count, kind)} there is no clear change: the ups and downs are normal variation (common cause).`;
      return `Over ${spelled(count, kind)} there is no clear change: the ups and downs could be chance.`;
  }
}

/**
 * When the latest period is Red but the year to date meets its target to date (a profile effect),
 * the clause that says so: "but the year to date, 640, is ahead of the 600 due by now".
 */
function profileEffectClause(analysis: KpiAnalysis, unit: Unit): string | undefined {
  const ytd = analysis.yearToDate;
  if (ytd === undefined || !ytd.profileEffect || ytd.value === undefined) return undefined;
  const value = formatValue(ytd.value, unit);
  if (ytd.method === "sum") return `but the year to date, ${value}, is on track for the annual target (${formatValue(ytd.targetToDate, unit)} due by now)`;
  return `but the year to date, ${value}, meets the annual target of ${formatValue(ytd.annualTarget, unit)}`;
}

/** Sentence 3: the target and the position among peers. */
function standingSentence(analysis: KpiAnalysis, unit: Unit): string | undefined {
  const { target, benchmark, polarity, latest } = analysis;
  if (latest === undefined) return undefined;
  let targetPart: string | undefined;
  if (target !== undefined) {
    const goal = formatValue(target.value, unit);
    const gap = formatDifference(latest.value - target.value, unit);
    if (polarity === "neutral") targetPart = target.rag === "Green" ? `It is on its target of ${goal}` : `It is ${gap} from its target of ${goal}`;
    else if (target.rag === "Green") targetPart = `It meets its target of ${goal}`;
    else if (target.rag === "Amber") targetPart = `It misses its target of ${goal} by ${gap}, within the tolerance`;
    else targetPart = `It misses its target of ${goal} by ${gap}`;
  }
  const profile = profileEffectClause(analysis, unit);
  let peerPart: string | undefined;
  if (benchmark !== undefined) {
    // LG Inform's convention is a peer group that includes the council itself; when the latest
    // value is not among the peer values, the council is counted in beside them.
    const included = analysis.peers.includes(latest.value);
    const group = included ? `${benchmark.peerCount} in its peer group` : `${benchmark.peerCount + 1} with its ${benchmark.peerCount} peers`;
    peerPart = `ranks ${ordinal(benchmark.rank)} of ${group} (${QUARTER_WORDS[benchmark.quartile]})`;
  }
  if (benchmark === undefined && polarity === "neutral" && analysis.peerMedian !== undefined) {
    // Neither higher nor lower is better: say where it sits, not how it ranks.
    const median = analysis.peerMedian;
    const side = latest.value > median ? "above" : latest.value < median ? "below" : "at";
    peerPart = `is ${side} the peer median of ${formatValue(median, unit)}`;
  }
  if (targetPart !== undefined && profile !== undefined) {
    // A red of the profile, not of the year, is said first; the peers follow when the sentence allows.
    const withProfile = `${targetPart}, ${profile}`;
    return peerPart === undefined ? `${withProfile}.` : fitting(`${withProfile}; it ${peerPart}.`, `${withProfile}.`);
  }
  if (targetPart !== undefined && peerPart !== undefined) {
    if (benchmark === undefined) return `${targetPart}, and ${peerPart}.`;
    const good = target!.rag === "Green";
    const topHalf = benchmark.quartile <= 2;
    return `${targetPart} ${good === topHalf ? "and" : "but"} ${peerPart}.`;
  }
  if (targetPart !== undefined) return `${targetPart}; there is no peer comparison.`;
  if (peerPart !== undefined) return `There is no target; it ${peerPart}.`;
  return "There is no target and no peer comparison.";
}

/**
 * The plain-English paragraph of a KPI (docs/FORMULAS.md, KPI.NARRATIVE), read only from its analysis:
 * at most three sentences, each under 30 words: the latest value and its change; the direction of
 * travel, claimed only when the Mann-Kendall test supports it ("no clear change" otherwise; with
 * five points it says that only an unbroken run could show a trend), with the SPC reading of the
 * latest value when its limits rest on 12 points or more ("unusual variation (special cause)" and
 * why, dating a run still going on; else the most recent special-cause episode with its periods
 * and side, docs/SPC.md, "Episodes"; "normal variation (common cause)" only when the chart marks
 * no point); the target and the position among peers, saying when a red latest period is a
 * profile effect (the year to date is on track for the annual target). When the analysis has
 * deprivation quantiles (the pane's deprivation table; no formula gives them), a fourth sentence
 * on the gap between the most and least deprived ({@link inequalitySentence}). Numbers carry
 * their unit and sensible rounding; periods are named as written.
 *
 * @param analysis the KPI's analysis
 * @returns the paragraph
 * @example
 * narrate(analyseKpi({ name: "Recycling", periods: ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24"], values: [40, 41, 42, 43, 45], polarity: "higher", unit: "%" }));
 * // => "Recycling was 45% in 2023/24, up 2 percentage points on 2022/23. Over five years it has improved, ..."
 */
export function narrate(analysis: KpiAnalysis): string {
  const unit = unitOf(analysis);
  const kind = analysis.periodsNamed ? periodKind(analysis.periods) : "period";
  const sentences = [latestSentence(analysis, unit, kind)];
  if (analysis.latest !== undefined) {
    sentences.push(trendSentence(analysis, unit, kind));
    const standing = standingSentence(analysis, unit);
    if (standing !== undefined) sentences.push(standing);
  }
  const inequality = inequalitySentence(analysis, unit);
  if (inequality !== undefined) sentences.push(inequality);
  return sentences.join(" ");
}
