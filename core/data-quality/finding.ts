import { PeriodSequence } from "../values/periods";
import { Series } from "../values";
import { MAX_LISTED } from "./constants";

/** What a KPI's unit says its values may be, for the range checks. */
export interface UnitReading {
  /** A percentage ("%"): a share of a whole, 0 to 100, or 0 to 1 when kept as fractions. */
  percent: boolean;
  /** A percentage kept as fractions of 1 (a cell formatted as % holds 0.724): see FRACTION_SLIP_RATIO. */
  fractions: boolean;
  /** A count of things ("count", "number", "people"...): never below 0. */
  count: boolean;
  /** A rate per some population ("per 1,000"): the numerator may exceed the denominator. */
  rate: boolean;
}

/** Everything the data-quality checks share about one KPI, worked out once by `checkData`. */
export interface DataCheckContext {
  values: Series;
  /** The period labels as given, one per position (trimmed), or `undefined` when none were given. */
  labels: string[] | undefined;
  /** The labels read on one regular calendar, or `undefined` when they are not on one. */
  sequence: PeriodSequence | undefined;
  unit: UnitReading;
  /** Counts behind a proportion or rate, one per position, when given. */
  numerators: Series | undefined;
  denominators: Series | undefined;
  /** The positions and values of the present values, in order. */
  present: { positions: number[]; values: number[] };
}

/**
 * One data-quality check of KPI.DATACHECK, in its own file: its code, its name and what it finds.
 * The ordered table in `checks/table.ts` lists them all.
 */
export interface DataCheckRule<Code extends string = string> {
  /** The machine-readable code (the panel's exceptions, tests). */
  code: Code;
  /** The finding's name; its sentence starts with it ("Missing period"), so a filter can find it. */
  title: string;
  /** Codes of checks earlier in the table that, when found, make this one unreliable. */
  unless?: readonly string[];
  /**
   * The finding after its title, naming the positions and numbers that raised it, or `undefined`
   * when the data pass. Thresholds are the named constants of `constants.ts`.
   */
  check(context: DataCheckContext): string | undefined;
}

/**
 * Where a position is, for a sentence: its period label when labels were given, else "value 3".
 *
 * @example
 * placeOf(context, 2); // => "2022/23", or "value 3" without labels
 */
export function placeOf(context: DataCheckContext, position: number): string {
  const label = context.labels?.[position];
  return label === undefined || label === "" ? `value ${position + 1}` : label;
}

/**
 * A figure as the cell holds it, to six significant digits and with thousands separators, so the
 * officer can find it ("27,218.1", "0.892857", "100.04"); never rounded to look in range.
 *
 * @example
 * cellFigure(27218.10406);  // => "27,218.1"
 * cellFigure(100.04);       // => "100.04"
 * cellFigure(-3);           // => "-3"
 */
export function cellFigure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(Number(value.toPrecision(6)));
  if (/e/i.test(text)) return text;
  const [whole, decimals] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

/**
 * Items joined for a sentence, at most MAX_LISTED of them, then how many more: "a, b and c",
 * "a, b, c and 2 more"; `separator` between clauses that hold commas of their own ("; ").
 *
 * @example
 * listed(["2019/20", "2020/21"]);       // => "2019/20 and 2020/21"
 * listed(["2019/20", "2020/21"], "or"); // => "2019/20 or 2020/21"
 */
export function listed(items: readonly string[], conjunction = "and", separator = ", "): string {
  const shown = items.slice(0, MAX_LISTED);
  const more = items.length - shown.length;
  // "a, b and c", but "a; b; and c" between clauses.
  const last = `${separator === ", " ? " " : separator}${conjunction} `;
  if (more > 0) return `${shown.join(separator)}${last}${more} more`;
  return shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(separator)}${last}${shown[shown.length - 1]}`;
}

/** Ratios from this size are written in words: the figures are then far apart (or one is all but 0). */
const HUGE_RATIO = 1e6;

/**
 * A ratio for a sentence: one decimal under 10, whole from 10 ("5.6", "12"), and "over a million"
 * from a million (a value next to 0 makes the ratio as large as a number can be, or larger).
 *
 * @example
 * ratioWords(5.58);     // => "5.6"
 * ratioWords(1 / 0);    // => "over a million"
 */
export function ratioWords(ratio: number): string {
  if (!(ratio < HUGE_RATIO)) return "over a million";
  return ratio >= 10 ? String(Math.round(ratio)) : (Math.round(ratio * 10) / 10).toFixed(1).replace(/\.0$/, "");
}
