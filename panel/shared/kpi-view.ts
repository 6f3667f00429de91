import type { FigureStyle } from "./figures";

/**
 * What the cards and the report show for one KPI: the analysis from core (analyseKpi), put in the
 * words and order the panel uses. No statistics are computed here; findings are read from core's
 * labels.
 */
import type { Polarity } from "../../core/values";
import type { OfficerNote, PlacedEvent } from "./pane-inputs";

/** The exception kinds the panel sorts and filters by, most urgent first. */
export const FINDING_FILTERS = [
  { id: "unexplained", label: "Exception without explanation" },
  { id: "concerning", label: "Special cause concerning" },
  { id: "worsening", label: "Worsening" },
  { id: "red", label: "Red against target" },
  { id: "missing", label: "Latest figure missing" },
  { id: "data-quality", label: "Data quality" },
  { id: "target", label: "Target findings" },
  { id: "green-bottom", label: "Green but bottom quartile" },
  { id: "red-top", label: "Red but top quartile" },
  { id: "improving", label: "Improving or special cause improving" },
  { id: "problem", label: "Could not be analysed" },
] as const;

export type FindingId = (typeof FINDING_FILTERS)[number]["id"];

/** The SPC chart of one KPI, point by point. */
export interface ChartView {
  periods: string[];
  values: (number | null)[];
  mean: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  target: number | null;
  /** The target in force at each point (a step line when targets change; null where none is set yet). */
  targets: (number | null)[];
  /** Points that break a special-cause rule, with the rules in words. */
  specialCause: (string | null)[];
  /**
   * Each point's variation, as core labels it ("Common cause", "Special cause concerning"...;
   * `Excluded` for a point left out; null where there is no value): the colour of its dot.
   */
  variation: (string | null)[];
  /** Points left out of the calculation. */
  excluded: boolean[];
  /** Events marked on the chart (a vertical line each), in time order. */
  events: PlacedEvent[];
  /** A note on the limits (trial limits under 12 points, the rule profile). */
  note: string;
}

/** Inequality across deprivation deciles or quintiles: core's slope and relative index of inequality, in the panel's words. */
export interface InequalityView {
  /** "deciles", "quintiles" or "groups". */
  groups: string;
  /** The latest period of the deprivation table, or null when it could not be used. */
  period: string | null;
  /** The slope index of inequality (the modelled gap, least minus most deprived, in the KPI's units) with its 95% limits. */
  sii: number | null;
  siiLower: number | null;
  siiUpper: number | null;
  /** The relative index of inequality (least over most deprived) with its 95% limits. */
  rii: number | null;
  riiLower: number | null;
  riiUpper: number | null;
  /** The change of the gap in words ("Narrowed since 2017/18"), or empty with one period. */
  change: string;
  /** The SII of each period, in time order. */
  byPeriod: { period: string; sii: number }[];
  /** Why the gap could not be worked out (a message that says what to fix), or null. */
  problem: string | null;
  /** Earlier periods left out of the comparison, with why. */
  notes: string[];
}

/** A target replaced this year: its value, the last period it was for, and the period the new one started. */
export interface PreviousTarget {
  value: number;
  period: string;
  changedIn: string;
}

