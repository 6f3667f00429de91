import { FUNNEL_LABELS } from "../labels";
import { FunnelLimits } from "./funnel-limits";

/** The labels of a position on a funnel plot. */
export type FunnelLabel = (typeof FUNNEL_LABELS)[keyof typeof FUNNEL_LABELS];

/**
 * Where a value lies on a funnel plot, against the control limits at its own denominator
 * (funnelLimits): beyond the 99.8% limit, beyond the 95% limit, or within the 95% limits. A value
 * exactly on a limit counts as within it. This is PHEindicatormethods `assign_funnel_significance`
 * read against the limits (High (0.001) is above the 99.8% limit, Low (0.025) below the 95% limit
 * but not the 99.8% one), and says nothing of better or worse: the caller reads the side by polarity.
 *
 * @param value the unit's value, in the limits' units
 * @param limits the funnel's limits at the unit's denominator
 * @example
 * funnelPosition(0.83, { lower95: 0.7737, upper95: 0.8248, lower998: 0.7609, upper998: 0.8373 }); // => "Above the 95% limit"
 */
export function funnelPosition(value: number, limits: FunnelLimits): FunnelLabel {
  if (value > limits.upper998) return FUNNEL_LABELS.above998;
  if (value > limits.upper95) return FUNNEL_LABELS.above95;
  if (value < limits.lower998) return FUNNEL_LABELS.below998;
  if (value < limits.lower95) return FUNNEL_LABELS.below95;
  return FUNNEL_LABELS.within;
}
