/**
 * Where each quantile sits on the population's deprivation scale from 0 to 1: the midpoint of its
 * share of the cumulative population, as PHEindicatormethods (`FindXValues`, used by `phe_sii`).
 * For equal populations in deciles this is 0.05, 0.15, ..., 0.95.
 *
 * @param populations the population of each quantile, in order (most deprived first)
 * @returns the midpoints, each between 0 and 1
 * @example
 * cumulativeMidpoints([100, 100, 200]); // => [0.125, 0.375, 0.75]
 */
export function cumulativeMidpoints(populations: readonly number[]): number[] {
  const total = populations.reduce((sum, people) => sum + people, 0);
  let before = 0;
  return populations.map((people) => {
    const share = people / total;
    const midpoint = before + share / 2;
    before += share;
    return midpoint;
  });
}
