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

/** When the target in force was set, and the one in force before it. */
export interface TargetChange {
  /** The first position of the current target's unbroken run (periods without a target inside it skipped). */
  since: number;
  /** The different target in force before that run, or `null` when there was none. */
  previous: PlacedTarget | null;
}

/**
 * When the target in force (`current`, from {@link targetInForce}) was set and what it replaced:
 * a target stepped up each April is in force from the first period of its run, and the report
 * shows it beside the previous one when it changed this year.
 *
 * @param targets one target per position (`null` where none)
 * @param current the target in force
 * @example
 * targetChange([60, 60, 62, null, 62], { position: 4, value: 62 });
 * // => { since: 2, previous: { position: 1, value: 60 } }
 * targetChange([60, 60], { position: 1, value: 60 });
 * // => { since: 0, previous: null }
 */
export function targetChange(targets: Series, current: PlacedTarget): TargetChange {
  let since = current.position;
  for (let i = current.position - 1; i >= 0; i--) {
    const value = targets[i];
    if (value === null || value === undefined) continue;
    if (value !== current.value) return { since, previous: { position: i, value } };
    since = i;
  }
  return { since, previous: null };
}
