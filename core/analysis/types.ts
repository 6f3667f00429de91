import type { SpecialCauseEpisode } from "../spc/special-cause-episodes";
import type { DataFinding } from "../data-quality/check-data";
import type { AggregateMethod } from "../aggregate/aggregate-method";
import type { FunnelLabel } from "../benchmark/funnel-position";
import type { StatisticType } from "../benchmark/funnel-limits";
import type { XmrChart } from "../spc/xmr-chart";
import type { CostQuadrantLabel } from "../value-for-money/cost-quadrant";
import { TargetFinding, TargetFindingCode } from "../targets/check-target";
import { RagRating } from "../targets/rag";
import { Polarity, Series } from "../values";
import type { InequalitySummary, QuantilePeriod } from "./inequality-types";
import type { YearToDateSummary } from "./year-to-date-summary";

export type { YearToDateSummary } from "./year-to-date-summary";

/** One KPI as the analysis reads it: plain data, as a table row or the panel gives it. */
export interface KpiInput {
  /** The KPI's name as the council writes it ("Household waste recycled"). */
  name: string;
  /** Period labels as written ("2023/24", "Q2 2024/25"), one per position of `values`; optional. */
  periods?: readonly string[];
  /** Values in time order; `null` keeps the position of a missing period. */
  values: Series;
  /** One target for every period, or one per position (`null` where none; may run past the last value). */
  targets?: number | null | Series;
  /** The amber band of the RAG rating, in the value's units (default 0). */
  tolerance?: number;
  polarity: Polarity;
  /** The unit as written: "%", "£", "days", or empty for a count. */
  unit?: string;
  /** The peer group's values for the latest period (your council included, as LG Inform does). */
  peers?: readonly number[];
  /** Optional numerators and denominators of a proportion or rate, one per position. */
  numerators?: Series;
  denominators?: Series;
  /** Optional cost per position, ideally in real terms (KPI.REALTERMS), for value for money. */
  costs?: Series;
  /**
   * Optional price index (deflator) per position: costs are then put in real terms at the prices of
   * the last period with a deflator (KPI.REALTERMS) before anything is judged on them.
   */
  deflators?: Series;
  /** Optional comparator of the latest value, in its units: a named area such as England, or a value typed in. */
  comparator?: { name: string; value: number };
  /**
   * Optional counts and costs of the peers for the latest period, each one per entry of `peers`
   * (`null` where a peer has none): the funnel plot and the cost quadrant read them.
   */
  peerCounts?: { numerators?: readonly (number | null)[]; denominators?: readonly (number | null)[]; costs?: readonly (number | null)[] };
  /**
   * Optional figures the source published for the latest value (a Fingertips download): its
   * confidence limits and its comparison label, with the name of the area it was compared with.
   * Used only where the counts cannot give them; a published label is shown as given.
   */
  published?: { lower95?: number; upper95?: number; lower998?: number; upper998?: number; comparison?: string; comparedWith?: string };
  /** One mark per position: true leaves the period out of the trend and SPC (it keeps its place). */
  exclude?: readonly boolean[];
  /**
   * Officer commentary per position, as written (`null` or blank where none). When given, a KPI
   * that is Red, Worsening or Special cause concerning with no commentary for its latest value's
   * period is an `exception_without_explanation`; when left out, commentary is not judged.
   */
  commentary?: readonly (string | null)[];
  /** 0-based positions where a new process starts: the SPC limits are recalculated from each (KPI.SPC's `rebase`). */
  rebase?: readonly number[];
  /** Significance level of the trend test (default 0.05). */
  alpha?: number;
  /** Optional: the indicator by deprivation quantile (most deprived first), one entry per period in time order, for the slope index of inequality. */
  quantiles?: readonly QuantilePeriod[];
  /**
   * The target for the whole year, for a KPI reported by month or quarter: the analysis then gives
   * the year to date against it (`yearToDate`). For a count, the year's total (1,200 homes); for a
   * rate, the level for the year (95%).
   */
  annualTarget?: number;
  /**
   * How the year to date combines the periods; by default from the KPI: "ratio" with numerators
   * and denominators, "mean" for a percentage or a unit word, "sum" for a count or money
   * (docs/FORMULA-CONVENTIONS.md, "Year to date and rolling figures").
   */
  ytdMethod?: AggregateMethod;
  /** The month the year starts in, 1 to 12 (default 4: the UK financial year). */
  yearStart?: number;
}

