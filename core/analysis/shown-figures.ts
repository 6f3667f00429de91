import { Polarity } from "../values";
import { decimalsOf, roundTo } from "../values/precision";
import { BenchmarkSummary, ShownFigures } from "./types";

/**
 * The figures the pane and the report show, rounded once at the KPI's precision (the most decimal
 * places among its values and targets): the peer median, and the gap to it as the difference of
 * the two figures shown, so that "18.3%" against a median shown as "22.3%" is 4.0 better, as a
 * reader subtracting them gets, not the 3.95 of the unrounded median.
 *
 * @param numbers the KPI's values and targets (missing ones as `null`)
 * @param latest the latest value, when there is one
 * @param benchmark the position among peers, when there is one
 * @param polarity which direction is better
 * @example
 * shownFigures([17.9, 18.3, 17], 18.3, { median: 22.25 } as BenchmarkSummary, "lower");
 * // => { decimals: 1, peerMedian: 22.3, gapToMedian: 4 }
 */
export function shownFigures(numbers: readonly (number | null)[], latest: number | undefined, benchmark: BenchmarkSummary | undefined, polarity: Polarity): ShownFigures {
  const decimals = decimalsOf(numbers);
  if (benchmark === undefined || latest === undefined) return { decimals };
  const median = roundTo(benchmark.median, decimals);
  const value = roundTo(latest, decimals);
  const gap = roundTo(polarity === "lower" ? median - value : value - median, decimals);
  return { decimals, peerMedian: median, gapToMedian: gap };
}
