import { KpiError } from "../errors";
import { Series } from "../values";

/**
 * A money series at the prices of one period: value × deflator[base] / deflator[i], where the
 * deflators are a price index (for example HM Treasury's GDP deflators, or the council's own
 * index). Missing values stay missing.
 *
 * @param values the cash values in time order (`null` = missing)
 * @param deflators the price index for the same periods
 * @param base the position (0-based) whose prices to use; by default the last period with a deflator
 * @returns the series in real terms
 * @throws {KpiError} `length_mismatch` when the lengths differ; `invalid_argument` for a zero or
 *   negative deflator, a value without its deflator, or a base period without one
 * @example
 * realTerms([100, 110, 121], [90, 95, 100]); // => [111.11111111111111, 115.78947368421053, 121]
 */
export function realTerms(values: Series, deflators: Series, base?: number): Series {
  if (deflators.length !== values.length) {
    throw new KpiError({
      code: "length_mismatch",
      argument: "deflators",
      other: "values",
      expected: `${values.length} periods`,
      actual: `${deflators.length} periods`,
    });
  }
  deflators.forEach((deflator, i) => {
    if (deflator !== null && deflator <= 0) {
      throw new KpiError({
        code: "invalid_argument",
        argument: `deflator ${i + 1}`,
        problem: `is ${deflator === 0 ? "zero" : "negative"}, so prices cannot be converted with it`,
        fix: "enter the price index for that period (a positive number, such as 100 for the base year)",
      });
    }
  });
  const basePosition = base ?? lastPresent(deflators);
  if (basePosition < 0 || basePosition >= deflators.length) {
    throw new KpiError({ code: "out_of_range", argument: "base", value: String(basePosition + 1), allowed: `a position from 1 to ${deflators.length}` });
  }
  const baseDeflator = deflators[basePosition];
  if (baseDeflator === null) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "base",
      problem: `points at period ${basePosition + 1}, which has no deflator`,
      fix: "choose a period with a deflator, or fill in its deflator",
    });
  }
  return values.map((value, i) => {
    if (value === null) return null;
    const deflator = deflators[i];
    if (deflator === null) {
      throw new KpiError({
        code: "invalid_argument",
        argument: `deflator ${i + 1}`,
        problem: `is missing but value ${i + 1} is not`,
        fix: "enter the deflator for every period that has a value",
      });
    }
    return (value * baseDeflator) / deflator;
  });
}

function lastPresent(series: Series): number {
  for (let i = series.length - 1; i >= 0; i--) if (series[i] !== null) return i;
  throw new KpiError({ code: "invalid_argument", argument: "deflators", problem: "has no numbers", fix: "enter the price index for each period" });
}
