/**
 * The summary in a few plain sentences, for the top of the paper and the Word pack.
 */
import { NOT_ENOUGH_DATA, RAG_LABELS } from "../../../../core/labels";
import { NOT_COMPARED, ReportSummary, Tally } from "./summary";
/** A count and its share in words: "38 (83%)". */
function counted(tally: Tally): string {
  return `${tally.count} (${Math.round(tally.share * 100)}%)`;
}

/**
 * The summary in a few plain sentences for the paper: "Against target, of 46 KPIs: 38 (83%)
 * green, 5 (11%) amber and 3 (7%) red." Only counts above zero are named.
 *
 * @example
 * summarySentences(summariseReport(views))[0];
 * // => "Against target, of 3 KPIs: 1 (33%) green, 1 (33%) red and 1 (33%) without a target."
 */
export function summarySentences(summary: ReportSummary): string[] {
  const named = (tallies: readonly Tally[], words: (tally: Tally) => string) =>
    tallies.filter((tally) => tally.count > 0).map((tally) => `${counted(tally)} ${words(tally)}`);
  const list = (parts: string[]) => (parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`);
  const sentences: string[] = [];
  const kpis = `${summary.total} KPI${summary.total === 1 ? "" : "s"}`;
  const words = (tally: Tally) => (tally.label === NOT_ENOUGH_DATA ? "with too few values to judge" : tally.label.toLowerCase());
  const rag = named(summary.rag, (tally) => (tally.label === RAG_LABELS.noTarget ? "without a target" : tally.label.toLowerCase()));
  if (rag.length > 0) sentences.push(`Against target, of ${kpis}: ${list(rag)}.`);
  const direction = named(summary.direction, words);
  if (direction.length > 0) sentences.push(`Direction of travel: ${list(direction)}.`);
  const variation = named(summary.variation, words);
  if (variation.length > 0) sentences.push(`Latest value on the SPC chart: ${list(variation)}.`);
  const quartile = named(summary.quartile, (tally) => (tally.label === NOT_COMPARED ? "not compared with peers" : `in the ${tally.label.toLowerCase()}`));
  if (quartile.length > 0) sentences.push(`Against peers: ${list(quartile)}.`);
  if (summary.notAnalysed.count > 0) sentences.push(`${counted(summary.notAnalysed)} could not be analysed; the table says why.`);
  sentences.push(summary.exceptions.length === 0 ? "No KPI is an exception." : `${summary.exceptions.length} of ${kpis} ${summary.exceptions.length === 1 ? "is an exception" : "are exceptions"}, each with a page of its own.`);
  return sentences;
}
