/**
 * One card per KPI: its name, then the sections of CARD_SECTIONS in order (the findings in words,
 * never colour alone; the SPC chart; the facts; target findings; the narrative; the questions).
 */
import { el } from "../../../shared/dom";
import { KpiView } from "../../../shared/kpi-view";
import { CARD_SECTIONS, DrawnChart } from "./card-sections";

export type { DrawnChart } from "./card-sections";

/** Builds the card of one KPI; `charts` collects its chart so the panel can resize it. */
export function renderCard(view: KpiView, charts: DrawnChart[]): HTMLElement {
  const headingId = `kpi-${view.index}`;
  const card = el("article", { className: "card", attrs: { "aria-labelledby": headingId, "data-kpi": String(view.index) } });
  card.append(el("h3", { id: headingId, text: view.name }));
  for (const section of CARD_SECTIONS) card.append(...section.render(view, charts));
  return card;
}
