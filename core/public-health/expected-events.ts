import { KpiError } from "../errors";
import { checkAgeBandsLineUp } from "./age-bands";

/**
 * The events a population would have at the reference rates of each age band (indirect
 * standardisation), as PHEindicatormethods `calculate_ISRatio`: expected = Σ popᵢ × x_refᵢ / n_refᵢ.
 * A missing local population or reference count counts as 0 (the package's `na.zero`); a
 * reference population must be given, above zero, wherever it is divided by.
 *
 * @param populations the local population of each age band (`null` = none)
 * @param referenceCounts the reference events of each age band (`null` = none)
 * @param referencePopulations the reference population of each age band
 * @throws {KpiError} `invalid_argument` when the age bands do not line up, for a negative number,
 *   or a reference population that is missing, zero or less
 * @example
 * expectedEvents([636, 558], [10303, 2824], [50520, 57173]); // => 157.26704679255562 (636 × 10303 / 50520 + 558 × 2824 / 57173)
 */
export function expectedEvents(
  populations: readonly (number | null)[],
  referenceCounts: readonly (number | null)[],
  referencePopulations: readonly (number | null)[],
): number {
  const bands = populations.length;
  checkAgeBandsLineUp("reference_counts", referenceCounts.length, "populations", bands);
  checkAgeBandsLineUp("reference_populations", referencePopulations.length, "populations", bands);
  let expected = 0;
  for (let band = 0; band < bands; band++) {
    const population = populations[band] ?? 0;
    const referenceCount = referenceCounts[band] ?? 0;
    const referencePopulation = referencePopulations[band];
    if (population < 0) throw negative("populations", band, population);
    if (referenceCount < 0) throw negative("reference_counts", band, referenceCount);
    if (referencePopulation === null || referencePopulation <= 0) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "reference_populations",
        problem: `in age band ${band + 1} is ${referencePopulation === null ? "missing" : referencePopulation}, so that age band has no reference rate`,
        fix: "give the reference population (e.g. England's) of every age band, above zero, lined up with populations",
      });
    }
    expected += (population * referenceCount) / referencePopulation;
  }
  return expected;
}

function negative(argument: string, band: number, value: number): KpiError {
  return new KpiError({ code: "invalid_argument", argument, problem: `in age band ${band + 1} is ${value}, which is negative`, fix: "enter a number of zero or more" });
}
