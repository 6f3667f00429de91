import { TARGET_FINDING_TITLES } from "../labels";
import { NO_UNIT, Unit, formatDifference, formatValue } from "../values/units";
import { Polarity, Series, presentPoints } from "../values";
import {
  DECLINE_RECENT_PERIODS,
  SOFT_TARGET_MARGIN_IN_MOVING_RANGES,
  SOFT_TARGET_MIN_PERIODS,
  SOFT_TARGET_WINDOW,
  STALE_TARGET_PERIODS,
  TARGET_COMPARISON_TOLERANCE,
  UNREALISTIC_MIN_VALUES,
} from "./constants";
import { MIN_PEERS } from "../benchmark/constants";
import { quartileAmong } from "../benchmark/quartile-among";
import { MIN_POINTS_FOR_LIMITS } from "../spc/constants";
import { PeerGroup, PeerValues, peerGroupIfAny } from "../benchmark/peer-group";
import { ProcessLimits, processLimits } from "./process-limits";
import { ragRating, shortfall } from "./rag";
import { PlacedTarget, targetInForce } from "./target-in-force";

/** The machine-readable code of a target finding (sorting, filtering, the panel's exceptions). */
export type TargetFindingCode =
  | "green_but_bottom_quartile"
  | "red_but_top_quartile"
  | "soft_target"
  | "target_below_peers"
  | "target_asks_for_decline"
  | "unrealistic_target"
  | "hit_and_miss"
  | "stale_target"
  | "no_target";

/** One finding about a target: its code, its name and a sentence with the numbers behind it. */
export interface TargetFinding {
  code: TargetFindingCode;
  /** The finding's name as KPI.TARGETCHECK shows it ("Soft target"). */
  title: string;
  /** The finding in a sentence that starts with its title and gives the numbers that raised it. */
  sentence: string;
}

/** What the target checks read. */
export interface TargetCheckInput {
  /** The KPI's values in time order (`null` = missing). */
  values: Series;
  /**
   * The target: one number for every period, or one per period in the positions of `values`
   * (`null` where a period has none). Targets may run ahead of the values (next year's target
   * beside an empty value cell).
   */
  targets: number | null | Series;
  polarity: Polarity;
  /** The peer group's values for the latest period (your own council included, as LG Inform does), or the group prepared with `peerGroup`. */
  peers?: PeerValues;
  /** The amber band of the RAG rating, in the value's units (default 0). */
  tolerance?: number;
  /** How numbers are written in the sentences. */
  unit?: Unit;
  /** XmR process limits to judge the target against; computed from `values` when not given. */
  limits?: ProcessLimits;
}

/** The order findings are listed in: those a committee most needs to hear first. */
const ORDER: readonly TargetFindingCode[] = [
  "green_but_bottom_quartile",
  "red_but_top_quartile",
  "soft_target",
  "target_below_peers",
  "target_asks_for_decline",
  "unrealistic_target",
  "hit_and_miss",
  "stale_target",
  "no_target",
];

const TITLES: Record<TargetFindingCode, string> = {
  green_but_bottom_quartile: TARGET_FINDING_TITLES.greenButBottomQuartile,
  red_but_top_quartile: TARGET_FINDING_TITLES.redButTopQuartile,
  soft_target: TARGET_FINDING_TITLES.softTarget,
  target_below_peers: TARGET_FINDING_TITLES.targetBelowPeers,
  target_asks_for_decline: TARGET_FINDING_TITLES.targetAsksForDecline,
  unrealistic_target: TARGET_FINDING_TITLES.unrealisticTarget,
  hit_and_miss: TARGET_FINDING_TITLES.hitAndMiss,
  stale_target: TARGET_FINDING_TITLES.staleTarget,
  no_target: TARGET_FINDING_TITLES.noTarget,
};

/** Everything the individual checks share, worked out once. */
interface Context {
  values: Series;
  targets: Series;
  perPeriod: boolean;
  polarity: Polarity;
  unit: Unit;
  tolerance: number;
  present: { positions: number[]; values: number[] };
  latestPosition: number;
  latestValue: number;
  /** The target for the latest period, or the most recent one before it ({@link targetInForce}). */
  currentTarget: number | null;
  /** What the service is now asked to reach ({@link targetInForce}). */
  goal: PlacedTarget | null;
  /** The peer group (at least MIN_PEERS values) with its median, or null. */
  peers: { values: PeerGroup; count: number; median: number } | null;
  limits: ProcessLimits | undefined;
}

