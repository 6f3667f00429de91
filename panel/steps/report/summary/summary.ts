/**
 * The summary at the top of the committee paper: how many KPIs, and what share, are green, amber
 * or red; improving, worsening or steady; in each variation and assurance pair; in each peer
 * quartile; the same by category when the KPI table has categories; and the list of exceptions.
 *
 * Every count is read from the report's own rows (the cells of REPORT_COLUMNS, one row per KPI), with the
 * matching rules of COUNTIF (text compared without regard to case, a blank cell equal to nothing
 * but a blank), and comes with the COUNTIF or COUNTIFS formula that gives the same number over
 * the written sheet (summary-formulas.ts), so a clerk can check any figure in the spreadsheet
 * itself. Pure: no host.
 */
import { ASSURANCE_LABELS, DIRECTION_LABELS, NOT_ENOUGH_DATA, RAG_LABELS, VARIATION_LABELS } from "../../../../core/labels";
import { Cell } from "../../../host";
import { FINDING_FILTERS, KpiView, QUARTILE_LABELS, exceptionsFirst, urgency } from "../../../shared/kpi-view";
import { NOT_COMPARED } from "../../../shared/marks/reading-key";
import { REPORT_COLUMNS } from "../report-columns";

/** The report columns the summary counts, by their headers. */
export const SUMMARY_COLUMNS = {
  kpi: "KPI",
  category: "Category",
  rag: "RAG",
  direction: "Direction of travel",
  variation: "Variation (SPC)",
  assurance: "Assurance (SPC)",
  quartile: "Peer quartile",
  commentary: "Commentary",
  exception: "Why it is an exception",
} as const;

/** What the report writes in the commentary of a KPI that could not be analysed (report-columns.ts). */
export const NOT_ANALYSED_PREFIX = "Could not be analysed:";

/** One condition on one column of the report, as COUNTIFS takes it. */
export interface Condition {
  /** The column's header (one of REPORT_COLUMNS). */
  column: string;
  /** `equals` one value; `notAnyOf` none of the values (a blank cell passes); `startsWith` the value. */
  test: "equals" | "notAnyOf" | "startsWith";
  values: string[];
}

/** One count of the summary, with the conditions that pick its rows. */
export interface Tally {
  label: string;
  count: number;
  /** count / the KPIs it is a share of (all KPIs, or the category's). */
  share: number;
  conditions: Condition[];
}

/** One variation and assurance pair. */
export interface PairTally extends Tally {
  variation: string;
  assurance: string;
}

/** The counts of one group of KPIs: all of them, or one category. */
export interface SummaryCounts {
  total: number;
  rag: Tally[];
  direction: Tally[];
  variation: Tally[];
  assurance: Tally[];
  /** Variation by assurance: every pair, in the order of the two lists. */
  pairs: PairTally[];
  quartile: Tally[];
  /** KPIs the report says could not be analysed. */
  notAnalysed: Tally;
  /** KPIs the report says are exceptions (its "Why it is an exception" cell is filled). */
  exceptionCount: Tally;
}

/** One category's counts; shares are of the category's KPIs. */
export interface CategorySummary extends SummaryCounts {
  category: string;
  /** The rows of this category (the denominator of its shares). */
  conditions: Condition[];
}

/** A KPI the paper reports as an exception, most urgent first. */
export interface ExceptionEntry {
  name: string;
  category: string;
  /** Its findings in the pane's words ("Special cause concerning", "Red against target"). */
  findings: string[];
}

export interface ReportSummary extends SummaryCounts {
  /** Counts by category, in the order categories first appear; empty when no KPI has a category. */
  categories: CategorySummary[];
  exceptions: ExceptionEntry[];
}

/** The RAG column's labels, best first. */
export const RAG_ORDER: readonly string[] = [RAG_LABELS.green, RAG_LABELS.amber, RAG_LABELS.red, RAG_LABELS.noTarget];

/** The direction column's labels. */
export const DIRECTION_ORDER: readonly string[] = [
  DIRECTION_LABELS.improving,
  DIRECTION_LABELS.worsening,
  DIRECTION_LABELS.increasing,
  DIRECTION_LABELS.decreasing,
  DIRECTION_LABELS.noClearChange,
  NOT_ENOUGH_DATA,
];

/** The variation column's labels, in the order Making Data Count summaries list them. */
export const VARIATION_ORDER: readonly string[] = [
  VARIATION_LABELS.improving,
  VARIATION_LABELS.concerning,
  VARIATION_LABELS.neutral,
  VARIATION_LABELS.commonCause,
  NOT_ENOUGH_DATA,
];

/** The assurance column's labels. */
export const ASSURANCE_ORDER: readonly string[] = [ASSURANCE_LABELS.passing, ASSURANCE_LABELS.hitAndMiss, ASSURANCE_LABELS.failing, ASSURANCE_LABELS.noTarget, NOT_ENOUGH_DATA];

/** The peer quartile column's labels, best first; any other entry is a KPI not compared. */
export const QUARTILE_ORDER: readonly string[] = [1, 2, 3, 4].map((quartile) => QUARTILE_LABELS[quartile]);

export { NOT_COMPARED };

/** Label of a category cell that is blank. */
export const NO_CATEGORY = "(no category)";

