/**
 * The shapes of inequality across deprivation quantiles in a KPI's analysis: what the analysis
 * takes (an indicator by decile or quintile, period by period) and what it finds (the slope and
 * relative index of inequality of the latest period, and whether the gap has changed).
 */
import type { InequalityValueType } from "../public-health/simulate-inequality-limits";

/** One period of an indicator by deprivation quantile, most deprived first. */
export interface QuantilePeriod {
  /** The period as written ("2019/20"). */
  period: string;
  /** The indicator in each quantile, most deprived first (`null` where the table has none). */
  values: readonly (number | null)[];
  /** The population (or denominator) of each quantile, lined up with `values`. */
  populations: readonly (number | null)[];
  /** Each quantile's 95% confidence limits, for the limits of the SII (both or neither). */
  lower?: readonly (number | null)[];
  upper?: readonly (number | null)[];
  /** Each quantile's name as written ("Most deprived decile"), for messages; "quantile 3" without. */
  labels?: readonly string[];
}

/** The slope and relative index of inequality of one period. */
export interface InequalityPoint {
  period: string;
  /** The modelled gap from the most to the least deprived end, in the KPI's units (positive when the least deprived are higher). */
  sii: number;
  /** The modelled least deprived end over the most deprived end. */
  rii: number;
  /** 95% limits, simulated from each quantile's limits; absent when the quantiles' limits were not given. */
  siiInterval?: { lower: number; upper: number };
  riiInterval?: { lower: number; upper: number };
}

/** What the change of the gap between two periods is called; each claim only with intervals that do not overlap. */
export type InequalityChange = "narrowed" | "widened" | "reversed" | "could be chance" | "cannot be judged";

/** Inequality across deprivation quantiles, as the analysis finds it. */
export interface InequalitySummary {
  /** How many quantiles the table gives (5 quintiles, 10 deciles). */
  groups: number;
  /** How the quantiles' limits were simulated: from the KPI's unit (a rate, a percentage, else normal). */
  valueType: InequalityValueType;
  /** The latest period's indices; absent when they could not be worked out (see `problem`). */
  latest?: InequalityPoint;
  /** The period compared with: the earliest other period whose indices have limits. */
  earlier?: InequalityPoint;
  /** The change from `earlier` to `latest`; absent with one period only. */
  change?: InequalityChange;
  /** The SII of every period it could be worked out for, in time order (point estimates). */
  byPeriod: { period: string; sii: number }[];
  /** Why the latest period's indices could not be worked out, in plain English (then nothing else is said). */
  problem?: string;
  /** Earlier periods left out of the comparison, with the reason. */
  skipped: { period: string; reason: string }[];
}
