/**
 * The view builder: reads core's analysis of one KPI (analyseKpi) into the view the cards and the
 * report show, or a view that says why a KPI could not be analysed. The judgements are core's
 * (docs/DESIGN.md, rule 1); this file only picks the words and the order.
 */
import { analyseKpi } from "../../../core/analysis/analyse-kpi";
import type { KpiAnalysis, KpiInput } from "../../../core/analysis/types";
import type { XmrChart } from "../../../core/spc/xmr-chart";
import { FigureStyle, PLAIN_FIGURES, figureStyle, showValue } from "../../shared/figures";
import { ChartView, KpiView, QUARTILE_LABELS } from "../../shared/kpi-view";
import { KpiRecord, ParsedKpi } from "../../shared/pane-inputs";
import { findingsOfAnalysis } from "./findings";

/** The input analyseKpi takes, from the panel's inputs: the peer group of the latest period. */
export function kpiInput(inputs: ParsedKpi): KpiInput {
  const { record, values } = inputs;
  let latest = -1;
  values.forEach((value, i) => {
    if (value !== null) latest = i;
  });
  const input: KpiInput = { name: record.name, periods: record.periods, values, polarity: inputs.polarity, unit: inputs.unit };
  if (inputs.target !== null) input.targets = inputs.target;
  if (inputs.tolerance !== null) input.tolerance = inputs.tolerance;
  if (latest >= 0 && inputs.peerValues[latest].length > 0) input.peers = inputs.peerValues[latest];
  if (inputs.excluded.some(Boolean)) input.exclude = inputs.excluded;
  return input;
}

/** The chart of the card and the chart sheet, from core's XmR chart. */
export function chartOf(spc: XmrChart, periods: readonly string[], target: number | null): ChartView {
  const notes = [`Rules: ${spc.profile === "MDC" ? "NHS Making Data Count" : "NHSRplotthedots"} (${spc.profile}).`];
  if (spc.trialLimits) notes.push("Trial limits: fewer than 12 points, so variation and assurance are not judged yet.");
  return {
    periods: spc.points.map((point) => periods[point.position] ?? `period ${point.position + 1}`),
    values: spc.points.map((point) => point.value),
    mean: spc.points.map((point) => point.mean),
    lower: spc.points.map((point) => point.lower),
    upper: spc.points.map((point) => point.upper),
    target,
    specialCause: spc.points.map((point) =>
      point.rules.length > 0 && !point.excluded && point.value !== null ? `${point.rules.join(", ")}${point.variation ? ` (${point.variation.toLowerCase()})` : ""}` : null,
    ),
    excluded: spc.points.map((point) => point.excluded),
    note: notes.join(" "),
  };
}

/**
 * The change on the previous period in words: "Better than 2021/22"; when it passed over periods,
 * which: "Better than Q2 2023/24, the last period with a figure (none for Q3 2023/24)".
 */
function changeWords(analysis: KpiAnalysis): string {
  const change = analysis.change;
  if (change === undefined) return "";
  const missing = change.missingBetween ?? [];
  const leftOut = change.leftOutBetween ?? [];
  const over = [missing.length ? `none for ${missing.join(", ")}` : "", leftOut.length ? `${leftOut.join(", ")} left out` : ""].filter(Boolean).join("; ");
  const period = over ? `${change.period}, the last period ${leftOut.length ? "kept" : "with a figure"} (${over})` : change.period;
  if (change.label === "No change") return `No change since ${period}`;
  if (change.label === "Up" || change.label === "Down") return `${change.label} on ${period}`;
  return `${change.label} than ${period}`;
}

/** What the card and report say about peers besides the quartile. */
function peerNoteOf(analysis: KpiAnalysis, peerCount: number): string {
  const benchmark = analysis.benchmark;
  if (benchmark !== undefined) return `rank ${benchmark.rank} of ${benchmark.peerCount}`;
  if (peerCount === 0) return "No peer data";
  if (analysis.polarity === "neutral") return "Not ranked: neither higher nor lower is better";
  if (analysis.latest === undefined) return "No latest value to compare";
  return `Only ${peerCount} peer value${peerCount === 1 ? "" : "s"}: too few for a quartile`;
}

