import { KpiError } from "../errors";
import { confidenceLevel, twoSidedZ } from "./confidence";
import { Interval } from "./interval";

/** A proportion with its Wilson score interval, all as proportions of 1. */
export interface ProportionInterval extends Interval {
  proportion: number;
}

/**
 * Checks a numerator and denominator of a proportion.
 *
 * @throws {KpiError} `invalid_argument` for a negative numerator, a denominator of zero or less,
 *   or a numerator above the denominator
 */
export function checkProportionCounts(numerator: number, denominator: number): void {
  if (numerator < 0) {
    throw new KpiError({ code: "invalid_argument", argument: "numerator", problem: `is ${numerator}, which is negative`, fix: "enter a count of zero or more" });
  }
  if (denominator <= 0) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "denominator",
      problem: `is ${denominator}, ${denominator === 0 ? "so there is nothing to take a proportion of" : "which is negative"}`,
      fix: "enter the number of cases, which must be more than zero",
    });
  }
  if (numerator > denominator) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "numerator",
      problem: `is ${numerator}, more than the denominator ${denominator}, so it is not a proportion`,
      fix: 'check that the two ranges are not swapped; for counts that can exceed the population use a rate (KPI.RATECI, or type "rate")',
    });
  }
}

/**
 * Wilson score interval for a proportion, as Fingertips and PHEindicatormethods (`phe_proportion`,
 * `wilson_lower` / `wilson_upper`) compute it: with z = qnorm(c + (1 - c) / 2),
 * limits = (2x + z² ∓ z·sqrt(z² + 4x(1 - x/n))) / (2(n + z²)). A confidence of 1 gives 0 to 1.
 * Non-integer numerators are allowed (weighted counts).
 * See https://fingertips.phe.org.uk/profile/guidance (Public Health Data Science technical guidance, proportions).
 *
 * @param numerator the count meeting the condition (x)
 * @param denominator the number of cases (n)
 * @param confidence the level, 0.95 by default (95 is read as 0.95)
 * @throws {KpiError} `invalid_argument` for impossible counts, `out_of_range` for the level
 * @example
 * wilsonInterval(65, 100, 0.95); // => { proportion: 0.65, lower: 0.5525444329688797, upper: 0.7363575175690247 }
 */
export function wilsonInterval(numerator: number, denominator: number, confidence = 0.95): ProportionInterval {
  checkProportionCounts(numerator, denominator);
  const level = confidenceLevel(confidence);
  const proportion = numerator / denominator;
  if (level === 1) return { proportion, lower: 0, upper: 1 };
  const z = twoSidedZ(level);
  const spread = z * Math.sqrt(z * z + 4 * numerator * (1 - numerator / denominator));
  const scale = 2 * (denominator + z * z);
  const centre = 2 * numerator + z * z;
  // At x = 0 or x = n the limits are exactly 0 or 1; rounding can land a hair outside (1.0000000000000002).
  return { proportion, lower: Math.max(0, (centre - spread) / scale), upper: Math.min(1, (centre + spread) / scale) };
}
