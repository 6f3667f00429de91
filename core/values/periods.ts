/**
 * The one vocabulary of periods: what looks like a period, the order of periods, how many a year
 * a row of labels has, and a date as a period label. Used by the formulas, the narrative and the
 * panel, so "Apr-24", "Q2 2024/25" and "2023/24" are read the same way everywhere.
 */

/** Month names as period labels write them ("Apr 2024"), January first. */
export const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * A month word in lower case, short or in full ("apr", "april", "sept", "september"), as a
 * regular-expression source without groups that capture.
 */
export const MONTH_WORD = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** What one label can be: years, quarters or months (some labels fit two, such as "2011-12"), or a date. */
type LabelReading = { kind: "periods"; fits: ReadonlySet<1 | 4 | 12> } | { kind: "date"; day: number };

const MONTH = `(${MONTH_WORD})\\.?`;

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
/** Milliseconds in a day. */
const DAY_MS = 86_400_000;
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

/** The month (1 to 12) of a month word ("apr", "April"), or 0 when it is none. */
export function monthNumber(name: string): number {
  const stem = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((month) => month.toLowerCase() === stem) + 1;
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
 * Period labels in time order when every one carries a year or all lie on one regular calendar
 * (`readPeriodSequence`); else in the order first seen. Repeats are dropped.
 *
 * @example
 * orderPeriods(["2023/24", "2021/22", "2022/23"]); // => ["2021/22", "2022/23", "2023/24"]
 * orderPeriods(["Wave 2", "Wave 1"]);              // => ["Wave 2", "Wave 1"]
 */
export function orderPeriods(labels: readonly string[]): string[] {
  const unique = Array.from(new Set(labels));
  // Labels on a regular calendar ("Apr-24", "23/24") are ordered by their step, year or no year written in full.
  const sequence = readPeriodSequence(unique);
  const keys = sequence === undefined ? unique.map(periodSortKey) : sequence.steps;
  if (keys.some((key) => key === undefined)) return unique;
  return unique
    .map((label, i) => ({ label, key: keys[i] as number, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((entry) => entry.label);
}

/**
 * Excel's date serials from 1 Jan 1990 (32874) to 1 Jan 2100 (73051): a whole number in this range
 * in a header row of periods is a date formatted as a month, since custom functions are handed the
 * serial, not the text the cell shows. (Years such as 2024 are far below it.)
 */
const EXCEL_SERIAL_1990 = 32874;
const EXCEL_SERIAL_2100 = 73051;
/** Excel's day 0, 30 Dec 1899 (serial 1 is 1 Jan 1900, counting Excel's 29 Feb 1900). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

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

/**
 * True for a date object, as Apps Script hands over a date cell (checked by its tag, since the
 * date may come from another realm).
 *
 * @example
 * isDateObject(new Date(2024, 3, 1)); // => true
 * isDateObject("Apr 2024");           // => false
 */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
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

// ---------------------------------------------------------------------------------------------
// Periods on a regular calendar: each label as a step (a count of years, quarters or months), so
// that a missing, repeated or misplaced period can be found, and a missing one written in the
// style of its neighbours.

/** A label read as one step of a regular calendar, and how to write another step in its style. */
interface PlacedLabel {
  /** Years, quarters or months since year 0 (2024 Q1 is 2024 × 4; Apr 2024 is 2024 × 12 + 3). */
  step: number;
  /** The label of another step written as this one is ("2023/24" → "2024/25"), when it can be. */
  write?: (step: number) => string;
}


/** A year written with as many digits as `like` has (2 or 4). */
function writeYear(year: number, like: string): string {
  return like.length === 2 ? String(year % 100).padStart(2, "0") : String(year);
}

/** Month names in full, January first. */
const FULL_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** A month name in the style of `like`: short or in full, and in its case ("APR", "april", "Apr"). */
function writeMonth(month: number, like: string): string {
  const isFull = like.length > 3 && like.length === FULL_MONTH_NAMES[monthNumber(like) - 1].length;
  const word = isFull ? FULL_MONTH_NAMES[month - 1] : MONTH_NAMES[month - 1];
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like === like.toLowerCase()) return word.toLowerCase();
  return word;
}

/** The whole and remainder of a step (a quarter or month within its year, 0-based). */
function splitStep(step: number, perYear: number): { year: number; within: number } {
  const year = Math.floor(step / perYear);
  return { year, within: step - year * perYear };
}

const FINANCIAL_YEAR_PARTS = /^(fy\s*)?(\d{4}|\d{2})(\s*(?:\/|-|–|to)\s*)(\d{4}|\d{2})$/i;
const QUARTER_PARTS = /^(.*?)(q|qtr|quarter)(\s*[-.]?\s*)([1-4])(?![0-9])(.*)$/i;
/** A year in a quarter label: a financial year ("2024/25", "24/25") or a calendar year ("2024"). */
const YEAR_TOKEN = /(?<!\d)(?:((?:19|20)\d{2}|\d{2})(\s*(?:\/|-|–)\s*)(\d{4}|\d{2})|((?:19|20)\d{2}))(?!\d)/;
const MONTH_SPAN_PARTS = /* @__PURE__ */ new RegExp(`^(${MONTH_WORD})(\\.?\\s*(?:-|–|to)\\s*)(${MONTH_WORD})(\\.?[\\s'/-]*)(\\d{4}|\\d{2})$`, "i");
const MONTH_YEAR_PARTS = /* @__PURE__ */ new RegExp(`^(${MONTH_WORD})(\\.?[\\s'/-]*)(\\d{4}|\\d{2})$`, "i");
const YEAR_MONTH_PARTS = /^(\d{4})(\s*[-/]\s*)(\d{1,2})$/;
const MONTH_YEAR_NUMBER_PARTS = /^(\d{1,2})(\s*[-/]\s*)(\d{4})$/;

/** A financial year ("2023/24", "FY 23/24", "2023-2024") as a year step. */
function placeFinancialYear(text: string): PlacedLabel | undefined {
  const parts = FINANCIAL_YEAR_PARTS.exec(text);
  if (parts === null || !isNextYear(parts[2], parts[4])) return undefined;
  const [, prefix = "", first, separator, second] = parts;
  return { step: fullYear(first), write: (year) => `${prefix}${writeYear(year, first)}${separator}${writeYear(year + 1, second)}` };
}

/** A quarter with its year ("Q2 2024/25", "2024 Q1", "Qtr 3 2023-24") as a quarter step. */
function placeQuarter(text: string): PlacedLabel | undefined {
  const parts = QUARTER_PARTS.exec(text);
  if (parts === null) return undefined;
  const [, before, word, gap, digit, after] = parts;
  const inBefore = YEAR_TOKEN.exec(before);
  const token = inBefore ?? YEAR_TOKEN.exec(after);
  if (token === null) return undefined;
  const financial = token[1] !== undefined;
  if (financial && !isNextYear(token[1], token[3])) return undefined;
  const year = fullYear(financial ? token[1] : token[4]);
  const writeToken = (start: number) =>
    financial ? `${writeYear(start, token[1])}${token[2]}${writeYear(start + 1, token[3])}` : String(start);
  const replaceToken = (text: string, start: number) => text.slice(0, token.index) + writeToken(start) + text.slice(token.index + token[0].length);
  return {
    step: year * 4 + Number(digit) - 1,
    write(step) {
      const { year: start, within } = splitStep(step, 4);
      const quarter = `${word}${gap}${within + 1}`;
      return inBefore !== null ? `${replaceToken(before, start)}${quarter}${after}` : `${before}${quarter}${replaceToken(after, start)}`;
    },
  };
}

/** A span of three months with its year ("Apr-Jun 2024") as a quarter step; calendar quarters only are written. */
function placeMonthSpan(text: string): PlacedLabel | undefined {
  const parts = MONTH_SPAN_PARTS.exec(text);
  if (parts === null) return undefined;
  const [, firstWord, dash, lastWord, gap, digits] = parts;
  const first = monthNumber(firstWord);
  if (monthNumber(lastWord) - first !== 2) return undefined;
  const months = fullYear(digits) * 12 + first - 1;
  const aligned = months % 3 === 0;
  return {
    step: Math.floor(months / 3),
    write: aligned
      ? (step) => {
          const { year, within } = splitStep(step, 4);
          return `${writeMonth(within * 3 + 1, firstWord)}${dash}${writeMonth(within * 3 + 3, lastWord)}${gap}${writeYear(year, digits)}`;
        }
      : undefined,
  };
}

/** A month with its year ("Apr-24", "April 2024", "2024-04", "04/2024") as a month step. */
function placeMonth(text: string): PlacedLabel | undefined {
  const named = MONTH_YEAR_PARTS.exec(text);
  if (named !== null) {
    const [, word, gap, digits] = named;
    return {
      step: fullYear(digits) * 12 + monthNumber(word) - 1,
      write(step) {
        const { year, within } = splitStep(step, 12);
        return `${writeMonth(within + 1, word)}${gap}${writeYear(year, digits)}`;
      },
    };
  }
  const yearFirst = YEAR_MONTH_PARTS.exec(text);
  const monthFirst = MONTH_YEAR_NUMBER_PARTS.exec(text);
  const year = yearFirst?.[1] ?? monthFirst?.[3];
  const month = yearFirst?.[3] ?? monthFirst?.[1];
  if (year === undefined || month === undefined || !isMonth(Number(month))) return undefined;
  const separator = (yearFirst ?? monthFirst)![2];
  const writeNumber = (value: number) => String(value).padStart(month.length, "0");
  return {
    step: Number(year) * 12 + Number(month) - 1,
    write(step) {
      const { year: full, within } = splitStep(step, 12);
      return yearFirst !== null ? `${full}${separator}${writeNumber(within + 1)}` : `${writeNumber(within + 1)}${separator}${full}`;
    },
  };
}

/** A date ("2024-01-31", "31/01/2024") as a step of `perYear`; a missing date is not written. */
function placeDate(text: string, perYear: 1 | 4 | 12): PlacedLabel | undefined {
  const day = readDate(text.toLowerCase());
  if (day === undefined) return undefined;
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  return { step: perYear === 1 ? year : perYear === 4 ? year * 4 + Math.floor(month / 3) : year * 12 + month };
}

/** One label placed on a calendar of `perYear` periods a year, or `undefined` when it cannot be. */
function placeLabel(label: unknown, perYear: 1 | 4 | 12): PlacedLabel | undefined {
  if (typeof label === "number") {
    return perYear === 1 && Number.isInteger(label) && CALENDAR_YEAR.test(String(label)) ? { step: label, write: String } : undefined;
  }
  if (typeof label !== "string") return undefined;
  const text = label.trim().replace(/\s+/g, " ");
  const date = placeDate(text, perYear);
  if (date !== undefined) return date;
  if (perYear === 1) {
    if (CALENDAR_YEAR.test(text)) return { step: Number(text), write: String };
    return placeFinancialYear(text);
  }
  if (perYear === 4) return placeQuarter(text) ?? placeMonthSpan(text);
  return placeMonth(text);
}

/** A row of period labels on one regular calendar. */
export interface PeriodSequence {
  /** Periods a year: 1 (years), 4 (quarters) or 12 (months). */
  perYear: 1 | 4 | 12;
  /** The step of each label (years, quarters or months since year 0), `undefined` for a blank label. */
  steps: (number | undefined)[];
}

/**
 * Reads period labels as steps of one regular calendar (years, quarters or months, as
 * `periodsPerYearFromLabels` tells them apart), so consecutive periods differ by one step. A
 * quarter or month needs its year ("Q2 2024/25", "Apr-24"); blank labels are skipped. Returns
 * `undefined` when the labels are not on one such calendar ("Wave 1", "Q2" alone, years mixed
 * with quarters).
 *
 * @example
 * readPeriodSequence(["2021/22", "2023/24"]);        // => { perYear: 1, steps: [2021, 2023] }
 * readPeriodSequence(["Q4 2023/24", "Q1 2024/25"]);  // => { perYear: 4, steps: [8095, 8096] }
 * readPeriodSequence(["Wave 1", "Wave 2"]);          // => undefined
 */
export function readPeriodSequence(labels: readonly unknown[]): PeriodSequence | undefined {
  const perYear = periodsPerYearFromLabels(labels);
  if (perYear === undefined) return undefined;
  const steps: (number | undefined)[] = [];
  for (const label of labels) {
    if (label === null || label === undefined || (typeof label === "string" && label.trim() === "")) {
      steps.push(undefined);
      continue;
    }
    const placed = placeLabel(label, perYear);
    if (placed === undefined) return undefined;
    steps.push(placed.step);
  }
  return { perYear, steps };
}

/**
 * The labels of the periods strictly between two labels of one calendar, written in the style of
 * the first ("2019/20" and "2022/23" give "2020/21", "2021/22"); empty when they are consecutive,
 * out of order, or a label cannot be written in that style (dates).
 *
 * @example
 * periodsBetween("2019/20", "2022/23", 1);        // => ["2020/21", "2021/22"]
 * periodsBetween("Q3 2023/24", "Q2 2024/25", 4);  // => ["Q4 2023/24", "Q1 2024/25"]
 * periodsBetween("Nov-23", "Feb-24", 12);         // => ["Dec-23", "Jan-24"]
 */
export function periodsBetween(first: unknown, last: unknown, perYear: 1 | 4 | 12): string[] {
  const from = placeLabel(first, perYear);
  const to = placeLabel(last, perYear);
  if (from === undefined || to === undefined || from.write === undefined) return [];
  const between: string[] = [];
  for (let step = from.step + 1; step < to.step; step++) between.push(from.write(step));
  return between;
}

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

/**
 * Two-digit years up to this one are in the 2000s, later ones in the 1900s (00 to 29 are 2000 to
 * 2029, 30 to 99 are 1930 to 1999), as Windows, and so Excel, reads a two-digit year by default
 * (Microsoft, "Century interpretation for Year 2000", learn.microsoft.com/previous-versions/ms811944).
 */
const TWO_DIGIT_YEAR_CUTOFF = 29;

/** A quarter word and its number, with what stands before it: "Q1", "Qtr 2", "quarter 3". */
const QUARTER_TOKEN = /(^|[^a-z])((?:q|qtr|quarter)\s*[-.]?\s*([1-4]))(?![0-9])/;
/** A month with its year: "Apr-24", "Apr 2024", "April 2024", "Sept '24". */
const MONTH_WITH_YEAR = new RegExp(`^${MONTH}[\\s'/-]*(\\d{2}|\\d{4})$`);
/** A three-month span with its year: "Apr-Jun 2024", "April to June 24". */
const MONTH_SPAN_WITH_YEAR = new RegExp(`^${MONTH}\\s*(?:-|–|to)\\s*${MONTH}[\\s'/-]*(\\d{2}|\\d{4})$`);
/** Separators left around a year once a quarter word is taken out of a label. */
const AROUND_YEAR = /^[\s,:/–-]+|[\s,:/–-]+$/g;

/** A year written with two or four digits, as a full year. */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  return year <= TWO_DIGIT_YEAR_CUTOFF ? 2000 + year : 1900 + year;
}

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
