import { partOfRun } from "./part-of-run";
import { SpcRule } from "./spc-rule";

/**
 * Where a trend ends: +1 (or -1) at each point that closes `runLength` consecutive points each
 * strictly higher (or lower) than the one before; equal neighbours break a trend
 * (NHSRplotthedots `ptd_seven_point_trend`).
 *
 * @param values the points of one limit group, in time order
 * @param runLength points in a trend (7, or 6 in the Making Data Count tools)
 * @example
 * trendEnds([2, 1, 2, 3, 4, 5, 6, 7, 3], 7); // => [0, 0, 0, 0, 0, 0, 0, 1, 0]
 */
export function trendEnds(values: readonly number[], runLength: number): number[] {
  const ends: number[] = [];
  let rising = 0;
  let falling = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    rising = i > 0 && value > values[i - 1] ? rising + 1 : 1;
    falling = i > 0 && value < values[i - 1] ? falling + 1 : 1;
    ends.push(rising >= runLength ? 1 : falling >= runLength ? -1 : 0);
  }
  return ends;
}

/** Which points belong to a rising trend and which to a falling one (a peak can be in both). */
export interface TrendMembership {
  rising: boolean[];
  falling: boolean[];
}

/**
 * The trend rule of Making Data Count: every point of a run of `runLength` or more points, each
 * strictly higher than the one before (rising) or strictly lower (falling).
 *
 * @param values the points of one limit group, in time order
 * @param runLength points in a trend (6 or 7)
 * @returns for each point, whether it is part of a rising and of a falling trend
 * @example
 * trendRun([1, 2, 3, 4, 5, 6, 7, 6], 7).rising; // => [true, true, true, true, true, true, true, false]
 */
export function trendRun(values: readonly number[], runLength: number): TrendMembership {
  const ends = trendEnds(values, runLength);
  const risingEnds: number[] = [];
  const fallingEnds: number[] = [];
  for (let i = 0; i < ends.length; i++) {
    risingEnds.push(ends[i] > 0 ? 1 : 0);
    fallingEnds.push(ends[i] < 0 ? 1 : 0);
  }
  return { rising: partOfRun(risingEnds, runLength), falling: partOfRun(fallingEnds, runLength) };
}

/**
 * The direction NHSRplotthedots gives a trend point (`ptd_special_cause_type`): the sign of the
 * step to the next point when the next point is also part of a trend, else the step from the
 * previous point; +1 (increasing) or -1 (decreasing, also for a flat step, as the package does).
 * Points outside any trend get 0.
 *
 * @param values the points of one limit group
 * @param inTrend whether each point is part of a trend (rising or falling)
 * @example
 * trendDirection([1, 2, 3, 4, 5, 6, 7], [true, true, true, true, true, true, true]); // => [1, 1, 1, 1, 1, 1, 1]
 */
export function trendDirection(values: readonly number[], inTrend: readonly boolean[]): number[] {
  const last = values.length - 1;
  const directions: number[] = [];
  for (let i = 0; i <= last; i++) {
    const value = values[i];
    let step: number;
    if (!inTrend[i]) {
      directions.push(0);
      continue;
    }
    if (i < last && inTrend[i + 1]) step = values[i + 1] - value;
    else if (i > 0) step = value - values[i - 1];
    else step = values[1] - value;
    directions.push(step > 0 ? 1 : -1);
  }
  return directions;
}

/**
 * Trend: every point of a run of `runLength` or more rising or falling points (`trendRun`). Under
 * the MDC rules a point is marked +1 for a rising trend and -1 for a falling one (a peak between
 * the two is both); under the NHSR rules each trend point gets NHSRplotthedots' single direction
 * (`trendDirection`).
 *
 * @example
 * TREND_RULE.mark({ ...group, values: [1, 2, 3, 4, 5, 6, 7, 6], profile: "MDC", runLength: 7 });
 * // => [[1, 1, 1, 1, 1, 1, 1, 0], [0, 0, 0, 0, 0, 0, 0, 0]]
 */
export const TREND_RULE: SpcRule<"trend"> = {
  key: "trend",
  label: "Trend",
  mark({ values, profile, runLength }) {
    const trends = trendRun(values, runLength);
    if (profile === "NHSR") return [trendDirection(values, trends.rising.map((rising, i) => rising || trends.falling[i]))];
    return [trends.rising.map((rising) => (rising ? 1 : 0)), trends.falling.map((falling) => (falling ? -1 : 0))];
  },
};
