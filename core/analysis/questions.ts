import type { KpiAnalysis } from "./types";
import { DIRECTION_LABELS, VARIATION_LABELS } from "../labels";
import { SPC_RULE_LABELS } from "../spc/rules/table";
import { MAX_QUESTIONS } from "./narrative-constants";
import { chartPoints, latestChartPoint, runOf, unitOf } from "./narrate";
import { TargetFindingCode, targetFinding } from "../targets/findings/table";
import { Unit, formatValue } from "../values/units";

/** Asks one question about the target or the peers, or nothing. */
type Ask = (analysis: KpiAnalysis, found: ReadonlySet<TargetFindingCode>, unit: Unit) => string | undefined;

/** A target finding's own question (its file in core/targets/findings/ holds the words), asked when it is found and `when` allows. */
function findingQuestion(code: TargetFindingCode, when: (analysis: KpiAnalysis, found: ReadonlySet<TargetFindingCode>) => boolean = () => true): Ask {
  return (analysis, found) => (found.has(code) && when(analysis, found) ? targetFinding(code).question : undefined);
}

/**
 * The concerns about the target and the peers, asked in the order written here: the question of
 * every target finding, keyed by its code (the compiler refuses a finding left out), and the two
 * no finding raises (the bottom quarter of the peers, a missed target).
 */
const TARGET_AND_PEER_CONCERNS: { readonly [Concern in TargetFindingCode | "bottom_quartile" | "target_missed"]: Ask } = {
  green_but_bottom_quartile: findingQuestion("green_but_bottom_quartile"),
  bottom_quartile: (analysis, found) =>
    analysis.benchmark !== undefined && analysis.benchmark.quartile === 4 && !found.has("green_but_bottom_quartile")
      ? "Most similar councils do better: what do the best performers do differently, and what could we learn from them?"
      : undefined,
  red_but_top_quartile: findingQuestion("red_but_top_quartile"),
  soft_target: findingQuestion("soft_target"),
  unrealistic_target: findingQuestion("unrealistic_target"),
  // Green but bottom quartile already asks whether the target should rise.
  target_below_peers: findingQuestion("target_below_peers", (_, found) => !found.has("green_but_bottom_quartile")),
  target_asks_for_decline: findingQuestion("target_asks_for_decline"),
  hit_and_miss: findingQuestion("hit_and_miss"),
  stale_target: findingQuestion("stale_target"),
  // A measure where neither direction is better may rightly be reported for context only.
  no_target: findingQuestion("no_target", (analysis) => analysis.polarity !== "neutral"),
  target_missed: ({ target }, found, unit) =>
    target?.rag === "Red" && !found.has("red_but_top_quartile") && !found.has("unrealistic_target")
      ? `The latest value misses the target of ${formatValue(target.value, unit)}: what is the plan to close the gap, and by when?`
      : undefined,
};

/**
 * Scrutiny questions for one KPI (docs/FORMULAS.md, KPI.QUESTIONS), chosen by what its analysis shows
 * and written in the spirit of the LGA guide's lines of enquiry ("Is there a clear analysis of
 * trends, targets and benchmarking?", "How does this look and feel from the perspective of our
 * citizens?", "Now that we know this, what should we do next?") and of appreciative inquiry (ask
 * what went well and how to do more of it, not only what failed).
 *
 * Up to four questions about concerns, most serious first, and, whenever something is going well,
 * one appreciative question; one to five in all. With nothing to flag, the guide's general
 * questions about residents and next steps.
 *
 * @param analysis the KPI's analysis
 * @returns one to five questions
 * @example
 * askQuestions(analyseKpi({ name: "Recycling", values: [70, 72, 71, 73, 74, 72, 75, 73], targets: 66, polarity: "higher" }))[0];
 * // => "The target has been met every period by a wide margin: is it stretching enough, and who agreed it?"
 */
