import { quickselect } from "simple-statistics";
import { PAIRS_REUSED_FOR_SEN_SLOPE, PAIRS_STORED_FOR_SEN_SLOPE, SEN_SLOPE_PIVOT_SAMPLE } from "./constants";
import { seededRandom } from "../seeded-random";

/**
 * Median of the pairwise slopes (y_j - y_i) / (x_j - x_i), i < j, of points with strictly
 * increasing x: the heart of Sen's slope (Sen 1968).
 *
 * Up to {@link PAIRS_STORED_FOR_SEN_SLOPE} pairs the slopes are stored and the median found by
 * selection. Beyond that, storing every slope costs 8 bytes a pair (100 MB for 5,000 points), so
 * the median is found by randomised selection instead (the sampling idea of Matousek 1991 and
 * Dillencourt, Mount and Netanyahu 1992 for the Theil-Sen estimator): the slopes of a random
 * sample of pairs bracket the middle ranks between two sample slopes; one pass over all pairs
 * counts the slopes below and at the bracket and keeps only those inside it (about 2% of them),
 * where selection finishes. Should the bracket miss the middle (a chance of about 1 in 10,000),
 * the pass is repeated on the narrower side. Every slope is computed by the same division as in
 * the stored method, so the result is the same number, not an approximation.
 * Cost: O(n^2) time, usually a single pass over the pairs, and at most 8 bytes times
 * {@link PAIRS_STORED_FOR_SEN_SLOPE} of memory (8 MB) whatever the length of the series.
 *
 * @param positions x values, strictly increasing
 * @param values y values, as many as positions (at least 2)
 * @param storeUpTo most slopes stored at once (tests lower it to exercise the selection)
 * @returns the median slope (the mean of the two middle slopes for an even number of pairs)
 * @example
 * medianPairwiseSlope([0, 1, 2, 3], [0, 1, 3, 3]); // => 1
 */
export function medianPairwiseSlope(
  positions: readonly number[],
  values: readonly number[],
  storeUpTo: number = PAIRS_STORED_FOR_SEN_SLOPE,
): number {
  const n = values.length;
  const pairs = (n * (n - 1)) / 2;
  if (pairs <= storeUpTo) return medianOfStoredSlopes(positions, values);
  const upper = Math.floor(pairs / 2);
  const ranks = pairs % 2 === 1 ? [upper] : [upper - 1, upper];
  const middle = slopesOfRanks(positions, values, ranks, storeUpTo, { low: -Infinity, high: Infinity, below: 0, inside: pairs });
  return middle.length === 1 ? middle[0] : (middle[0] + middle[1]) / 2;
}

/**
 * Where the slopes of short series are stored, kept from call to call: a column of KPIs then
 * allocates it once rather than once a KPI. The work on it is synchronous, so no two calls share it.
 */
let reusedSlopes = new Float64Array(0);

/** The median by storing every slope in one typed array and selecting. */
export function medianOfStoredSlopes(positions: readonly number[], values: readonly number[]): number {
  const n = values.length;
  const pairs = (n * (n - 1)) / 2;
  let slopes: Float64Array;
  if (pairs > PAIRS_REUSED_FOR_SEN_SLOPE) slopes = new Float64Array(pairs);
  else {
    if (reusedSlopes.length < pairs) reusedSlopes = new Float64Array(PAIRS_REUSED_FOR_SEN_SLOPE);
    slopes = reusedSlopes;
  }
  let k = 0;
  for (let i = 0; i < n - 1; i++) {
    const x = positions[i];
    const y = values[i];
    for (let j = i + 1; j < n; j++) {
      slopes[k++] = (values[j] - y) / (positions[j] - x);
    }
  }
  return medianOfFirst(slopes, pairs);
}

/** Median of a typed array by selection; reorders the array. */
export function medianInPlace(numbers: Float64Array): number {
  return medianOfFirst(numbers, numbers.length);
}

/** Median of the first `count` numbers of a typed array by selection; reorders them. */
function medianOfFirst(numbers: Float64Array, count: number): number {
  if (count === 1) return numbers[0];
  const upper = Math.floor(count / 2);
  quickselect(numbers as unknown as number[], upper, 0, count - 1);
  const upperValue = numbers[upper];
  if (count % 2 === 1) return upperValue;
  // The lower middle is the largest value left of the upper middle after selection.
  let lowerValue = -Infinity;
  for (let i = 0; i < upper; i++) if (numbers[i] > lowerValue) lowerValue = numbers[i];
  return (lowerValue + upperValue) / 2;
}

/** The value of rank k (0-based) of a typed array, by selection; reorders the array. */
function selectInPlace(numbers: Float64Array, k: number): number {
  quickselect(numbers as unknown as number[], k);
  return numbers[k];
}

/** The slopes strictly between `low` and `high`, of which `below` lie at or under `low` and `inside` between. */
interface Bracket {
  low: number;
  high: number;
  below: number;
  inside: number;
}

/**
 * The slopes of the given ranks (0-based, ascending, all inside the bracket) among all pairs,
 * without storing more than `storable` slopes.
 */
