/**
 * How numbers are written for councillors: sensible rounding, thousands separators and the KPI's
 * unit (a percentage, money, or a word such as "days"). Shared by the target findings, the
 * narrative and the questions, so one KPI reads the same everywhere.
 */

/** The kinds of unit the wording knows. */
export type UnitKind = "percent" | "money" | "count" | "other";

/** A KPI's unit, read once. */
export interface Unit {
  /** `percent` (%), `money` (£), `count` (no unit) or `other` (a word written after the number). */
  kind: UnitKind;
  /** The word written after a number of kind `other` ("days"); empty otherwise. */
  suffix: string;
  /**
   * What the stored numbers are multiplied by before they are shown: 100 for a percentage kept as
   * a fraction (0.724 from a cell formatted as %), 1 otherwise.
   */
  scale: number;
}

/** Unit words read as a percentage. */
const PERCENT_WORDS = new Set(["%", "percent", "per cent", "percentage", "pct"]);

/**
 * True when a unit as typed is a percentage ("%", "percent", "per cent", "percentage", "pct").
 *
 * @example
 * isPercentUnit(" % ");  // => true
 * isPercentUnit("days"); // => false
 */
export function isPercentUnit(text: string | undefined | null): boolean {
  return PERCENT_WORDS.has((text ?? "").trim().toLowerCase());
}

/** Unit words read as money (pounds sterling). */
const MONEY_WORDS = new Set(["£", "gbp", "pounds", "pound", "£s", "money", "cost"]);

/**
 * Reads a unit as a user writes it. A percentage whose values all lie between -1 and 1 is taken
 * to be stored as fractions (a cell showing 72.4% holds 0.724) and is shown times 100.
 *
 * @param text the unit as typed: "%", "£", "days", "" (a plain count or number)
 * @param sample the KPI's values and targets, to tell 72.4 from 0.724
 * @example
 * readUnit("%", [72.4, 70.1]);   // => { kind: "percent", suffix: "", scale: 1 }
 * readUnit("%", [0.724, 0.701]); // => { kind: "percent", suffix: "", scale: 100 }
 * readUnit("days", [12]);        // => { kind: "other", suffix: "days", scale: 1 }
 */
export function readUnit(text: string | undefined | null, sample: readonly number[] = []): Unit {
  const word = (text ?? "").trim();
  const key = word.toLowerCase();
  if (key === "") return { kind: "count", suffix: "", scale: 1 };
  if (PERCENT_WORDS.has(key)) {
    const fractions = sample.length > 0 && sample.every((value) => Math.abs(value) <= 1);
    return { kind: "percent", suffix: "", scale: fractions ? 100 : 1 };
  }
  if (MONEY_WORDS.has(key) || key.startsWith("£")) return { kind: "money", suffix: "", scale: 1 };
  return { kind: "other", suffix: word, scale: 1 };
}

/** The unit word after a number: "1 day" but "2 days" (a plural word ending in s loses it after exactly 1). */
function unitWord(number: string, suffix: string): string {
  return number === "1" && /[^s]s$/i.test(suffix) ? suffix.slice(0, -1) : suffix;
}

/** A plain count: no unit. */
export const NO_UNIT: Unit = { kind: "count", suffix: "", scale: 1 };

/**
 * How many decimals a number deserves: none from 100 up, one from 1, two significant figures
 * below 1. Enough to tell periods apart, never false precision.
 */
function decimalsFor(magnitude: number): number {
  if (magnitude === 0 || magnitude >= 100) return 0;
  if (magnitude >= 1) return 1;
  return Math.min(6, Math.max(2, 1 - Math.floor(Math.log10(magnitude))));
}

