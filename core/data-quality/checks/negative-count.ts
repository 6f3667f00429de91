import { Series } from "../../values";
import { DataCheckRule, cellFigure, listed, placeOf, DataCheckContext } from "../finding";

/** The negative cells of a series of counts, named ("the numerator for 2019/20 is -3"). */
function negatives(context: DataCheckContext, series: Series | undefined, noun: string): string[] {
  if (series === undefined) return [];
  const found: string[] = [];
  series.forEach((value, position) => {
    if (value !== null && value < 0) found.push(`${noun}${placeOf(context, position)} is ${cellFigure(value)}`);
  });
  return found;
}

/**
 * Negative count: a numerator or denominator below 0, or a value below 0 when the unit is a
 * count ("count", "number", "people"...). A blank unit is not taken as a count here: a gap, a
 * balance or a change can be negative.
 *
 * @example
 * checkData({ values: [12, -3, 15], unit: "count" })[0].sentence;
 * // => "Negative count: value 2 is -3; a count cannot be below 0."
 */
export const NEGATIVE_COUNT: DataCheckRule<"negative_count"> = {
  code: "negative_count",
  title: "Negative count",
  check(context) {
    const found = [
      ...(context.unit.count ? negatives(context, context.values, "") : []),
      ...negatives(context, context.numerators, "the numerator for "),
      ...negatives(context, context.denominators, "the denominator for "),
    ];
    return found.length === 0 ? undefined : `${listed(found)}; a count cannot be below 0.`;
  },
};