/** How much better `a` is than `b` by polarity (negative when worse). */
function better(a: number, b: number, polarity: Polarity): number {
  return polarity === "lower" ? b - a : a - b;
}

/** True when `a` is worse than `b` by more than rounding noise. */
function isWorse(a: number, b: number, polarity: Polarity): boolean {
  const slack = TARGET_COMPARISON_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  return better(a, b, polarity) < -slack;
}

function makeContext(input: TargetCheckInput): Context | undefined {
  const present = presentPoints(input.values);
  if (present.values.length === 0) return undefined;
  const length = input.values.length;
  const perPeriod = Array.isArray(input.targets);
  const targets: Series = Array.isArray(input.targets)
    ? input.targets.slice()
    : Array.from({ length }, () => (input.targets as number | null));
  const latestPosition = present.positions[present.positions.length - 1];
  const latestValue = present.values[present.values.length - 1];
  const inForce = targetInForce(targets, latestPosition);
  const currentTarget = inForce.current?.value ?? null;
  const goal = inForce.goal;
  const group = peerGroupIfAny(input.peers);
  const peers = group !== undefined && group.sorted.length >= MIN_PEERS ? { values: group, count: group.sorted.length, median: group.median() } : null;
  return {
    values: input.values,
    targets,
    perPeriod,
    polarity: input.polarity,
    unit: input.unit ?? NO_UNIT,
    tolerance: input.tolerance ?? 0,
    present,
    latestPosition,
    latestValue,
    currentTarget,
    goal,
    peers,
    limits: input.limits ?? processLimits(input.values),
  };
}

/**
 * Soft target: met in every one of the last SOFT_TARGET_WINDOW periods with a value and a target
 * (at least SOFT_TARGET_MIN_PERIODS), by an average margin of at least one typical period-to-period
 * change; or, with MIN_POINTS_FOR_LIMITS points or more, the target lies beyond the process
 * limits on the side of failure (assurance "Consistently passing").
 */
function softTarget(context: Context): string | undefined {
  const { values, targets, polarity, unit, limits } = context;
  const pairs: { value: number; target: number }[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const target = i < targets.length ? targets[i] : null;
    if (value !== null && target !== null) pairs.push({ value, target });
  }
  const recent = pairs.slice(-SOFT_TARGET_WINDOW);
  if (recent.length >= SOFT_TARGET_MIN_PERIODS && recent.every((pair) => shortfall(pair.value, pair.target, polarity) === 0)) {
    const margins = recent.map((pair) => better(pair.value, pair.target, polarity));
    // Each margin is divided before adding, so values near the largest a cell holds do not overflow.
    const averageMargin = margins.reduce((sum, margin) => sum + margin / margins.length, 0);
    const typicalChange = limits?.meanMovingRange ?? 0;
    if (averageMargin > 0 && averageMargin >= SOFT_TARGET_MARGIN_IN_MOVING_RANGES * typicalChange) {
      const all = recent.length === pairs.length ? `all ${recent.length} periods` : `each of the last ${recent.length} periods`;
      return `met in ${all}, by ${formatDifference(averageMargin, unit)} on average, more than the typical change of ${formatDifference(typicalChange, unit)} from one period to the next.`;
    }
  }
  if (context.currentTarget !== null && limits !== undefined && limits.count >= MIN_POINTS_FOR_LIMITS) {
    const failingLimit = polarity === "lower" ? limits.upper : limits.lower;
    if (better(failingLimit, context.currentTarget, polarity) > 0) {
      return `the target of ${formatValue(context.currentTarget, unit)} lies outside the range the KPI normally varies within (its process limits, ${formatValue(limits.lower, unit)} to ${formatValue(limits.upper, unit)}), so it will be met every period unless something changes.`;
    }
  }
  return undefined;
}

