/**
 * Edit distance between two texts, counting insertions, deletions, substitutions and swaps of two
 * neighbouring characters as one edit each: the optimal string alignment form of the
 * Damerau-Levenshtein distance (Damerau 1964), the one spelling checkers use because a swap
 * ("Effciiency") is a common typing slip. Cost: O(length of a times length of b).
 *
 * @example
 * editDistance("efficency", "efficiency"); // => 1 (one letter left out)
 * editDistance("equtiy", "equity");        // => 1 (two letters swapped)
 * editDistance("ecology", "economy");      // => 2
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(columns).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < columns; j++) table[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, table[i - 2][j - 2] + 1);
      table[i][j] = best;
    }
  }
  return table[rows - 1][columns - 1];
}
