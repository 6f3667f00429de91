import { Series } from "../values";
import { FINANCIAL_YEAR_START, MONTH_NAMES, monthLabel, yearOfMonth } from "../values/periods";
import { AggregateMethod, Tally, tallyFigure } from "./aggregate-method";
import { PlacedPeriods } from "./place-periods";

/** The year-to-date figure at one period. */
export interface YearToDatePoint {
  /**
   * The figure over the year so far, or `null`: a gap in the year so far (see `gap`), no value at
   * this period for `last`, a ratio over a total denominator of 0, or a position with no label.
   */
  value: number | null;
  /** The year the period is in, named by the calendar year it starts in (2024 for 2024/25); `null` without a label. */
  year: number | null;
  /** The period's place in its year: 1 for the first month or quarter. */
  periodOfYear: number;
  /** Why the year so far has no figure, completing "because": "there is no figure for Jun-24". */
  gap?: string;
}

/** A period that should be in the data but is not: "Jun 2024", or "Apr to Jun 2024" for a quarter. */
function missingPeriod(first: number, months: number): string {
  return months === 1 ? monthLabel(first) : `${MONTH_NAMES[first % 12]} to ${monthLabel(first + months - 1)}`;
}

/**
 * The year-to-date figure at each period (KPI.YTD): the periods of the year so far combined by
 * `method` (docs/FORMULA-CONVENTIONS.md, "Year to date and rolling figures"). The year starts in
 * month `yearStart` (4, April: the UK financial year). A year-to-date figure is only given when
 * every period of the year so far is there with its value: a missing value, a period missing from
 * the labels, or a year whose first periods come before the data start, empties that period's
 * figure and the rest of that year's (with the reason in `gap`), never a silently short sum. For
 * `last` the figure is the period's own value, so only its own gap empties it. Cost: O(n).
 *
 * @param values the figures (the numerators for `ratio`), one per position of `periods`
 * @param periods the labels read by placePeriods (months or quarters)
 * @param method how the year's periods combine
 * @param yearStart the first month of the year, 1 to 12
 * @param denominators for `ratio`: one per position
 * @example
 * const periods = placePeriods(["Feb-24", "Mar-24", "Apr-24", "May-24"], 4);
 * yearToDate([5, 6, 10, 12], periods, "sum").map((point) => point.value); // => [null, null, 10, 22]
 * // (Feb and Mar 2024 are the end of 2023/24, whose earlier months are not in the data)
 */
export function yearToDate(
  values: Series,
  periods: PlacedPeriods,
  method: AggregateMethod,
  yearStart = FINANCIAL_YEAR_START,
  denominators?: Series,
): YearToDatePoint[] {
  const length = 12 / periods.perYear;
  let year: number | null = null;
  let expected = 0;
  let gap: string | undefined;
  const tally: Tally = { sum: 0, denominator: 0, count: 0 };
  return values.map((value, i): YearToDatePoint => {
    const span = periods.spans[i];
    if (span === null || span === undefined) return { value: null, year: null, periodOfYear: 0 };
    const spanYear = yearOfMonth(span.first, yearStart);
    if (spanYear !== year) {
      year = spanYear;
      expected = year * 12 + yearStart - 1;
      gap = undefined;
      tally.sum = 0;
      tally.denominator = 0;
      tally.count = 0;
    }
    const periodOfYear = (span.first - (year * 12 + yearStart - 1)) / length + 1;
    if (gap === undefined && span.first !== expected) gap = `there is no period for ${missingPeriod(expected, length)}`;
    expected = span.first + length;
    const label = periods.labels[i];
    if (method === "last") {
      return value === null ? { value: null, year, periodOfYear, gap: `there is no figure for ${label}` } : { value, year, periodOfYear };
    }
    const denominator = denominators?.[i] ?? null;
    if (gap === undefined && value === null) gap = `there is no figure for ${label}`;
    if (gap === undefined && method === "ratio" && denominator === null) gap = `there is no denominator for ${label}`;
    if (gap !== undefined) return { value: null, year, periodOfYear, gap };
    tally.sum += value as number;
    tally.denominator += denominator ?? 0;
    tally.count += 1;
    return { value: tallyFigure(tally, method), year, periodOfYear };
  });
}
