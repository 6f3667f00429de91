import { KEYING_ERROR_MODIFIED_Z, KEYING_ERROR_RATIO, MODIFIED_Z_CONSTANT } from "../constants";
import { DataCheckRule, cellFigure, listed, placeOf, ratioWords } from "../finding";

/** The middle of sorted numbers. */
function medianOfSorted(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The modified z-score of `x` among `others` (Iglewicz and Hoaglin, 1993):
 * 0.6745 × |x − median| / MAD; infinite when the others do not vary and `x` differs.
 */
function modifiedZ(x: number, others: readonly number[]): number {
  const sorted = [...others].sort((a, b) => a - b);
  const median = medianOfSorted(sorted);
  const deviations = sorted.map((value) => Math.abs(value - median)).sort((a, b) => a - b);
  const mad = medianOfSorted(deviations);
  const distance = Math.abs(x - median);
  if (mad === 0) return distance === 0 ? 0 : Infinity;
  return (MODIFIED_Z_CONSTANT * distance) / mad;
}

/**
 * Likely keying error, the spike-and-return test: a single value at least KEYING_ERROR_RATIO
 * times both present values either side of it (or at most a KEYING_ERROR_RATIO-th of them), so
 * the next value returns, and far outside the rest of the series: its modified z-score on the
 * log scale above KEYING_ERROR_MODIFIED_Z. Positive values only (a ratio needs them); the first
 * and last values have no return to judge. A step change (the new level stays) and a wide but
 * usual swing are not flagged.
 *
 * @example
 * checkData({ values: [45.3, 44.9, 452, 46.1, 45.8] })[0].sentence;
 * // => "Likely keying error: 452 in value 3 is 9.8 times the figures either side (44.9 in value 2, 46.1 in value 4); check for a slipped decimal point or a digit too many or too few."
 */
export const LIKELY_KEYING_ERROR: DataCheckRule<"likely_keying_error"> = {
  code: "likely_keying_error",
  title: "Likely keying error",
  check(context) {
    const { positions, values } = context.present;
    const logs = values.map((value) => (value > 0 ? Math.log(value) : null));
    const found: string[] = [];
    for (let k = 1; k < values.length - 1; k++) {
      const [before, value, after] = [values[k - 1], values[k], values[k + 1]];
      if (!(before > 0 && value > 0 && after > 0)) continue;
      const high = value >= KEYING_ERROR_RATIO * Math.max(before, after);
      const low = value * KEYING_ERROR_RATIO <= Math.min(before, after);
      if (!high && !low) continue;
      const others = logs.filter((log, i): log is number => log !== null && i !== k);
      if (modifiedZ(Math.log(value), others) <= KEYING_ERROR_MODIFIED_Z) continue;
      const ratio = high ? Math.min(value / before, value / after) : Math.min(before / value, after / value);
      const neighbours = `${cellFigure(before)} in ${placeOf(context, positions[k - 1])}, ${cellFigure(after)} in ${placeOf(context, positions[k + 1])}`;
      found.push(`${cellFigure(value)} in ${placeOf(context, positions[k])} is ${ratioWords(ratio)} times ${high ? "" : "smaller than "}the figures either side (${neighbours})`);
    }
    return found.length === 0 ? undefined : `${listed(found)}; check for a slipped decimal point or a digit too many or too few.`;
  },
};
