/**
 * Real-looking council KPI tables for the pane's tests, hand-built in the shapes published
 * quarterly and monthly performance reports use (a Ref, the measure, polarity, target, the periods,
 * then a Comment and a Corrective action column): the same KPIs written in the wide layout (KPIs
 * down, periods across, commentary for the latest period) and the long layout (one row per KPI and
 * period, commentary per row). The figures are invented; the comments include text that looks like
 * markup and a formula, which must stay text.
 */
import { Cell } from "../../panel/host";

/** One KPI of a fixture table. */
export interface KpiFixture {
  ref: string;
  name: string;
  polarity: "higher" | "lower";
  /** One target for every period, one per period (a stepped target), or none. */
  target?: number | (number | null)[];
  values: (number | null)[];
  /** Comments by period (the long layout keeps them all, the wide one only the latest period's). */
  comments?: Record<string, string>;
  /** Corrective action by period. */
  actions?: Record<string, string>;
}

/** Q1 2021/22 to Q4 2024/25: four financial years of quarters. */
export const QUARTERS = [2021, 2022, 2023, 2024].flatMap((year) => [1, 2, 3, 4].map((q) => `Q${q} ${year}/${String(year + 1).slice(-2)}`));

/** Apr-23 to Mar-25: two financial years of months. */
export const MONTHS = ["23", "24"].flatMap((year) => {
  const next = String(Number(year) + 1);
  return ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((month) => `${month}-${year}`).concat(["Jan", "Feb", "Mar"].map((month) => `${month}-${next}`));
});

const LATEST_QUARTER = QUARTERS[QUARTERS.length - 1];
const LATEST_MONTH = MONTHS[MONTHS.length - 1];

/** Text an attacker might type into a comment: markup and a formula. */
export const SCRIPT_COMMENT = "<script>alert('comment')</script> Two hotel blocks booked after the Riverside fire; <img src=x onerror=alert(1)> moves out from May.";
export const FORMULA_ACTION = '=HYPERLINK("http://example.com/plan","Recovery plan")';

/** A quarterly corporate scorecard. */
export const QUARTERLY: readonly KpiFixture[] = [
  {
    ref: "ENV01",
    name: "Missed bins per 100,000 collections",
    polarity: "lower",
    target: 60,
    values: [55, 57, 54, 56, 58, 55, 53, 56, 57, 54, 56, 55, 57, 56, 54, 72],
    comments: { [LATEST_QUARTER]: "New round structure went live in March; crews are still learning the routes." },
    actions: { [LATEST_QUARTER]: "Supervisors ride with each crew for four weeks.\nDaily review of every missed bin." },
  },
  { ref: "CUS02", name: "Calls answered within 60 seconds (%)", polarity: "higher", target: 80, values: [78, 86, 80, 85, 79, 84, 81, 87, 80, 83, 79, 86, 82, 85, 80, 78] },
  { ref: "BEN03", name: "Average days to process new Housing Benefit claims", polarity: "lower", values: [18, 18.5, 19, 19.4, 20, 20.2, 21, 21.5, 22, 22.6, 23, 23.5, 24.1, 24.8, 25.5, 26] },
  { ref: "REV04", name: "Council tax collected in year (%)", polarity: "higher", target: 96, values: [96.8, 97.1, 96.9, 97.3, 97, 96.7, 97.2, 97.4, 96.9, 97.1, 97, 97.3, 96.8, 97.2, 97.1, 97] },
  {
    ref: "HSG05",
    name: "Households in temporary accommodation",
    polarity: "lower",
    values: [210, 205, 215, 208, 212, 206, 214, 209, 211, 207, 213, 210, 208, 212, 209, 290],
    comments: { [LATEST_QUARTER]: SCRIPT_COMMENT },
    actions: { [LATEST_QUARTER]: FORMULA_ACTION },
  },
  {
    ref: "PLN06",
    name: "Major planning applications decided in time (%)",
    polarity: "higher",
    target: 60,
    values: [65, 70, 68, 72, 75, 74, 78, 80, 82, 81, 85, 84, 86, 88, 87, 90],
    comments: { [LATEST_QUARTER]: "Agency planner kept on to March." },
  },
  {
    ref: "ENV07",
    name: "Fly-tipping incidents cleared within 2 working days (%)",
    polarity: "higher",
    target: 90,
    values: [92, 91, 93, 92, 90, 91, 92, 93, 91, 92, 90, 93, 91, 92, 91, 85],
    comments: { [LATEST_QUARTER]: "n/a" },
  },
  { ref: "HR08", name: "Working days lost to sickness per FTE", polarity: "lower", values: [2.2, 2.4, 2.1, 2.3, 2.2, 2.4, 2.3, 2.1, 2.2, 2.3, 2.4, 2.2, 2.3, 2.1, 2.3, 3.4] },
];

