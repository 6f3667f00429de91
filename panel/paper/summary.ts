/**
 * The summary at the top of the committee paper: how many KPIs, and what share, are green, amber
 * or red; improving, worsening or steady; in each variation and assurance pair; in each peer
 * quartile; the same by category when the KPI table has categories; and the list of exceptions.
 *
 * Every count is read from the report's own rows (`buildReportSheet`, one row per KPI), with the
 * matching rules of COUNTIF (text compared without regard to case, a blank cell equal to nothing
 * but a blank), and comes with the COUNTIF or COUNTIFS formula that gives the same number over
 * the written sheet, so a clerk can check any figure in the spreadsheet itself. Pure: no host.
 */
import { ASSURANCE_LABELS, DIRECTION_LABELS, NOT_ENOUGH_DATA, RAG_LABELS, VARIATION_LABELS } from "../../core/labels";
import { Cell, columnLetters } from "../host";
import { REPORT_COLUMNS, REPORT_HEADER_ROW, buildReportSheet } from "../report";
import { FINDING_FILTERS, KpiView, QUARTILE_LABELS, exceptionsFirst, urgency } from "../view";

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
} as const;

/** What the report writes in the commentary of a KPI that could not be analysed (panel/report.ts). */
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

/** Label of the KPIs with no quartile (no peers, too few, neutral, or not analysed). */
export const NOT_COMPARED = "Not compared with peers";

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
  };
}

/**
 * The table rows of the report (one per KPI, in the report's order), as the report writes them.
 *
 * @example
 * reportTableRows(views).length; // => views.length
 */
export function reportTableRows(views: readonly KpiView[]): Cell[][] {
  const sheet = buildReportSheet(views, { source: "", peers: "", excludedForAll: [] });
  return sheet.rows.slice(REPORT_HEADER_ROW + 1, REPORT_HEADER_ROW + 1 + views.length);
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
      .filter((view) => urgency(view) > 0 || view.problem !== null)
      .map((view) => ({
        name: view.name,
        category: view.category,
        findings: FINDING_FILTERS.filter((filter) => view.findings.includes(filter.id)).map((filter) => filter.label),
      })),
  };
}

/** Where the report's table is on its sheet, for the formulas. */
export interface ReportRange {
  /** 1-based sheet row of the first KPI and of the last. */
  firstRow: number;
  lastRow: number;
  /** The report sheet's name when the formulas sit on another sheet; omit on the report sheet itself. */
  sheet?: string;
}

/**
 * The range of a report of `kpis` rows whose header row is `headerRow` (0-based, as
 * REPORT_HEADER_ROW), optionally on a named sheet.
 *
 * @example
 * reportRange(3); // => { firstRow: 5, lastRow: 7 }
 */
export function reportRange(kpis: number, headerRow = REPORT_HEADER_ROW, sheet?: string): ReportRange {
  const range: ReportRange = { firstRow: headerRow + 2, lastRow: headerRow + 1 + Math.max(1, kpis) };
  if (sheet !== undefined) range.sheet = sheet;
  return range;
}

/** The longest text a COUNTIF criterion may hold (Excel; longer criteria give #VALUE!). */
export const MAX_CRITERION_LENGTH = 255;

/** An absolute A1 reference to one column of the table: `$H$5:$H$7`, on `'Sheet'!` when named. */
function columnRange(column: string, range: ReportRange): string {
  const letters = columnLetters(columnIndex(column));
  const sheet = range.sheet === undefined ? "" : `'${range.sheet.replace(/'/g, "''")}'!`;
  return `${sheet}$${letters}$${range.firstRow}:$${letters}$${range.lastRow}`;
}

/** A formula string literal: quotes doubled. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A COUNTIF criterion that matches `value` exactly (apart from case): wildcards `*`, `?` and the
 * escape `~` are escaped with `~` (Microsoft, WorksheetFunction.CountIf, "Remarks"); a value that
 * starts with a comparison sign, or is empty, gets a leading `=` so it is compared, not parsed.
 */
function criterionFor(condition: Condition): string[] {
  const escape = (value: string) => value.replace(/[~*?]/g, (character) => `~${character}`);
  if (condition.test === "startsWith") return [`${escape(condition.values[0])}*`];
  if (condition.test === "notAnyOf") return condition.values.map((value) => `<>${escape(value)}`);
  const value = condition.values[0];
  return [value === "" || /^[=<>]/.test(value) ? `=${escape(value)}` : escape(value)];
}

/** The same conditions as one SUMPRODUCT of comparisons, for criteria COUNTIF cannot take. */
function sumProductOf(conditions: readonly Condition[], range: ReportRange): string {
  const factors = conditions.flatMap((condition) => {
    const cells = columnRange(condition.column, range);
    if (condition.test === "equals") return [`(${cells}=${literal(condition.values[0])})`];
    if (condition.test === "notAnyOf") return condition.values.map((value) => `(${cells}<>${literal(value)})`);
    const value = condition.values[0];
    return [`(LEFT(${cells},${value.length})=${literal(value)})`];
  });
  return `SUMPRODUCT(${factors.length === 1 ? `--${factors[0]}` : factors.join("*")})`;
}

