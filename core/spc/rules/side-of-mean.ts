/**
 * Which side of the mean each point lies: +1 above, -1 below, 0 exactly on it
 * (NHSRplotthedots `relative_to_mean = sign(y - mean)`). A point on the mean breaks a shift and
 * cannot complete a two-of-three window.
 *
 * @param values the points of one limit group, in time order (no gaps)
 * @param mean the group's mean
 * @returns one sign per point
 * @example
 * sideOfMean([1, 2, 3], 2); // => [-1, 0, 1]
 */
export function sideOfMean(values: readonly number[], mean: number): number[] {
  const sides: number[] = [];
  for (let i = 0; i < values.length; i++) sides.push(Math.sign(values[i] - mean));
  return sides;
}
