/**
 * Periods as stretches of calendar months, for the year to date and rolling figures (KPI.YTD,
 * KPI.ROLLING) and the financial year a period falls in.
 */
import { CALENDAR_YEAR, DAY_MS, EXCEL_EPOCH_UTC, EXCEL_SERIAL_1990, EXCEL_SERIAL_2100, FINANCIAL_YEAR, MONTH, MONTH_NAMES, MONTH_YEAR_NUMBERS, YEAR_MONTH, fullYear, isMonth, isNextYear, monthNumber, readDate, reversed } from "./period-labels";

/**
 * A period as a stretch of calendar months: its first month, counted from January of year 0
 * (year × 12 + month − 1, so April 2024 is 24291), and how many months it spans.
 */
export interface MonthSpan {
  first: number;
  /** 1 for a month, 3 for a quarter, 12 for a year. */
  months: 1 | 3 | 12;
  /** True when read from a date (a date cell, a serial or a written date): the month it falls in. */
  fromDate: boolean;
}

/**
 * The month the UK financial year starts in, April: "the twelve months ending with 31st March"
 * (Interpretation Act 1978, Schedule 1, "Financial year"), the year councils budget and report in.
 */
export const FINANCIAL_YEAR_START = 4;


/** A quarter word and its number, with what stands before it: "Q1", "Qtr 2", "quarter 3". */
const QUARTER_TOKEN = /(^|[^a-z])((?:q|qtr|quarter)\s*[-.]?\s*([1-4]))(?![0-9])/;
/** A month with its year: "Apr-24", "Apr 2024", "April 2024", "Sept '24". */
const MONTH_WITH_YEAR = new RegExp(`^${MONTH}[\\s'/-]*(\\d{2}|\\d{4})$`);
/** A three-month span with its year: "Apr-Jun 2024", "April to June 24". */
const MONTH_SPAN_WITH_YEAR = new RegExp(`^${MONTH}\\s*(?:-|–|to)\\s*${MONTH}[\\s'/-]*(\\d{2}|\\d{4})$`);
/** Separators left around a year once a quarter word is taken out of a label. */
const AROUND_YEAR = /^[\s,:/–-]+|[\s,:/–-]+$/g;


function monthSpan(first: number, months: 1 | 3 | 12, fromDate = false): MonthSpan {
  return { first, months, fromDate };
}

