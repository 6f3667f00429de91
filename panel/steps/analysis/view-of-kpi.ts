/**
 * The view builder: reads core's analysis of one KPI (analyseKpi) into the view the cards and the
 * report show, or a view that says why a KPI could not be analysed. The judgements are core's
 * (docs/DESIGN.md, rule 1); this file only picks the words and the order.
 */
import { analyseKpi } from "../../../core/analysis/analyse-kpi";
import type { KpiAnalysis, KpiInput } from "../../../core/analysis/types";
import type { XmrChart } from "../../../core/spc/xmr-chart";
import { targetInForce } from "../../../core/targets/target-in-force";
import { Polarity, Series, parsePolarityCell } from "../../../core/values";
import { FigureStyle, PLAIN_FIGURES, figureStyle, showValue } from "../../shared/figures";
import { ChartView, KpiView, PreviousTarget, QUARTILE_LABELS } from "../../shared/kpi-view";
import { KpiRecord, OfficerNote, ParsedKpi, PlacedEvent } from "../../shared/pane-inputs";
import { ParsedCounts, countsForAnalysis } from "./count-inputs";
import { costView, countsView } from "./counts-view";
import { findingsOfAnalysis } from "./findings";
import { inequalityViewOf } from "./inequality-view";

/** The input analyseKpi takes, from the panel's inputs: the peer group of the latest period, and the counts, costs and comparator when read. */
export function kpiInput(inputs: ParsedKpi, counts?: ParsedCounts): KpiInput {
  const { record, values } = inputs;
  let latest = -1;
  values.forEach((value, i) => {
    if (value !== null) latest = i;
  });
  const input: KpiInput = { name: record.name, periods: record.periods, values, polarity: inputs.polarity, unit: inputs.unit };
  if (inputs.targets !== null) input.targets = inputs.targets;
  else if (inputs.target !== null) input.targets = inputs.target;
  if (inputs.tolerance !== null) input.tolerance = inputs.tolerance;
  if (latest >= 0 && inputs.peerValues[latest].length > 0) input.peers = inputs.peerValues[latest];
  if (inputs.excluded.some(Boolean)) input.exclude = inputs.excluded;
  if (record.commentary !== undefined) input.commentary = commentaryByPeriod(record.periods, record.commentary);
  const rebase = inputs.events.filter((event) => event.rebase).map((event) => event.position);
  if (rebase.length > 0) input.rebase = rebase;
  if (counts !== undefined) Object.assign(input, countsForAnalysis(counts, latest));
  if (inputs.quantiles !== undefined && "periods" in inputs.quantiles) input.quantiles = inputs.quantiles.periods;
  return input;
}

/** The officer's notes as one text per period (`null` where none), as analyseKpi reads them. */
function commentaryByPeriod(periods: readonly string[], notes: readonly OfficerNote[]): (string | null)[] {
  return periods.map((period) => {
    const texts = notes.filter((note) => note.period === period).map((note) => note.text);
    return texts.length === 0 ? null : texts.join("\n");
  });
}

/** The target in force at each point of the chart (the target of the point's period, or the last one set before it). */
function targetsInForce(spc: XmrChart, targets: Series): (number | null)[] {
  return spc.points.map((point) => targetInForce(targets, point.position).current?.value ?? null);
}

/** The chart of the card and the chart sheet, from core's XmR chart; `targets` one per position, as the analysis holds them. */
export function chartOf(spc: XmrChart, periods: readonly string[], target: number | null, targets: Series = [], events: readonly PlacedEvent[] = []): ChartView {
  const notes = [`Rules: ${spc.profile === "MDC" ? "NHS Making Data Count" : "NHSRplotthedots"} (${spc.profile}).`];
  if (spc.trialLimits) notes.push("Trial limits: fewer than 12 points, so variation and assurance are not judged yet.");
  if (spc.groups.length > 1) notes.push(`Limits recalculated where a new process starts: ${spc.groups.slice(1).map((group) => periods[group.start] ?? `period ${group.start + 1}`).join(", ")}.`);
  return {
    periods: spc.points.map((point) => periods[point.position] ?? `period ${point.position + 1}`),
    values: spc.points.map((point) => point.value),
    mean: spc.points.map((point) => point.mean),
    lower: spc.points.map((point) => point.lower),
    upper: spc.points.map((point) => point.upper),
    target,
    targets: targets.length === 0 ? spc.points.map(() => target) : targetsInForce(spc, targets),
    specialCause: spc.points.map((point) =>
      point.rules.length > 0 && !point.excluded && point.value !== null ? `${point.rules.join(", ")}${point.variation ? ` (${point.variation.toLowerCase()})` : ""}` : null,
    ),
    variation: spc.points.map((point) => point.variation ?? null),
    excluded: spc.points.map((point) => point.excluded),
    events: [...events],
    note: notes.join(" "),
  };
}

/**
 * The target the one in force replaced this year, as the analysis gives it (`target.previous`), or
 * null: without it the card and the report show the target in force alone.
 */
