import type { KpiAnalysis } from "../analysis/types";
import { DIRECTION_LABELS, NOT_ENOUGH_DATA } from "../labels";
import { UNBROKEN_RUN_ONLY_POINTS } from "./constants";
import { PeriodKind, countOf, periodKind } from "./periods";
import { Unit, formatDifference, formatNumber, formatValue, readUnit } from "./units";

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

/** Quartile 1..4 in words (DOMAIN.md: top, upper middle, lower middle, bottom). */
export const QUARTER_WORDS: Record<1 | 2 | 3 | 4, string> = {
  1: "top quarter",
  2: "upper middle quarter",
  3: "lower middle quarter",
  4: "bottom quarter",
};

/** A number of periods in words: "five years" for small counts, digits above ten. */
function spelled(count: number, kind: PeriodKind): string {
  const words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  if (count <= 10) return `${words[count]} ${kind}${count === 1 ? "" : "s"}`;
  return countOf(count, kind);
}

/** Sentence 1: the latest value and its change on the period before (or the missing latest figure). */
function latestSentence(analysis: KpiAnalysis, unit: Unit): string {
  const { name, latest, change, periodsNamed, missingAfterLatest } = analysis;
  if (latest === undefined) return `${name} has no values yet.`;
  const value = formatValue(latest.value, unit);
  if (missingAfterLatest.length > 0 && analysis.targets.slice(latest.position + 1).every((target) => target === null)) {
    if (periodsNamed) {
      return `${name} has no figure for ${missingAfterLatest[missingAfterLatest.length - 1]}; the latest, for ${latest.period}, was ${value}.`;
    }
    const gap = missingAfterLatest.length === 1 ? "the latest period" : `the last ${missingAfterLatest.length} periods`;
    return `${name} has no figure for ${gap}; the most recent was ${value}.`;
  }
  const when = periodsNamed ? `in ${latest.period}` : "in the latest period";
  if (change === undefined) return `${name} was ${value} ${when}.`;
  const before = periodsNamed ? change.period : "the period before";
  if (change.difference === 0) return `${name} was ${value} ${when}, unchanged on ${before}.`;
  const way = change.difference > 0 ? "up" : "down";
  const percent = unit.kind !== "percent" && change.percent !== undefined ? ` (${formatNumber(Math.abs(change.percent))}%)` : "";
  return `${name} was ${value} ${when}, ${way} ${formatDifference(change.difference, unit)}${percent} on ${before}.`;
}

/** Sentence 2: direction of travel, claimed only when the trend test or SPC supports it. */
function trendSentence(analysis: KpiAnalysis, unit: Unit, kind: PeriodKind): string {
  const { direction } = analysis;
  const count = direction.count;
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
      return `Over ${spelled(count, kind)} there is no clear change: the ups and downs could be chance.`;
  }
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
  let peerPart: string | undefined;
  if (benchmark !== undefined) {
    peerPart = `ranks ${ordinal(benchmark.rank)} of ${benchmark.peerCount} peers (${QUARTER_WORDS[benchmark.quartile]})`;
  }
  if (targetPart !== undefined && peerPart !== undefined) {
    const good = target!.rag === "Green";
    const topHalf = benchmark!.quartile <= 2;
    return `${targetPart} ${good === topHalf ? "and" : "but"} ${peerPart}.`;
  }
  if (targetPart !== undefined) return `${targetPart}; there is no peer comparison.`;
  if (peerPart !== undefined) return `There is no target; it ${peerPart}.`;
  return "There is no target and no peer comparison.";
}

/**
 * The plain-English paragraph of a KPI (FUNCTIONS.md, KPI.NARRATIVE), read only from its analysis:
 * at most three sentences, each under 30 words: the latest value and its change; the direction of
 * travel, claimed only when the Mann-Kendall test supports it ("no clear change" otherwise; with
 * five points it says that only an unbroken run could show a trend); the target and the position
 * among peers. Numbers carry their unit and sensible rounding; periods are named as written.
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
  const sentences = [latestSentence(analysis, unit)];
  if (analysis.latest !== undefined) {
    sentences.push(trendSentence(analysis, unit, kind));
    const standing = standingSentence(analysis, unit);
    if (standing !== undefined) sentences.push(standing);
  }
  return sentences.join(" ");
}
