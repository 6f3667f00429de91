import { Series, presentPoints } from "../values";
import { readPeriodSequence } from "../values/periods";
import { readUnit } from "../values/units";
import { DATA_CHECKS, DataCheckCode } from "./checks/table";
import { FRACTION_SLIP_RATIO } from "./constants";
import { DataCheckContext, UnitReading } from "./finding";

export type { DataCheckCode } from "./checks/table";

/** One data-quality finding: its code, its name and a sentence with the positions and numbers behind it. */
export interface DataFinding {
  code: DataCheckCode;
  /** The finding's name ("Missing period"). */
  title: string;
  /** The finding in a sentence that starts with its title. */
  sentence: string;
}

/** What the data-quality checks read about one KPI. */
export interface DataCheckInput {
  /** The KPI's values in time order (`null` = missing). */
  values: Series;
  /** The period labels, one per position, as written (blank where none). */
  periods?: readonly string[];
  /** The unit as written: "%", "count", "per 1,000", "£", or blank. */
  unit?: string;
  /** Counts behind a proportion or rate, one per position. */
  numerators?: Series;
  denominators?: Series;
}

/** Unit words read as a count of things (never below 0). */
const COUNT_WORDS = new Set(["count", "counts", "number", "numbers", "no", "no.", "#", "people", "persons", "cases", "households", "residents", "visits", "items", "incidents", "complaints"]);

/** A unit that is a rate per some population ("per 1,000", "rate per 100,000", "/1000"). */
const RATE_UNIT = /\bper\b|\brate\b|\/\s*\d/i;

/**
 * True when a percentage's values are fractions of 1 (a cell formatted as % holds 0.724): most of
 * the positive values are at most 1, and every value above 1 is at least FRACTION_SLIP_RATIO times
 * the largest of those (a percentage typed among fractions), so a low percentage (0.9, 1.1, 1.4)
 * is not taken for fractions.
 */
function areFractions(values: readonly number[]): boolean {
  const positive = values.filter((value) => value > 0);
  const withinOne = positive.filter((value) => value <= 1);
  if (withinOne.length * 2 <= positive.length) return false;
  const largest = withinOne.reduce((most, value) => Math.max(most, value), 0);
  return positive.every((value) => value <= 1 || value >= FRACTION_SLIP_RATIO * largest);
}

/** Reads the unit for the range checks. */
function readUnitForChecks(text: string | undefined, values: readonly number[]): UnitReading {
  const word = (text ?? "").trim().toLowerCase();
  const percent = readUnit(word).kind === "percent";
  return { percent, fractions: percent && areFractions(values), count: COUNT_WORDS.has(word), rate: RATE_UNIT.test(word) };
}

/** The labels trimmed, or `undefined` when none is written. */
function labelsOf(periods: readonly string[] | undefined, length: number): string[] | undefined {
  if (periods === undefined || !periods.some((label) => String(label).trim() !== "")) return undefined;
  return Array.from({ length }, (_, i) => (i < periods.length ? String(periods[i]).trim() : ""));
}

/**
 * The data-quality findings of KPI.DATACHECK, each with its code, its name and a sentence naming
 * the positions and numbers that raised it: the checks of `DATA_CHECKS`
 * (`core/data-quality/checks/`, one file each), run in the table's order. Periods duplicated, out
 * of order or missing from a regular calendar (`readPeriodSequence`); a percentage outside 0-100
 * (or 0-1); a negative count; a numerator above its denominator; a denominator that changes by
 * more than half; a likely keying error; a figure rolled forward. Thresholds are the named
 * constants of `core/data-quality/constants.ts`. An empty list means no problems found.
 *
 * @param input the values, with their period labels, unit and counts when known
 * @returns the findings, periods first
 * @example
 * checkData({ values: [45.3, 44.9, 452, 46.1, 45.8] }).map((finding) => finding.title);
 * // => ["Likely keying error"]
 * checkData({ values: [50, 52, 53], periods: ["2019/20", "2021/22", "2022/23"] })[0].sentence;
 * // => "Missing period: no 2020/21 between 2019/20 and 2021/22; add it, blank if there is no figure, so the gap keeps its place."
 */
export function checkData(input: DataCheckInput): DataFinding[] {
  const length = Math.max(input.values.length, input.periods?.length ?? 0);
  const labels = labelsOf(input.periods, length);
  const present = presentPoints(input.values);
  const context: DataCheckContext = {
    values: input.values,
    labels,
    sequence: labels === undefined ? undefined : readPeriodSequence(labels),
    unit: readUnitForChecks(input.unit, present.values),
    numerators: input.numerators,
    denominators: input.denominators,
    present,
  };
  const found: DataFinding[] = [];
  for (const rule of DATA_CHECKS) {
    if (rule.unless?.some((code) => found.some((earlier) => earlier.code === code))) continue;
    const detail = rule.check(context);
    if (detail !== undefined) found.push({ code: rule.code, title: rule.title, sentence: `${rule.title}: ${detail}` });
  }
  return found;
}
