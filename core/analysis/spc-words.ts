/**
 * The SPC chart in the narrative's words: the points that took part, the run a rule found, why a
 * point is special cause, and the most recent special-cause episode (docs/SPC.md, "Episodes"), so
 * the paragraph never calls a span normal variation when the chart flags it.
 */
import { DIRECTION_LABELS, VARIATION_LABELS } from "../labels";
import { SPC_RULE_LABELS } from "../spc/rules/table";
import type { XmrPoint } from "../spc/xmr-chart";
import { Unit, formatDifference } from "../values/units";
import { PeriodKind } from "./period-words";
import { fitting, spelled } from "./sentence-words";
import type { KpiAnalysis } from "./types";
/** The latest point of the SPC chart that took part (present and not excluded). */
export function latestChartPoint(analysis: KpiAnalysis): XmrPoint | undefined {
  const points = chartPoints(analysis);
  return points[points.length - 1];
}

/** The chart points that took part (present and not excluded). */
export function chartPoints(analysis: KpiAnalysis): XmrPoint[] {
  return analysis.spc?.points.filter((point) => point.value !== null && !point.excluded) ?? [];
}

/**
 * How many of the latest chart points in a row break `rule` in the same direction as the latest:
 * on the same side of the mean for a shift, moving the same way for a trend.
 */
export function runOf(analysis: KpiAnalysis, rule: string): number {
  const points = chartPoints(analysis);
  const last = points.length - 1;
  const sideOf = (point: XmrPoint) => Math.sign((point.value as number) - point.mean);
  const stepOf = (i: number) => (i === 0 ? 0 : Math.sign((points[i].value as number) - (points[i - 1].value as number)));
  let run = 0;
  for (let i = last; i >= 0 && points[i].rules.includes(rule); i--) {
    if (rule === SPC_RULE_LABELS.shift && sideOf(points[i]) !== sideOf(points[last])) break;
    if (rule === SPC_RULE_LABELS.trend && i < last && i > 0 && stepOf(i) !== stepOf(last)) break;
    run += 1;
  }
  return run;
}

/**
 * Why the latest point is special cause, in a few plain words: of the rules it breaks, the easiest
 * to picture first (outside limits, shift, trend, two of three).
 */
export function specialCauseReason(analysis: KpiAnalysis, point: XmrPoint): string {
  const value = point.value as number;
  if (point.rules.includes(SPC_RULE_LABELS.outsideLimits)) return "it is outside its usual range";
  if (point.rules.includes(SPC_RULE_LABELS.shift)) {
    const run = runOf(analysis, SPC_RULE_LABELS.shift);
    return `the last ${run} values are all ${value > point.mean ? "above" : "below"} its average`;
  }
  if (point.rules.includes(SPC_RULE_LABELS.trend)) {
    const run = runOf(analysis, SPC_RULE_LABELS.trend);
    const points = chartPoints(analysis);
    const previous = points[points.length - 2]?.value ?? value;
    return `the last ${run} values ${value > previous ? "rose" : "fell"} one after another`;
  }
  return "two of the last three values are near its limits";
}

/** The most recent special-cause episode of a KPI's chart. */
type Episode = NonNullable<KpiAnalysis["spcEpisode"]>;

/**
 * A special-cause episode that has ended, as a phrase with its periods and direction: "a run of
 * seven years above its average from 2013/14 to 2019/20", "a value below its usual range in
 * 2015/16". A run is named as one only when it has no unmarked point inside it.
 */
