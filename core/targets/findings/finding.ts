import { PeerGroup } from "../../benchmark/peer-group";
import { Polarity, Series } from "../../values";
import { Unit } from "../../values/units";
import { TARGET_COMPARISON_TOLERANCE } from "../constants";
import { ProcessLimits } from "../process-limits";
import { PlacedTarget } from "../target-in-force";

/** Everything the target findings share about one KPI, worked out once by `checkTarget`. */
export interface FindingContext {
  values: Series;
  /** One target per position (`null` where none). */
  targets: Series;
  /** True when the targets were given one per period (not one number for every period). */
  perPeriod: boolean;
  /** Periods a year: 12 for months, 4 for quarters, 1 for years or when the periods are not known. */
  periodsPerYear: 1 | 4 | 12;
  polarity: Polarity;
  unit: Unit;
  /** The amber band of the RAG rating, in the value's units. */
  tolerance: number;
  present: { positions: number[]; values: number[] };
  latestPosition: number;
  latestValue: number;
  /** The target for the latest period, or the most recent one before it (`targetInForce`). */
  currentTarget: number | null;
  /** What the service is now asked to reach (`targetInForce`). */
  goal: PlacedTarget | null;
  /** The peer group (at least MIN_PEERS values) with its median, or null. */
  peers: { values: PeerGroup; count: number; median: number } | null;
  limits: ProcessLimits | undefined;
}

/**
 * One target finding of KPI.TARGETCHECK, in its own file: its code, its name, when it applies,
 * what it says and the question it raises. The ordered table in `table.ts` lists them all.
 */
export interface TargetFindingRule<Code extends string = string> {
  /** The machine-readable code (sorting, filtering, the panel's exceptions). */
  code: Code;
  /** The finding's name as KPI.TARGETCHECK shows it; its sentence starts with it ("Soft target"). */
  title: string;
  /**
   * True when the finding judges better and worse, so it cannot apply with neutral polarity
   * (there is no better direction).
   */
  directional: boolean;
  /**
   * Codes of findings earlier in the table that, when found, make this one say nothing new (Target
   * asks for decline is not raised beside Soft target, which already says so with its margin).
   */
  unless?: readonly string[];
  /**
   * The finding after its title, with the numbers that raised it, or `undefined` when it does not
   * apply. Thresholds are the named constants of `core/targets/constants.ts`.
   */
  check(context: FindingContext): string | undefined;
  /** The scrutiny question the finding raises (KPI.QUESTIONS), in words for councillors. */
  question: string;
}

/**
 * How much better `a` is than `b` by polarity (negative when worse).
 *
 * @example
 * better(12, 10, "lower"); // => -2
 */
export function better(a: number, b: number, polarity: Polarity): number {
  return polarity === "lower" ? b - a : a - b;
}

/**
 * True when `a` is worse than `b` by more than rounding noise (TARGET_COMPARISON_TOLERANCE).
 *
 * @example
 * isWorse(0.1 + 0.2, 0.3, "higher"); // => false
 */
export function isWorse(a: number, b: number, polarity: Polarity): boolean {
  const slack = TARGET_COMPARISON_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  return better(a, b, polarity) < -slack;
}
