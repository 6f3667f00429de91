/**
 * What kind of period a KPI is reported over, read from the labels the user wrote, so sentences
 * can say "a year" or "a quarter" rather than "a period".
 */

/** The kinds of period the wording knows. */
export type PeriodKind = "year" | "quarter" | "month" | "period";

const YEAR = /^(fy\s*)?\d{4}(\s*[/-]\s*\d{2}(\d{2})?)?$/i;
const QUARTER = /(^|\s)(q[1-4]|quarter)(\s|$)/i;
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(\s*[-/]?\s*\d{2,4})?$/i;

/**
 * The kind of period every label agrees on, or `period` when they do not (or none are given).
 *
 * @example
 * periodKind(["2022/23", "2023/24"]);        // => "year"
 * periodKind(["Q1 2024/25", "Q2 2024/25"]);  // => "quarter"
 * periodKind(["Apr 2024", "May 2024"]);      // => "month"
 * periodKind(["Wave 1", "Wave 2"]);          // => "period"
 */
export function periodKind(labels: readonly string[]): PeriodKind {
  const named = labels.map((label) => label.trim()).filter((label) => label !== "");
  if (named.length === 0) return "period";
  if (named.every((label) => QUARTER.test(label))) return "quarter";
  if (named.every((label) => YEAR.test(label))) return "year";
  if (named.every((label) => MONTH.test(label))) return "month";
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