export function endedEpisodePhrase(analysis: KpiAnalysis, episode: Episode, kind: PeriodKind): string {
  const from = analysis.periods[episode.start];
  const span = episode.start === episode.end ? `in ${from}` : `from ${from} to ${analysis.periods[episode.end]}`;
  const count = episode.points;
  const side = episode.direction > 0 ? "above" : "below";
  const whole = episode.spanned === episode.points;
  if (episode.rule === SPC_RULE_LABELS.shift && whole) return `a run of ${spelled(count, kind)} ${side} its average ${span}`;
  if (episode.rule === SPC_RULE_LABELS.trend && whole) return `a steady ${episode.direction > 0 ? "rise" : "fall"} over ${spelled(count, kind)} ${span}`;
  if (episode.rule === SPC_RULE_LABELS.outsideLimits) {
    return `${count === 1 ? "a value" : spelled(count, kind)} ${side} its usual range ${span}`;
  }
  if (episode.rule === SPC_RULE_LABELS.twoOfThree) {
    const beyond = (analysis.spc?.points ?? []).some(
      (point) => point.position >= episode.start && point.position <= episode.end && point.rules.includes(SPC_RULE_LABELS.outsideLimits),
    );
    return `${count === 1 ? "a value" : spelled(count, kind)} ${beyond ? "near or beyond" : "near"} its ${episode.direction > 0 ? "upper" : "lower"} limit ${span}`;
  }
  const where = episode.side === 0 ? "" : ` ${episode.side > 0 ? "above" : "below"} its average`;
  return count === 1 ? `an unusual value${where} ${span}` : `unusual values${where} ${span}`;
}

/**
 * A run of special cause still going on at the latest value, with the period it started: "it has
 * been above its average for the seven quarters from Q2 2023/24"; undefined for other episodes,
 * whose latest value the reason describes.
 */
export function ongoingRunPhrase(analysis: KpiAnalysis, episode: Episode | undefined, kind: PeriodKind): string | undefined {
  if (episode === undefined || !episode.ongoing || episode.spanned !== episode.points) return undefined;
  const from = analysis.periods[episode.start];
  const count = spelled(episode.points, kind);
  if (episode.rule === SPC_RULE_LABELS.shift) return `it has been ${episode.direction > 0 ? "above" : "below"} its average for the ${count} from ${from}`;
  if (episode.rule === SPC_RULE_LABELS.trend) return `it has ${episode.direction > 0 ? "risen" : "fallen"} steadily over the ${count} from ${from}`;
  return undefined;
}

/** How a special cause reads against the polarity: ", for the better", ", for the worse", or nothing when neutral. */
export function wayOf(variation: string | undefined): string {
  if (variation === VARIATION_LABELS.improving) return ", for the better";
  if (variation === VARIATION_LABELS.concerning) return ", for the worse";
  return "";
}

/**
 * Sentence 2 when the latest value is common cause but the chart marks an earlier episode: the
 * direction of travel, then the episode with its periods and that the values since are within
 * their usual range, so no span the chart marks is called normal variation.
 */
export function endedEpisodeSentence(analysis: KpiAnalysis, episode: Episode, unit: Unit, kind: PeriodKind): string {
  const { direction } = analysis;
  const phrase = endedEpisodePhrase(analysis, episode, kind);
  const since = ", since when it has been within its usual range";
  const way = ` (special cause${wayOf(episode.variation)})`;
  const verbs: Record<string, string> = {
    [DIRECTION_LABELS.improving]: "improved",
    [DIRECTION_LABELS.worsening]: "worsened",
    [DIRECTION_LABELS.increasing]: "risen",
    [DIRECTION_LABELS.decreasing]: "fallen",
  };
  const verb = verbs[direction.label];
  const over = spelled(direction.count, kind);
  if (verb === undefined) {
    return fitting(
      `Over ${over} there is no clear change, but the chart shows ${phrase}${way}${since}.`,
      `There is no clear change, but the chart shows ${phrase}${way}${since}.`,
      `There is no clear change, but the chart shows ${phrase}${since}.`,
      `No clear change overall, but the chart shows ${phrase}${since}.`,
      `The chart shows ${phrase}${since}.`,
      `The chart shows ${phrase}.`,
    );
  }
  const slope = direction.slope !== undefined && direction.slope !== 0 ? `, by about ${formatDifference(direction.slope, unit)} a ${kind}` : "";
  return fitting(
    `Over ${over} it has ${verb}${slope}, unlikely to be chance, and the chart shows ${phrase}${since}.`,
    `Over ${over} it has ${verb}, unlikely to be chance, and the chart shows ${phrase}${since}.`,
    `Over ${over} it has ${verb}, and the chart shows ${phrase}${since}.`,
    `It has ${verb} over ${over}; the chart shows ${phrase}.`,
  );
}
