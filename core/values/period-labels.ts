/**
 * Period labels: what looks like a period, the order of periods, how many a year a row of labels
 * has, and a date as a period label; with the words and patterns the rest of the periods
 * vocabulary (period-calendar.ts, period-months.ts) builds on. Import the vocabulary from
 * `core/values/periods`, which gathers all three.
 */
import { isDateObject } from "./sheet-dates";

export { isDateObject };

/** Month names as period labels write them ("Apr 2024"), January first. */
export const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * A month word in lower case, short or in full ("apr", "april", "sept", "september"), as a
 * regular-expression source without groups that capture.
 */
export const MONTH_WORD = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** What one label can be: years, quarters or months (some labels fit two, such as "2011-12"), or a date. */
type LabelReading = { kind: "periods"; fits: ReadonlySet<1 | 4 | 12> } | { kind: "date"; day: number };

export const MONTH = `(${MONTH_WORD})\\.?`;

/** "Q2", "Qtr 2", "Quarter 2", with or without a year before or after ("2024 Q1", "Q2 2024/25", "2024Q1"). */
export const QUARTER = /(?:^|[^a-z])(?:q|qtr|quarter)\s*[-.]?\s*[1-4](?![0-9])/;
/** A three-month span: "Apr-Jun 2024", "April to June 24", "Jan - Mar". */
export const MONTH_SPAN = new RegExp(`^${MONTH}\\s*(?:-|–|to)\\s*${MONTH}(?:[\\s'/-]*(?:\\d{2}|\\d{4}))?$`);
/** A month with or without its year: "Apr-24", "Apr 24", "Jan 2024", "January", "Sept '24". */
export const MONTH_YEAR = new RegExp(`^${MONTH}(?:[\\s'/-]*(?:\\d{2}|\\d{4}))?$`);
/** A year before a month number: "2024-01", "2024/01". */
export const YEAR_MONTH = /^(\d{4})\s*[-/]\s*(\d{1,2})$/;
/** A month number before a year: "01/2024", "1-2024". */
export const MONTH_YEAR_NUMBERS = /^(\d{1,2})\s*[-/]\s*(\d{4})$/;
/** A financial year: "2023/24", "2023-24", "2023/2024", "FY 2023/24", "23/24". */
export const FINANCIAL_YEAR = /^(?:fy\s*)?(\d{4}|\d{2})\s*(?:\/|-|–|to)\s*(\d{4}|\d{2})$/;
/** A calendar year: "2024". */
export const CALENDAR_YEAR = /^(?:19|20)\d{2}$/;
/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** A date: "2024-01-31" or "31/01/2024" (UK order). */
export const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t.*)?$/;
export const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

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
export function isNextYear(first: string, second: string): boolean {
  const start = Number(first);
  const end = Number(second);
  if (second.length === 2) return (start + 1) % 100 === end;
  return first.length === 4 && start + 1 === end;
}

export function isMonth(month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12;
}

/** The month (1 to 12) of a month word ("apr", "April"), or 0 when it is none. */
export function monthNumber(name: string): number {
  const stem = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((month) => month.toLowerCase() === stem) + 1;
}

/** "01/2024" as ["01/2024", "2024", "01"], the shape of a year-month match. */
export function reversed(match: RegExpExecArray | null): string[] | null {
  return match === null ? null : [match[0], match[2], match[1]];
}

