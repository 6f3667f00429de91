/**
 * A KPI's figures in the words of the Word pack: its variation and assurance with their icons'
 * letters, its peers, and what its chart shows (the chart picture's alt text).
 */
import { showGap, showValue } from "../../../shared/figures";
import type { KpiView } from "../../../shared/kpi-view";
import { kpiVariationIcon } from "../../../shared/marks/kpi-marks";
import { ASSURANCE_ICONS, VARIATION_ICONS, assuranceIcon } from "../../../shared/marks/mdc-icons";
import type { PackKpi } from "./pack-types";

/** The variation of a KPI with its icon's letter and meaning: "Special cause concerning (icon L: ...)". */
export function variationWords(kpi: PackKpi): string {
  const icon = VARIATION_ICONS[kpiVariationIcon(kpi.view)];
  return kpi.view.variation === "" ? "" : `${kpi.view.variation}${icon.letter ? ` (${icon.letter})` : ""}`;
}

export function assuranceWords(view: KpiView): string {
  const icon = ASSURANCE_ICONS[assuranceIcon(view.assurance)];
  return view.assurance === "" ? "" : `${view.assurance}${icon.letter ? ` (${icon.letter})` : ""}`;
}

/** The peers column in words: "Top quartile, 16.2 percentage points better than the median". */
export function peerWords(view: KpiView): string {
  if (view.quartile === null) return view.peerNote;
  const median = view.peerMedian === null ? "the median" : `the median of ${showValue(view.peerMedian, view.figures)}`;
  const gap = view.gap === null ? "" : `, ${showGap(view.gap, view.figures, median)}`;
  return `${view.quartileLabel}${gap}`;
}

/** What a KPI's chart shows, in words, for its alt text. */
export function chartAltText(view: KpiView): string {
  const chart = view.chart;
  if (chart === null) return `No chart for ${view.name}.`;
  const present = chart.values.filter((value, i) => value !== null && !chart.excluded[i]).length;
  const parts = [`SPC chart of ${view.name}: ${present} values from ${chart.periods[0] ?? ""} to ${chart.periods[chart.periods.length - 1] ?? ""}`];
  const last = chart.periods.length - 1;
  const [mean, lower, upper] = [chart.mean[last], chart.lower[last], chart.upper[last]];
  if (mean !== null && mean !== undefined) parts.push(`mean ${showValue(mean, view.figures)}`);
  if (lower !== null && upper !== null && lower !== undefined && upper !== undefined) parts.push(`process limits ${showValue(lower, view.figures)} to ${showValue(upper, view.figures)}`);
  if (chart.target !== null) parts.push(`target ${showValue(chart.target, view.figures)}`);
  const special = chart.periods.flatMap((period, i) => (chart.specialCause[i] ? [`${period} (${chart.specialCause[i]})`] : []));
  parts.push(special.length === 0 ? "no special-cause points" : `special cause at ${special.join(", ")}`);
  return `${parts.join("; ")}.`;
}
