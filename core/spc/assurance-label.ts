import { ASSURANCE_LABELS } from "../labels";
import { Polarity } from "../values";

/** One of the assurance labels (without `Not enough data`, which depends on the number of points). */
export type AssuranceLabel = (typeof ASSURANCE_LABELS)[keyof typeof ASSURANCE_LABELS];

/**
 * Making Data Count assurance: where the target lies against the process limits (docs/SPC.md, "Assurance";
 * NHSRplotthedots `ptd_calculate_assurance_type`). Comparisons are strict. When higher is better,
 * a target below the lower limit is `Consistently passing` (the process meets it every time), a
 * target above the upper limit `Consistently failing`, anything else `Hit and miss`; mirrored when
 * lower is better. No target, or neutral polarity, gives `No target`.
 *
 * @param target the target, or null when there is none
 * @param limits the process limits at the last point
 * @param polarity whether higher or lower is better, or neutral
 * @example
 * assuranceLabel(4, { lower: 5, upper: 7 }, "higher"); // => "Consistently passing"
 * assuranceLabel(4, { lower: 5, upper: 7 }, "lower");  // => "Consistently failing"
 * assuranceLabel(4, { lower: 1, upper: 5 }, "higher"); // => "Hit and miss"
 */
export function assuranceLabel(
  target: number | null | undefined,
  limits: { lower: number; upper: number },
  polarity: Polarity,
): AssuranceLabel {
  if (target === null || target === undefined || !Number.isFinite(target) || polarity === "neutral") return ASSURANCE_LABELS.noTarget;
  const better = polarity === "higher" ? 1 : -1;
  if (target < limits.lower) return better > 0 ? ASSURANCE_LABELS.passing : ASSURANCE_LABELS.failing;
  if (target > limits.upper) return better > 0 ? ASSURANCE_LABELS.failing : ASSURANCE_LABELS.passing;
  return ASSURANCE_LABELS.hitAndMiss;
}
