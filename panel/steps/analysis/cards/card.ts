/**
 * One card per KPI: the findings in words (never colour alone), the SPC chart, direction, peers,
 * target findings, the narrative and the questions. All text is set as text.
 */
import { drawSpcChart, chartSummary } from "./spc-chart";
import { el, formatGap, formatNumber } from "../../../shared/dom";
import { FINDING_FILTERS, KpiView } from "../../../shared/kpi-view";

/** A drawn chart, to resize or remove with its card. */
export interface DrawnChart {
  setSize(size: { width: number; height: number }): void;
  destroy(): void;
}

function row(term: string, ...details: (string | Node)[]): HTMLElement[] {
  return [el("dt", { text: term }), el("dd", {}, ...details)];
}

/** The badge words for a KPI's findings, most urgent first. */
export function findingLabels(view: KpiView): string[] {
  return FINDING_FILTERS.filter((filter) => view.findings.includes(filter.id)).map((filter) => filter.label);
}

/** Builds the card of one KPI; `charts` collects its chart so the panel can resize it. */
export function renderCard(view: KpiView, charts: DrawnChart[]): HTMLElement {
  const headingId = `kpi-${view.index}`;
  const card = el("article", { className: "card", attrs: { "aria-labelledby": headingId, "data-kpi": String(view.index) } });
  card.append(el("h3", { id: headingId, text: view.name }));
  const meta = [view.category, view.owner].filter(Boolean).join(" · ");
  if (meta) card.append(el("p", { className: "meta", text: meta }));
  const labels = findingLabels(view);
  if (labels.length > 0) {
    const list = el("ul", { className: "badges", attrs: { "aria-label": "Findings" } });
    for (const finding of view.findings) {
      const label = FINDING_FILTERS.find((filter) => filter.id === finding)?.label ?? finding;
      list.append(el("li", { className: `badge badge-${finding}`, text: label }));
    }
    card.append(list);
  }
  if (view.problem !== null) {
    card.append(el("p", { className: "problem", text: `Could not analyse this KPI: ${view.problem}` }));
    return card;
  }
  if (view.chart !== null) {
    const figure = el("figure", { className: "chart" });
    const plotArea = el("div", { className: "plot", attrs: { role: "img", "aria-label": chartSummary(view.name, view.chart, view.unit) } });
    figure.append(plotArea);
    const special = view.chart.periods.flatMap((period, i) => (view.chart?.specialCause[i] ? [`${period}: ${view.chart.specialCause[i]}`] : []));
    const caption = el("figcaption", {}, "Values (blue line), mean (solid), process limits (dashed grey), target (dashed orange). ");
    caption.append(special.length === 0 ? "No special-cause points." : `Special-cause points (large red dots): ${special.join("; ")}.`);
    if (view.chart.note) caption.append(` ${view.chart.note}`);
    figure.append(caption);
    card.append(figure);
    // Drawn once the card is in the page, at its width.
    queueMicrotask(() => {
      try {
        charts.push(drawSpcChart(plotArea, view.chart as NonNullable<KpiView["chart"]>, view.unit));
      } catch (error) {
        plotArea.append(el("p", { className: "problem", text: `The chart could not be drawn: ${error instanceof Error ? error.message : String(error)}` }));
      }
    });
  }
  const facts = el("dl", { className: "facts" });
  facts.append(
    ...row(`Latest${view.latestPeriod ? ` (${view.latestPeriod})` : ""}`, formatNumber(view.latestValue, view.unit)),
    ...row("Target", view.target === null ? "No target" : `${formatNumber(view.target, view.unit)}${view.rag ? `, RAG: ${view.rag}` : ""}`),
    ...row("Direction of travel", view.direction + (view.change ? ` (${view.change})` : "")),
    ...row("Variation", view.variation),
    ...row("Assurance", view.assurance),
    ...row("Peers", view.quartile === null ? view.peerNote : `${view.quartileLabel}${view.gap === null ? "" : `, ${formatGap(view.gap, view.unit)} ${view.gap >= 0 ? "better" : "worse"} than the median`}${view.peerNote ? `; ${view.peerNote}` : ""}`),
  );
  if (view.excludedPeriods.length > 0) facts.append(...row("Left out", view.excludedPeriods.join(", ")));
  card.append(facts);
  if (view.targetFindings.length > 0) {
    card.append(el("h4", { text: "Target findings" }));
    const list = el("ul", { className: "findings" });
    for (const finding of view.targetFindings) list.append(el("li", { text: finding }));
    card.append(list);
  }
  if (view.narrative) card.append(el("p", { className: "narrative", text: view.narrative }));
  if (view.questions.length > 0) {
    card.append(el("h4", { text: "Questions to ask" }));
    const list = el("ul", { className: "questions" });
    for (const question of view.questions) list.append(el("li", { text: question }));
    card.append(list);
  }
  return card;
}