/**
 * Unrealistic target: with MIN_POINTS_FOR_LIMITS points or more, the target lies beyond the
 * process limits on the side of success (assurance "Consistently failing"); or reaching the target
 * needs a larger improvement per period than the best seen between any two consecutive values
 * (at least UNREALISTIC_MIN_VALUES values).
 */
function unrealisticTarget(context: Context): string | undefined {
  const { goal, polarity, unit, present, latestValue, latestPosition, limits } = context;
  if (goal === null) return undefined;
  const gap = shortfall(latestValue, goal.value, polarity);
  if (gap === 0) return undefined;
  if (limits !== undefined && limits.count >= MIN_POINTS_FOR_LIMITS) {
    const passingLimit = polarity === "lower" ? limits.lower : limits.upper;
    if (better(goal.value, passingLimit, polarity) > 0) {
      return `the target of ${formatValue(goal.value, unit)} lies beyond the range the KPI normally varies within (its process limits, ${formatValue(limits.lower, unit)} to ${formatValue(limits.upper, unit)}), so it will not be met unless the service changes.`;
    }
  }
  if (present.values.length >= UNREALISTIC_MIN_VALUES) {
    const periodsLeft = goal.position - latestPosition;
    const needed = gap / periodsLeft;
    let best = -Infinity;
    for (let i = 1; i < present.values.length; i++) {
      const step = better(present.values[i], present.values[i - 1], polarity) / (present.positions[i] - present.positions[i - 1]);
      best = Math.max(best, step);
    }
    if (needed > best * (1 + TARGET_COMPARISON_TOLERANCE)) {
      const pace = periodsLeft === 1 ? `an improvement of ${formatDifference(needed, unit)} in one period` : `an improvement of ${formatDifference(needed, unit)} a period for ${periodsLeft} periods`;
      const seen = best > 0 ? `the best seen between two periods is ${formatDifference(best, unit)}` : "the KPI has not improved from one period to the next";
      return `reaching ${formatValue(goal.value, unit)} from ${formatValue(latestValue, unit)} needs ${pace}, but ${seen}.`;
    }
  }
  return undefined;
}

/** Target below peers: the target is worse than the peer median (at least MIN_PEERS peers). */
function targetBelowPeers(context: Context): string | undefined {
  const { goal, peers, polarity, unit } = context;
  if (goal === null || peers === null) return undefined;
  if (!isWorse(goal.value, peers.median, polarity)) return undefined;
  return `the target of ${formatValue(goal.value, unit)} is worse than the peer median of ${formatValue(peers.median, unit)} (${peers.count} in the group).`;
}

/**
 * Stale target: targets given per period, unchanged for the last STALE_TARGET_PERIODS periods or
 * more that have a target (up to the furthest target given).
 */
function staleTarget(context: Context): string | undefined {
  if (!context.perPeriod) return undefined;
  const given = context.targets.filter((target): target is number => target !== null);
  if (given.length < STALE_TARGET_PERIODS) return undefined;
  const last = given[given.length - 1];
  let run = 0;
  for (let i = given.length - 1; i >= 0 && given[i] === last; i--) run += 1;
  if (run < STALE_TARGET_PERIODS) return undefined;
  const span = run === given.length ? `every one of the ${run} periods given` : `the last ${run} periods`;
  return `the target has been ${formatValue(last, context.unit)} for ${span}; review it against recent performance and peers.`;
}

/**
 * Target asks for decline: the target now asked for is worse than each of the last
 * DECLINE_RECENT_PERIODS values (or all of them when there are fewer), so meeting it would allow
 * performance to fall. Not raised beside **Soft target**, which already says so with its margin.
 */
function targetAsksForDecline(context: Context): string | undefined {
  const { goal, polarity, unit, present } = context;
  if (goal === null) return undefined;
  const recent = present.values.slice(-DECLINE_RECENT_PERIODS);
  if (!recent.every((value) => isWorse(goal.value, value, polarity))) return undefined;
  const list = recent.map((value) => formatValue(value, unit));
  const values = recent.length === 1 ? `the latest value of ${list[0]}` : `each of the last ${recent.length} values (${list.join(", ")})`;
  return `the target of ${formatValue(goal.value, unit)} is worse than ${values}, so meeting it would allow performance to fall.`;
}

