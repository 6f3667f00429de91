/**
 * The marks of one KPI, as the report's cells, the key sheet, the cards and the Word pack show
 * them: its direction-of-travel arrow, its variation and assurance icons, and for a spreadsheet
 * cell the glyph and the Making Data Count colour (a cell style) of each. The words always sit
 * beside the glyph, in the next column or the same sentence, so nothing is told by colour alone.
 */
import type { CellStyle } from "../../host";
import type { KpiView } from "../kpi-view";
import { ArrowTone, DirectionArrow, directionArrow } from "./direction-arrows";
import { ASSURANCE_ICONS, AssuranceIcon, VARIATION_ICONS, VariationIcon, assuranceIcon, variationIcon } from "./mdc-icons";

/** The cell style of each arrow tone: the Making Data Count colour of the same meaning. */
const TONE_STYLES: Readonly<Record<ArrowTone, CellStyle | undefined>> = {
  better: "mark-improvement",
  worse: "mark-concern",
  neither: "mark-neutral",
  none: "mark-common",
};

/**
 * The side of the latest usable point of a KPI's chart: +1 above its mean, -1 below, 0 on it or
 * without a chart (the side a neutral icon shows).
 *
 * @example
 * latestSide(recyclingView); // => 1
 */
export function latestSide(view: Pick<KpiView, "chart">): number {
  const chart = view.chart;
  if (chart === null) return 0;
  for (let i = chart.values.length - 1; i >= 0; i--) {
    const value = chart.values[i];
    const mean = chart.mean[i];
    if (value !== null && !chart.excluded[i] && mean !== null) return Math.sign(value - mean);
  }
  return 0;
}

/**
 * The variation icon of a KPI, as NHSRplotthedots chooses it from the variation, the polarity and
 * the side of the latest point.
 *
 * @example
 * kpiVariationIcon(obesityView); // => "common_cause"
 */
export function kpiVariationIcon(view: Pick<KpiView, "variation" | "polarity" | "chart">): VariationIcon {
  return variationIcon(view.variation, view.polarity, latestSide(view));
}

/** The direction-of-travel arrow of a KPI. */
export function kpiArrow(view: Pick<KpiView, "direction" | "polarity">): DirectionArrow {
  return directionArrow(view.direction, view.polarity);
}

/** A glyph for a spreadsheet cell, with the cell style that colours it (none for an empty glyph). */
export interface CellMark {
  text: string;
  style?: CellStyle;
}

/**
 * The arrow of a KPI for a report cell: ↑, ↓ or → on its colour (better blue, worse orange,
 * neither purple, level grey), empty with no arrow.
 *
 * @example
 * arrowCell({ direction: "Improving", polarity: "lower" }); // => { text: "↓", style: "mark-improvement" }
 */
export function arrowCell(view: Pick<KpiView, "direction" | "polarity">): CellMark {
  const arrow = kpiArrow(view);
  return arrow.glyph === "" ? { text: "" } : { text: arrow.glyph, style: TONE_STYLES[arrow.tone] };
}

/** The cell style of an icon's colour. */
function iconStyle(icon: VariationIcon | AssuranceIcon): CellStyle | undefined {
  if (icon === "none") return undefined;
  if (icon.startsWith("improvement") || icon === "pass") return "mark-improvement";
  if (icon.startsWith("concern") || icon === "fail") return "mark-concern";
  if (icon.startsWith("neutral")) return "mark-neutral";
  return "mark-common";
}

/**
 * The variation icon of a KPI for a report cell: the letter the icon shows (H or L) on its colour,
 * a dot on grey for common cause, empty when there is no icon.
 *
 * @example
 * variationCell({ variation: "Special cause concerning", polarity: "higher", chart }); // => { text: "L", style: "mark-concern" }
 */
export function variationCell(view: Pick<KpiView, "variation" | "polarity" | "chart">): CellMark {
  return iconCell(kpiVariationIcon(view));
}

/**
 * An icon for a cell: its letter (H, L, P, F or ?), or a dot for common cause, on its colour.
 *
 * @example
 * iconCell("hit_and_miss"); // => { text: "?", style: "mark-common" }
 */
export function iconCell(icon: VariationIcon | AssuranceIcon): CellMark {
  if (icon === "none") return { text: "" };
  const meaning = icon in VARIATION_ICONS ? VARIATION_ICONS[icon as VariationIcon] : ASSURANCE_ICONS[icon as AssuranceIcon];
  return { text: meaning.letter || "\u25CF", style: iconStyle(icon) };
}

/**
 * The assurance icon of a KPI for a report cell: P, F or ? on its colour, empty without one.
 *
 * @example
 * assuranceCell({ assurance: "Hit and miss" }); // => { text: "?", style: "mark-common" }
 */
export function assuranceCell(view: Pick<KpiView, "assurance">): CellMark {
  return iconCell(assuranceIcon(view.assurance));
}
