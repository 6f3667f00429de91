/**
 * The formulas of the summary: each count as the COUNTIF or COUNTIFS over the report's own columns
 * that gives the same number on the written sheet, and each share as that count over its group.
 */
import { columnLetters } from "../../../host";
import { REPORT_HEADER_ROW } from "../report-sheet";
import { Condition, SUMMARY_COLUMNS, Tally, columnIndex } from "./summary";

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
