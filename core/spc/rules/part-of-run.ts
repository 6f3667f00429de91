/**
 * Spreads end-of-run marks back over the whole run: a point is part of a run when it, or one of
 * the `runLength - 1` points after it, ends a run (NHSRplotthedots `ptd_part_of_seven_trend`, which
 * back-fills the 6 points before each mark of a 7-point rule).
 *
 * @param ends one mark per point: non-zero where a run of `runLength` points ends
 * @param runLength points in a run (6 or 7)
 * @returns true for every point of a marked run
 * @example
 * partOfRun([0, 0, 0, 0, 0, 0, 0, 1, 0], 7); // => [false, true, true, true, true, true, true, true, false]
 */
export function partOfRun(ends: readonly number[], runLength: number): boolean[] {
  // One pass from the end, keeping the position of the nearest mark at or after each point.
  const inRun: boolean[] = [];
  for (let i = 0; i < ends.length; i++) inRun.push(false);
  let nextEnd = -1;
  for (let i = ends.length - 1; i >= 0; i--) {
    if (ends[i] !== 0) nextEnd = i;
    inRun[i] = nextEnd >= 0 && nextEnd - i < runLength;
  }
  return inRun;
}
