/**
 * The sections of a KPI's card, in order: a new section is one entry here. Each section builds its
 * part of the card for one KPI, or nothing when the KPI has none. A KPI that could not be analysed
 * shows its name, findings and the problem only. All text is set as text.
 */
import { el } from "../../../shared/dom";
import { showGap, showValue } from "../../../shared/figures";
import { GLOSSARY, GlossaryKey, termOfLabel } from "../../../shared/glossary";
import { FINDING_FILTERS, KpiView, eventWords } from "../../../shared/kpi-view";
import { cardIcons } from "./card-icons";
import { termWithDefinition, termsLine } from "../../../shared/term";
import { officerCommentary } from "./officer-commentary";
import { chartSummary, drawSpcChart } from "./spc-chart";
import { inequalitySection } from "./inequality-section";

/** A drawn chart, to resize or remove with its card. */
export interface DrawnChart {
  setSize(size: { width: number; height: number }): void;
  destroy(): void;
}

/** One section of the card. */
export interface CardSection {
  /** What the section shows, for readers of the code and the tests. */
  name: string;
  /** The section's elements for one KPI (none when it has nothing to show); `charts` collects drawn charts. */
  render(view: KpiView, charts: DrawnChart[]): Node[];
}

/** A section only an analysed KPI has. */
function analysed(render: CardSection["render"]): CardSection["render"] {
  return (view, charts) => (view.problem === null ? render(view, charts) : []);
}

function row(term: string, ...details: (string | Node)[]): HTMLElement[] {
  return [el("dt", { text: term }), el("dd", {}, ...details)];
}

/**
 * A row whose label is a term of the glossary (a button that shows its definition), and whose
 * value is one too when it names a term ("Special cause concerning", "Hit and miss"); the
 * definitions open on a line of their own under the row.
 */
function termRow(key: GlossaryKey | undefined, label: string, value: string, rest = "", valueKey = termOfLabel(value)): HTMLElement[] {
  const definitions = el("dd", { className: "definitions" });
  const term = (termKey: GlossaryKey, text: string) => {
    const made = termWithDefinition(termKey, text);
    definitions.append(made.definition);
    return made.button;
  };
  const dt = el("dt", {}, key === undefined ? label : term(key, label));
  const dd = el("dd", {}, valueKey === undefined || valueKey === key ? value : term(valueKey, value), rest);
  return definitions.childElementCount > 0 ? [dt, dd, definitions] : [dt, dd];
}

/** Of `keys`, the glossary's terms that the texts use (as words, any case), in the glossary's order. */
function termsUsedIn(texts: readonly string[], keys: readonly GlossaryKey[]): GlossaryKey[] {
  const text = texts.join(" ").toLowerCase().replace(/-/g, " ");
  return (Object.keys(GLOSSARY) as GlossaryKey[]).filter((key) => keys.includes(key) && new RegExp(`\\b${GLOSSARY[key].term.toLowerCase()}\\b`).test(text));
}

/** The terms a chart's caption may use: its limits, and the special-cause rules by name. */
const CHART_TERMS: readonly GlossaryKey[] = ["processLimits", "trialLimits", "specialCause", "outsideLimits", "trend", "twoOfThree", "shift"];
/** The terms target findings may use. */
const FINDING_TERMS: readonly GlossaryKey[] = ["hitAndMiss", "processLimits", "quartile"];
/** The terms the narrative may use (its "trend test" is not the SPC rule called Trend). */
const NARRATIVE_TERMS: readonly GlossaryKey[] = ["specialCause", "commonCause", "processLimits"];

/** A heading and a list, or nothing for an empty list. */
function listSection(heading: string, className: string, items: readonly string[]): Node[] {
  if (items.length === 0) return [];
  const list = el("ul", { className });
  for (const item of items) list.append(el("li", { text: item }));
  return [el("h4", { text: heading }), list];
}

/** The badge words for a KPI's findings, most urgent first. */
export function findingLabels(view: KpiView): string[] {
  return FINDING_FILTERS.filter((filter) => view.findings.includes(filter.id)).map((filter) => filter.label);
}

function meta(view: KpiView): Node[] {
  const text = [view.category, view.owner].filter(Boolean).join(" · ");
  return text ? [el("p", { className: "meta", text })] : [];
}

function badges(view: KpiView): Node[] {
  if (findingLabels(view).length === 0) return [];
  const list = el("ul", { className: "badges", attrs: { "aria-label": "Findings" } });
  for (const finding of view.findings) {
    const label = FINDING_FILTERS.find((filter) => filter.id === finding)?.label ?? finding;
    list.append(el("li", { className: `badge badge-${finding}`, text: label }));
  }
  return [list];
}

function problem(view: KpiView): Node[] {
  return view.problem === null ? [] : [el("p", { className: "problem", text: `Could not analyse this KPI: ${view.problem}` })];
}