/** A confidence interval of the latest value, in its units. */
export interface KpiInterval {
  lower: number;
  upper: number;
  /** The level of `lower` and `upper` (0.95). */
  confidence: number;
  /** The 99.8% limits, when known. */
  lower998?: number;
  upper998?: number;
  /** How it was found: from the counts (`Wilson`, `Byar`, `exact Poisson`), or `published` as the source gave it. */
  method: "Wilson" | "Byar" | "exact Poisson" | "published";
  /** From the counts: a proportion or a rate, and its multiplier (value = numerator / denominator × per). */
  type?: StatisticType;
  per?: number;
}

/** Codes the panel sorts cards by, most serious first. */
export type ExceptionCode =
  | "exception_without_explanation"
  | "special_cause_concerning"
  | "worsening"
  | "red"
  | "missing_latest"
  | "data_quality"
  | TargetFindingCode;

/** Direction of travel over the whole series. */
export interface DirectionSummary {
  /** `Improving`, `Worsening` (neutral: `Increasing`, `Decreasing`), `No clear change` or `Not enough data`. */
  label: string;
  /** Values used by the test. */
  count: number;
  /** Two-sided Mann-Kendall p-value, when the test ran. */
  pValue?: number;
  /** How the p-value was found: `exact` or `normal`. */
  method?: "exact" | "normal";
  /** Sen's slope: the typical change per period, when the test ran. */
  slope?: number;
}

/** The change from the previous period. */
export interface ChangeSummary {
  /** Label of the earlier period compared with. */
  period: string;
  previous: number;
  /** latest - previous. */
  difference: number;
  /** Percentage change, when the earlier value is not 0. */
  percent?: number;
  /** `Better`, `Worse`, `No change` (neutral: `Up`, `Down`, `No change`). */
  label: string;
  /** `previous period`, or `same period last year` when the series is seasonal. */
  comparedWith: "previous period" | "same period last year";
  /**
   * Whether the change is within the size of change the series usually shows (a moving-range
   * chart of changes of this span, KPI.CHANGE's engine); absent with fewer than 11 such changes.
   */
  withinUsualRange?: boolean;
  /**
   * The periods between the two compared that have no figure, when the change is on the last
   * period with a figure rather than the one just before (absent when nothing was passed over).
   */
  missingBetween?: string[];
  /** The periods between the two compared that were left out of the analysis (absent likewise). */
  leftOutBetween?: string[];
}

/** The latest value's place among its peers. */
export interface BenchmarkSummary {
  /** 1 is best: one plus the number of peers strictly better. */
  rank: number;
  /** 1 (top quarter) to 4 (bottom), as QUARTILE.INC, boundaries to the better quartile. */
  quartile: 1 | 2 | 3 | 4;
  /** 0 to 100, 100 best: share strictly worse plus half the share tied. */
  percentile: number;
  /** How far the value is from the peer median, positive when better. */
  gapToMedian: number;
  median: number;
  peerCount: number;
}

/**
 * Figures as the pane and the report show them: rounded once, at the KPI's own precision, so a
 * card and a report row say the same (a value of 18.3 and a peer median of 22.25 show as 18.3 and
 * 22.3, and the gap between them as 4.0, not the 3.95 a computer keeps).
 */
export interface ShownFigures {
  /** Decimal places of the KPI's values and targets as written, at most six (core/values/precision.ts). */
  decimals: number;
  /** The peer median rounded to those places, with benchmark results. */
  peerMedian?: number;
  /**
   * The latest value less the peer median (the other way round when lower is better), each
   * rounded to those places, then the difference too: positive when better.
   */
  gapToMedian?: number;
}

