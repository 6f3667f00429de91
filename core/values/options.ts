import { KpiError } from "../errors";
import { isMissingCell, normaliseCell, parseNumberCell, quoteCell } from "./cells";
import { Grid, describeShape, flattenGrid, isOmitted, toGrid } from "./grid";

/** Whether a higher value is better, a lower value is better, or neither. */
export type Polarity = "higher" | "lower" | "neutral";

/** The polarity words users may type (docs/FORMULA-CONVENTIONS.md, "Polarity"), lower case, with their meaning. */
export const POLARITY_WORDS: Readonly<Record<string, Polarity>> = {
  higher: "higher",
  lower: "lower",
  neutral: "neutral",
  up: "higher",
  down: "lower",
  "higher is better": "higher",
  "lower is better": "lower",
  "1": "higher",
  "-1": "lower",
  "0": "neutral",
};

/** The accepted polarity words, in the order a message lists them. */
export const POLARITY_CHOICES: readonly string[] = [
  "higher",
  "lower",
  "neutral",
  "up",
  "down",
  "higher is better",
  "lower is better",
  "1",
  "-1",
  "0",
];

/** The value of a 1x1 argument, or the argument itself when it is not a range. */
function singleCell(raw: unknown, argument: string): unknown {
  const grid = toGrid(raw);
  if (grid.length !== 1 || grid[0].length !== 1) {
    throw new KpiError({
      code: "invalid_argument",
      argument,
      problem: `is a range of ${describeShape(grid)}`,
      fix: "give a single value or a single cell",
    });
  }
  return grid[0][0];
}

/**
 * Reads one polarity cell; empty gives `fallback`.
 *
 * @throws {KpiError} `unknown_option` listing the accepted words
 * @example
 * parsePolarityCell("Lower is better"); // => "lower"
 * parsePolarityCell(-1);                // => "lower"
 */
export function parsePolarityCell(value: unknown, argument = "polarity", fallback: Polarity = "higher"): Polarity {
  // As toGrid reads it, for a cell handed over directly: a Sheets Date as its serial, an Excel error as its text.
  const cell = normaliseCell(value);
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return fallback;
  // A non-finite number is an empty cell to every reader of cells (parseNumberCell), so here too.
  if (typeof cell === "number" && !Number.isFinite(cell)) return fallback;
  const key = String(cell).trim().toLowerCase().replace(/\s+/g, " ");
  const polarity = POLARITY_WORDS[key];
  if (polarity === undefined) {
    throw new KpiError({ code: "unknown_option", argument, text: quoteCell(cell), allowed: POLARITY_CHOICES });
  }
  return polarity;
}

/**
 * Reads a single polarity argument (default `"higher"`).
 *
 * @example
 * readPolarity("down"); // => "lower"
 */
export function readPolarity(raw: unknown, argument = "polarity"): Polarity {
  if (isOmitted(raw)) return "higher";
  return parsePolarityCell(singleCell(raw, argument), argument);
}

/** Limits for a numeric option. */
export interface NumberRule {
  /** Smallest allowed value. */
  min?: number;
  /** Largest allowed value. */
  max?: number;
  /** True when `min` itself is not allowed. */
  minExclusive?: boolean;
  /** True when `max` itself is not allowed. */
  maxExclusive?: boolean;
  /** True for counts and positions. */
  integer?: boolean;
  /** How the allowed range is said in a message, e.g. "a number between 0 and 1". */
  allowed: string;
}

/** Checks a number against a rule. */
export function checkNumber(value: number, argument: string, rule: NumberRule): number {
  const tooLow = rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min);
  const tooHigh = rule.max !== undefined && (rule.maxExclusive ? value >= rule.max : value > rule.max);
  if (tooLow || tooHigh) {
    throw new KpiError({ code: "out_of_range", argument, value: String(value), allowed: rule.allowed });
  }
  if (rule.integer && !Number.isInteger(value)) {
    throw new KpiError({ code: "not_whole_number", argument, value: String(value) });
  }
  return value;
}

/**
 * Reads an optional numeric argument: default when omitted, else a number within the rule.
 *
 * @example
 * readNumberOption(undefined, "alpha", 0.05, { min: 0, max: 1, minExclusive: true, maxExclusive: true, allowed: "a number between 0 and 1" }); // => 0.05
 */
export function readNumberOption(raw: unknown, argument: string, fallback: number, rule: NumberRule): number {
  if (isOmitted(raw)) return fallback;
  return readRequiredNumber(raw, argument, rule);
}

/**
 * Reads a required numeric argument given as a single value.
 *
 * @throws {KpiError} `missing_argument` when empty, `not_a_number`, `out_of_range`
 */
export function readRequiredNumber(raw: unknown, argument: string, rule: NumberRule): number {
  const cell = singleCell(raw, argument);
  const value = parseNumberCell(cell, argument, argument);
  if (value === null) {
    throw new KpiError({ code: "missing_argument", argument, hint: `enter ${rule.allowed}` });
  }
  return checkNumber(value, argument, rule);
}

/**
 * Reads an optional TRUE/FALSE argument (also accepts 1/0 and the words true/false, yes/no).
 *
 * @example
 * readBooleanOption(false, "headers", true); // => false
 */
export function readBooleanOption(raw: unknown, argument: string, fallback: boolean): boolean {
  if (isOmitted(raw)) return fallback;
  const value = singleCell(raw, argument);
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && (value === 0 || value === 1)) return value === 1;
  const text = String(value).trim().toLowerCase();
  if (text === "true" || text === "yes") return true;
  if (text === "false" || text === "no") return false;
  throw new KpiError({ code: "unknown_option", argument, text: quoteCell(value), allowed: ["TRUE", "FALSE"] });
}

/**
 * Reads an optional word from a fixed list (case-insensitive); returns the list's spelling.
 *
 * @example
 * readChoice("nhsr", "rules", ["MDC", "NHSR"], "MDC"); // => "NHSR"
 */
export function readChoice<T extends string>(raw: unknown, argument: string, choices: readonly T[], fallback: T): T {
  if (isOmitted(raw)) return fallback;
  const value = singleCell(raw, argument);
  const key = String(value).trim().toLowerCase();
  const found = choices.find((choice) => choice.toLowerCase() === key);
  if (found === undefined) {
    throw new KpiError({ code: "unknown_option", argument, text: quoteCell(value), allowed: choices });
  }
  return found;
}

/**
 * Reads an argument that may be one value for every series or one value per series (a row or a
 * column with one cell per series, as a Polarity or Target column of a KPI table).
 *
 * @param parse reads one cell; it receives `null` for an empty cell
 * @example
 * readPerSeries([["higher"], ["lower"]], 2, "polarity", (cell) => parsePolarityCell(cell)); // => ["higher", "lower"]
 */
export function readPerSeries<T>(raw: unknown, count: number, argument: string, parse: (cell: unknown, index: number) => T): T[] {
  const grid: Grid = toGrid(raw);
  const cells = flattenGrid(grid);
  if (cells.length === 1) return Array.from({ length: count }, (_, i) => parse(cells[0], i));
  if ((grid.length === 1 || grid[0].length === 1) && cells.length === count) {
    return cells.map((cell, i) => parse(cell, i));
  }
  throw new KpiError({
    code: "length_mismatch",
    argument,
    other: "values",
    expected: `${count} ${count === 1 ? "series" : "series (one per row)"}`,
    actual: cells.length === 0 ? "no cells" : `${describeShape(grid)}`,
  });
}

/** An empty or missing cell, as `readPerSeries` parsers see it. */
export function isEmptyCell(cell: unknown): boolean {
  return isMissingCell(cell);
}
