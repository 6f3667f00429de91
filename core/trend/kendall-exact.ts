/**
 * Exact two-sided p-value of Kendall's S for n untied values, from the number of permutations
 * of n items with k inversions (the Mahonian numbers): S = n(n-1)/2 - 2k, every permutation
 * equally likely under no trend (Kendall 1975, Rank Correlation Methods, ch. 4).
 * Cost: O(n^3) additions, tiny for n <= 10.
 *
 * @param s Kendall's S
 * @param n number of values (no ties)
 * @returns P(|S| >= |s|) under the null hypothesis of no trend
 * @example
 * kendallExactPValue(10, 5); // => 0.016666666666666666 (2 of 120 orderings are as extreme)
 */
export function kendallExactPValue(s: number, n: number): number {
  const pairs = (n * (n - 1)) / 2;
  // counts[k]: permutations of the items so far with k inversions.
  let counts = [1];
  for (let items = 2; items <= n; items++) {
    const next = new Array<number>(counts.length + items - 1).fill(0);
    counts.forEach((count, k) => {
      for (let added = 0; added < items; added++) next[k + added] += count;
    });
    counts = next;
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  const magnitude = Math.abs(s);
  let extreme = 0;
  counts.forEach((count, inversions) => {
    if (Math.abs(pairs - 2 * inversions) >= magnitude) extreme += count;
  });
  return Math.min(1, extreme / total);
}
