import { KpiError } from "../errors";
import { byarInterval, checkCount } from "./byar-interval";
import { DEFAULT_RATE_PER, EXACT_POISSON_BELOW } from "./constants";
import { confidenceBelowOne } from "./confidence";
import { exactPoissonInterval } from "./exact-poisson-interval";
import { Interval } from "./interval";

/** A crude rate with its interval, per `per` population, and the method of the interval. */
export interface RateInterval extends Interval {
  rate: number;
  method: "Exact" | "Byars";
}

/**
 * Checks a population (denominator of a rate).
 *
 * @throws {KpiError} `invalid_argument` for a population of zero or less
 */
export function checkPopulation(population: number, argument = "population"): void {
  if (population <= 0) {
    throw new KpiError({
      code: "invalid_argument",
      argument,
      problem: `is ${population}, ${population === 0 ? "which leaves nothing to divide by" : "which is negative"}`,
      fix: "enter the population (or number of cases), which must be more than zero",
    });
  }
}

/**
 * A crude rate with its confidence interval, as PHEindicatormethods `phe_rate` and Fingertips:
 * rate = count / population × per; exact Poisson limits below 10 events, Byar's method from 10;
 * limits divided by the population and multiplied by `per`. The count may exceed the population.
 *
 * @param count the number of events
 * @param population the population at risk (person-years)
 * @param per the rate's base, 100,000 by default
 * @param confidence the level, 0.95 by default (95 is read as 0.95)
 * @throws {KpiError} `invalid_argument` for a negative count, a population of zero or less, or `per` of zero or less
 * @example
 * rateInterval(65, 100, 100, 0.95); // => { rate: 65, lower: 50.163187710459454, upper: 82.84913854593984, method: "Byars" }
 */
export function rateInterval(count: number, population: number, per = DEFAULT_RATE_PER, confidence = 0.95): RateInterval {
  checkCount(count);
  checkPopulation(population);
  if (!(per > 0)) {
    throw new KpiError({ code: "invalid_argument", argument: "per", problem: `is ${per}, which is not above zero`, fix: "enter the rate's base, such as 1000 or 100000" });
  }
  const level = confidenceBelowOne(confidence, " (a rate's 100% interval has no upper limit)");
  const exact = count < EXACT_POISSON_BELOW;
  const counts = exact ? exactPoissonInterval(count, level) : byarInterval(count, level);
  const scale = per / population;
  return { rate: count * scale, lower: counts.lower * scale, upper: counts.upper * scale, method: exact ? "Exact" : "Byars" };
}
