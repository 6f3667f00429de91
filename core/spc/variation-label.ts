import { VARIATION_LABELS } from "../labels";
import { Polarity } from "../values";
import { SpcProfile } from "./constants";

/** One of the variation labels of a point. */
export type VariationLabel = (typeof VARIATION_LABELS)[keyof typeof VARIATION_LABELS];

/**
 * The variation label of one point from the directions of the rules it breaks (docs/SPC.md, "Variation"):
 * each direction is +1 (above the mean, or a rising trend) or -1; polarity turns a direction into
 * improving or concerning, neutral polarity gives `Special cause neutral`. When the rules point in
 * opposite directions, `NHSR` follows the rule first in precedence (outside limits, trend, two of
 * three, shift: NHSRplotthedots `ptd_special_cause_type`) and `MDC` shows improvement, as the
 * Making Data Count Single Chart tool does.
 *
 * @param directions the direction of each rule the point breaks, in precedence order
 * @param polarity whether higher or lower is better, or neutral
 * @param profile `MDC` or `NHSR`
 * @example
 * variationLabel([], "higher", "MDC");        // => "Common cause"
 * variationLabel([1, -1], "lower", "NHSR");   // => "Special cause concerning"
 * variationLabel([1, -1], "lower", "MDC");    // => "Special cause improving"
 */
export function variationLabel(directions: readonly number[], polarity: Polarity, profile: SpcProfile): VariationLabel {
  const signals = directions.filter((direction) => direction !== 0);
  if (signals.length === 0) return VARIATION_LABELS.commonCause;
  if (polarity === "neutral") return VARIATION_LABELS.neutral;
  const better = polarity === "higher" ? 1 : -1;
  const improving = profile === "NHSR" ? signals[0] === better : signals.some((direction) => direction === better);
  return improving ? VARIATION_LABELS.improving : VARIATION_LABELS.concerning;
}
