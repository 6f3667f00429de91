import { chiSquaredQuantile } from "../distributions";
import { checkCount } from "./byar-interval";
import { confidenceLevel } from "./confidence";
import { Interval } from "./interval";

/**
 * Exact Poisson interval of a count from the chi-squared distribution, as PHEindicatormethods
 * (`phe_rate` for fewer than 10 events): lower = qchisq((1 - c)/2, 2x)/2, upper = qchisq(c + (1 - c)/2, 2x + 2)/2;
 * no events gives a lower limit of 0.
 *
 * @param count the number of events (x)
 * @param confidence the level, 0.95 by default
 * @returns the limits on the count scale
 * @example
 * exactPoissonInterval(1, 0.95); // => { lower: 0.025317807984289897, upper: 5.571643390938898 }
 */
export function exactPoissonInterval(count: number, confidence = 0.95): Interval {
  checkCount(count);
  const level = confidenceLevel(confidence);
  const tail = (1 - level) / 2;
  const lower = count === 0 ? 0 : chiSquaredQuantile(tail, 2 * count) / 2;
  const upper = chiSquaredQuantile(level + tail, 2 * count + 2) / 2;
  return { lower, upper };
}
