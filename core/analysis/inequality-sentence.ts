import { Unit, formatDifference } from "../values/units";
import { MAX_SENTENCE_WORDS } from "./narrative-constants";
import type { KpiAnalysis } from "./types";

/** The first candidate under the word limit (the last one if none is). */
function shortest(candidates: readonly string[]): string {
  return candidates.find((sentence) => sentence.trim().split(/\s+/).length < MAX_SENTENCE_WORDS) ?? candidates[candidates.length - 1];
}

/**
 * The sentence on inequality across deprivation quantiles, read only from the analysis: how big
 * the gap between the most and least deprived is in the latest period (the slope index of
 * inequality, in the KPI's units), which end is higher, and whether it has changed. It says
 * "has narrowed", "has widened" or "has reversed" only when the latest SII's 95% interval does not
 * overlap the earlier one's; otherwise that the change cannot be told apart from chance (or, without
 * each group's limits, that it cannot be judged). Nothing is said when there is no inequality
 * analysis or it could not be worked out.
 *
 * @param analysis the KPI's analysis
 * @param unit the KPI's unit as read from its values
 * @returns one sentence under 30 words, or undefined
 * @example
 * inequalitySentence(analysis, readUnit("%", [40]));
 * // => "The gap between the most and least deprived was about 5.8 percentage points in 2019/20, higher among the most deprived, and has narrowed since 2017/18."
 */
export function inequalitySentence(analysis: KpiAnalysis, unit: Unit): string | undefined {
  const inequality = analysis.inequality;
  const latest = inequality?.latest;
  if (inequality === undefined || latest === undefined || inequality.problem !== undefined) return undefined;
  const gap = `The gap between the most and least deprived was about ${formatDifference(latest.sii, unit)} in ${latest.period}`;
  const side = latest.sii === 0 ? "" : `, higher among the ${latest.sii < 0 ? "most" : "least"} deprived`;
  const since = inequality.earlier?.period;
  let change: { joined: string; alone: string };
  switch (inequality.change) {
    case undefined:
      return shortest([`${gap}${side}.`, `${gap}.`]);
    case "narrowed":
    case "widened":
    case "reversed":
      change = { joined: `, and has ${inequality.change} since ${since}`, alone: ` and has ${inequality.change} since ${since}` };
      break;
    case "could be chance":
      change = { joined: `; its change since ${since} cannot be told apart from chance`, alone: `; its change since ${since} cannot be told apart from chance` };
      break;
    default:
      change = { joined: "; its change cannot be judged without confidence limits", alone: "; its change cannot be judged without confidence limits" };
  }
  return shortest([`${gap}${side}${change.joined}.`, `${gap}${change.alone}.`]);
}
