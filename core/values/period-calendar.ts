/**
 * Periods on a regular calendar: each label as a step (a count of years, quarters or months), so
 * that a missing, repeated or misplaced period can be found, and a missing one written in the
 * style of its neighbours (KPI.DATACHECK, the long layout's gaps).
 */
import { CALENDAR_YEAR, DAY_MS, MONTH_NAMES, MONTH_WORD, fullYear, isMonth, isNextYear, monthNumber, periodSortKey, periodsPerYearFromLabels, readDate } from "./period-labels";


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
