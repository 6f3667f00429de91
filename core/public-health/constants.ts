/**
 * Constants of the public health methods (standardised rates, inequality, quantile groups), each
 * with its source.
 */

/**
 * The European Standard Population 2013 (ESP2013): 100,000 people in 19 age bands, 0-4, 5-9, ...,
 * 85-89 and 90+. Source: Eurostat, "Revision of the European Standard Population: report of
 * Eurostat's task force", 2013 edition (Methodologies and Working papers KS-RA-13-028,
 * doi:10.2785/11470), adopted by the Office for National Statistics for age-standardised rates
 * from 2014; the same vector is PHEindicatormethods' `esp2013` (data-raw/LoadTestdata.R).
 */
export const EUROPEAN_STANDARD_POPULATION_2013: readonly number[] = [
  5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000,
];

/** The age bands of {@link EUROPEAN_STANDARD_POPULATION_2013}, for messages. */
export const ESP2013_AGE_BANDS: readonly string[] = [
  "0-4",
  "5-9",
  "10-14",
  "15-19",
  "20-24",
  "25-29",
  "30-34",
  "35-39",
  "40-44",
  "45-49",
  "50-54",
  "55-59",
  "60-64",
  "65-69",
  "70-74",
  "75-79",
  "80-84",
  "85-89",
  "90+",
];

/** The standard populations a formula accepts by name (upper case, spaces and hyphens dropped). */
export const STANDARD_POPULATIONS: Readonly<Record<string, readonly number[]>> = {
  ESP2013: EUROPEAN_STANDARD_POPULATION_2013,
};

/**
 * A directly standardised rate is not given when the total count is below this, as
 * PHEindicatormethods `calculate_dsr` ("dsr NA for total count < 10") and the Fingertips
 * technical guidance, because it is unreliable.
 */
export const DSR_MIN_TOTAL_COUNT = 10;

/** PHEindicatormethods `phe_sii`: an SII needs between 5 and 100 quantiles ("Number of quantiles must be between 5 and 100"). */
export const SII_MIN_QUANTILES = 5;
export const SII_MAX_QUANTILES = 100;

/** PHEindicatormethods `phe_sii`: 100,000 simulations by default, and no fewer than 1,000. */
export const SII_DEFAULT_REPETITIONS = 100000;
export const SII_MIN_REPETITIONS = 1000;
/** More simulations than this in one call is refused (at 100,000 each, the cap is ten for every row of a KPI table). */
export const SII_MAX_REPETITIONS = 1000000;

/**
 * The most normal draws (quantiles × repetitions × rows) one KPI.SII call simulates: 30 rows of
 * deciles at 100,000 repetitions, about a second of work. A larger table is refused with a message
 * rather than left to run into the hosts' time limits ("A custom function call must return within
 * 30 seconds": https://developers.google.com/apps-script/guides/sheets/functions).
 */
export const SII_MAX_DRAWS_PER_CALL = 30_000_000;

/**
 * The seed of the SII simulation (core's mulberry32, `seededRandom`). Fixed, so that the same data
 * give the same confidence limits in every call, every row and both hosts. Each row of a table is
 * simulated from this seed afresh, so a row's limits do not depend on the rows above it.
 */
export const SII_SIMULATION_SEED = 20_130_717;

/**
 * PHEindicatormethods `phe_sii` turns each quantile's confidence limits into a standard error with
 * the 95% normal score, whatever the confidence asked of the SII: se = (upper - lower) / (2 × qnorm(0.975))
 * ("hard-coded at 95% confidence"). Quantile limits must therefore be 95% limits.
 */
export const SII_QUANTILE_LIMITS_LEVEL = 0.95;

