import { Series } from "../values";
import { RollingMethod, Tally, tallyFigure } from "./aggregate-method";

/**
 * The rolling figure over the last `window` periods at each position (KPI.ROLLING): the sum, the
 * mean, or the sum of numerators over the sum of denominators (docs/FORMULA-CONVENTIONS.md, "Year
 * to date and rolling figures"). `null` until the window is full, while it holds a gap (a missing
 * value, or a missing denominator for `ratio`), and for a ratio over a total denominator of 0.
 * Each window is added up afresh, oldest first, as by hand, so no rounding carries from one window
 * to the next; windows with a gap are skipped at once. Cost: O(n × window) at worst.
 *
 * @param values the figures (the numerators for `ratio`)
 * @param window the number of periods, 1 or more (12 months, 4 quarters)
 * @param method `sum`, `mean` or `ratio`
 * @param denominators for `ratio`: one per position
 * @example
 * rolling([10, 12, 11, 13, 14], 3, "sum");  // => [null, null, 33, 36, 38]
 * rolling([10, null, 11, 13, 14], 2, "mean"); // => [null, null, null, 12, 13.5]
 */
export function rolling(values: Series, window: number, method: RollingMethod, denominators?: Series): (number | null)[] {
  const missing = values.map((value, i) => value === null || (method === "ratio" && (denominators?.[i] ?? null) === null));
  let gapsInWindow = 0;
  return values.map((_, i) => {
    if (missing[i]) gapsInWindow += 1;
    if (i >= window && missing[i - window]) gapsInWindow -= 1;
    if (i < window - 1 || gapsInWindow > 0) return null;
    const tally: Tally = { sum: 0, denominator: 0, count: window };
    for (let k = i - window + 1; k <= i; k++) {
      tally.sum += values[k] as number;
      if (method === "ratio") tally.denominator += denominators![k] as number;
    }
    return tallyFigure(tally, method);
  });
}