/**
 * The formula (without its `=`) that counts the rows meeting every condition: COUNTIF for one
 * criterion, COUNTIFS for several, and SUMPRODUCT of comparisons (equal apart from case, as
 * COUNTIF) when a criterion is longer than COUNTIF takes.
 *
 * @example
 * countExpression([{ column: "RAG", test: "equals", values: ["Green"] }], reportRange(3)); // => 'COUNTIF($H$5:$H$7,"Green")'
 */
export function countExpression(conditions: readonly Condition[], range: ReportRange): string {
  const pairs = conditions.flatMap((condition) => criterionFor(condition).map((criterion) => [columnRange(condition.column, range), criterion] as const));
  // No condition: every KPI row (a KPI always has a name; the pane skips rows without one).
  if (pairs.length === 0) return `COUNTA(${columnRange(SUMMARY_COLUMNS.kpi, range)})`;
  if (pairs.some(([, criterion]) => criterion.length > MAX_CRITERION_LENGTH)) return sumProductOf(conditions, range);
  if (pairs.length === 1) return `COUNTIF(${pairs[0][0]},${literal(pairs[0][1])})`;
  return `COUNTIFS(${pairs.map(([cells, criterion]) => `${cells},${literal(criterion)}`).join(",")})`;
}

/**
 * The formula of a tally's count.
 *
 * @example
 * countFormula(summary.rag[0], reportRange(views.length)); // => '=COUNTIF($H$5:$H$7,"Green")'
 */
export function countFormula(tally: Pick<Tally, "conditions">, range: ReportRange): string {
  return `=${countExpression(tally.conditions, range)}`;
}

/**
 * The formula of a tally's share: its count over the rows it is a share of (`within`: all rows,
 * or a category's), 0 when there are none.
 *
 * @example
 * shareFormula(summary.rag[0], reportRange(3)); // => '=IFERROR(COUNTIF($H$5:$H$7,"Green")/COUNTA($A$5:$A$7),0)'
 */
export function shareFormula(tally: Pick<Tally, "conditions">, range: ReportRange, within: readonly Condition[] = []): string {
  return `=IFERROR(${countExpression(tally.conditions, range)}/${countExpression(within, range)},0)`;
}

/** A count and its share in words: "38 (83%)". */
function counted(tally: Tally): string {
  return `${tally.count} (${Math.round(tally.share * 100)}%)`;
}

/**
 * The summary in a few plain sentences for the paper: "Against target, of 46 KPIs: 38 (83%)
 * green, 5 (11%) amber and 3 (7%) red." Only counts above zero are named.
 *
 * @example
 * summarySentences(summariseReport(views))[0];
 * // => "Against target, of 3 KPIs: 1 (33%) green, 1 (33%) red and 1 (33%) without a target."
 */
export function summarySentences(summary: ReportSummary): string[] {
  const named = (tallies: readonly Tally[], words: (tally: Tally) => string) =>
    tallies.filter((tally) => tally.count > 0).map((tally) => `${counted(tally)} ${words(tally)}`);
  const list = (parts: string[]) => (parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`);
  const sentences: string[] = [];
  const kpis = `${summary.total} KPI${summary.total === 1 ? "" : "s"}`;
  const words = (tally: Tally) => (tally.label === NOT_ENOUGH_DATA ? "with too few values to judge" : tally.label.toLowerCase());
  const rag = named(summary.rag, (tally) => (tally.label === RAG_LABELS.noTarget ? "without a target" : tally.label.toLowerCase()));
  if (rag.length > 0) sentences.push(`Against target, of ${kpis}: ${list(rag)}.`);
  const direction = named(summary.direction, words);
  if (direction.length > 0) sentences.push(`Direction of travel: ${list(direction)}.`);
  const variation = named(summary.variation, words);
  if (variation.length > 0) sentences.push(`Latest value on the SPC chart: ${list(variation)}.`);
  const quartile = named(summary.quartile, (tally) => (tally.label === NOT_COMPARED ? "not compared with peers" : `in the ${tally.label.toLowerCase()}`));
  if (quartile.length > 0) sentences.push(`Against peers: ${list(quartile)}.`);
  if (summary.notAnalysed.count > 0) sentences.push(`${counted(summary.notAnalysed)} could not be analysed; the table says why.`);
  sentences.push(summary.exceptions.length === 0 ? "No KPI is an exception." : `${summary.exceptions.length} of ${kpis} ${summary.exceptions.length === 1 ? "is an exception" : "are exceptions"}, each with a page of its own.`);
  return sentences;
}
