/**
 * What kind of period a KPI is reported over, read from the labels the user wrote, so sentences
 * can say "a year" or "a quarter" rather than "a period".
 */
import { periodsPerYearFromLabels } from "../values/periods";

/** The kinds of period the wording knows. */
export type PeriodKind = "year" | "quarter" | "month" | "period";

/**
 * The kind of period every label agrees on, or `period` when they do not (or none are given),
 * read by the same rules as KPI.CHANGE's seasonal comparison ({@link periodsPerYearFromLabels}).
 *
 * @example
 * periodKind(["2022/23", "2023/24"]);        // => "year"
 * periodKind(["Q1 2024/25", "Q2 2024/25"]);  // => "quarter"
 * periodKind(["Apr 2024", "May 2024"]);      // => "month"
 * periodKind(["Wave 1", "Wave 2"]);          // => "period"
 */
export function periodKind(labels: readonly string[]): PeriodKind {
  const perYear = periodsPerYearFromLabels(labels.map((label) => String(label)));
  if (perYear === 1) return "year";
  if (perYear === 4) return "quarter";
  if (perYear === 12) return "month";
  return "period";
}

/**
 * A count of periods in words: "5 years", "1 quarter", "8 periods".
 *
 * @example
 * countOf(5, "year");    // => "5 years"
 * countOf(1, "quarter"); // => "1 quarter"
 */
export function countOf(count: number, kind: PeriodKind): string {
  return `${count} ${kind}${count === 1 ? "" : "s"}`;
}
