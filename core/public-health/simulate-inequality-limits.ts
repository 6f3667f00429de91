import { normalQuantile } from "../distributions";
import { confidenceLevel } from "../benchmark/confidence";
import { Interval } from "../benchmark/interval";
import { KpiError } from "../errors";
import { seededRandom } from "../seeded-random";
import { SII_QUANTILE_LIMITS_LEVEL } from "./constants";
import { standardNormal } from "./standard-normal";

/** How the values of an inequality measure are simulated (PHEindicatormethods `phe_sii` `value_type` 0, 1, 2). */
export type InequalityValueType = "normal" | "rate" | "proportion";

/** The linear weights that turn the quantile values into the regression's slope and intercept. */
export interface RegressionWeights {
  slopeWeights: readonly number[];
  interceptWeights: readonly number[];
}

/** What the simulation needs besides the data. */
export interface SimulationOptions {
  valueType: InequalityValueType;
  per: number;
  levels: readonly number[];
  repetitions: number;
  seed: number;
}

// Read once: a global lookup on every draw is slow where the global object is a sandbox's (Node's vm).
const { exp, log } = Math;

const SCALES: Record<InequalityValueType, { to: (x: number) => number; from: (x: number) => number; name: string }> = {
  normal: { to: (x) => x, from: (x) => x, name: "" },
  rate: { to: log, from: exp, name: "a rate's limits are used on the log scale, so they must be above 0" },
  proportion: {
    to: (x) => log(x / (1 - x)),
    from: (x) => 1 / (1 + exp(-x)),
    name: "a proportion's limits are used on the logit scale, so they must be above 0 and below 1",
  },
};

/**
 * Simulated confidence limits of the slope and relative index of inequality, as PHEindicatormethods
 * `phe_sii` (`SimulationFunc`): each quantile's value is drawn `repetitions` times from a normal
 * distribution around it (on the log scale for a rate, the logit scale for a proportion) with the
 * standard error its 95% limits imply, se = (upper - lower) / (2 × 1.959964); each draw is turned
 * back and regressed as the data were; the limits are the simulated indices at positions
 * round(repetitions × (1 - c)) and round(repetitions × c) of the sorted results, c = level + (1 -
 * level) / 2 (R's `round`, halves to even). The draws come from core's mulberry32 generator
 * (`seededRandom`) with a fixed seed and Marsaglia's polar method, so the limits repeat exactly;
 * they differ from R's by simulation error only (about 0.2% of the interval's width at 100,000
 * repetitions).
 *
 * @param values the quantiles' values
 * @param limits the quantiles' 95% confidence limits
 * @param weights the regression's linear weights (slope = Σ wᵢ yᵢ, intercept = Σ vᵢ yᵢ)
 * @param options value type, per (a negative per inverts the RII), levels, repetitions and seed
 * @returns per level, the limits of the SII (times per) and of the RII
 * @throws {KpiError} `invalid_argument` for limits the wrong way round or outside the value type's scale
 * @example
 * // As slopeIndexOfInequality calls it, on the deciles of the KPI.SII example with their 95% limits:
 * slopeIndexOfInequality(values, populations, {}, { lower, upper }).intervals;
 * // => [{ sii: { lower: 12.0038, upper: 13.2359 }, rii: { lower: 1.1724, upper: 1.1916 } }]
 */
export function simulateInequalityLimits(
  values: readonly number[],
  limits: { lower: readonly number[]; upper: readonly number[] },
  weights: RegressionWeights,
  options: SimulationOptions,
): { sii: Interval; rii: Interval }[] {
  const scale = SCALES[options.valueType];
  const z = normalQuantile(SII_QUANTILE_LIMITS_LEVEL + (1 - SII_QUANTILE_LIMITS_LEVEL) / 2);
  const count = values.length;
  const centres = new Float64Array(count);
  const errors = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const lower = limits.lower[i];
    const upper = limits.upper[i];
    if (!(lower <= upper)) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "lower",
        problem: `in quantile ${i + 1} (${lower}) is above upper (${upper})`,
        fix: "give each quantile's lower 95% limit in lower and its upper limit in upper",
      });
    }
    centres[i] = scale.to(values[i]);
    errors[i] = (scale.to(upper) - scale.to(lower)) / (2 * z);
    if (!Number.isFinite(errors[i])) {
      throw new KpiError({ code: "invalid_argument", argument: "lower", problem: `or upper in quantile ${i + 1} cannot be used`, fix: scale.name });
    }
  }
  const normal = standardNormal(seededRandom(options.seed));
  const repetitions = options.repetitions;
  const slopes = new Float64Array(repetitions);
  const relatives = new Float64Array(repetitions);
  for (let r = 0; r < repetitions; r++) {
    let slope = 0;
    let intercept = 0;
    for (let i = 0; i < count; i++) {
      const drawn = scale.from(centres[i] + errors[i] * normal());
      slope += weights.slopeWeights[i] * drawn;
      intercept += weights.interceptWeights[i] * drawn;
    }
    slopes[r] = slope * options.per;
    const relative = (intercept + slope) / intercept;
    relatives[r] = options.per < 0 ? 1 / relative : relative;
  }
  slopes.sort();
  relatives.sort();
  return options.levels.map((level) => {
    const upperTail = confidenceLevel(level) + (1 - confidenceLevel(level)) / 2;
    const at = (sorted: Float64Array, position: number) => sorted[Math.min(repetitions, Math.max(1, position)) - 1];
    const low = roundHalfEven(repetitions * (1 - upperTail));
    const high = roundHalfEven(repetitions * upperTail);
    return { sii: { lower: at(slopes, low), upper: at(slopes, high) }, rii: { lower: at(relatives, low), upper: at(relatives, high) } };
  });
}

/** R's `round`: to the nearest whole number, halves to the even one. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