/** Everything judged about one KPI, computed once. Plain serialisable data (no Date, no functions). */
export interface KpiAnalysis {
  name: string;
  /** The unit as given ("%", "£", "days", ""). */
  unit: string;
  polarity: Polarity;
  /** One label per position: as written, or "period 1", "period 2"... */
  periods: string[];
  /** True when the period labels were given (the narrative then names periods). */
  periodsNamed: boolean;
  values: Series;
  /** One target per position (`null` where none). */
  targets: Series;
  /** The peer group's values as given (for the latest period). */
  peers: number[];
  /** The latest present value and its period. */
  latest?: { position: number; period: string; value: number };
  /** Periods after the latest present value that have no value yet (a missing latest figure). */
  missingAfterLatest: string[];
  /**
   * The target in force at the latest value (`targetInForce`) and its RAG rating; `previous` when it
   * changed within the year of the latest period (years from the period labels): the target it
   * replaced, the last period that target was for, and the first period of the new one.
   */
  target?: { value: number; rag: RagRating; previous?: { value: number; period: string; changedIn: string } };
  /** The year to date against the annual target, for monthly or quarterly periods with `annualTarget` given. */
  yearToDate?: YearToDateSummary;
  change?: ChangeSummary;
  direction: DirectionSummary;
  /** The XmR chart of the series (Making Data Count, MDC profile), when there are at least 2 values. */
  spc?: XmrChart;
  /**
   * The most recent episode of special cause on the chart (the latest run of marked points that
   * read the same way), when any point breaks a rule; the narrative names it.
   */
  spcEpisode?: SpecialCauseEpisode;
  /**
   * Whether the least-squares trend reaches the target: the furthest target after the latest value,
   * else the current target one period ahead (docs/FORMULAS.md, KPI.ONTRACK).
   */
  onTrack?: { label: string; projection?: number; lower?: number; upper?: number; position: number; target: number };
  benchmark?: BenchmarkSummary;
  /** The figures the pane and the report show, rounded once at the KPI's precision. */
  shown: ShownFigures;
  /**
   * The peer group's median, with any polarity, when there are at least 4 peer values (MIN_PEERS):
   * where a neutral KPI sits when there is no better or worse to rank by.
   */
  peerMedian?: number;
  targetFindings: TargetFinding[];
  /** What the data-quality checks found (KPI.DATACHECK's engine): periods, impossible or suspicious figures. */
  dataQuality: DataFinding[];
  /** Cost against performance over time (KPI.VFM), when costs are given and polarity is not neutral. */
  valueForMoney?: { label: string };
  /** Inequality across deprivation quantiles (slope and relative index of inequality), when quantiles are given. */
  inequality?: InequalitySummary;
  /**
   * The latest value's 95% interval (and 99.8%), in its units: from its numerator and denominator
   * (Wilson for a proportion, Byar's method or exact Poisson limits for a rate, as Fingertips), or
   * as the source published it when there are no counts.
   */
  interval?: KpiInterval;
  /**
   * The latest value against its comparator, as Fingertips compares (KPI.COMPARE): from the
   * counts' intervals, else from the published limits, else the label the source published, as given.
   */
  comparison?: { label: string; comparator: string; comparatorValue?: number; basis: "counts" | "published limits" | "published label" };
  /**
   * The latest value on the funnel plot of its peers (PHEindicatormethods' funnel limits at its own
   * denominator around the peers' pooled value), when at least MIN_PEERS peers have denominators.
   */
  funnel?: { label: FunnelLabel; centre: number; lower95: number; upper95: number; lower998: number; upper998: number; peerCount: number };
  /**
   * The latest cost: per unit (cost / denominator) when denominators are given, in real terms at
   * the prices of `prices` when deflators are given, and its quadrant among the peers (KPI.COSTQUADRANT).
   */
  cost?: { value: number; period: string; perUnit: boolean; prices?: string; quadrant?: CostQuadrantLabel; peerCount?: number };
  /** Up to three plain-English sentences. */
  narrative: string;
  /** One to five scrutiny questions. */
  questions: string[];
  /** Codes for sorting cards, most serious first. */
  exceptions: ExceptionCode[];
  /** Weak but valid input, in plain English. */
  warnings: string[];
}
