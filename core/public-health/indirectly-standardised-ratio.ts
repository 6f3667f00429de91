import { byarInterval, checkCount } from "../benchmark/byar-interval";
import { CONFIDENCE_95, DEFAULT_RATE_PER, EXACT_POISSON_BELOW } from "../benchmark/constants";
import { confidenceLevel } from "../benchmark/confidence";
import { exactPoissonInterval } from "../benchmark/exact-poisson-interval";
import { Interval } from "../benchmark/interval";
import { KpiError } from "../errors";
import { expectedEvents } from "./expected-events";

/** An indirectly standardised ratio and rate, with one interval per confidence level asked for. */
export interface IndirectlyStandardised {
  observed: number;
  expected: number;
  /** Observed over expected: 1 is as expected (multiply by 100 for the usual SMR). */
  ratio: number;
  ratioIntervals: Interval[];
  /** The reference population's crude rate per `per`. */
  referenceRate: number;
  /** The ratio times the reference rate, per `per`. */
  rate: number;
  rateIntervals: Interval[];
  /** "Exact" below 10 observed events, "Byars" from 10. */
  method: "Exact" | "Byars";
}

/**
 * Indirectly standardised ratio (the standardised mortality or admission ratio) and rate, as
 * PHEindicatormethods `calculate_ISRatio` and `calculate_ISRate`: expected events from the
 * reference rates of each age band ({@link expectedEvents}); ratio = observed / expected; the
 * observed count's interval is exact Poisson below 10 events and Byar's from 10, divided by the
 * expected count; the rate is the ratio times the reference rate Σ x_ref / Σ n_ref × per.
 *
 * @param observed the local events, all age bands together
 * @param populations the local population of each age band (`null` = none)
 * @param referenceCounts the reference events of each age band (`null` = none)
 * @param referencePopulations the reference population of each age band
 * @param per the rate's base, 100,000 by default (the ratio is a plain ratio)
 * @param levels confidence levels, 0.95 by default
 * @throws {KpiError} as {@link expectedEvents}; `invalid_argument` for a negative count; `too_few_points`
 *   when no events at all are expected (no population where the reference has events)
 * @example
 * indirectlyStandardisedRatio(195, [5000, 4000, 2000], [600, 1100, 2600], [100000, 90000, 40000]);
 * // => ratio 0.9335 (195 observed, 208.89 expected), 95% 0.8071 to 1.0741 (Byars); rate 1745.26 per 100,000
 */
export function indirectlyStandardisedRatio(
  observed: number,
  populations: readonly (number | null)[],
  referenceCounts: readonly (number | null)[],
  referencePopulations: readonly (number | null)[],
  per = DEFAULT_RATE_PER,
  levels: readonly number[] = [CONFIDENCE_95],
): IndirectlyStandardised {
  checkCount(observed, "observed");
  if (!(per > 0)) {
    throw new KpiError({ code: "invalid_argument", argument: "per", problem: `is ${per}, which is not above zero`, fix: "enter the rate's base, such as 1000 or 100000" });
  }
  const expected = expectedEvents(populations, referenceCounts, referencePopulations);
  if (!(expected > 0)) {
    throw new KpiError({
      code: "too_few_points",
      argument: "populations",
      needed: 1,
      actual: 0,
      what: "age bands with people where the reference has events",
      fix: "with nobody in them no events are expected, so there is nothing to compare with; enter the populations",
    });
  }
  const exact = observed < EXACT_POISSON_BELOW;
  const counts = levels.map((level) => {
    const checked = confidenceLevel(level);
    if (checked === 1) {
      throw new KpiError({ code: "out_of_range", argument: "confidence", value: "1", allowed: "a level below 1 such as 0.95 (a 100% interval has no upper limit)" });
    }
    return exact ? exactPoissonInterval(observed, checked) : byarInterval(observed, checked);
  });
  const referenceTotal = referencePopulations.reduce<number>((sum, people) => sum + (people ?? 0), 0);
  const referenceRate = (referenceCounts.reduce<number>((sum, count) => sum + (count ?? 0), 0) / referenceTotal) * per;
  const ratioIntervals = counts.map((interval) => ({ lower: interval.lower / expected, upper: interval.upper / expected }));
  const ratio = observed / expected;
  return {
    observed,
    expected,
    ratio,
    ratioIntervals,
    referenceRate,
    rate: ratio * referenceRate,
    rateIntervals: ratioIntervals.map((interval) => ({ lower: interval.lower * referenceRate, upper: interval.upper * referenceRate })),
    method: exact ? "Exact" : "Byars",
  };
}
