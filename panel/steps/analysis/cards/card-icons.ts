/**
 * The Making Data Count icons on a card: the variation icon, the assurance icon and the
 * direction-of-travel arrow, drawn as SVG by the project's own code (panel/shared/marks), each
 * with its meaning in words beside it, so nothing is told by the picture alone (the picture is
 * hidden from screen readers, which read the words). The SVG text is built with every piece of text escaped (xmlText) and parsed as
 * SVG, never as HTML.
 */
import { el } from "../../../shared/dom";
import type { KpiView } from "../../../shared/kpi-view";
import { directionArrowSvg } from "../../../shared/marks/direction-arrows";
import { kpiArrow, kpiVariationIcon } from "../../../shared/marks/kpi-marks";
import { ASSURANCE_ICONS, VARIATION_ICONS, assuranceIcon, assuranceIconSvg, variationIconSvg } from "../../../shared/marks/mdc-icons";

/** An SVG string of the marks as an element of this page, hidden from screen readers (its words are beside it). */
function svgElement(svg: string): Element {
  const parsed = document.importNode(new DOMParser().parseFromString(svg, "image/svg+xml").documentElement, true);
  parsed.removeAttribute("role");
  parsed.removeAttribute("aria-label");
  parsed.setAttribute("aria-hidden", "true");
  return parsed;
}

/** One icon with its words beside it. */
function figure(svg: string, words: string): HTMLElement {
  return el("span", { className: "mark" }, svgElement(svg), el("span", { className: "mark-words", text: words }));
}

/** The card's icons: variation, assurance and the arrow (none for a KPI with no icon to show). */
export function cardIcons(view: KpiView): Node[] {
  const variation = kpiVariationIcon(view);
  const assurance = assuranceIcon(view.assurance);
  const arrow = kpiArrow(view);
  if (variation === "none" && assurance === "none" && arrow.shape === "none") return [];
  const row = el("p", { className: "marks" });
  if (variation !== "none") row.append(figure(variationIconSvg(variation, 36), VARIATION_ICONS[variation].label));
  if (assurance !== "none") row.append(figure(assuranceIconSvg(assurance, 36), ASSURANCE_ICONS[assurance].label));
  if (arrow.shape !== "none") row.append(figure(directionArrowSvg(arrow, 28), `${arrow.label} (${arrow.words})`));
  return [row];
}
