import { CONFIDENCE_95 } from "../benchmark/constants";
import { Interval } from "../benchmark/interval";
import { KpiError } from "../errors";
import { SII_DEFAULT_REPETITIONS, SII_MAX_QUANTILES, SII_MIN_QUANTILES, SII_SIMULATION_SEED } from "./constants";
import { cumulativeMidpoints } from "./cumulative-midpoints";
import { InequalityValueType, simulateInequalityLimits } from "./simulate-inequality-limits";

/** Options of {@link slopeIndexOfInequality}, with PHEindicatormethods `phe_sii`'s defaults. */
export interface InequalityOptions {
  /** How the values are simulated: "normal" (default; life expectancy, a score), "rate" (on the log scale) or "proportion" (on the logit scale). */
  valueType?: InequalityValueType;
  /** Multiplies the SII (100 for a proportion in percentage points); a negative one also inverts the RII (PHE `multiplier`, default 1). */
  per?: number;
  /** Confidence levels of the simulated limits, 0.95 by default. */
  levels?: readonly number[];
  /** Simulations, 100,000 by default. */
  repetitions?: number;
  /** Seed of the simulation, {@link SII_SIMULATION_SEED} by default. */
  seed?: number;
}

/** The slope and relative index of inequality, with simulated limits when the quantiles' limits were given. */
export interface SlopeIndex {
  /** Slope index of inequality: the modelled gap from the most to the least deprived end, times `per`. */
  sii: number;
  /** Relative index of inequality: the modelled least deprived end over the most deprived end (inverted for a negative `per`). */
  rii: number;
  /** The modelled value at the most deprived end (x = 0). */
  intercept: number;
  /** Per level asked for: the simulated limits of the SII and of the RII (none without quantile limits). */
  intervals: { sii: Interval; rii: Interval }[];
}

/**
 * Slope index of inequality (SII) and relative index of inequality (RII) across ordered
 * deprivation quantiles, as PHEindicatormethods `phe_sii` (without transformation): each quantile
 * is placed at the midpoint of its share of the cumulative population
 * ({@link cumulativeMidpoints}), and the values are regressed on those positions weighted by the
 * population shares (least squares of √a·y on √a and b·√a). SII = per × slope; RII = (intercept +
 * slope) / intercept. Confidence limits come from {@link simulateInequalityLimits}, when each
 * quantile's 95% limits are given.
 *
 * @param values the indicator in each quantile, in order (quantile 1 first, as the data rank them, usually most deprived)
 * @param populations the population of each quantile, above zero
 * @param options value type, per, levels, repetitions and seed
 * @param limits each quantile's 95% confidence limits, for the simulated limits
 * @throws {KpiError} `invalid_argument` for fewer than 5 or more than 100 quantiles, ranges that do
 *   not line up, a population of zero or less, a proportion outside 0 to 1, limits the wrong way round
 * @example
 * slopeIndexOfInequality([70.5, 71.6, 72.5, 73.5, 73.1, 76.2, 78.7, 80.6, 80.9, 80.0],
 *   [21675, 20065, 19750, 24713, 20112, 19618, 22408, 19752, 18939, 19312]);
 * // => sii 12.6227, rii 1.1820, intercept 69.3426 (life expectancy by decile, rounded from PHEindicatormethods testdata_SII area2)
 */
export function slopeIndexOfInequality(
  values: readonly number[],
  populations: readonly number[],
  options: InequalityOptions = {},
  limits?: { lower: readonly number[]; upper: readonly number[] },
): SlopeIndex {
  const valueType = options.valueType ?? "normal";
  const per = options.per ?? 1;
  checkQuantiles(values, populations, valueType, per);
  const total = populations.reduce((sum, people) => sum + people, 0);
  const shares = populations.map((people) => people / total);
  const positions = cumulativeMidpoints(populations);
  // Weighted least squares of value on position, weights the population shares (which add up to 1).
  const meanPosition = shares.reduce((sum, share, i) => sum + share * positions[i], 0);
  const spread = shares.reduce((sum, share, i) => sum + share * (positions[i] - meanPosition) ** 2, 0);
  const slopeWeights = shares.map((share, i) => (share * (positions[i] - meanPosition)) / spread);
  const interceptWeights = shares.map((share, i) => share - meanPosition * slopeWeights[i]);
  const slope = slopeWeights.reduce((sum, weight, i) => sum + weight * values[i], 0);
  const intercept = interceptWeights.reduce((sum, weight, i) => sum + weight * values[i], 0);
  const relative = (intercept + slope) / intercept;
  const intervals =
    limits === undefined
      ? []
      : simulateInequalityLimits(values, limits, { slopeWeights, interceptWeights }, {
          valueType,
          per,
          levels: options.levels ?? [CONFIDENCE_95],
          repetitions: options.repetitions ?? SII_DEFAULT_REPETITIONS,
          seed: options.seed ?? SII_SIMULATION_SEED,
        });
  return { sii: per * slope, rii: per < 0 ? 1 / relative : relative, intercept, intervals };
}

function checkQuantiles(values: readonly number[], populations: readonly number[], valueType: InequalityValueType, per: number): void {
  if (values.length < SII_MIN_QUANTILES || values.length > SII_MAX_QUANTILES) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "values",
      problem: `has ${values.length} quantiles`,
      fix: `give ${SII_MIN_QUANTILES} to ${SII_MAX_QUANTILES} ordered deprivation quantiles (quintiles or deciles), one value each`,
    });
  }
  if (populations.length !== values.length) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "populations",
      problem: `has ${populations.length} quantiles but values has ${values.length}`,
      fix: "give the population of each quantile, lined up with values",
    });
  }
  if (per === 0 || !Number.isFinite(per)) {
    throw new KpiError({ code: "invalid_argument", argument: "per", problem: `is ${per}`, fix: "enter a multiplier other than zero, such as 1, or 100 for percentage points" });
  }
  populations.forEach((people, i) => {
    if (!(people > 0)) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "populations",
        problem: `of quantile ${i + 1} is ${people}, which is not a population`,
        fix: "enter the population of every quantile, above zero",
      });
    }
  });
  if (valueType === "proportion") {
    values.forEach((value, i) => {
      if (value < 0 || value > 1) {
        throw new KpiError({
          code: "invalid_argument",
          argument: "values",
          problem: `in quantile ${i + 1} is ${value}, which is not a proportion between 0 and 1`,
          fix: 'give proportions (0.45, or 45% formatted as a percentage), or set value_type to "normal"',
        });
      }
    });
  }
}
