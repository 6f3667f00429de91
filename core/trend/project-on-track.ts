import { KpiError } from "../errors";
import { NOT_ENOUGH_DATA, ON_TRACK_LABELS } from "../labels";
import { shortfall } from "../targets/rag";
import { Polarity, Series, presentPoints } from "../values";
import { MIN_POINTS_ON_TRACK, ON_TRACK_PREDICTION_LEVEL } from "./constants";
import { LeastSquaresFit, leastSquares } from "./least-squares";
import { predictionInterval } from "./prediction-interval";

/** An on-track label (KPI.ONTRACK). */
export type OnTrackLabel = (typeof ON_TRACK_LABELS)[keyof typeof ON_TRACK_LABELS] | typeof NOT_ENOUGH_DATA;

/** Whether a KPI's trend reaches its target, with the projection behind the label. */
export interface OnTrackResult {
  /** `On track`, `At risk`, `Off track` or `Not enough data`. */
  label: OnTrackLabel;
  /** The least-squares value at the target period (absent with too little data). */
  projection?: number;
  /** Lower end of the 80% prediction interval. */
  lower?: number;
  /** Upper end of the 80% prediction interval. */
  upper?: number;
  /** Position (0-based) of the target period: the last cell's position plus periods ahead. */
  position?: number;
  /** The least-squares line. */
  fit?: LeastSquaresFit;
}

/**
 * On track for a target (docs/FORMULAS.md, KPI.ONTRACK): fits a least-squares line to the values
 * against their positions (a gap counts as elapsed time), projects it `periodsAhead` periods past
 * the last cell of the series, and takes the 80% two-sided prediction interval there
 * (t quantile with n - 2 degrees of freedom, see {@link predictionInterval}).
 * `On track` when the whole interval meets the target, `Off track` when none of it does,
 * `At risk` otherwise. "Meets" follows polarity as KPI.RAG does: at or above the target when
 * higher is better, at or below when lower is better; for neutral polarity the target is a level
 * to hold, so only a projection pinned to it is on track, an interval around it is at risk and an
 * interval that misses it is off track.
 *
 * @param series the values in time order (`null` = missing); its length fixes "the last cell"
 * @param target the value aimed for at the target period
 * @param periodsAhead whole periods after the last cell (1 = the next period)
 * @param polarity which direction is better
 * @returns the label with the projection and interval (`Not enough data` under 4 values)
 * @throws {KpiError} `out_of_range` or `not_whole_number` when periodsAhead is not a positive whole number
 * @example
 * projectOnTrack([50, 52, 55, 57, 60], 63, 2, "higher");
 * // => { label: "On track", projection: 64.8, lower: 63.93..., upper: 65.66..., position: 6, ... }
 * projectOnTrack([50, 52, 55, 57, 60], 65, 2, "higher").label; // => "At risk" (65 is inside the interval)
 * projectOnTrack([50, 52, 55, 57, 60], 70, 2, "higher").label; // => "Off track"
 */
export function projectOnTrack(series: Series, target: number, periodsAhead: number, polarity: Polarity): OnTrackResult {
  if (!(periodsAhead >= 1)) {
    throw new KpiError({ code: "out_of_range", argument: "periods_ahead", value: String(periodsAhead), allowed: "a whole number of periods, 1 or more" });
  }
  if (!Number.isInteger(periodsAhead)) {
    throw new KpiError({ code: "not_whole_number", argument: "periods_ahead", value: String(periodsAhead) });
  }
  const { positions, values } = presentPoints(series);
  if (values.length < MIN_POINTS_ON_TRACK) return { label: NOT_ENOUGH_DATA };
  const fit = leastSquares(positions, values);
  const position = series.length - 1 + periodsAhead;
  const { projection, lower, upper } = predictionInterval(fit, position, ON_TRACK_PREDICTION_LEVEL);
  return { label: judge(lower, upper, target, polarity), projection, lower, upper, position, fit };
}

/** Reads an interval against a target by polarity. */
function judge(lower: number, upper: number, target: number, polarity: Polarity): OnTrackLabel {
  const lowerMeets = shortfall(lower, target, polarity) === 0;
  const upperMeets = shortfall(upper, target, polarity) === 0;
  if (lowerMeets && upperMeets) return ON_TRACK_LABELS.onTrack;
  if (lowerMeets || upperMeets) return ON_TRACK_LABELS.atRisk;
  // Neither end meets: for higher or lower polarity none of the interval does; for a neutral
  // level the interval may still straddle it.
  if (polarity === "neutral" && lower < target && target < upper) return ON_TRACK_LABELS.atRisk;
  return ON_TRACK_LABELS.offTrack;
}
