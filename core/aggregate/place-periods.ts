import { KpiError } from "../errors";
import { isMissingCell } from "../values";
import { MonthSpan, dateSerialLabel, periodMonths, periodsPerYearFromLabels } from "../values/periods";

/** A row or column of period labels read as months, quarters or years in time order. */
export interface PlacedPeriods {
  /** 12 for months, 4 for quarters, 1 for years. */
  perYear: 1 | 4 | 12;
  /**
   * One per position: the months the period covers (a date stands for its month, or for its
   * quarter of the year when the periods are quarters), or `null` where the label is blank.
   */
  spans: (MonthSpan | null)[];
  /** The labels as the sheet shows them, for messages. */
  labels: string[];
}

/** The median of some whole numbers (the usual gap between dates). */
function median(numbers: readonly number[]): number {
  const sorted = numbers.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A label as the sheet shows it: a date serial as "Apr 2024", text trimmed. */
function shown(cell: unknown): string {
  if (typeof cell === "number") return dateSerialLabel(Math.floor(cell)) ?? String(cell);
  return typeof cell === "string" ? cell.trim() : String(cell);
}

/** A label left blank: empty, a missing-value marker ("n/a", "-"), an error, or a number no cell holds (NaN, Infinity). */
function isBlank(cell: unknown): boolean {
  return isMissingCell(cell);
}

/** How many periods a year the dates are: months or quarters apart (the usual gap between them). */
function perYearOfDates(months: readonly number[], argument: string): 4 | 12 {
  if (months.length < 2) return 12;
  const gap = median(months.slice(1).map((month, i) => month - months[i]));
  if (gap === 1) return 12;
  if (gap === 3) return 4;
  throw new KpiError({
    code: "invalid_argument",
    argument,
    problem: `holds dates about ${gap} months apart`,
    fix: "give dates a month or a quarter apart (one per period), or labels such as \"Apr-24\" or \"Q1 2024/25\"",
  });
}

/**
 * Reads period labels (one per position) as months, quarters or years, in time order, in the forms
 * {@link periodMonths} reads. Dates are months, or quarters when they are a quarter apart; a date
 * in a row of quarters stands for its quarter of the year that starts in month `yearStart`.
 *
 * @param cells the labels as the host hands them over (blank where a period has no label)
 * @param yearStart the first month of the year (4: April, the financial year)
 * @param argument the parameter's name, for messages (`periods`)
 * @throws {KpiError} `invalid_argument` naming the label that is not a period, a mix of months and
 * quarters, periods out of order or repeated, or a `year_start` that splits a quarter
 * @example
 * placePeriods(["Apr-24", "May-24", "Jun-24"], 4).perYear; // => 12
 * placePeriods(["Q1 2024/25", "Q2 2024/25"], 4).spans[1];   // => { first: 24294, months: 3, fromDate: false } (July 2024)
 */
export function placePeriods(cells: readonly unknown[], yearStart: number, argument = "periods"): PlacedPeriods {
  const labels = cells.map((cell) => (isBlank(cell) ? "" : shown(cell)));
  const asYears = periodsPerYearFromLabels(cells.filter((cell) => typeof cell === "string")) === 1 ? 1 : undefined;
  const spans = cells.map((cell, i): MonthSpan | null => {
    if (isBlank(cell)) return null;
    const span = periodMonths(cell, asYears);
    if (span === undefined) {
      throw new KpiError({
        code: "invalid_argument",
        argument,
        problem: `period ${i + 1} ("${labels[i]}") is not a month, quarter or date with its year`,
        fix: 'write months as "Apr-24", "April 2024" or "2024-04", quarters as "Q1 2024/25", or use date cells',
      });
    }
    return span;
  });
  const present = spans.map((span, i) => ({ span, i })).filter((entry): entry is { span: MonthSpan; i: number } => entry.span !== null);
  const kinds = new Set(present.filter((entry) => !entry.span.fromDate).map((entry) => entry.span.months));
  if (kinds.size > 1) {
    const [a, b] = [...kinds].map((months) => present.find((entry) => entry.span.months === months && !entry.span.fromDate)!);
    const kind = (months: number) => (months === 1 ? "a month" : months === 3 ? "a quarter" : "a year");
    throw new KpiError({
      code: "invalid_argument",
      argument,
      problem: `mixes kinds of period ("${labels[a.i]}" is ${kind(a.span.months)}, "${labels[b.i]}" ${kind(b.span.months)})`,
      fix: "give one kind of period: all months, all quarters or all years",
    });
  }
  const dates = present.filter((entry) => entry.span.fromDate);
  const perYear: 1 | 4 | 12 = kinds.has(12) ? 1 : kinds.has(3) ? 4 : kinds.has(1) ? 12 : perYearOfDates(dates.map((entry) => entry.span.first), argument);
  for (const entry of present) {
    const { span } = entry;
    if (span.fromDate && perYear !== 12) {
      // A date stands for the quarter (or year) of the year from `yearStart` that it falls in.
      const length = 12 / perYear;
      const offset = (((span.first - (yearStart - 1)) % length) + length) % length;
      spans[entry.i] = { first: span.first - offset, months: length as 3 | 12, fromDate: true };
    } else if (perYear === 4 && (((span.first - (yearStart - 1)) % 3) + 3) % 3 !== 0) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "year_start",
        problem: `${yearStart} starts the year inside the quarter "${labels[entry.i]}"`,
        fix: `give the month a quarter starts in (${[1, 2, 3, 4].map((k) => ((span.first + 3 * k) % 12) + 1).sort((x, y) => x - y).join(", ")}; 4 for the UK financial year)`,
      });
    }
  }
  for (let k = 1; k < present.length; k++) {
    const before = present[k - 1];
    const after = present[k];
    const [a, b] = [spans[before.i] as MonthSpan, spans[after.i] as MonthSpan];
    if (b.first === a.first) {
      throw new KpiError({
        code: "invalid_argument",
        argument,
        problem: `has the same period twice ("${labels[before.i]}", period ${before.i + 1}, and "${labels[after.i]}", period ${after.i + 1})`,
        fix: "give each period once",
      });
    }
    if (b.first < a.first) {
      throw new KpiError({
        code: "invalid_argument",
        argument,
        problem: `lists "${labels[after.i]}" (period ${after.i + 1}) after "${labels[before.i]}" (period ${before.i + 1}), out of time order`,
        fix: "put the periods in time order, oldest first, with values in the same order",
      });
    }
  }
  return { perYear, spans, labels };
}
