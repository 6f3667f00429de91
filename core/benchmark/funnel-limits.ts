import { normalQuantile } from "../distributions";
import { KpiError } from "../errors";
import { CONFIDENCE_95, CONFIDENCE_998, FUNNEL_BISECTION_TOLERANCE } from "./constants";
import { checkPopulation } from "./rate-interval";
import { regularizedGammaP } from "../regularized-gamma";

/** What kind of statistic a funnel or comparison is about. */
export type StatisticType = "proportion" | "rate";

/** The control limits of a funnel plot at one denominator, in the comparator's units. */
export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/**
 * Funnel-plot control limits for a unit of a given size around a comparator (the group average
 * or a national figure), at 95% (two sigma) and 99.8% (three sigma), as PHEindicatormethods
 * `calculate_funnel_limits` and the Fingertips technical guidance:
 * - proportion: the Wilson-based limits of `sigma_adjustment` around the comparator proportion,
 *   kept within 0 and `per`;
 * - rate: exact Poisson limits. The expected count at this size is E = comparator × denominator / per;
 *   the lower limit is the count whose exact upper confidence limit is E, the upper limit the count
 *   whose exact lower limit is E (found by bisection on the incomplete gamma form of the
 *   Poisson tail, so counts are continuous), each divided by the denominator and multiplied by `per`. A ratio funnel is the
 *   rate funnel with comparator 1 and per 1, the denominator being the expected count.
 *
 * @param denominator the unit's size (cases for a proportion, population or person-years for a rate)
 * @param comparator the centre line, in units of `per` (a proportion of `per`, a rate per `per`)
 * @param type `proportion` or `rate`
 * @param per 1 (or 100 for percentages) for proportions, 100,000 (or any base) for rates
 * @throws {KpiError} `invalid_argument` for a denominator of zero or less or a comparator outside its range
 * @example
 * funnelLimits(1000, 0.8, "proportion", 1).lower95; // => about 0.7737
 */
export function funnelLimits(denominator: number, comparator: number, type: StatisticType, per: number): FunnelLimits {
  checkPopulation(denominator, "denominator");
  if (!(per > 0)) {
    throw new KpiError({ code: "invalid_argument", argument: "per", problem: `is ${per}, which is not above zero`, fix: "enter the base, such as 1, 100 or 100000" });
  }
  if (comparator < 0) {
    throw new KpiError({ code: "invalid_argument", argument: "comparator", problem: `is ${comparator}, which is negative`, fix: "enter the comparator's value, zero or more" });
  }
  if (type === "proportion") {
    const average = comparator / per;
    if (average > 1) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "comparator",
        problem: `is ${comparator}, more than ${per === 1 ? "1" : `the per of ${per}`}, so it is not a proportion`,
        fix: per === 1 ? "give it as a proportion (0.806 or 80.6%), or set per to 100 for percentages" : "check the comparator and per",
      });
    }
    const limit = (confidence: number, side: "low" | "high") =>
      Math.min(per, Math.max(0, proportionFunnelPoint(confidence, denominator, average, side) * per));
    return {
      lower95: limit(CONFIDENCE_95, "low"),
      upper95: limit(CONFIDENCE_95, "high"),
      lower998: limit(CONFIDENCE_998, "low"),
      upper998: limit(CONFIDENCE_998, "high"),
    };
  }
  const expected = (comparator * denominator) / per;
  const scale = per / denominator;
  return {
    lower95: countOnLowerLimit(expected, CONFIDENCE_95) * scale,
    upper95: countOnUpperLimit(expected, CONFIDENCE_95) * scale,
    lower998: countOnLowerLimit(expected, CONFIDENCE_998) * scale,
    upper998: countOnUpperLimit(expected, CONFIDENCE_998) * scale,
  };
}

/**
 * PHEindicatormethods `sigma_adjustment`: the proportion at size n on the funnel around `average`
 * at one-sided probability p = c + (1 - c)/2 (0.975, 0.999).
 */
function proportionFunnelPoint(confidence: number, n: number, average: number, side: "low" | "high"): number {
  const z2 = Math.pow(normalQuantile(confidence + (1 - confidence) / 2), 2);
  const first = average * (n / z2 + 1);
  const discriminant =
    Math.pow(-8 * average * (n / z2 + 1), 2) - 64 * (1 / z2 + 1 / n) * average * (n * (average * (n / z2 + 2) - 1) + z2 * (average - 1));
  const adjustment = Math.sqrt(Math.max(0, discriminant));
  const last = 1 / z2 + 1 / n;
  const point = side === "low" ? (first - adjustment / 8) / last : (first + adjustment / 8) / last;
  return point / n;
}

/**
 * The count c whose exact upper limit qchisq(p, 2c + 2)/2 equals `expected` (0 when even no events
 * would have an upper limit above it): the lower funnel limit on the count scale.
 */
function countOnLowerLimit(expected: number, confidence: number): number {
  const upperTail = confidence + (1 - confidence) / 2;
  // qchisq(p, 2c + 2)/2 = E exactly when P(chi2(2c + 2) <= 2E) = P(c + 1, E) = p, which falls as c grows.
  const f = (c: number) => regularizedGammaP(c + 1, expected) - upperTail;
  if (expected <= 0 || f(0) <= 0) return 0;
  const guess = expected - normalQuantile(upperTail) * Math.sqrt(expected);
  return bisect(f, guess, Math.sqrt(expected), 0);
}

/** The count c whose exact lower limit qchisq(1 - p, 2c)/2 equals `expected`: the upper funnel limit. */
function countOnUpperLimit(expected: number, confidence: number): number {
  const lowerTail = (1 - confidence) / 2;
  if (expected <= 0) return 0;
  // qchisq(p, 2c)/2 = E exactly when P(c, E) = p, which falls as c grows.
  const f = (c: number) => regularizedGammaP(c, expected) - lowerTail;
  const guess = expected + normalQuantile(1 - lowerTail) * Math.sqrt(expected);
  return bisect(f, guess, Math.sqrt(expected), 1e-300);
}

/**
 * Root of a decreasing function, searched around a first guess: the bracket [guess - width,
 * guess + width] is widened until it holds the root (never below `floor`), then halved to a
 * relative precision of FUNNEL_BISECTION_TOLERANCE.
 */
function bisect(f: (x: number) => number, guess: number, spread: number, floor: number): number {
  let width = 2 + 0.2 * spread;
  let low = Math.max(floor, guess - width);
  let high = guess + width;
  while (f(low) <= 0 && low > floor) {
    width *= 2;
    low = Math.max(floor, guess - width);
  }
  while (f(high) > 0) {
    width *= 2;
    high = guess + width;
  }
  for (let i = 0; i < 200 && high - low > FUNNEL_BISECTION_TOLERANCE * Math.max(1, high); i++) {
    const middle = (low + high) / 2;
    if (f(middle) > 0) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
