import { byarInterval } from "../benchmark/byar-interval";
import { confidenceBelowOne } from "../benchmark/confidence";
import { Interval } from "../benchmark/interval";

/**
 * Dobson's confidence interval for a weighted sum of Poisson counts, such as a directly
 * standardised rate (Dobson et al., Stat Med 1991;10:457-62), on Byar's limits for the total count,
 * as PHEindicatormethods `calculate_dsr`:
 * lower = value + sqrt(variance / total) × (byars_lower(total) - total), and likewise the upper
 * limit with byars_upper. The value and its variance are on the same scale (per person, or per
 * `per` with the variance scaled by per²).
 *
 * @param value the weighted rate
 * @param variance its variance, on the value's scale squared
 * @param totalCount the total number of events behind it (10 or more for a DSR)
 * @param confidence the level (95 is read as 0.95), below 1
 * @throws {KpiError} `out_of_range` for a level of 1 or outside (0, 1)
 * @example
 * dobsonInterval(0.01, 1e-6, 65, 0.95); // => { lower: 0.008159719925516931, upper: 0.01221391316219166 }
 */
export function dobsonInterval(value: number, variance: number, totalCount: number, confidence = 0.95): Interval {
  const level = confidenceBelowOne(confidence, " (a 100% interval has no upper limit)");
  const counts = byarInterval(totalCount, level);
  const scale = Math.sqrt(variance / totalCount);
  return { lower: value + scale * (counts.lower - totalCount), upper: value + scale * (counts.upper - totalCount) };
}