/** Text of a cell as COUNTIF compares it: lower case; a blank cell (null or "") is "". */
function cellText(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).toLowerCase();
}

/** Whether a row meets a condition, by COUNTIF's rules (text without regard to case). */
function meets(row: readonly Cell[], condition: Condition): boolean {
  const text = cellText(row[columnIndex(condition.column)]);
  const values = condition.values.map((value) => value.toLowerCase());
  if (condition.test === "equals") return text === values[0];
  if (condition.test === "startsWith") return text.startsWith(values[0]);
  return values.every((value) => text !== value);
}

/** The 0-based index of a report column by its header. */
export function columnIndex(header: string): number {
  const index = REPORT_COLUMNS.findIndex((column) => column.header === header);
  if (index < 0) throw new Error(`The report has no column "${header}".`);
  return index;
}

function equals(column: string, value: string): Condition {
  return { column, test: "equals", values: [value] };
}

/** The counts of the rows that meet `within` (all rows when empty), shares of those rows. */
function countsOf(rows: readonly (readonly Cell[])[], within: Condition[]): SummaryCounts {
  const group = rows.filter((row) => within.every((condition) => meets(row, condition)));
  const total = group.length;
  const tally = (label: string, conditions: Condition[]): Tally => {
    const count = group.filter((row) => conditions.every((condition) => meets(row, condition))).length;
    return { label, count, share: total === 0 ? 0 : count / total, conditions: [...within, ...conditions] };
  };
  const byLabel = (column: string, labels: readonly string[]) => labels.map((label) => tally(label, [equals(column, label)]));
  const pairs: PairTally[] = [];
  for (const variation of VARIATION_ORDER) {
    for (const assurance of ASSURANCE_ORDER) {
      const counted = tally(`${variation}, ${assurance}`, [equals(SUMMARY_COLUMNS.variation, variation), equals(SUMMARY_COLUMNS.assurance, assurance)]);
      pairs.push({ ...counted, variation, assurance });
    }
  }
  return {
    total,
    rag: byLabel(SUMMARY_COLUMNS.rag, RAG_ORDER),
    direction: byLabel(SUMMARY_COLUMNS.direction, DIRECTION_ORDER),
    variation: byLabel(SUMMARY_COLUMNS.variation, VARIATION_ORDER),
    assurance: byLabel(SUMMARY_COLUMNS.assurance, ASSURANCE_ORDER),
    pairs,
    quartile: [
      ...byLabel(SUMMARY_COLUMNS.quartile, QUARTILE_ORDER),
      // "Not any quartile" also passes a blank cell, so the row must hold a KPI.
      tally(NOT_COMPARED, [
        { column: SUMMARY_COLUMNS.kpi, test: "notAnyOf", values: [""] },
        { column: SUMMARY_COLUMNS.quartile, test: "notAnyOf", values: [...QUARTILE_ORDER] },
      ]),
    ],
    notAnalysed: tally("Could not be analysed", [{ column: SUMMARY_COLUMNS.commentary, test: "startsWith", values: [NOT_ANALYSED_PREFIX] }]),
    exceptionCount: tally("Exceptions", [{ column: SUMMARY_COLUMNS.exception, test: "notAnyOf", values: [""] }]),
  };
}

/**
 * The table rows of the report (one per KPI, in the report's order), as the report writes them.
 *
 * @example
 * reportTableRows(views).length; // => views.length
 */
export function reportTableRows(views: readonly KpiView[]): Cell[][] {
  return views.map((view) => REPORT_COLUMNS.map((column) => column.cell(view)));
}

/**
 * The summary of a report: counts and shares by RAG, direction of travel, variation, assurance,
 * variation by assurance and peer quartile, by category when categories are given (grouped as
 * COUNTIF groups them, without regard to case), and the exceptions, most urgent first.
 *
 * @param views the KPIs of the report, in the report's order
 * @example
 * summariseReport(views).rag[0]; // => { label: "Green", count: 38, share: 0.826, conditions: [...] }
 */
export function summariseReport(views: readonly KpiView[]): ReportSummary {
  const rows = reportTableRows(views);
  const categoryIndex = columnIndex(SUMMARY_COLUMNS.category);
  const categories: string[] = [];
  const seen = new Set<string>();
  const hasCategories = rows.some((row) => cellText(row[categoryIndex]).trim() !== "");
  if (hasCategories) {
    for (const row of rows) {
      const key = cellText(row[categoryIndex]);
      if (seen.has(key)) continue;
      seen.add(key);
      const cell = row[categoryIndex];
      categories.push(cell === null || cell === undefined ? "" : String(cell));
    }
  }
  return {
    ...countsOf(rows, []),
    categories: categories.map((category) => {
      const conditions = [equals(SUMMARY_COLUMNS.category, category)];
      return { ...countsOf(rows, conditions), category: category === "" ? NO_CATEGORY : category, conditions };
    }),
    exceptions: exceptionsFirst(views)
      .filter((view) => urgency(view) > 0)
      .map((view) => ({
        name: view.name,
        category: view.category,
        findings: FINDING_FILTERS.filter((filter) => view.findings.includes(filter.id)).map((filter) => filter.label),
      })),
  };
}
