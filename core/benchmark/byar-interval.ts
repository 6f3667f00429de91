import { KpiError } from "../errors";
import { confidenceLevel, twoSidedZ } from "./confidence";
import { Interval } from "./interval";

/**
 * Checks an event count.
 *
 * @throws {KpiError} `invalid_argument` for a negative count
 */
export function checkCount(count: number, argument = "count"): void {
  if (count < 0) {
    throw new KpiError({ code: "invalid_argument", argument, problem: `is ${count}, which is negative`, fix: "enter a count of zero or more" });
  }
}

/**
 * Byar's approximation to the exact Poisson interval of a count, as PHEindicatormethods
 * (`byars_lower`, `byars_upper`) and Fingertips use it for 10 or more events:
 * lower = x(1 - 1/(9x) - z/(3·sqrt x))³, upper = (x + 1)(1 - 1/(9(x + 1)) + z/(3·sqrt(x + 1)))³,
 * z = qnorm(c + (1 - c) / 2). A lower limit that would be negative (only for one or two events at
 * high confidence, where the exact method is used instead) is given as 0.
 * For small counts use {@link rateInterval}, which switches to exact limits below 10 events.
 *
 * @param count the number of events (x)
 * @param confidence the level, 0.95 by default (95 is read as 0.95)
 * @returns the limits on the count scale
 * @throws {KpiError} `invalid_argument` for a negative count, `out_of_range` for the level
 * @example
 * byarInterval(65, 0.95); // => { lower: 50.163187710459454, upper: 82.84913854593984 }
 */
export function byarInterval(count: number, confidence = 0.95): Interval {
  checkCount(count);
  const z = twoSidedZ(confidenceLevel(confidence));
  const lower = count === 0 ? 0 : count * Math.pow(1 - 1 / (9 * count) - z / (3 * Math.sqrt(count)), 3);
  const next = count + 1;
  const upper = next * Math.pow(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)), 3);
  return { lower: Math.max(0, lower), upper };
}
