import { RANGE_SLACK } from "../constants";
import { DataCheckRule, cellFigure, listed, placeOf } from "../finding";

/**
 * Numerator above denominator: a proportion whose part is larger than its whole (131 out of 120).
 * Not judged for a rate per some population (a unit with "per" or "rate": bed days per 1,000
 * people can exceed the people).
 *
 * @example
 * checkData({ values: [90, 95], numerators: [108, 131], denominators: [120, 120] })[0].sentence;
 * // => "Numerator above denominator: value 2 has 131 out of 120; a part cannot be more than its whole."
 */
export const NUMERATOR_ABOVE_DENOMINATOR: DataCheckRule<"numerator_above_denominator"> = {
  code: "numerator_above_denominator",
  title: "Numerator above denominator",
  check(context) {
    const { numerators, denominators } = context;
    if (numerators === undefined || denominators === undefined || context.unit.rate) return undefined;
    const found: string[] = [];
    numerators.forEach((numerator, position) => {
      const denominator = denominators[position] ?? null;
      if (numerator === null || denominator === null || denominator < 0) return;
      if (numerator > denominator * (1 + RANGE_SLACK)) found.push(`${placeOf(context, position)} has ${cellFigure(numerator)} out of ${cellFigure(denominator)}`);
    });
    return found.length === 0 ? undefined : `${listed(found)}; a part cannot be more than its whole.`;
  },
};
