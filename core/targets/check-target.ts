import { MIN_PEERS } from "../benchmark/constants";
import { PeerValues, peerGroupIfAny } from "../benchmark/peer-group";
import { Polarity, Series, presentPoints } from "../values";
import { NO_UNIT, Unit } from "../values/units";
import { FindingContext } from "./findings/finding";
import { TARGET_FINDINGS, TargetFindingCode } from "./findings/table";
import { ProcessLimits, processLimits } from "./process-limits";
import { targetInForce } from "./target-in-force";

export type { TargetFindingCode } from "./findings/table";

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
  /**
   * Periods a year when the periods are known to be months (12) or quarters (4): a yearly target
   * repeated through its year is then one target, not one per period. Default 1 (each period is
   * its own target-setting round, as for yearly figures or unknown periods).
   */
  periodsPerYear?: 1 | 4 | 12;
}

/** What every finding reads, worked out once; `undefined` when the KPI has no value. */
function makeContext(input: TargetCheckInput): FindingContext | undefined {
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
    periodsPerYear: input.periodsPerYear ?? 1,
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
 * The target-quality findings of KPI.TARGETCHECK, each with its code, its name and a sentence
 * giving the numbers that raised it: the findings of `TARGET_FINDINGS`
 * (`core/targets/findings/`, one file each), checked in the table's order. Thresholds are the named
 * constants of `core/targets/constants.ts`. With neutral polarity there is no better direction,
 * so only the findings that are not `directional` (**Stale target**, **No target**) can apply. An
 * empty list means no concerns (or no value).
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
  const found: TargetFinding[] = [];
  for (const finding of TARGET_FINDINGS) {
    if (finding.directional && context.polarity === "neutral") continue;
    if (finding.unless?.some((code) => found.some((earlier) => earlier.code === code))) continue;
    const detail = finding.check(context);
    if (detail !== undefined) found.push({ code: finding.code, title: finding.title, sentence: `${finding.title}: ${detail}` });
  }
  return found;
}
