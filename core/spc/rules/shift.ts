import { partOfRun } from "./part-of-run";
import { SpcRule } from "./spc-rule";

/**
 * Where a shift ends: +1 or -1 at each point that closes `runLength` consecutive points on the
 * same side of the mean (that side), 0 elsewhere. A point exactly on the mean (side 0) breaks the
 * run (NHSRplotthedots `ptd_seven_point_one_side_mean`, which marks the 7th and later points).
 *
 * @param sides the side of the mean of each point (+1, -1 or 0), see `sideOfMean`
 * @param runLength points in a run (7, or 6 in the Making Data Count tools)
 * @example
 * shiftEnds([1, 1, 1, 1, 1, 1, 1, 1, -1], 7); // => [0, 0, 0, 0, 0, 0, 1, 1, 0]
 */
export function shiftEnds(sides: readonly number[], runLength: number): number[] {
  const ends: number[] = [];
  let run = 0;
  for (let i = 0; i < sides.length; i++) {
    const side = sides[i];
    run = side !== 0 && i > 0 && side === sides[i - 1] ? run + 1 : side !== 0 ? 1 : 0;
    ends.push(run >= runLength ? side : 0);
  }
  return ends;
}

/**
 * The shift rule of Making Data Count: every point of a run of `runLength` or more consecutive
 * points on one side of the mean (a point on the mean breaks the run).
 *
 * @param sides the side of the mean of each point (+1, -1 or 0)
 * @param runLength points in a run (6 or 7)
 * @returns true for every point of such a run
 * @example
 * shift([-1, 1, 1, 1, 1, 1, 1, 1, 0], 7); // => [false, true, true, true, true, true, true, true, false]
 */
export function shift(sides: readonly number[], runLength: number): boolean[] {
  return partOfRun(shiftEnds(sides, runLength), runLength);
}

/**
 * Shift: every point of a run of `runLength` or more on one side of the mean (`shift`), marked
 * with that side.
 *
 * @example
 * SHIFT_RULE.mark({ ...group, runLength: 7, sides: [-1, 1, 1, 1, 1, 1, 1, 1, 0] });
 * // => [[0, 1, 1, 1, 1, 1, 1, 1, 0]] (only the sides and the run length are read)
 */
export const SHIFT_RULE: SpcRule<"shift"> = {
  key: "shift",
  label: "Shift",
  mark({ sides, runLength }) {
    const inShift = shift(sides, runLength);
    return [sides.map((side, i) => (inShift[i] ? side : 0))];
  },
};