/** Digits with thousands separators, rounded to `decimals` places; trailing zeros kept when `keepZeros`. */
function withSeparators(magnitude: number, decimals: number, keepZeros: boolean): string {
  let text = magnitude.toFixed(decimals);
  if (!keepZeros && text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  const point = text.indexOf(".");
  const whole = point < 0 ? text : text.slice(0, point);
  // Most figures in a sentence are under 1,000 and need no separator.
  if (whole.length <= 3) return text;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return point < 0 ? grouped : grouped + text.slice(point);
}

/** What a sentence says where a figure overflowed (values near 1.8e308, the largest a double holds). */
export const TOO_LARGE_TO_SHOW = "a figure too large to show";

/**
 * A number rounded for reading: 1,235; 95.3; 6.2; 0.46.
 *
 * @example
 * formatNumber(1234.5);  // => "1,235"
 * formatNumber(6.234);   // => "6.2"
 * formatNumber(60);      // => "60"
 * formatNumber(0.0123);  // => "0.012"
 */
export function formatNumber(value: number): string {
  // Arithmetic on values near the largest a cell can hold (about 1.8e308) overflows; say so, never "Infinity".
  if (!Number.isFinite(value)) return TOO_LARGE_TO_SHOW;
  const magnitude = Math.abs(value);
  const decimals = decimalsFor(magnitude);
  const text = withSeparators(magnitude, decimals, false);
  return value < 0 && Number(text.replace(/,/g, "")) !== 0 ? `-${text}` : text;
}

/** Money: pence below £1,000 (none for whole pounds), whole pounds to £1 million, then millions with one decimal. */
function formatMoney(magnitude: number): string {
  if (magnitude >= 1e6) return `£${withSeparators(magnitude / 1e6, 1, false)}m`;
  if (magnitude >= 1000) return `£${withSeparators(magnitude, 0, false)}`;
  const pence = Math.round(magnitude * 100);
  return `£${withSeparators(magnitude, pence % 100 === 0 ? 0 : 2, true)}`;
}

/**
 * A number with exactly `decimals` places, trailing zeros kept (4.0), with thousands separators;
 * without `decimals`, rounded for reading ({@link formatNumber}).
 */
function formatDigits(value: number, decimals: number | undefined): string {
  if (decimals === undefined) return formatNumber(value);
  if (!Number.isFinite(value)) return TOO_LARGE_TO_SHOW;
  const text = withSeparators(Math.abs(value), decimals, true);
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/** Money at a given number of places (pence, or whole pounds), or as {@link formatMoney} reads it. */
function formatMoneyAt(magnitude: number, decimals: number | undefined): string {
  return decimals === undefined ? formatMoney(magnitude) : `£${withSeparators(magnitude, decimals, true)}`;
}

/**
 * A value of the KPI with its unit: 72.4%, £4.48, 12 days, 1,234. With `decimals`, the number has
 * exactly that many places as shown (after a percentage kept as a fraction is multiplied by 100):
 * the KPI's own precision, as the pane and the report show it.
 *
 * @example
 * formatValue(72.44, readUnit("%"));    // => "72.4%"
 * formatValue(0.7244, readUnit("%", [0.7244])); // => "72.4%"
 * formatValue(4.481, readUnit("£"));    // => "£4.48"
 * formatValue(12, readUnit("days"));    // => "12 days"
 * formatValue(22.25, readUnit("%"), 1); // => "22.3%"
 * formatValue(4, readUnit("%"), 1);     // => "4.0%"
 */
export function formatValue(value: number, unit: Unit = NO_UNIT, decimals?: number): string {
  const shown = value * unit.scale;
  if (!Number.isFinite(shown)) return TOO_LARGE_TO_SHOW;
  switch (unit.kind) {
    case "percent":
      return `${formatDigits(shown, decimals)}%`;
    case "money":
      return `${shown < 0 ? "-" : ""}${formatMoneyAt(Math.abs(shown), decimals)}`;
    case "other": {
      const number = formatDigits(shown, decimals);
      return `${number} ${unitWord(number, unit.suffix)}`;
    }
    default:
      return formatDigits(shown, decimals);
  }
}

/**
 * A difference between two values of the KPI, without its sign (the sentence says which way):
 * percentages differ by percentage points. With `decimals`, the number has exactly that many
 * places as shown.
 *
 * @example
 * formatDifference(6.23, readUnit("%"));  // => "6.2 percentage points"
 * formatDifference(-2.5, readUnit("£"));  // => "£2.50"
 * formatDifference(3, NO_UNIT);           // => "3"
 * formatDifference(4, readUnit("%"), 1);  // => "4.0 percentage points"
 */
export function formatDifference(value: number, unit: Unit = NO_UNIT, decimals?: number): string {
  const magnitude = Math.abs(value) * unit.scale;
  if (!Number.isFinite(magnitude)) return TOO_LARGE_TO_SHOW;
  switch (unit.kind) {
    case "percent": {
      const number = formatDigits(magnitude, decimals);
      return `${number} percentage ${number === "1" ? "point" : "points"}`;
    }
    case "money":
      return formatMoneyAt(magnitude, decimals);
    case "other": {
      const number = formatDigits(magnitude, decimals);
      return `${number} ${unitWord(number, unit.suffix)}`;
    }
    default:
      return formatDigits(magnitude, decimals);
  }
}

/**
 * A percentage change for a sentence, to one decimal below 10% and whole above.
 *
 * @example
 * formatPercentChange(4.76);   // => "4.8%"
 * formatPercentChange(-0.31);  // => "0.3%"
 * formatPercentChange(12.4);   // => "12%"
 * formatPercentChange(0.02);   // => "less than 0.1%"
 */
export function formatPercentChange(percent: number): string {
  const magnitude = Math.abs(percent);
  if (!Number.isFinite(magnitude)) return TOO_LARGE_TO_SHOW;
  if (magnitude > 0 && magnitude < 0.05) return "less than 0.1%";
  return `${withSeparators(magnitude, magnitude >= 9.95 ? 0 : 1, false)}%`;
}

/**
 * A share (0 to 1) as a whole-number percentage for sentences: 0.6 -> "60%".
 *
 * @example
 * formatShare(0.6);    // => "60%"
 * formatShare(0.253);  // => "25%"
 */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
