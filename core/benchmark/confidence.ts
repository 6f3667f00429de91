import { KpiError } from "../errors";
import { normalQuantile } from "../distributions";
import { CONFIDENCE_95, CONFIDENCE_998, SMALLEST_PERCENTAGE_LEVEL } from "./constants";

/**
 * A confidence level as a fraction. Levels may be given as fractions (0.95) or percentages (95,
 * 99.8), as PHEindicatormethods accepts them; anything else is refused with a message.
 *
 * @param level the level as typed
 * @param argument the parameter's name for the message
 * @throws {KpiError} `out_of_range` for 0 or less, between 1 and 50, or above 100
 * @example
 * confidenceLevel(95);    // => 0.95
 * confidenceLevel(0.998); // => 0.998
 */
export function confidenceLevel(level: number, argument = "confidence"): number {
  if (level > 0 && level <= 1) return level;
  if (level >= SMALLEST_PERCENTAGE_LEVEL && level <= 100) return level / 100;
  throw new KpiError({
    code: "out_of_range",
    argument,
    value: String(level),
    allowed: "a level above 0 and up to 1 such as 0.95, or a percentage such as 95",
  });
}

/**
 * A confidence level as a fraction that must be below 1: an interval whose upper limit would be
 * infinite at 100% (a rate, a standardised rate) refuses 1 with a message that says why.
 *
 * @param level the level as typed (0.95 or 95)
 * @param why the reason shown after the allowed levels, e.g. " (a rate's 100% interval has no upper limit)"
 * @throws {KpiError} `out_of_range` for 1, and for what confidenceLevel refuses
 * @example
 * confidenceBelowOne(95); // => 0.95
 */
export function confidenceBelowOne(level: number, why = ""): number {
  const fraction = confidenceLevel(level);
  if (fraction === 1) {
    throw new KpiError({ code: "out_of_range", argument: "confidence", value: "1", allowed: `a level below 1 such as 0.95${why}` });
  }
  return fraction;
}

/**
 * The two-sided normal score of a confidence level: qnorm(confidence + (1 - confidence) / 2),
 * 1.959964 for 95% and 3.090232 for 99.8% (PHEindicatormethods).
 *
 * @example
 * twoSidedZ(0.95); // => 1.959963984540054
 */
export function twoSidedZ(confidence: number): number {
  return normalQuantile(confidence + (1 - confidence) / 2);
}

/**
 * True for the Fingertips pair of levels (95% and 99.8%), the only pair PHEindicatormethods
 * accepts when two levels are asked for.
 */
export function isFingertipsPair(levels: readonly number[]): boolean {
  const sorted = [...levels].sort((a, b) => a - b);
  return sorted.length === 2 && Math.abs(sorted[0] - CONFIDENCE_95) < 1e-12 && Math.abs(sorted[1] - CONFIDENCE_998) < 1e-12;
}