/** A date label as a day number (days since 1970-01-01), or `undefined`. */
export function readDate(text: string): number | undefined {
  const iso = ISO_DATE.exec(text);
  const uk = UK_DATE.exec(text);
  const parts = iso !== null ? [iso[1], iso[2], iso[3]] : uk !== null ? [uk[3], uk[2], uk[1]] : undefined;
  if (parts === undefined) return undefined;
  const [year, month, day] = parts.map(Number);
  if (!isMonth(month) || day < 1 || day > 31) return undefined;
  return Date.UTC(year, month - 1, day) / DAY_MS;
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

/**
 * A period heading in lower case: a year ("2023", "2023/24"), a quarter ("Q1 2024", "Quarter 1"),
 * a month ("Apr-24", "April 2024"), a short financial year ("23/24") or a period number ("P1", "M12").
 */
const PERIOD_HEADING = /* @__PURE__ */ new RegExp(`\\b(?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}[/-]\\d{2,4}\\b|\\bq[1-4]\\b|\\bquarter\\b|\\b${MONTH_WORD}\\b|^\\d{2}[/-]\\d{2}$|^[pm]\\d{1,2}\\b`);

/** The calendar years a whole-number heading may be (a table's years, not values such as 45). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/**
 * True when a heading looks like a period: a year, a financial year, a quarter or a month. A number
 * counts when it is a whole year from 1900 to 2100.
 *
 * @example
 * looksLikePeriod("Q2 2024/25"); // => true
 * looksLikePeriod(2023);         // => true
 * looksLikePeriod("Target");     // => false
 */
export function looksLikePeriod(cell: unknown): boolean {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= FIRST_YEAR && cell <= LAST_YEAR;
  if (typeof cell !== "string") return false;
  return PERIOD_HEADING.test(cell.trim().replace(/\s+/g, " ").toLowerCase());
}

const YEAR_IN_LABEL = /\b((?:19|20)\d{2})\b/;
const QUARTER_IN_LABEL = /\bq([1-4])\b/;
const MONTH_IN_LABEL = /* @__PURE__ */ new RegExp(`\\b(${MONTH_WORD})\\b`);

/**
 * The sort key of a period label that carries a year (the year, then its quarter or month), or
 * `undefined` when it has no year.
 *
 * @example
 * periodSortKey("Q2 2024");  // => 202406
 * periodSortKey("Apr 2024"); // => 202404
 * periodSortKey("Wave 1");   // => undefined
 */
export function periodSortKey(label: string): number | undefined {
  const text = label.toLowerCase();
  const year = YEAR_IN_LABEL.exec(text);
  if (year === null) return undefined;
  const quarter = QUARTER_IN_LABEL.exec(text);
  const month = MONTH_IN_LABEL.exec(text);
  const within = quarter !== null ? Number(quarter[1]) * 3 : month !== null ? monthNumber(month[1]) : 0;
  return Number(year[1]) * 100 + within;
}


/**
 * Excel's date serials from 1 Jan 1990 (32874) to 1 Jan 2100 (73051): a whole number in this range
 * in a header row of periods is a date formatted as a month, since custom functions are handed the
 * serial, not the text the cell shows. (Years such as 2024 are far below it.)
 */
export const EXCEL_SERIAL_1990 = 32874;
export const EXCEL_SERIAL_2100 = 73051;
/** Excel's day 0, 30 Dec 1899 (serial 1 is 1 Jan 1900, counting Excel's 29 Feb 1900). */
export const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * A date as a period label: "Apr 2024" for the first of a month, else "15 Apr 2024".
 *
 * @param monthIndex 0 for January to 11 for December
 * @example
 * dateLabel(2024, 3, 1);  // => "Apr 2024"
 * dateLabel(2024, 3, 15); // => "15 Apr 2024"
 */
export function dateLabel(year: number, monthIndex: number, day: number): string {
  return `${day === 1 ? "" : `${day} `}${MONTH_NAMES[monthIndex]} ${year}`;
}

/**
 * An Excel date serial from 1990 to 2100 as a period label, or `undefined` for any other number.
 *
 * @example
 * dateSerialLabel(45383); // => "Apr 2024"
 * dateSerialLabel(2024);  // => undefined
 */
export function dateSerialLabel(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < EXCEL_SERIAL_1990 || serial >= EXCEL_SERIAL_2100) return undefined;
  const date = new Date(EXCEL_EPOCH_UTC + serial * DAY_MS);
  return dateLabel(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}


/** A month name, or day, month and year in digits, as a sheet shows a date. */
const SHOWN_AS_DATE = /* @__PURE__ */ new RegExp(`\\b${MONTH_WORD}\\b|^\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}$`, "i");

/**
 * True when the text a sheet shows for a cell is a date ("Apr-24", "April 2024", "1 Apr 2024",
 * "01/04/2024"), so the pane reads the label the user sees rather than the date serial.
 *
 * @example
 * looksLikeShownDate("Apr-24"); // => true
 * looksLikeShownDate("45383");  // => false
 */
export function looksLikeShownDate(text: string): boolean {
  return SHOWN_AS_DATE.test(text.trim());
}

/**
 * Two-digit years up to this one are in the 2000s, later ones in the 1900s (00 to 29 are 2000 to
 * 2029, 30 to 99 are 1930 to 1999), as Windows, and so Excel, reads a two-digit year by default
 * (Microsoft, "Century interpretation for Year 2000", learn.microsoft.com/previous-versions/ms811944).
 */
const TWO_DIGIT_YEAR_CUTOFF = 29;

/** A year written with two or four digits, as a full year. */
export function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  return year <= TWO_DIGIT_YEAR_CUTOFF ? 2000 + year : 1900 + year;
}