/**
 * A warning when the peer table's figure for our council differs from the KPI table's latest value
 * (the two tables then disagree, or the peer table is for another measure).
 */
function ourCouncilCheck(analysis: KpiAnalysis, inputs: ParsedKpi, figures: FigureStyle): string {
  const latest = analysis.latest;
  const ours = latest === undefined ? undefined : inputs.ourPeerValues?.[latest.position];
  if (latest === undefined || ours === undefined || ours === null || Math.abs(ours - latest.value) <= 1e-9 * Math.max(1, Math.abs(latest.value))) return "";
  // One place more than the KPI's own, so two figures that differ never show alike.
  return `check the tables: the peer table has ${showValue(ours, figures, 1)} for ${inputs.ourCouncil} in ${latest.period}, the KPI table ${showValue(latest.value, figures, 1)}`;
}

/** The view of one KPI from its inputs, through core's analyseKpi. */
export function viewOfKpi(inputs: ParsedKpi, index: number): KpiView {
  const analysis = analyseKpi(kpiInput(inputs));
  const { record } = inputs;
  const spc = analysis.spc;
  const variation = spc?.variation ?? "Not enough data";
  const benchmark = analysis.benchmark;
  const peerCount = analysis.latest === undefined ? 0 : (inputs.peerValues[analysis.latest.position]?.length ?? 0);
  const target = analysis.target?.value ?? null;
  const figures = figureStyle(analysis.unit, [...analysis.values, ...analysis.targets].filter((value): value is number => value !== null), analysis.shown.decimals);
  return {
    index,
    name: record.name,
    category: record.category,
    owner: record.owner,
    unit: analysis.unit,
    latestPeriod: analysis.latest?.period ?? null,
    latestValue: analysis.latest?.value ?? null,
    target,
    rag: analysis.target?.rag ?? "No target",
    direction: analysis.direction.label,
    change: changeWords(analysis),
    variation,
    assurance: spc?.assurance ?? (target === null ? "No target" : "Not enough data"),
    quartile: benchmark?.quartile ?? null,
    quartileLabel: benchmark === undefined ? "" : QUARTILE_LABELS[benchmark.quartile],
    gap: benchmark === undefined ? null : (analysis.shown.gapToMedian ?? null),
    peerMedian: analysis.shown.peerMedian ?? null,
    peerNote: [peerNoteOf(analysis, peerCount), ourCouncilCheck(analysis, inputs, figures)].filter(Boolean).join("; "),
    targetFindings: analysis.targetFindings.map((finding) => finding.sentence),
    narrative: analysis.narrative,
    questions: analysis.questions,
    chart: spc === undefined ? null : chartOf(spc, analysis.periods, target),
    excludedPeriods: inputs.excludedPeriods,
    figures,
    cellNotes: inputs.cellNotes,
    problem: null,
    findings: findingsOfAnalysis(analysis, variation),
  };
}

/** A KPI that could not be analysed: its card and report row say why and what to fix. */
export function problemView(record: KpiRecord, index: number, problem: string): KpiView {
  return {
    index,
    name: record.name,
    category: record.category,
    owner: record.owner,
    unit: record.unit,
    latestPeriod: null,
    latestValue: null,
    target: null,
    rag: "",
    direction: "",
    change: "",
    variation: "",
    assurance: "",
    quartile: null,
    quartileLabel: "",
    gap: null,
    peerMedian: null,
    peerNote: "",
    targetFindings: [],
    narrative: "",
    questions: [],
    chart: null,
    excludedPeriods: [],
    figures: PLAIN_FIGURES,
    cellNotes: [],
    problem,
    findings: ["problem"],
  };
}
