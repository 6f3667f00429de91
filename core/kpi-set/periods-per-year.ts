/**
 * How many periods a year a row of period labels has, read from the way councils write them.
 */

/** What one label can be: years, quarters or months (some labels fit two, such as "2011-12"), or a date. */
type LabelReading = { kind: "periods"; fits: ReadonlySet<1 | 4 | 12> } | { kind: "date"; day: number };

const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** "Q2", "Qtr 2", "Quarter 2", with or without a year before or after ("2024 Q1", "Q2 2024/25", "2024Q1"). */
const QUARTER = /(?:^|[^a-z])(?:q|qtr|quarter)\s*[-.]?\s*[1-4](?![0-9])/;
/** A three-month span: "Apr-Jun 2024", "April to June 24", "Jan - Mar". */
const MONTH_SPAN = new RegExp(`^${MONTH}\\s*(?:-|–|to)\\s*${MONTH}(?:[\\s'/-]*(?:\\d{2}|\\d{4}))?$`);
/** A month with or without its year: "Apr-24", "Apr 24", "Jan 2024", "January", "Sept '24". */
const MONTH_YEAR = new RegExp(`^${MONTH}(?:[\\s'/-]*(?:\\d{2}|\\d{4}))?$`);
/** A year before a month number: "2024-01", "2024/01". */
const YEAR_MONTH = /^(\d{4})\s*[-/]\s*(\d{1,2})$/;
/** A month number before a year: "01/2024", "1-2024". */
const MONTH_YEAR_NUMBERS = /^(\d{1,2})\s*[-/]\s*(\d{4})$/;
/** A financial year: "2023/24", "2023-24", "2023/2024", "FY 2023/24", "23/24". */
const FINANCIAL_YEAR = /^(?:fy\s*)?(\d{4}|\d{2})\s*(?:\/|-|–|to)\s*(\d{4}|\d{2})$/;
/** A calendar year: "2024". */
const CALENDAR_YEAR = /^(?:19|20)\d{2}$/;
/** A date: "2024-01-31" or "31/01/2024" (UK order). */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t.*)?$/;
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * How many periods a year a row or column of period labels has: 1 for years ("2023/24", "2024"),
 * 4 for quarters ("Q2 2024/25", "2024 Q1", "Apr-Jun 2024"), 12 for months ("Apr-24",
 * "Jan 2024", "2024-01"), read case-insensitively; dates ("2024-01-31", "31/01/2024") are read
 * by the usual gap between them (about a month, a quarter or a year). Blank labels are skipped.
 * Returns `undefined` when a label is not recognised or the labels disagree (years mixed with
 * quarters), so the caller can fall back to asking. A label that fits two readings ("2011-12": the
 * financial year, or December 2011) is settled by the others.
 *
 * @param labels the period headings, as the sheet shows them
 * @returns 1, 4, 12, or `undefined` when it cannot tell
 * @example
 * periodsPerYearFromLabels(["2021/22", "2022/23", "2023/24"]);      // => 1
 * periodsPerYearFromLabels(["Q1 2024/25", "Q2 2024/25"]);           // => 4
 * periodsPerYearFromLabels(["Apr-24", "May-24", "Jun-24"]);         // => 12
 * periodsPerYearFromLabels(["2023/24", "Q1 2024/25"]);              // => undefined
 */
export function periodsPerYearFromLabels(labels: readonly unknown[]): 1 | 4 | 12 | undefined {
  const readings: LabelReading[] = [];
  for (const label of labels) {
    if (label === null || label === undefined || (typeof label === "string" && label.trim() === "")) continue;
    const reading = readLabel(label);
    if (reading === undefined) return undefined;
    readings.push(reading);
  }
  if (readings.length === 0) return undefined;
  const dates = readings.filter((reading): reading is { kind: "date"; day: number } => reading.kind === "date");
  if (dates.length > 0) return dates.length === readings.length ? periodsPerYearFromDays(dates.map((date) => date.day)) : undefined;
  let fits: (1 | 4 | 12)[] = [1, 4, 12];
  for (const reading of readings) if (reading.kind === "periods") fits = fits.filter((count) => reading.fits.has(count));
  return fits.length === 1 ? fits[0] : undefined;
}

/** Reads one label, or `undefined` when it is not a period. */
function readLabel(label: unknown): LabelReading | undefined {
  if (typeof label === "number") {
    return Number.isInteger(label) && CALENDAR_YEAR.test(String(label)) ? periods(1) : undefined;
  }
  if (typeof label !== "string") return undefined;
  const text = label.trim().toLowerCase().replace(/\s+/g, " ");
  const date = readDate(text);
  if (date !== undefined) return { kind: "date", day: date };
  if (QUARTER.test(text)) return periods(4);
  const span = MONTH_SPAN.exec(text);
  if (span !== null) {
    const months = (monthNumber(span[2]) - monthNumber(span[1]) + 12) % 12;
    return months === 2 ? periods(4) : undefined;
  }
  if (MONTH_YEAR.test(text)) return periods(12);
  const fits = new Set<1 | 4 | 12>();
  const financial = FINANCIAL_YEAR.exec(text);
  if (financial !== null && isNextYear(financial[1], financial[2])) fits.add(1);
  const yearMonth = YEAR_MONTH.exec(text) ?? reversed(MONTH_YEAR_NUMBERS.exec(text));
  if (yearMonth !== null && isMonth(Number(yearMonth[2]))) fits.add(12);
  if (CALENDAR_YEAR.test(text)) fits.add(1);
  return fits.size === 0 ? undefined : { kind: "periods", fits };
}

function periods(count: 1 | 4 | 12): LabelReading {
  return { kind: "periods", fits: new Set([count]) };
}

/** True when `second` is the year after `first` ("2023" then "24" or "2024"). */
function isNextYear(first: string, second: string): boolean {
  const start = Number(first);
  const end = Number(second);
  if (second.length === 2) return (start + 1) % 100 === end;
  return first.length === 4 && start + 1 === end;
}

function isMonth(month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12;
}

function monthNumber(name: string): number {
  return MONTH_NUMBER[name.slice(0, 3)];
}

/** "01/2024" as ["01/2024", "2024", "01"], the shape of a year-month match. */
function reversed(match: RegExpExecArray | null): string[] | null {
  return match === null ? null : [match[0], match[2], match[1]];
}

/** A date label as a day number (days since 1970-01-01), or `undefined`. */
function readDate(text: string): number | undefined {
  const iso = ISO_DATE.exec(text);
  const uk = UK_DATE.exec(text);
  const parts = iso !== null ? [iso[1], iso[2], iso[3]] : uk !== null ? [uk[3], uk[2], uk[1]] : undefined;
  if (parts === undefined) return undefined;
  const [year, month, day] = parts.map(Number);
  if (!isMonth(month) || day < 1 || day > 31) return undefined;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The periods a year of dates by the median gap between consecutive dates. */
function periodsPerYearFromDays(days: number[]): 1 | 4 | 12 | undefined {
  if (days.length < 2) return undefined;
  const gaps = days.slice(1).map((day, i) => Math.abs(day - days[i])).sort((a, b) => a - b);
  const middle = gaps.length / 2;
  const gap = gaps.length % 2 === 1 ? gaps[Math.floor(middle)] : (gaps[middle - 1] + gaps[middle]) / 2;
  if (gap >= 28 && gap <= 31) return 12;
  if (gap >= 89 && gap <= 92) return 4;
  if (gap >= 365 && gap <= 366) return 1;
  return undefined;
}
