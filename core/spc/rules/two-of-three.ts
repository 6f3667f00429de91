import { TWO_OF_THREE_NEEDED, TWO_OF_THREE_WINDOW } from "../constants";
import { SpcRule } from "./spc-rule";

/**
 * The windows of the two-of-three rule: true for every point of a run of three consecutive points
 * of which at least two are `near` a limit and all three lie on the same side of the mean
 * (NHSRplotthedots 0.2.x `ptd_two_in_three`; a point on the mean completes no window).
 *
 * @param near whether each point counts as near a limit (which points count is the profile's choice)
 * @param sides the side of the mean of each point (+1, -1 or 0)
 * @example
 * twoOfThreeWindows([false, false, true, true, false, false, false], [1, 1, 1, 1, 1, 1, 1]);
 * // => [false, true, true, true, true, false, false]
 */
export function twoOfThreeWindows(near: readonly boolean[], sides: readonly number[]): boolean[] {
  const inWindow: boolean[] = [];
  for (let i = 0; i < near.length; i++) inWindow.push(false);
  for (let start = 0; start + TWO_OF_THREE_WINDOW <= near.length; start++) {
    let count = 0;
    let sideSum = 0;
    for (let j = start; j < start + TWO_OF_THREE_WINDOW; j++) {
      if (near[j]) count += 1;
      sideSum += sides[j];
    }
    if (count >= TWO_OF_THREE_NEEDED && Math.abs(sideSum) === TWO_OF_THREE_WINDOW) {
      for (let j = start; j < start + TWO_OF_THREE_WINDOW; j++) inWindow[j] = true;
    }
  }
  return inWindow;
}

/**
 * The two-of-three rule of Making Data Count: the points near a limit that lie in a window of
 * three consecutive points with at least two near a limit, all three on one side of the mean.
 * Only the near points are flagged (NHSRplotthedots `ptd_part_of_two_in_three`).
 *
 * Which points are "near" is the profile's choice: NHSR counts points strictly between the
 * two-sigma band and the limit; MDC (since the November 2023 Making Data Count change) also counts
 * points beyond the limits.
 *
 * @param near whether each point counts as near a limit
 * @param sides the side of the mean of each point (+1, -1 or 0)
 * @returns true for each flagged point
 * @example
 * twoOfThree([true, false, false, true, true], [1, 1, 1, 1, 1]); // => [false, false, false, true, true]
 */
export function twoOfThree(near: readonly boolean[], sides: readonly number[]): boolean[] {
  const inWindow = twoOfThreeWindows(near, sides);
  const flagged: boolean[] = [];
  for (let i = 0; i < near.length; i++) flagged.push(near[i] && inWindow[i]);
  return flagged;
}

/**
 * Two of three: the near-limit points of `twoOfThree`, marked with their side of the mean. Which
 * points are near is the profile's choice: beyond the two-sigma band, and for NHSR also inside
 * the limits (MDC, since November 2023, counts points beyond the limits too).
 *
 * @example
 * xmrChart([5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 7.8, 8, 6], { polarity: "higher" }).points[13].rules;
 * // => ["Two of three"] (7.8 and 8 lie above the two-sigma band, 7.75, and below the limit, 8.70)
 */
export const TWO_OF_THREE_RULE: SpcRule<"twoOfThree"> = {
  key: "twoOfThree",
  label: "Two of three",
  mark({ values, limits, profile, sides }) {
    const near = values.map(
      (value) => (value > limits.nearUpper || value < limits.nearLower) && (profile !== "NHSR" || (value <= limits.upper && value >= limits.lower)),
    );
    const flagged = twoOfThree(near, sides);
    return [sides.map((side, i) => (flagged[i] ? side : 0))];
  },
};