/** A monthly service dashboard; the missed-bins target steps from 60 to 55 in April 2024. */
export const MONTHLY: readonly KpiFixture[] = [
  {
    ref: "WM1",
    name: "Missed bins per 100,000 collections",
    polarity: "lower",
    target: MONTHS.map((month) => (month.endsWith("-23") || /^(Jan|Feb|Mar)-24$/.test(month) ? 60 : 55)),
    values: [58, 56, 59, 57, 55, 58, 57, 56, 59, 58, 57, 56, 57, 58, 56, 57, 55, 58, 57, 56, 57, 58, 56, 58],
    comments: { "Nov-24": "Leaf fall slowed two rounds.", [LATEST_MONTH]: "Round changes bedding in; the stepped target asks for 55 from April." },
  },
  {
    ref: "CS1",
    name: "Calls answered within 60 seconds (%)",
    polarity: "higher",
    target: 80,
    values: [84, 78, 86, 80, 85, 79, 84, 81, 87, 80, 83, 79, 86, 82, 85, 80, 84, 79, 86, 81, 85, 80, 83, 77],
    comments: { "Feb-25": "Phone system outage on 12 February." },
  },
  { ref: "HR1", name: "Rent collected (%)", polarity: "higher", target: 97, values: [97.6, 97.9, 98.1, 97.7, 98, 97.8, 98.2, 97.9, 98, 97.7, 98.1, 97.9, 98, 97.8, 98.2, 97.9, 98.1, 97.7, 98, 97.8, 98.1, 97.9, 98, 97.8] },
  {
    ref: "HS2",
    name: "Average days to relet a council home",
    polarity: "lower",
    values: [25, 26, 26, 27, 28, 28, 29, 30, 30, 31, 32, 33, 33, 34, 35, 35, 36, 37, 38, 38, 39, 40, 41, 42],
    comments: { [LATEST_MONTH]: "Voids contractor changed in January; a backlog of 40 homes." },
    actions: { [LATEST_MONTH]: "Second contractor from April; weekly voids meeting chaired by the Head of Housing." },
  },
];

const note = (map: Record<string, string> | undefined, period: string): Cell => map?.[period] ?? null;

/**
 * The wide layout: Ref, Measure, Polarity, Target, the periods, Comment, Corrective action; a
 * stepped target is a "<Measure> (target)" row directly under its KPI.
 */
export function wideTable(kpis: readonly KpiFixture[], periods: readonly string[]): Cell[][] {
  const latest = periods[periods.length - 1];
  const rows: Cell[][] = [["Ref", "Measure", "Polarity", "Target", ...periods, "Comment", "Corrective action"]];
  for (const kpi of kpis) {
    const single = typeof kpi.target === "number" ? kpi.target : null;
    rows.push([kpi.ref, kpi.name, kpi.polarity, single, ...kpi.values, note(kpi.comments, latest), note(kpi.actions, latest)]);
    if (Array.isArray(kpi.target)) rows.push([null, `${kpi.name} (target)`, null, null, ...kpi.target, null, null]);
  }
  return rows;
}

/** The long layout: one row per KPI and period, with the target and the commentary of that period. */
export function longTable(kpis: readonly KpiFixture[], periods: readonly string[]): Cell[][] {
  const rows: Cell[][] = [["Ref", "Indicator", "Period", "Actual", "Target", "Polarity", "Comment", "Corrective action"]];
  for (const kpi of kpis) {
    periods.forEach((period, i) => {
      const target = Array.isArray(kpi.target) ? kpi.target[i] : (kpi.target ?? null);
      rows.push([kpi.ref, kpi.name, period, kpi.values[i], target, kpi.polarity, note(kpi.comments, period), note(kpi.actions, period)]);
    });
  }
  return rows;
}