/** One KPI, ready to show. */
export interface KpiView {
  /** Position in the KPI table (0-based), to keep the table's order among equals. */
  index: number;
  name: string;
  category: string;
  owner: string;
  unit: string;
  /** Which way is better: the colour of the arrows and the side of the icons. */
  polarity: Polarity;
  latestPeriod: string | null;
  latestValue: number | null;
  target: number | null;
  /** The target the one in force replaced within the latest period's year, or null when it did not change. */
  previousTarget: PreviousTarget | null;
  rag: string;
  direction: string;
  /** The change on the previous period, in words (beside the trend test, never instead of it). */
  change: string;
  variation: string;
  assurance: string;
  /** Quartile 1 (top) to 4 (bottom) among peers, or null without peer data. */
  quartile: number | null;
  quartileLabel: string;
  /** Gap to the peer median as shown (the two figures rounded at the KPI's precision, then subtracted), positive when better, or null. */
  gap: number | null;
  /** The peer median, rounded at the KPI's precision, or null without a peer position. */
  peerMedian: number | null;
  peerNote: string;
  targetFindings: string[];
  /** What the data-quality checks and the table reader found, a sentence each. */
  dataQuality: string[];
  narrative: string;
  /** The officer's commentary and actions for the latest period, as written; null when the table has no commentary column. */
  commentary: OfficerNote[] | null;
  /** The officer's notes for the other periods, latest first. */
  otherCommentary: OfficerNote[];
  questions: string[];
  chart: ChartView | null;
  excludedPeriods: string[];
  /** How the KPI's figures are shown: its unit and its precision. */
  figures: FigureStyle;
  /** Cells read as gaps that held something other than a blank or a marker ("tbc"), each named. */
  cellNotes: string[];
  /** The events on the chart for this KPI, in time order. */
  events: PlacedEvent[];
  /** The year to date against the annual target in words (core's analysis.yearToDate); absent without one. */
  yearToDate?: string;
  /** Why the KPI could not be analysed (a message that says what to fix), or null. */
  problem: string | null;
  findings: FindingId[];
  /** Inequality across deprivation groups, when the peer table is a deprivation table with this KPI. */
  inequality?: InequalityView;
  /** What counts add (interval, comparison, funnel), in words; absent when there is nothing to say. */
  counts?: CountsView;
  /** What costs add (cost per unit, value for money, cost quadrant); absent without costs. */
  cost?: CostView;
}

/** What a KPI's counts and comparator add, in words ("" for a part there is nothing to say about). */
export interface CountsView {
  /** "27.4% to 30.4% (95%, Wilson, from 999 of 3,456)". */
  interval: string;
  /** The comparison's label alone ("Worst", "Similar"), or "". */
  comparisonLabel: string;
  /** "Worst: significantly worse than England (57.5%) even at 99.8%, from the counts". */
  comparison: string;
  /** "Below the 99.8% limit around the peers' 57.5% (7 peers)". */
  funnel: string;
}

/** What a KPI's costs add, in words. */
export interface CostView {
  /** The latest cost per unit (or cost), in real terms where deflated, or null. */
  value: number | null;
  /** "£110 per unit in 2022/23, at 2022/23 prices". */
  text: string;
  valueForMoney: string;
  quadrant: string;
}

/** The words for a quartile, best first. */
export const QUARTILE_LABELS: Readonly<Record<number, string>> = {
  1: "Top quartile",
  2: "Upper middle quartile",
  3: "Lower middle quartile",
  4: "Bottom quartile",
};

/**
 * An event in words, for the chart's caption and text summary and the report.
 *
 * @example
 * eventWords({ period: "2020/21", position: 10, note: "Lockdown", rebase: true });
 * // => "2020/21: Lockdown (a new process starts here: limits recalculated)"
 */
export function eventWords(event: PlacedEvent): string {
  const note = event.note.trim() === "" ? "" : `: ${event.note}`;
  return `${event.period}${note}${event.rebase ? " (a new process starts here: limits recalculated)" : ""}`;
}

/** How urgent a KPI is for scrutiny: exceptions first (higher comes first). */
export function urgency(view: Pick<KpiView, "findings">): number {
  const weights: Partial<Record<FindingId, number>> = { unexplained: 64, problem: 32, concerning: 16, worsening: 8, "green-bottom": 4, red: 3, target: 2, "data-quality": 2, missing: 1, "red-top": 1 };
  return view.findings.reduce((sum, finding) => sum + (weights[finding] ?? 0), 0);
}

/** The KPIs in the order the cards show them: exceptions first, then the table's order. */
export function exceptionsFirst(views: readonly KpiView[]): KpiView[] {
  return [...views].sort((a, b) => urgency(b) - urgency(a) || a.index - b.index);
}

/** The KPIs matching a search text and a finding filter (`all`, `exceptions` or a FindingId). */
export function filterViews(views: readonly KpiView[], search: string, filter: string): KpiView[] {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return views.filter((view) => {
    const haystack = [view.name, view.category, view.owner, view.narrative, ...view.targetFindings, ...view.dataQuality, ...(view.commentary ?? []).map((note) => note.text)].join(" ").toLowerCase();
    if (!words.every((word) => haystack.includes(word))) return false;
    if (filter === "all") return true;
    if (filter === "exceptions") return urgency(view) > 0;
    return view.findings.includes(filter as FindingId);
  });
}
