import type { InequalityValueType } from "../public-health/simulate-inequality-limits";
import { Unit } from "../values/units";

/**
 * A unit that names a rate: "per" and a number ("per 100,000", "rate per 1,000 population"), or
 * the word "rate". Fingertips writes the unit of its rates this way ("per 100,000").
 */
const RATE_UNIT = /\bper\s*\d|\brate\b/i;

/** How the quantiles of a KPI are put to the slope index of inequality. */
export interface InequalityScale {
  /** PHEindicatormethods `phe_sii` `value_type`: "rate" (log scale), "proportion" (logit scale), else "normal". */
  valueType: InequalityValueType;
  /**
   * What the KPI's numbers are divided by to give the engine a proportion of 1 (100 for a
   * percentage written as 45), and the SII multiplied by to come back to the KPI's units: 1 for
   * anything but a percentage written as a number from 0 to 100.
   */
  per: number;
}

/**
 * How the quantiles of an indicator are simulated, read from the KPI's unit as PHEindicatormethods
 * `phe_sii` asks (`value_type` 0 normal, 1 rate, 2 proportion): a percentage is a proportion, a
 * unit such as "per 100,000" is a rate, anything else (years of life expectancy, a score) is
 * normal. A percentage kept as 45 is divided by 100 for the engine and its SII multiplied back,
 * so the SII is in percentage points, as `phe_sii` with `multiplier = 100`.
 *
 * @param unitText the unit as written ("%", "per 100,000", "years")
 * @param unit the unit as read from the KPI's values (`readUnit`): tells 45% from 0.45
 * @example
 * inequalityScaleOf("%", readUnit("%", [45, 52]));            // => { valueType: "proportion", per: 100 }
 * inequalityScaleOf("%", readUnit("%", [0.45, 0.52]));        // => { valueType: "proportion", per: 1 }
 * inequalityScaleOf("per 100,000", readUnit("per 100,000"));  // => { valueType: "rate", per: 1 }
 * inequalityScaleOf("years", readUnit("years"));              // => { valueType: "normal", per: 1 }
 */
export function inequalityScaleOf(unitText: string, unit: Unit): InequalityScale {
  if (unit.kind === "percent") return { valueType: "proportion", per: unit.scale === 1 ? 100 : 1 };
  if (RATE_UNIT.test(unitText)) return { valueType: "rate", per: 1 };
  return { valueType: "normal", per: 1 };
}