/** The SPC chart with its caption in words; drawn once the card is in the page, at its width. */
function chart(view: KpiView, charts: DrawnChart[]): Node[] {
  const spc = view.chart;
  if (spc === null) return [];
  const figure = el("figure", { className: "chart" });
  const plotArea = el("div", { className: "plot", attrs: { role: "img", "aria-label": chartSummary(view.name, spc, view.figures) } });
  figure.append(plotArea);
  const special = spc.periods.flatMap((period, i) => (spc.specialCause[i] ? [`${period}: ${spc.specialCause[i]}`] : []));
  const caption = el("figcaption", {}, "Values (grey line, common cause as grey dots), mean (solid), process limits (dashed grey), target (dashed orange). ");
  caption.append(special.length === 0 ? "No special-cause points." : `Special-cause points (improvement: large blue dots; concern: orange diamonds; neither better nor worse: purple triangles, up when high, down when low): ${special.join("; ")}.`);
  if (spc.events.length > 0) caption.append(` Events (numbered vertical lines, solid where a new process starts): ${spc.events.map((event, i) => `${i + 1}. ${eventWords(event)}`).join("; ")}.`);
  if (spc.note) caption.append(` ${spc.note}`);
  figure.append(caption, ...termsLine(termsUsedIn([caption.textContent ?? "", ...spc.specialCause.filter((cause): cause is string => cause !== null)], CHART_TERMS)));
  queueMicrotask(() => {
    try {
      charts.push(drawSpcChart(plotArea, spc, view.figures));
    } catch (error) {
      plotArea.append(el("p", { className: "problem", text: `The chart could not be drawn: ${error instanceof Error ? error.message : String(error)}` }));
    }
  });
  return [figure];
}

/** The peers row: the quartile (a term), the gap to the peer median with its direction, and the note. */
function peersRow(view: KpiView): HTMLElement[] {
  if (view.quartile === null) return row("Peers", view.peerNote);
  const median = view.peerMedian === null ? "the peer median" : `the peer median of ${showValue(view.peerMedian, view.figures)}`;
  const gap = view.gap === null ? "" : `, ${showGap(view.gap, view.figures, median)}`;
  return termRow(undefined, "Peers", view.quartileLabel, `${gap}${view.peerNote ? `; ${view.peerNote}` : ""}`, "quartile");
}

/** The target in force and its RAG rating; when it changed this year, the one it replaced. */
function targetText(view: KpiView): string {
  if (view.target === null) return "No target";
  const previous = view.previousTarget;
  const changed = previous === null ? "" : ` (from ${previous.changedIn}; ${showValue(previous.value, view.figures)} until ${previous.period})`;
  return `${showValue(view.target, view.figures)}${view.rag ? `, RAG: ${view.rag}` : ""}${changed}`;
}

function facts(view: KpiView): Node[] {
  const list = el("dl", { className: "facts" });
  list.append(
    ...row(`Latest${view.latestPeriod ? ` (${view.latestPeriod})` : ""}`, showValue(view.latestValue, view.figures)),
    ...row("Target", targetText(view)),
    ...termRow("directionOfTravel", "Direction of travel", view.direction, view.change ? ` (${view.change})` : ""),
    ...termRow("variation", "Variation", view.variation),
    ...termRow("assurance", "Assurance", view.assurance),
    ...peersRow(view),
  );
  if (view.excludedPeriods.length > 0) list.append(...row("Left out", view.excludedPeriods.join(", ")));
  return [list];
}

/** The cells read as gaps that held a note ("tbc"), each named, so no gap goes unsaid. */
function cellNotes(view: KpiView): Node[] {
  return listSection("Cells read as gaps", "cell-notes", view.cellNotes);
}

/** A list section, then the glossary's terms its items use. */
function listWithTerms(heading: string, className: string, items: readonly string[], keys: readonly GlossaryKey[]): Node[] {
  const section = listSection(heading, className, items);
  return section.length === 0 ? [] : [...section, ...termsLine(termsUsedIn(items, keys))];
}

/** The latest value's interval, its comparison and its funnel position, as a list of facts. */
function counts(view: KpiView): Node[] {
  const shown = view.counts;
  if (shown === undefined) return [];
  const list = el("dl", { className: "facts counts" });
  if (shown.interval) list.append(...row("Interval", shown.interval));
  if (shown.comparison) list.append(...row("Comparison", shown.comparison));
  if (shown.funnel) list.append(...row("Funnel", shown.funnel));
  return [el("h4", { text: "Counts and comparator" }), list];
}

/** The latest cost per unit, value for money and the cost quadrant, as a list of facts. */
function cost(view: KpiView): Node[] {
  const shown = view.cost;
  if (shown === undefined) return [];
  const list = el("dl", { className: "facts cost" });
  if (shown.text) list.append(...row("Cost", shown.text));
  if (shown.valueForMoney) list.append(...row("Value for money", shown.valueForMoney));
  if (shown.quadrant) list.append(...row("Cost quadrant", shown.quadrant));
  return [el("h4", { text: "Cost" }), list];
}

/** The card's sections, in order. */
export const CARD_SECTIONS: readonly CardSection[] = [
  { name: "owner and category", render: meta },
  { name: "findings", render: badges },
  { name: "why it could not be analysed", render: problem },
  { name: "SPC chart", render: analysed(chart) },
  { name: "Making Data Count icons", render: analysed((view) => cardIcons(view)) },
  { name: "facts", render: analysed(facts) },
  { name: "cells read as gaps", render: analysed(cellNotes) },
  { name: "counts and comparator", render: analysed(counts) },
  { name: "cost", render: analysed(cost) },
  { name: "year to date", render: analysed((view) => (view.yearToDate ? [el("p", { className: "year-to-date", text: view.yearToDate })] : [])) },
  { name: "target findings", render: analysed((view) => listWithTerms("Target findings", "findings", view.targetFindings, FINDING_TERMS)) },
  { name: "inequality by deprivation", render: analysed(inequalitySection) },
  { name: "data quality", render: (view) => listSection("Data quality", "data-quality", view.dataQuality) },
  { name: "commentary", render: analysed((view) => (view.narrative ? [el("p", { className: "narrative", text: view.narrative }), ...termsLine(termsUsedIn([view.narrative], NARRATIVE_TERMS))] : [])) },
  { name: "officer commentary", render: analysed(officerCommentary) },
  { name: "questions", render: analysed((view) => listSection("Questions to ask", "questions", view.questions)) },
];