export function previousTargetOf(target: KpiAnalysis["target"]): PreviousTarget | null {
  if (target === undefined || !("previous" in target)) return null;
  const previous = target.previous as Partial<PreviousTarget> | undefined;
  if (typeof previous?.value !== "number" || typeof previous.period !== "string" || typeof previous.changedIn !== "string") return null;
  return { value: previous.value, period: previous.period, changedIn: previous.changedIn };
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

/** How the KPI's figures are shown: its unit, read from its figures, and its precision. */
function figuresOf(analysis: KpiAnalysis): FigureStyle {
  return figureStyle(analysis.unit, [...analysis.values, ...analysis.targets].filter((value): value is number => value !== null), analysis.shown.decimals);
}

/**
 * The year to date against the annual target in words, from core's analysis.yearToDate (the
 * judgement, the profile effect included, is core's): "2024/25 to date (6 of 12 months): 640
 * against 600 due by now (annual target 1,200), Green." Empty without a year to date.
 */
export function yearToDateText(analysis: KpiAnalysis, figures: FigureStyle = figuresOf(analysis)): string {
  const ytd = analysis.yearToDate;
  if (ytd === undefined) return "";
  const kind = ytd.periodsPerYear === 12 ? "month" : "quarter";
  const soFar = `${ytd.year} to date (${ytd.periodsSoFar} of ${ytd.periodsPerYear} ${kind}s)`;
  if (ytd.value === undefined) return `${soFar}: no figure, because ${ytd.gap ?? "a period is missing"}.`;
  // A sum is shown at the KPI's precision; an average or a ratio of sums at one place more.
  const value = showValue(ytd.value, figures, ytd.method === "sum" ? 0 : 1);
  const against =
    ytd.method === "sum"
      ? `${showValue(ytd.targetToDate, figures)} due by now (annual target ${showValue(ytd.annualTarget, figures)})`
      : `the annual target of ${showValue(ytd.annualTarget, figures)}`;
  const profile = ytd.profileEffect ? ` The latest ${kind} is Red but the year is on track: a profile effect.` : "";
  return `${soFar}: ${value} against ${against}, ${ytd.rag}.${profile}`;
}

/** The view of one KPI from its inputs (and its counts, when read), through core's analyseKpi. */
export function viewOfKpi(inputs: ParsedKpi, index: number, counts?: ParsedCounts): KpiView {
  const analysis = analyseKpi(kpiInput(inputs, counts));
  const { record } = inputs;
  const spc = analysis.spc;
  const variation = spc?.variation ?? "Not enough data";
  const benchmark = analysis.benchmark;
  const peerCount = analysis.latest === undefined ? 0 : (inputs.peerValues[analysis.latest.position]?.length ?? 0);
  const target = analysis.target?.value ?? null;
  const figures = figuresOf(analysis);
  return {
    index,
    name: record.name,
    category: record.category,
    owner: record.owner,
    unit: analysis.unit,
    polarity: analysis.polarity,
    latestPeriod: analysis.latest?.period ?? null,
    latestValue: analysis.latest?.value ?? null,
    target,
    previousTarget: previousTargetOf(analysis.target),
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
    dataQuality: [...(record.dataNotes ?? []), ...analysis.dataQuality.map((finding) => finding.sentence)],
    narrative: analysis.narrative,
    commentary: record.commentary === undefined ? null : record.commentary.filter((note) => note.period === analysis.latest?.period),
    otherCommentary: (record.commentary ?? []).filter((note) => note.period !== analysis.latest?.period).reverse(),
    questions: analysis.questions,
    chart: spc === undefined ? null : chartOf(spc, analysis.periods, target, analysis.targets, inputs.events),
    excludedPeriods: inputs.excludedPeriods,
    figures,
    cellNotes: inputs.cellNotes,
    events: inputs.events,
    yearToDate: yearToDateText(analysis, figures),
    problem: null,
    findings: findingsOfAnalysis(analysis, variation, (record.dataNotes ?? []).length > 0),
    counts: countsView(analysis, counts),
    cost: costView(analysis),
    ...inequalityOf(inputs, analysis),
  };
}

/** The polarity of a KPI's row, or "higher" (the documented default) where the cell cannot be read. */
function polarityOrDefault(record: KpiRecord): Polarity {
  try {
    return parsePolarityCell(record.polarity, "polarity");
  } catch {
    return "higher";
  }
}

/** The view's inequality field, present only when the KPI has a deprivation table. */
function inequalityOf(inputs: ParsedKpi, analysis: KpiAnalysis): Pick<KpiView, "inequality"> {
  const inequality = inequalityViewOf(inputs, analysis.inequality);
  return inequality === undefined ? {} : { inequality };
}

/** A KPI that could not be analysed: its card and report row say why and what to fix. */
export function problemView(record: KpiRecord, index: number, problem: string): KpiView {
  return {
    index,
    name: record.name,
    category: record.category,
    owner: record.owner,
    unit: record.unit,
    polarity: polarityOrDefault(record),
    latestPeriod: null,
    latestValue: null,
    target: null,
    previousTarget: null,
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
    dataQuality: record.dataNotes ?? [],
    narrative: "",
    commentary: null,
    otherCommentary: record.commentary ?? [],
    questions: [],
    chart: null,
    excludedPeriods: [],
    figures: PLAIN_FIGURES,
    cellNotes: [],
    events: [],
    problem,
    findings: (record.dataNotes ?? []).length > 0 ? ["problem", "data-quality"] : ["problem"],
  };
}