export function askQuestions(analysis: KpiAnalysis): string[] {
  const unit = unitOf(analysis);
  const { latest, direction, benchmark, target, periodsNamed } = analysis;
  const codes: ReadonlySet<TargetFindingCode> = new Set(analysis.targetFindings.map((finding) => finding.code));
  const concerns: string[] = [];
  const positives: string[] = [];
  const since = periodsNamed ? ` since ${analysis.periods[analysis.values.findIndex((value) => value !== null)]}` : "";

  if (latest === undefined) return ["When will figures for this measure be available, and who is responsible for reporting them?"];
  if (analysis.exceptions.includes("missing_latest")) {
    const period = periodsNamed ? `for ${analysis.missingAfterLatest[analysis.missingAfterLatest.length - 1]}` : "for the latest period";
    concerns.push(`Why is there no figure ${period}, and when will it be available?`);
  }
  const chart = analysis.spc !== undefined && !analysis.spc.trialLimits ? analysis.spc : undefined;
  const point = chart === undefined ? undefined : latestChartPoint(analysis);
  const inPeriod = point !== undefined && periodsNamed ? ` in ${analysis.periods[point.position]}` : "";
  if (chart !== undefined && point !== undefined && chart.variation === VARIATION_LABELS.concerning) {
    concerns.push(`What caused the unusual result${inPeriod}, and is it a one-off or a change that needs action?`);
  }
  if (chart !== undefined && point !== undefined && point.rules.includes(SPC_RULE_LABELS.shift)) {
    const points = chartPoints(analysis);
    const start = points.length - runOf(analysis, SPC_RULE_LABELS.shift);
    const around = periodsNamed ? ` around ${analysis.periods[points[start].position]}` : "";
    concerns.push(
      `The figures moved to a new level${around}: did the service, or the way it is counted or recorded, change then, and should the chart's limits be recalculated from that point?`,
    );
  }
  if (direction.label === DIRECTION_LABELS.worsening) {
    concerns.push(`What lies behind the decline${since}, and what is being done to turn it round?`);
  }
  if (direction.label === DIRECTION_LABELS.increasing || direction.label === DIRECTION_LABELS.decreasing) {
    const way = direction.label === DIRECTION_LABELS.increasing ? "rise" : "fall";
    concerns.push(`What lies behind the ${way}${since}, and what does it mean for the service and its budget?`);
  }
  for (const ask of Object.values(TARGET_AND_PEER_CONCERNS)) {
    const question = ask(analysis, codes, unit);
    if (question !== undefined) concerns.push(question);
  }
  if (benchmark === undefined && analysis.polarity !== "neutral") {
    concerns.push("How does this compare with similar councils, for example our nearest neighbours?");
  }

  if (chart !== undefined && point !== undefined && chart.variation === VARIATION_LABELS.improving) {
    positives.push(`What was done differently to bring about the unusually good result${inPeriod}, and how could it become the norm?`);
  } else if (direction.label === DIRECTION_LABELS.improving) {
    positives.push(`What has driven the improvement${since}, and how can it be sustained or shared with other services?`);
  } else if (benchmark !== undefined && benchmark.quartile === 1) {
    positives.push("Performance is among the best of its peers: what is working well here that others could learn from?");
  } else if (target?.rag === "Green" && !codes.has("soft_target") && !codes.has("green_but_bottom_quartile")) {
    positives.push("The target is being met: what has made that possible, and what would make it better still?");
  }

  const chosen = concerns.slice(0, positives.length > 0 ? MAX_QUESTIONS - 1 : MAX_QUESTIONS);
  chosen.push(...positives.slice(0, 1));
  if (direction.label === DIRECTION_LABELS.noClearChange && chosen.length < MAX_QUESTIONS) {
    chosen.push("The level is steady: is it good enough for residents, and if not, what change in approach would move it?");
  }
  if (chosen.length === 0) chosen.push("How does this look from the point of view of the residents who use the service?");
  return chosen.slice(0, MAX_QUESTIONS);
}