/**
 * Hit and miss: with MIN_POINTS_FOR_LIMITS points or more, the current target lies within the
 * process limits (SPC.md, assurance "Hit and miss"): the process meets it in some periods and
 * misses it in others by chance alone.
 */
function hitAndMiss(context: Context): string | undefined {
  const { currentTarget, limits, unit } = context;
  if (currentTarget === null || limits === undefined || limits.count < MIN_POINTS_FOR_LIMITS) return undefined;
  if (currentTarget < limits.lower || currentTarget > limits.upper) return undefined;
  return `the target of ${formatValue(currentTarget, unit)} lies inside the range the KPI normally varies within (its process limits, ${formatValue(limits.lower, unit)} to ${formatValue(limits.upper, unit)}), so it will be met in some periods and missed in others by chance alone.`;
}

/** Green but bottom quartile / red but top quartile: the latest RAG rating against the peer quartile. */
function ragAgainstPeers(context: Context, wanted: "green_but_bottom_quartile" | "red_but_top_quartile"): string | undefined {
  const { currentTarget, peers, polarity, unit, latestValue, tolerance } = context;
  if (currentTarget === null || peers === null) return undefined;
  const rating = ragRating(latestValue, currentTarget, polarity, tolerance);
  const quartile = quartileAmong(latestValue, peers.values, polarity);
  const group = `${peers.count} in the group, median ${formatValue(peers.median, unit)}`;
  if (wanted === "green_but_bottom_quartile" && rating === "Green" && quartile === 4) {
    return `the latest value of ${formatValue(latestValue, unit)} meets its target of ${formatValue(currentTarget, unit)} but is in the bottom quarter of its peers (${group}).`;
  }
  if (wanted === "red_but_top_quartile" && rating === "Red" && quartile === 1) {
    return `the latest value of ${formatValue(latestValue, unit)} misses its target of ${formatValue(currentTarget, unit)} but is in the top quarter of its peers (${group}).`;
  }
  return undefined;
}

/**
 * The target-quality findings of FUNCTIONS.md (KPI.TARGETCHECK), each with its code, its name and
 * a sentence giving the numbers that raised it. Thresholds are the named constants of
 * `core/targets/constants.ts`. With neutral polarity there is no better direction, so only
 * **Stale target** and **No target** can apply. An empty list means no concerns (or no value).
 *
 * @param input the values, the targets (one or one per period), polarity, peers and options
 * @returns the findings, most important first
 * @example
 * checkTarget({ values: [70, 72, 71, 73], targets: 60, polarity: "higher" }).map((f) => f.sentence);
 * // => ["Soft target: met in all 4 periods, by 11.5 on average, more than the typical change of 1.7 from one period to the next."]
 */
export function checkTarget(input: TargetCheckInput): TargetFinding[] {
  const context = makeContext(input);
  if (context === undefined) return [];
  const found = new Map<TargetFindingCode, string>();
  const add = (code: TargetFindingCode, detail: string | undefined) => {
    if (detail !== undefined) found.set(code, detail);
  };
  if (context.goal === null && context.currentTarget === null) {
    add("no_target", "none is set, so the KPI can only be judged on its trend and against peers.");
  } else {
    add("stale_target", staleTarget(context));
    if (context.polarity !== "neutral") {
      add("green_but_bottom_quartile", ragAgainstPeers(context, "green_but_bottom_quartile"));
      add("red_but_top_quartile", ragAgainstPeers(context, "red_but_top_quartile"));
      add("soft_target", softTarget(context));
      add("target_below_peers", targetBelowPeers(context));
      if (!found.has("soft_target")) add("target_asks_for_decline", targetAsksForDecline(context));
      add("unrealistic_target", unrealisticTarget(context));
      if (!found.has("soft_target") && !found.has("unrealistic_target")) add("hit_and_miss", hitAndMiss(context));
    }
  }
  return ORDER.filter((code) => found.has(code)).map((code) => ({
    code,
    title: TITLES[code],
    sentence: `${TITLES[code]}: ${found.get(code)}`,
  }));
}
