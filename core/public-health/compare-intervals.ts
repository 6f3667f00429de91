import { ComparisonLabel } from "../benchmark/compare-with-comparator";
import { Interval } from "../benchmark/interval";
import { BENCHMARK_LABELS } from "../labels";
import { Polarity } from "../values";

/**
 * Whether a value is significantly better or worse than a comparator that has its own confidence
 * interval (another area, or a region estimated from a sample), as Fingertips compares two areas:
 * `Similar` when the two intervals overlap (touching counts as overlapping), otherwise the side of
 * the comparator the value's interval lies on, read by polarity: `Better` / `Worse` (neutral:
 * `Higher` / `Lower`). A missing or unusable interval gives `Not compared` (Fingertips "None").
 * Source: Fingertips `DoubleOverlappingCIsComparer` (fingertips-open, PholioVisualisationWS/Analysis).
 *
 * @param value the value's interval, `null` when missing
 * @param comparator the comparator's interval, `null` when missing
 * @param polarity whether higher or lower is better
 * @example
 * compareIntervals({ lower: 2.7, upper: 3.1 }, { lower: 3.5, upper: 4.5 }, "lower"); // => "Better"
 * compareIntervals({ lower: 2.7, upper: 4.1 }, { lower: 3.5, upper: 4.5 }, "lower"); // => "Similar"
 */
export function compareIntervals(value: Interval | null, comparator: Interval | null, polarity: Polarity): ComparisonLabel {
  if (value === null || comparator === null || !isUsable(value) || !isUsable(comparator)) return BENCHMARK_LABELS.notCompared;
  if (value.lower <= comparator.upper && comparator.lower <= value.upper) return BENCHMARK_LABELS.similar;
  const higher = value.lower > comparator.upper;
  if (polarity === "neutral") return higher ? BENCHMARK_LABELS.higher : BENCHMARK_LABELS.lower;
  const better = polarity === "lower" ? !higher : higher;
  return better ? BENCHMARK_LABELS.better : BENCHMARK_LABELS.worse;
}

function isUsable(interval: Interval): boolean {
  return Number.isFinite(interval.lower) && Number.isFinite(interval.upper) && interval.lower <= interval.upper;
}