function slopesOfRanks(positions: readonly number[], values: readonly number[], ranks: number[], storable: number, start: Bracket): number[] {
  const n = values.length;
  const random = seededRandom(n * 31 + ranks[0]);
  const buffer = new Float64Array(Math.min(storable, start.inside));
  let { low, high, below, inside } = start;
  for (;;) {
    if (inside <= storable) {
      const kept = collectInside(positions, values, low, high, buffer);
      return ranks.map((rank) => selectInPlace(buffer.subarray(0, kept), rank - below));
    }
    // Pivots from a random sample of the slopes inside the bracket, around the wanted ranks; a
    // sample much smaller than the bracket keeps the cost of drawing it below one pass.
    const sampleSize = Math.min(SEN_SLOPE_PIVOT_SAMPLE, Math.max(64, Math.floor(inside / 16)));
    const sample = sampleSlopes(positions, values, low, high, sampleSize, random);
    const margin = Math.ceil(2 * Math.sqrt(sampleSize)) + 1;
    const lowIndex = Math.floor(((ranks[0] - below) / inside) * sampleSize - margin);
    const highIndex = Math.ceil(((ranks[ranks.length - 1] - below) / inside) * sampleSize + margin);
    const pivotLow = lowIndex < 0 ? low : sample[lowIndex];
    const pivotHigh = highIndex >= sampleSize ? high : sample[highIndex];
    const counts = countAndCollect(positions, values, low, high, pivotLow, pivotHigh, buffer);
    const { under, atLow, between, atHigh } = counts;
    const region = (rank: number): number => {
      const relative = rank - below;
      if (relative < under) return 0;
      if (relative < under + atLow) return 1;
      if (relative < under + atLow + between) return 2;
      if (relative < under + atLow + between + atHigh) return 3;
      return 4;
    };
    const regions = ranks.map(region);
    const resolved = regions.every((where) => where === 1 || where === 3 || (where === 2 && between <= buffer.length));
    if (resolved) {
      return ranks.map((rank, i) => {
        if (regions[i] === 1) return pivotLow;
        if (regions[i] === 3) return pivotHigh;
        return selectInPlace(buffer.subarray(0, between), rank - below - under - atLow);
      });
    }
    if (new Set(regions).size > 1) {
      // The middle ranks fell on different sides of a pivot (rare): settle each on its own.
      const bracket = { low, high, below, inside };
      return ranks.map((rank) => slopesOfRanks(positions, values, [rank], storable, bracket)[0]);
    }
    if (regions[0] === 0) {
      high = pivotLow;
      inside = under;
    } else if (regions[0] === 2) {
      below += under + atLow;
      low = pivotLow;
      high = pivotHigh;
      inside = between;
    } else {
      below += under + atLow + between + atHigh;
      low = pivotHigh;
      inside -= under + atLow + between + atHigh;
    }
  }
}

/**
 * One pass over the pairs: among the slopes strictly between low and high, counts those under
 * pivotLow, equal to it, strictly between the pivots and equal to pivotHigh, and keeps the ones
 * strictly between the pivots in `buffer` while they fit.
 */
function countAndCollect(
  positions: readonly number[],
  values: readonly number[],
  low: number,
  high: number,
  pivotLow: number,
  pivotHigh: number,
  buffer: Float64Array,
): { under: number; atLow: number; between: number; atHigh: number } {
  const n = values.length;
  const capacity = buffer.length;
  let under = 0;
  let atLow = 0;
  let between = 0;
  let atHigh = 0;
  for (let i = 0; i < n - 1; i++) {
    const x = positions[i];
    const y = values[i];
    for (let j = i + 1; j < n; j++) {
      const slope = (values[j] - y) / (positions[j] - x);
      if (slope <= low || slope >= high) continue;
      if (slope < pivotLow) under += 1;
      else if (slope === pivotLow) atLow += 1;
      else if (slope < pivotHigh) {
        if (between < capacity) buffer[between] = slope;
        between += 1;
      } else if (slope === pivotHigh) atHigh += 1;
    }
  }
  return { under, atLow, between, atHigh };
}

/** One pass over the pairs keeping the slopes strictly between low and high; returns how many. */
function collectInside(positions: readonly number[], values: readonly number[], low: number, high: number, buffer: Float64Array): number {
  const n = values.length;
  let kept = 0;
  for (let i = 0; i < n - 1; i++) {
    const x = positions[i];
    const y = values[i];
    for (let j = i + 1; j < n; j++) {
      const slope = (values[j] - y) / (positions[j] - x);
      if (slope > low && slope < high) buffer[kept++] = slope;
    }
  }
  return kept;
}

/** A sorted sample of `size` slopes of random pairs, drawn among the slopes strictly between low and high. */
function sampleSlopes(
  positions: readonly number[],
  values: readonly number[],
  low: number,
  high: number,
  size: number,
  random: () => number,
): Float64Array {
  const n = values.length;
  const sample = new Float64Array(size);
  let k = 0;
  while (k < size) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a === b) continue;
    const i = Math.min(a, b);
    const j = Math.max(a, b);
    const slope = (values[j] - values[i]) / (positions[j] - positions[i]);
    if (slope > low && slope < high) sample[k++] = slope;
  }
  return sample.sort();
}
