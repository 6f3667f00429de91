/**
 * The precision a KPI is written at: how many decimal places its figures carry, so what the pane
 * and the report show of it (the latest value, a gap to the peer median, a mean) is rounded as a
 * committee reads the figures, never to the 16 digits a computer keeps (17.358333333333338).
 */

/**
 * The most decimal places read from a figure. A council publishes KPIs to at most three or four
 * places (a rate per 1,000 to two, a percentage kept as a fraction to three or four); a figure
 * with more is the result of a calculation, and six places show any of these in full.
 */
export const MAX_DECIMALS = 6;

/** Significant digits a figure is read to: a cell holding 0.1 + 0.2 (0.30000000000000004) is 0.3. */
const SIGNIFICANT_DIGITS = 12;

/** Below this size a figure's places are found by exact arithmetic (10^6 × 10^6 is far under 2^53). */
const EXACT_BELOW = 1e6;

/** From here up a double holds no decimal places (2^53 is about 9e15), so there is nothing to round. */
const WHOLE_FROM = 1e15;

/**
 * The decimal places of one figure as a person wrote it (to 12 significant digits), at most
 * {@link MAX_DECIMALS}.
 *
 * @example
 * decimalsOfNumber(58.8);                // => 1
 * decimalsOfNumber(50755);               // => 0
 * decimalsOfNumber(0.1 + 0.2);           // => 1
 * decimalsOfNumber(17.358333333333338);  // => 6
 */
export function decimalsOfNumber(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  // Fast path for the usual figure, written with few places: the fewest places d at which the
  // figure is exactly the double nearest to a d-place decimal. Below EXACT_BELOW, value × 10^d is
  // far under 2^53, so the test is exact, and it agrees with the reading to 12 significant digits
  // below (checked in test/core/precision.test.ts); other figures take the reading below.
  if (Math.abs(value) < EXACT_BELOW) {
    for (let d = 0, scale = 1; d <= MAX_DECIMALS; d++, scale *= 10) {
      if (Math.round(value * scale) / scale === value) return d;
    }
  }
  const text = Math.abs(value).toPrecision(SIGNIFICANT_DIGITS);
  const [mantissa, exponentText] = text.split("e");
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const fraction = (mantissa.split(".")[1] ?? "").replace(/0+$/, "");
  return Math.min(MAX_DECIMALS, Math.max(0, fraction.length - exponent));
}

/**
 * The precision of a KPI: the most decimal places among its figures (missing ones skipped), at
 * most {@link MAX_DECIMALS}; 0 when it has none.
 *
 * @param values the KPI's values (and, if it has them, its targets)
 * @example
 * decimalsOf([40.8, 49.2, null, 57]); // => 1
 * decimalsOf([50755, 49921]);         // => 0
 * decimalsOf([0.853, 0.82]);          // => 3
 */
export function decimalsOf(values: readonly (number | null)[]): number {
  let most = 0;
  for (const value of values) if (value !== null) most = Math.max(most, decimalsOfNumber(value));
  return most;
}

/**
 * A figure rounded to `decimals` places, half away from zero as a spreadsheet's ROUND and its
 * number formats round, after reading it to 12 significant digits (so 22.25 kept as
 * 22.249999999999998 still rounds up).
 *
 * @example
 * roundTo(22.25, 1);               // => 22.3
 * roundTo(-2.5, 0);                // => -3
 * roundTo(17.358333333333338, 2);  // => 17.36
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= WHOLE_FROM) return value;
  const scale = Math.pow(10, decimals);
  const scaled = Number((Math.abs(value) * scale).toPrecision(SIGNIFICANT_DIGITS));
  const rounded = Math.round(scaled) / scale;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
