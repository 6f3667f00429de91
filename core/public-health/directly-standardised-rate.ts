import { CONFIDENCE_95, DEFAULT_RATE_PER } from "../benchmark/constants";
import { Interval } from "../benchmark/interval";
import { KpiError } from "../errors";
import { checkAgeBandCounts, checkAgeBandPopulations, checkAgeBandsLineUp, checkStandardPopulation } from "./age-bands";
import { DSR_MIN_TOTAL_COUNT } from "./constants";
import { dobsonInterval } from "./dobson-interval";

/** A directly standardised rate per `per`, with one interval per confidence level asked for. */
export interface StandardisedRate {
  /** The rate per `per`. */
  rate: number;
  /** The intervals, in the order of the levels asked for, per `per`. */
  intervals: Interval[];
  /** All events, every age band. */
  totalCount: number;
  /** All people, every age band. */
  totalPopulation: number;
}

/**
 * Directly standardised rate (DSR) with Dobson's confidence interval on Byar's limits for the total
 * count, as PHEindicatormethods `calculate_dsr` (independent events) and the Fingertips technical
 * guidance: rate = Σ countᵢ × stdᵢ / popᵢ / Σ stdᵢ × per, variance = Σ countᵢ × (stdᵢ / popᵢ)² / (Σ stdᵢ)²,
 * then {@link dobsonInterval}. A missing count is 0 events. Counts, populations and the standard
 * population line up by position, one age band each.
 *
 * @param counts events in each age band (`null` = none)
 * @param populations the local population of each age band, more than zero
 * @param standard the standard population of each age band (e.g. ESP2013)
 * @param per the rate's base, 100,000 by default
 * @param levels confidence levels, 0.95 by default ([0.95, 0.998] for both Fingertips intervals)
 * @throws {KpiError} `invalid_argument` when the age bands do not line up, for a negative count, a
 *   population of zero or less or a bad standard; `too_few_points` (too little data) when the
 *   total count is under 10, where PHEindicatormethods gives no rate
 * @example
 * directlyStandardisedRate(
 *   [12, 4, 3, 2, 3, 4, 8, 2, 2, 3, 4, 5, 6, 8, 5, 6, 5, 5, 4],
 *   [636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207],
 *   EUROPEAN_STANDARD_POPULATION_2013,
 * ).rate; // => 1103.212025300104 (PHEindicatormethods testdata_small)
 */
export function directlyStandardisedRate(
  counts: readonly (number | null)[],
  populations: readonly number[],
  standard: readonly number[],
  per = DEFAULT_RATE_PER,
  levels: readonly number[] = [CONFIDENCE_95],
): StandardisedRate {
  const events = counts.map((count) => count ?? 0);
  checkAgeBandsLineUp("populations", populations.length, "counts", events.length);
  checkAgeBandsLineUp("standard_populations", standard.length, "counts", events.length);
  checkAgeBandCounts(events, "counts");
  checkAgeBandPopulations(populations, "populations");
  checkStandardPopulation(standard);
  const weights = standard.map((people, band) => people / populations[band]);
  const variance = events.reduce((sum, count, band) => sum + count * weights[band] * weights[band], 0);
  return standardisedRate(events, populations, standard, variance, per, levels);
}

/**
 * The rate and Dobson intervals of events standardised to `standard`, given the variance of
 * Σ countᵢ × stdᵢ / popᵢ (before dividing by Σ stdᵢ). Shared by the independent and repeat-event forms.
 *
 * @throws {KpiError} `too_few_points` when the total count is under 10
 * @example
 * // Two age bands of equal standard weight, 10 events in 1,000 and 20 in 1,000, variance Σ count × (std / pop)²:
 * standardisedRate([10, 20], [1000, 1000], [1, 1], 10 * 1e-6 + 20 * 1e-6, 1000, [0.95]).rate; // => 15 (per 1,000)
 */
export function standardisedRate(
  events: readonly number[],
  populations: readonly number[],
  standard: readonly number[],
  weightedVariance: number,
  per: number,
  levels: readonly number[],
): StandardisedRate {
  checkPer(per);
  const totalCount = events.reduce((sum, count) => sum + count, 0);
  if (totalCount < DSR_MIN_TOTAL_COUNT) {
    throw new KpiError({
      code: "too_few_points",
      argument: "counts",
      needed: DSR_MIN_TOTAL_COUNT,
      actual: totalCount,
      what: "events in all",
      fix: "a standardised rate on fewer is not reliable (Fingertips does not publish it); pool more years or areas",
    });
  }
  const totalStandard = standard.reduce((sum, people) => sum + people, 0);
  const value = events.reduce((sum, count, band) => sum + (count * standard[band]) / populations[band], 0) / totalStandard;
  const variance = weightedVariance / (totalStandard * totalStandard);
  const intervals = levels.map((level) => {
    const interval = dobsonInterval(value, variance, totalCount, level);
    return { lower: interval.lower * per, upper: interval.upper * per };
  });
  return { rate: value * per, intervals, totalCount, totalPopulation: populations.reduce((sum, people) => sum + people, 0) };
}

function checkPer(per: number): void {
  if (!(per > 0)) {
    throw new KpiError({ code: "invalid_argument", argument: "per", problem: `is ${per}, which is not above zero`, fix: "enter the rate's base, such as 1000 or 100000" });
  }
}
