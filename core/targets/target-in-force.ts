import { Series } from "../values";

/** A target and the 0-based position of the period it is for. */
export interface PlacedTarget {
  position: number;
  value: number;
}

/** The targets that apply at the latest value. */
export interface TargetInForce {
  /**
   * The target the latest value is judged against (its RAG rating): the target for the latest
   * period, or the most recent one before it; `null` when none is set up to then.
   */
  current: PlacedTarget | null;
  /**
   * What the service is asked to reach next: the furthest target given after the latest period
   * (next year's target beside a value not due yet), else the current target carried one period
   * ahead; `null` when there is no target at all.
   */
  goal: PlacedTarget | null;
}

/**
 * The target in force at the latest value, defined once for the analysis (RAG, KPI.ONTRACK's
 * projection) and the target checks (KPI.TARGETCHECK).
 *
 * With targets given per period, the target of the latest period is the one its value has just
 * been rated against, so it is the `current` target; the `goal` is a target strictly after the
 * latest period. When the furthest target given is the latest period's own, the service is asked
 * to keep meeting it, so the goal is that target one period ahead (never the period already
 * reported, which would leave no time to reach it).
 *
 * @param targets one target per position (`null` where none); may be shorter or longer than the values
 * @param latestPosition the position of the latest present value
 * @returns the current target and the goal
 * @example
 * targetInForce([60, 60, 62, null, 65], 2);
 * // => { current: { position: 2, value: 62 }, goal: { position: 4, value: 65 } }
 * targetInForce([60, 60, 62], 2);
 * // => { current: { position: 2, value: 62 }, goal: { position: 3, value: 62 } }
 */
export function targetInForce(targets: Series, latestPosition: number): TargetInForce {
  let current: PlacedTarget | null = null;
  for (let i = Math.min(latestPosition, targets.length - 1); i >= 0; i--) {
    const value = targets[i];
    if (value !== null) {
      current = { position: i, value };
      break;
    }
  }
  let goal: PlacedTarget | null = null;
  for (let i = targets.length - 1; i > latestPosition; i--) {
    const value = targets[i];
    if (value !== null) {
      goal = { position: i, value };
      break;
    }
  }
  if (goal === null && current !== null) goal = { position: latestPosition + 1, value: current.value };
  return { current, goal };
}
