import { SpcRule } from "./spc-rule";

/**
 * The first special-cause rule of Making Data Count: a single point beyond a process limit,
 * strictly (a point exactly on a limit is inside), as NHSRplotthedots
 * `outside_limits = y > upl | y < lpl`.
 *
 * @param values the points of one limit group, in time order
 * @param lower the lower process limit
 * @param upper the upper process limit
 * @returns +1 above the upper limit, -1 below the lower limit, 0 inside
 * @example
 * outsideLimits([1, 5, -4, 4], -3, 4); // => [0, 1, -1, 0]
 */
export function outsideLimits(values: readonly number[], lower: number, upper: number): number[] {
  const signs: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    signs.push(value > upper ? 1 : value < lower ? -1 : 0);
  }
  return signs;
}

/**
 * Outside limits, first in precedence: a point beyond a process limit (`outsideLimits`).
 *
 * @example
 * xmrChart([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { polarity: "higher" }).points[4].rules;
 * // => ["Outside limits"] (10 is above the upper limit of 6.95)
 */
export const OUTSIDE_LIMITS_RULE: SpcRule<"outsideLimits"> = {
  key: "outsideLimits",
  label: "Outside limits",
  mark: ({ values, limits }) => [outsideLimits(values, limits.lower, limits.upper)],
};