/** The month a day number (days since 1970-01-01) falls in, counted as in {@link MonthSpan}. */
function monthOfDay(day: number): number {
  const date = new Date(day * DAY_MS);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** A quarter label: "Q1 2024/25" (financial, from April), "2024 Q1" (calendar, from January). */
function quarterSpan(text: string): MonthSpan | undefined {
  const match = QUARTER_TOKEN.exec(text);
  if (match === null) return undefined;
  const at = match.index + match[1].length;
  const quarter = Number(match[3]);
  const rest = (text.slice(0, at) + " " + text.slice(at + match[2].length)).replace(AROUND_YEAR, "");
  const financial = FINANCIAL_YEAR.exec(rest);
  if (financial !== null && isNextYear(financial[1], financial[2])) {
    return monthSpan(fullYear(financial[1]) * 12 + FINANCIAL_YEAR_START - 1 + (quarter - 1) * 3, 3);
  }
  if (CALENDAR_YEAR.test(rest)) return monthSpan(Number(rest) * 12 + (quarter - 1) * 3, 3);
  return undefined;
}

/**
 * The months a period label covers, in the forms councils type them: a month with its year
 * ("Apr-24", "Apr 2024", "April 2024", "2024-04", "04/2024"), a quarter with its year ("Q1 2024/25"
 * is the financial quarter April to June 2024; "2024 Q1" or "Q1 2024" the calendar quarter January
 * to March; "Apr-Jun 2024"), a year ("2023/24" the financial year from April, "2024" the calendar
 * year), or a date (a date cell, which reaches core as its serial number, or "2024-04-30",
 * "30/04/2024"): the month it falls in. Two-digit years are read as Excel reads them (00 to 29 in
 * the 2000s). A label that fits two readings ("2011-12": December 2011, or the financial year)
 * is read as the month unless `perYear` says the labels are years.
 *
 * @param cell the label as the host hands it over (text, a year number, a date serial)
 * @param perYear what the other labels are, to settle a label that fits two readings
 * @returns the months it covers, or `undefined` when it is not a period that can be placed in time
 * @example
 * periodMonths("Apr-24");     // => { first: 24291, months: 1, fromDate: false } (April 2024)
 * periodMonths("Q1 2024/25"); // => { first: 24291, months: 3, fromDate: false }
 * periodMonths(45412);        // => { first: 24291, months: 1, fromDate: true } (30 Apr 2024)
 * periodMonths("April");      // => undefined (no year)
 */
export function periodMonths(cell: unknown, perYear?: 1 | 4 | 12): MonthSpan | undefined {
  if (typeof cell === "number") {
    if (Number.isInteger(cell) && CALENDAR_YEAR.test(String(cell))) return monthSpan(cell * 12, 12);
    if (!Number.isFinite(cell) || cell < EXCEL_SERIAL_1990 || cell >= EXCEL_SERIAL_2100) return undefined;
    const date = new Date(EXCEL_EPOCH_UTC + Math.floor(cell) * DAY_MS);
    return monthSpan(date.getUTCFullYear() * 12 + date.getUTCMonth(), 1, true);
  }
  if (typeof cell !== "string") return undefined;
  const text = cell.trim().toLowerCase().replace(/\s+/g, " ");
  const day = readDate(text);
  if (day !== undefined) return monthSpan(monthOfDay(day), 1, true);
  if (QUARTER_TOKEN.test(text)) return quarterSpan(text);
  const span = MONTH_SPAN_WITH_YEAR.exec(text);
  if (span !== null) {
    const last = monthNumber(span[2]);
    if ((last - monthNumber(span[1]) + 12) % 12 !== 2) return undefined;
    return monthSpan(fullYear(span[3]) * 12 + last - 1 - 2, 3);
  }
  const month = MONTH_WITH_YEAR.exec(text);
  if (month !== null) return monthSpan(fullYear(month[2]) * 12 + monthNumber(month[1]) - 1, 1);
  const financial = FINANCIAL_YEAR.exec(text);
  const yearSpan = financial !== null && isNextYear(financial[1], financial[2]) ? monthSpan(fullYear(financial[1]) * 12 + FINANCIAL_YEAR_START - 1, 12) : undefined;
  const yearMonth = YEAR_MONTH.exec(text) ?? reversed(MONTH_YEAR_NUMBERS.exec(text));
  if (yearMonth !== null && isMonth(Number(yearMonth[2])) && !(perYear === 1 && yearSpan !== undefined)) {
    return monthSpan(Number(yearMonth[1]) * 12 + Number(yearMonth[2]) - 1, 1);
  }
  if (yearSpan !== undefined) return yearSpan;
  if (CALENDAR_YEAR.test(text)) return monthSpan(Number(text) * 12, 12);
  return undefined;
}

/**
 * The year a month falls in when years start in month `yearStart` (4: the financial year), named
 * by the calendar year it starts in: with years from April, March 2025 is in 2024 (2024/25).
 *
 * @param month a month counted as in {@link MonthSpan}
 * @param yearStart the first month of the year, 1 (January) to 12
 * @example
 * yearOfMonth(2025 * 12 + 2, 4); // => 2024 (March 2025 is in 2024/25)
 * yearOfMonth(2025 * 12 + 3, 4); // => 2025 (April 2025 starts 2025/26)
 */
export function yearOfMonth(month: number, yearStart: number): number {
  return Math.floor((month - (yearStart - 1)) / 12);
}

/**
 * A month as a label: "Apr 2024".
 *
 * @example
 * monthLabel(2024 * 12 + 3); // => "Apr 2024"
 */
export function monthLabel(month: number): string {
  return `${MONTH_NAMES[((month % 12) + 12) % 12]} ${Math.floor(month / 12)}`;
}

/**
 * A year that starts in month `yearStart` as councils write it: "2024/25", or "2024" for a
 * calendar year.
 *
 * @example
 * yearLabel(2024, 4); // => "2024/25"
 * yearLabel(2024, 1); // => "2024"
 */
export function yearLabel(year: number, yearStart: number): string {
  return yearStart === 1 ? String(year) : `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
}
