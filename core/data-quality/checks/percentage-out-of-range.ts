import { RANGE_SLACK } from "../constants";
import { DataCheckRule, cellFigure, listed, placeOf } from "../finding";

/**
 * Percentage out of range: with the unit "%", a value below 0 or above 100; or, when the values
 * are fractions of 1 (a cell formatted as % holds 0.724 for 72.4%) with a percentage typed among
 * them (FRACTION_SLIP_RATIO), a value below 0 or above 1.
 * A percentage here is a share of a whole; a measure that can pass 100% (spending against budget)
 * is better given another unit.
 *
 * @example
 * checkData({ values: [98.5, 101.2, 99], unit: "%" })[0].sentence;
 * // => "Percentage out of range: value 2 is 101.2; a percentage of a whole lies between 0 and 100."
 */
export const PERCENTAGE_OUT_OF_RANGE: DataCheckRule<"percentage_out_of_range"> = {
  code: "percentage_out_of_range",
  title: "Percentage out of range",
  check(context) {
    const { unit, present } = context;
    if (!unit.percent) return undefined;
    const top = unit.fractions ? 1 : 100;
    const outside: string[] = [];
    present.positions.forEach((position, i) => {
      const value = present.values[i];
      if (value < -RANGE_SLACK * top || value > top * (1 + RANGE_SLACK)) outside.push(`${placeOf(context, position)} is ${cellFigure(value)}`);
    });
    if (outside.length === 0) return undefined;
    const range = unit.fractions
      ? "the other values are fractions of 1 (0.724 for 72.4%), so each should lie between 0 and 1"
      : "a percentage of a whole lies between 0 and 100";
    return `${listed(outside)}; ${range}.`;
  },
};
