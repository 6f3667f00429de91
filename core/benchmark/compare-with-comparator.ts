import { BENCHMARK_LABELS } from "../labels";
import { Polarity } from "../values";
import { Interval } from "./interval";

/** The labels of a comparison with a comparator (KPI.COMPARE). */
export type ComparisonLabel = (typeof BENCHMARK_LABELS)[keyof typeof BENCHMARK_LABELS];

/**
 * Whether a value is significantly better or worse than a comparator (the England, Scotland or
 * regional figure, or a peer average), as Fingertips compares an area with its benchmark using
 * the area's confidence interval: `Similar` when the 95% interval contains the comparator
 * (limits included), otherwise the side of the comparator the interval lies on, read by polarity:
 * `Better` / `Worse` (neutral: `Higher` / `Lower`). When the 99.8% interval is given too, a
 * comparator outside it gives Fingertips' darker level: `Best` / `Worst` (neutral: `Highest` /
 * `Lowest`). A missing interval or comparator gives `Not compared` (Fingertips "None").
 * Source: Fingertips `SingleOverlappingCIsComparer` and its two-level variant (fingertips-open).
 *
 * @param interval95 the value's 95% interval (or the one level asked for), `null` when missing
 * @param comparator the comparator's value, `null` when missing
 * @param polarity whether higher or lower is better
 * @param interval998 optionally the 99.8% interval, for the two-level comparison
 * @example
 * compareWithComparator({ lower: 3.2, upper: 3.5 }, 3.0, "higher"); // => "Better"
 * compareWithComparator({ lower: 2.5, upper: 2.7 }, 3.0, "lower", { lower: 2.3, upper: 2.9 }); // => "Best"
 */
export function compareWithComparator(
  interval95: Interval | null,
  comparator: number | null,
  polarity: Polarity,
  interval998?: Interval | null,
): ComparisonLabel {
  if (interval95 === null || comparator === null || !isUsable(interval95) || !Number.isFinite(comparator)) {
    return BENCHMARK_LABELS.notCompared;
  }
  if (interval95.lower <= comparator && comparator <= interval95.upper) return BENCHMARK_LABELS.similar;
  const higher = comparator < interval95.lower;
  const twoLevels = interval998 !== undefined;
  if (twoLevels && (interval998 === null || !isUsable(interval998))) return BENCHMARK_LABELS.notCompared;
  const strong = twoLevels && interval998 !== null && (comparator < interval998.lower || comparator > interval998.upper);
  return labelOfDifference(higher, strong, polarity);
}

function isUsable(interval: Interval): boolean {
  return Number.isFinite(interval.lower) && Number.isFinite(interval.upper);
}

/**
 * The label of a difference found significant: which side (`higher`: the value above the
 * comparator), whether it holds at the stricter level too (`strong`: Best/Worst, Highest/Lowest,
 * Fingertips' 99.8%), read by polarity (Better/Worse, or Higher/Lower when neutral).
 *
 * @example
 * labelOfDifference(true, false, "higher"); // => "Better"
 * labelOfDifference(true, true, "lower");   // => "Worst"
 */
export function labelOfDifference(higher: boolean, strong: boolean, polarity: Polarity): ComparisonLabel {
  if (polarity === "neutral") {
    if (higher) return strong ? BENCHMARK_LABELS.highest : BENCHMARK_LABELS.higher;
    return strong ? BENCHMARK_LABELS.lowest : BENCHMARK_LABELS.lower;
  }
  const better = polarity === "lower" ? !higher : higher;
  if (better) return strong ? BENCHMARK_LABELS.best : BENCHMARK_LABELS.better;
  return strong ? BENCHMARK_LABELS.worst : BENCHMARK_LABELS.worse;
}
