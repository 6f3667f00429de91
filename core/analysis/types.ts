import type { XmrChart } from "../spc/xmr-chart";
import { TargetFinding, TargetFindingCode } from "../targets/check-target";
import { RagRating } from "../targets/rag";
import { Polarity, Series } from "../values";

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
  /** One mark per position: true leaves the period out of the trend and SPC (it keeps its place). */
  exclude?: readonly boolean[];
  /** Significance level of the trend test (default 0.05). */
  alpha?: number;
}

/** Codes the panel sorts cards by, most serious first. */
export type ExceptionCode =
  | "special_cause_concerning"
  | "worsening"
  | "red"
  | "missing_latest"
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
  /** The target for the latest value and its RAG rating. */
  target?: { value: number; rag: RagRating };
  change?: ChangeSummary;
  direction: DirectionSummary;
  /** The XmR chart of the series (Making Data Count, MDC profile), when there are at least 2 values. */
  spc?: XmrChart;
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
  /** Cost against performance over time (KPI.VFM), when costs are given and polarity is not neutral. */
  valueForMoney?: { label: string };
  /** Wilson interval of the latest value, in its units, when numerators and denominators are given. */
  interval?: { lower: number; upper: number; confidence: number };
  /** Up to three plain-English sentences. */
  narrative: string;
  /** One to five scrutiny questions. */
  questions: string[];
  /** Codes for sorting cards, most serious first. */
  exceptions: ExceptionCode[];
  /** Weak but valid input, in plain English. */
  warnings: string[];
}
