import { ComparisonLabel, labelOfDifference } from "../benchmark/compare-with-comparator";
import { CONFIDENCE_95, CONFIDENCE_998 } from "../benchmark/constants";
import { Interval } from "../benchmark/interval";
import { checkPopulation } from "../benchmark/rate-interval";
import { chiSquaredQuantile } from "../distributions";
import { KpiError } from "../errors";
import { BENCHMARK_LABELS } from "../labels";
import { Polarity } from "../values";

/**
 * Fingertips' control limits for a directly standardised rate: the exact Poisson interval of the
 * count the comparator's rate would give in the area, E = comparator × population / per, as if E
 * events had been observed (a count of events being whole, the lower limit is that of ⌈E⌉ events,
 * the upper that of ⌊E⌋): lower = qchisq((1 - c)/2, 2⌈E⌉)/2, upper = qchisq((1 + c)/2, 2⌊E⌋ + 2)/2,
 * each divided by the population and multiplied by `per`. Fingertips finds the same means by
 * bisection (`StatisticalMethods.PoisLow`, `PoisHigh`, to 1e-7); here they are exact.
 *
 * @param population the area's population
 * @param comparator the comparator's rate, per `per`
 * @param per the rates' base
 * @param confidence the level, 0.95 or 0.998
 * @throws {KpiError} `invalid_argument` for a population of zero or less or a negative comparator
 * @example
 * controlLimits(616282, 2.132708657734625, 100000, 0.95); // => { lower: 1.2419525925307893, upper: 3.6071791676795506 }
 */
export function controlLimits(population: number, comparator: number, per: number, confidence: number): Interval {
  checkPopulation(population, "denominator");
  if (!(comparator >= 0)) {
    throw new KpiError({ code: "invalid_argument", argument: "comparator", problem: `is ${comparator}, which is negative`, fix: "enter the comparator's rate, zero or more" });
  }
  const expected = (comparator * population) / per;
  const tail = (1 - confidence) / 2;
  const above = Math.ceil(expected);
  const lower = above === 0 ? 0 : chiSquaredQuantile(tail, 2 * above) / 2;
  const upper = chiSquaredQuantile(1 - tail, 2 * Math.floor(expected) + 2) / 2;
  return { lower: (lower / population) * per, upper: (upper / population) * per };
}

/**
 * Fingertips' "SPC for DSRs" comparison: whether a directly standardised rate lies outside the
 * {@link controlLimits} around the comparator for an area of its population. `Similar` on or inside
 * the limits, else `Better` / `Worse` (neutral: `Higher` / `Lower`) by polarity; with both
 * Fingertips levels, `Best` / `Worst` outside the 99.8% limits too. Source: Fingertips
 * `SpcForDsrComparer` and `IndicatorComparer.GetSignificanceFromSDs` (fingertips-open,
 * PholioVisualisationWS/Analysis).
 *
 * @param rate the area's DSR, per `per`
 * @param population the area's population
 * @param comparator the comparator's rate (e.g. England's), per `per`
 * @param per the rates' base, e.g. 100,000
 * @param polarity whether higher or lower is better
 * @param levels [0.95], [0.998] or both (the control limits Fingertips draws)
 * @throws {KpiError} `invalid_argument` for a population of zero or less, a negative comparator or another level
 * @example
 * compareWithControlLimits(1.1358436559886544, 616282, 2.132708657734625, 100000, "lower", [0.95]); // => "Better"
 */
export function compareWithControlLimits(
  rate: number,
  population: number,
  comparator: number,
  per: number,
  polarity: Polarity,
  levels: readonly number[] = [CONFIDENCE_95],
): ComparisonLabel {
  if (levels.some((level) => level !== CONFIDENCE_95 && level !== CONFIDENCE_998)) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "confidence",
      problem: `is ${levels.join(" and ")}, but control limits are drawn at 0.95 and 0.998 only`,
      fix: 'with type "dsr" give 0.95, 0.998 or both',
    });
  }
  const side = (level: number): "above" | "below" | "inside" => {
    const { lower, upper } = controlLimits(population, comparator, per, level);
    return rate > upper ? "above" : rate < lower ? "below" : "inside";
  };
  const first = side(levels[0]);
  if (first === "inside") return BENCHMARK_LABELS.similar;
  const strong = levels.length === 2 && side(levels[1]) !== "inside";
  const higher = first === "above";
  return labelOfDifference(higher, strong, polarity);
}
