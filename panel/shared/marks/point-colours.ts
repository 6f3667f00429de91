/**
 * The colour and shape of each point of an SPC chart, by its kind and side, as Making Data Count
 * colours them: common cause grey, special cause improvement blue, concern orange, neutral purple.
 * The hex values are NHSRplotthedots' defaults (`ptd_spc_colours()` in R/ptd_spc_colours.R,
 * nhs-r-community/NHSRplotthedots at commit 050b07d). The shape tells the kind too, and every
 * kind has its words, so a reader who cannot tell the colours apart loses nothing. Pure: no DOM,
 * no host.
 */
import { VARIATION_LABELS } from "../../../core/labels";
import type { ChartView } from "../kpi-view";

/**
 * NHSRplotthedots' point colours (`ptd_spc_colours()` defaults): `common_cause = "#a6a6a6"`,
 * `special_cause_improvement = "#00b0f0"`, `special_cause_concern = "#e46c0a"`,
 * `special_cause_neutral = "#490092"`.
 */
export const PTD_SPC_COLOURS = {
  commonCause: "#a6a6a6",
  improvement: "#00b0f0",
  concern: "#e46c0a",
  neutral: "#490092",
} as const;

/**
 * The outline drawn round every point. The grey, blue and orange fills have less than 3:1
 * contrast on white (WCAG 2.1, 1.4.11 "Non-text Contrast"); a dark outline gives each point an
 * edge of 7:1 while the fill keeps the Making Data Count colour.
 */
export const POINT_OUTLINE = "#404040";

/** The kinds of point, as NHSRplotthedots' `point_type` (neutral split high and low). */
export type PointKind = "common" | "improvement" | "concern" | "neutral-high" | "neutral-low";

/** The drawn shapes. */
export type PointShape = "circle" | "diamond" | "triangle-up" | "triangle-down";

/** How one kind of point is drawn and said. */
export interface PointStyle {
  kind: PointKind;
  /** Fill colour (NHSRplotthedots). */
  colour: string;
  shape: PointShape;
  /** Diameter in CSS pixels: special-cause points are drawn larger. */
  size: number;
  /** The kind in words, for legends, captions and screen readers. */
  words: string;
}

/** Every kind of point, in the order a legend lists them. */
export const POINT_STYLES: Readonly<Record<PointKind, PointStyle>> = {
  common: { kind: "common", colour: PTD_SPC_COLOURS.commonCause, shape: "circle", size: 6, words: "Common cause (grey dot)" },
  improvement: { kind: "improvement", colour: PTD_SPC_COLOURS.improvement, shape: "circle", size: 11, words: "Special cause, improvement (large blue dot)" },
  concern: { kind: "concern", colour: PTD_SPC_COLOURS.concern, shape: "diamond", size: 13, words: "Special cause, concern (orange diamond)" },
  "neutral-high": { kind: "neutral-high", colour: PTD_SPC_COLOURS.neutral, shape: "triangle-up", size: 12, words: "Special cause, neither better nor worse, high (purple triangle pointing up)" },
  "neutral-low": { kind: "neutral-low", colour: PTD_SPC_COLOURS.neutral, shape: "triangle-down", size: 12, words: "Special cause, neither better nor worse, low (purple triangle pointing down)" },
};

/** The kinds in legend order. */
export const POINT_KINDS: readonly PointKind[] = ["common", "improvement", "concern", "neutral-high", "neutral-low"];

/**
 * The kind of one point from its variation label and its side of the mean: neutral special cause
 * is high above the mean and low below it (NHSRplotthedots `special_cause_neutral_high` and
 * `_low`; a neutral trend point takes its side of the mean here). Undefined for a missing or
 * excluded point (`Excluded`, no value).
 *
 * @example
 * pointKind("Special cause concerning", 40.8, 55.3); // => "concern"
 * pointKind("Special cause neutral", 50755, 47320);  // => "neutral-high"
 */
export function pointKind(variation: string | undefined, value: number | null, mean: number | null): PointKind | undefined {
  if (value === null || !Number.isFinite(value)) return undefined;
  switch (variation) {
    case VARIATION_LABELS.commonCause:
      return "common";
    case VARIATION_LABELS.improving:
      return "improvement";
    case VARIATION_LABELS.concerning:
      return "concern";
    case VARIATION_LABELS.neutral:
      return mean !== null && value < mean ? "neutral-low" : "neutral-high";
    default:
      return undefined;
  }
}

/**
 * The kind of every point of a chart view, in order, from each point's variation as core labels
 * it: undefined where a point is missing or left out.
 *
 * @example
 * pointKindsOf(view.chart); // => ["concern", "common", "concern", "improvement", ...]
 */
export function pointKindsOf(chart: ChartView): (PointKind | undefined)[] {
  return chart.values.map((value, i) => pointKind(chart.excluded[i] ? undefined : (chart.variation[i] ?? undefined), value, chart.mean[i] ?? null));
}
