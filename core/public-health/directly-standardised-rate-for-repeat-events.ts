import { CONFIDENCE_95, DEFAULT_RATE_PER } from "../benchmark/constants";
import { KpiError } from "../errors";
import { checkAgeBandCounts, checkAgeBandPopulations, checkAgeBandsLineUp, checkStandardPopulation } from "./age-bands";
import { StandardisedRate, standardisedRate } from "./directly-standardised-rate";

/**
 * Directly standardised rate of events that can happen to the same person more than once
 * (admissions, say), as PHEindicatormethods `calculate_dsr(..., independent_events = FALSE)`: the
 * data are the number of people in each age band with each number of events. The rate is the
 * ordinary DSR of all their events (Σ frequency × people); only the interval widens, the variance
 * being Σₖ fₖ² × Vₖ, where Vₖ is the DSR variance of the people with fₖ events (Fingertips
 * technical guidance, DSR chapter).
 *
 * @param peopleByFrequency one list per event frequency: the people in each age band with that many events (`null` = none)
 * @param frequencies the number of events of each list (1, 2, 3, ...)
 * @param populations the local population of each age band, more than zero
 * @param standard the standard population of each age band
 * @param per the rate's base, 100,000 by default
 * @param levels confidence levels, 0.95 by default
 * @throws {KpiError} as {@link directlyStandardisedRate}, and `invalid_argument` for a frequency that is not a whole number above zero
 * @example
 * directlyStandardisedRateForRepeatEvents([[7, 4, 3], [1, 0, 0], [1, 0, 0]], [1, 2, 3], [636, 558, 609], [5000, 5500, 5500]);
 * // => rate 1005.373 (the DSR of 12, 4 and 3 events), 95% interval 536.320 to 1667.003 (independent events: 603.105 to 1572.799)
 */
export function directlyStandardisedRateForRepeatEvents(
  peopleByFrequency: readonly (readonly (number | null)[])[],
  frequencies: readonly number[],
  populations: readonly number[],
  standard: readonly number[],
  per = DEFAULT_RATE_PER,
  levels: readonly number[] = [CONFIDENCE_95],
): StandardisedRate {
  if (peopleByFrequency.length !== frequencies.length) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "event_frequencies",
      problem: `has ${frequencies.length} frequencies but counts has ${peopleByFrequency.length} rows of people`,
      fix: "give one event frequency for each row (or column) of people",
    });
  }
  frequencies.forEach((frequency, k) => {
    if (!(Number.isInteger(frequency) && frequency > 0)) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "event_frequencies",
        problem: `${k + 1} is ${frequency}, which is not a number of events`,
        fix: "give each row of people its number of events per person: 1, 2, 3 and so on",
      });
    }
  });
  const bands = populations.length;
  const people = peopleByFrequency.map((row) => {
    checkAgeBandsLineUp("counts", row.length, "populations", bands);
    const filled = row.map((count) => count ?? 0);
    checkAgeBandCounts(filled, "counts");
    return filled;
  });
  checkAgeBandsLineUp("standard_populations", standard.length, "populations", bands);
  checkAgeBandPopulations(populations, "populations");
  checkStandardPopulation(standard);
  const weights = standard.map((persons, band) => persons / populations[band]);
  const events = populations.map((_, band) => people.reduce((sum, row, k) => sum + frequencies[k] * row[band], 0));
  const variance = people.reduce(
    (sum, row, k) => sum + frequencies[k] * frequencies[k] * row.reduce((inner, count, band) => inner + count * weights[band] * weights[band], 0),
    0,
  );
  return standardisedRate(events, populations, standard, variance, per, levels);
}
