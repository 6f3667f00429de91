import { KpiError } from "../errors";

/**
 * Checks on the age bands of a standardised rate: every range gives one number per age band, in
 * the same order, and each number is one the method can use.
 */

/**
 * Checks that a range has one cell per age band of the range it is read with.
 *
 * @param argument the range being checked, e.g. `populations`
 * @param count its number of age bands
 * @param other the range it must line up with, e.g. `counts`, or a named standard (`ESP2013`)
 * @param expected the number of age bands of `other`
 * @throws {KpiError} `invalid_argument` naming both ranges and how many age bands each has
 * @example
 * checkAgeBandsLineUp("counts", 18, "ESP2013", 19); // throws: counts has 18 age bands but ESP2013 has 19; ...
 */
export function checkAgeBandsLineUp(argument: string, count: number, other: string, expected: number): void {
  if (count === expected) return;
  throw new KpiError({
    code: "invalid_argument",
    argument,
    problem: `has ${count} age ${count === 1 ? "band" : "bands"} but ${other} has ${expected}`,
    fix: `give one cell per age band, in the same order as ${other}${other === "ESP2013" ? " (0-4, 5-9, ..., 85-89, 90+)" : ""}`,
  });
}

/**
 * Checks event counts: zero or more (a missing count is taken as 0 before this).
 *
 * @throws {KpiError} `invalid_argument` for a negative count, naming its age band
 * @example
 * checkAgeBandCounts([12, -4, 3], "counts"); // throws: counts in age band 2 is -4, which is negative; enter a count of zero or more
 */
export function checkAgeBandCounts(counts: readonly number[], argument: string): void {
  counts.forEach((count, band) => {
    if (count < 0) {
      throw new KpiError({ code: "invalid_argument", argument, problem: `in age band ${band + 1} is ${count}, which is negative`, fix: "enter a count of zero or more" });
    }
  });
}

/**
 * Checks the populations a rate is divided by: more than zero in every age band, as
 * PHEindicatormethods `calculate_dsr` requires ("denominators must all be greater than zero").
 *
 * @throws {KpiError} `invalid_argument` for a population of zero or less, naming its age band
 * @example
 * checkAgeBandPopulations([636, 0, 609], "populations"); // throws: populations in age band 2 is 0, which leaves nothing to divide by; ...
 */
export function checkAgeBandPopulations(populations: readonly number[], argument: string): void {
  populations.forEach((population, band) => {
    if (population <= 0) {
      throw new KpiError({
        code: "invalid_argument",
        argument,
        problem: `in age band ${band + 1} is ${population}, ${population === 0 ? "which leaves nothing to divide by" : "which is negative"}`,
        fix: "enter a population above zero for every age band (an age band with nobody in it can be merged into the next one, in the standard population too)",
      });
    }
  });
}

/**
 * Checks a standard population: no negative band, and some people in it.
 *
 * @throws {KpiError} `invalid_argument` for a negative band or a standard of nobody
 * @example
 * checkStandardPopulation([0, 0, 0]); // throws: standard_populations adds up to nobody; enter the standard population of each age band, or "ESP2013"
 */
export function checkStandardPopulation(standard: readonly number[], argument = "standard_populations"): void {
  standard.forEach((people, band) => {
    if (people < 0) {
      throw new KpiError({ code: "invalid_argument", argument, problem: `in age band ${band + 1} is ${people}, which is negative`, fix: 'enter the standard population of each age band, or "ESP2013"' });
    }
  });
  if (!(standard.reduce((sum, people) => sum + people, 0) > 0)) {
    throw new KpiError({ code: "invalid_argument", argument, problem: "adds up to nobody", fix: 'enter the standard population of each age band, or "ESP2013"' });
  }
}
