import { StatisticType } from "./funnel-limits";

/** What a value is of its numerator and denominator: a proportion or a rate, and its multiplier. */
export interface CountScale {
  type: StatisticType;
  /** The multiplier: value = numerator / denominator × per (1 or 100 for a proportion, 1,000 or 100,000 for a rate...). */
  per: number;
}

/**
 * The multipliers a published value may carry: a proportion of 1 or a percentage, and rates per 10
 * up to per million (PHEindicatormethods `multiplier`; Fingertips publishes per 1,000, 10,000 and
 * 100,000 most often).
 */
export const COUNT_MULTIPLIERS: readonly number[] = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * How far a value may be from numerator / denominator × per and still be that figure: 1% of it,
 * or half a unit of the value's last decimal, whichever is larger (a percentage shown as 28.9 is
 * 999 of 3,456, 28.906...). A directly standardised rate, or a value from other counts, is further.
 */
export const COUNT_AGREEMENT_SHARE = 0.01;

/** Half a unit of the last decimal a number is written with (0.05 for 17.9, 0.5 for 65); 0 when written with an exponent. */
function halfLastDecimal(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes("e")) return 0;
  const point = text.indexOf(".");
  const decimals = point < 0 ? 0 : text.length - point - 1;
  return 0.5 * Math.pow(10, -decimals);
}

/** True when `value` is `exact` as written: within 1% of it or within rounding to the value's own decimals. */
function agrees(value: number, exact: number): boolean {
  return Math.abs(value - exact) <= Math.max(COUNT_AGREEMENT_SHARE * Math.abs(exact), halfLastDecimal(value));
}

/** The multipliers a unit allows: "per 100,000" names one; "%" allows 100 (or 1, for a percentage kept as a fraction). */
function multipliersOfUnit(unit: string): readonly number[] {
  const per = /\bper\s*([\d,]+(?:\.\d+)?)/i.exec(unit);
  if (per !== null) {
    const stated = Number(per[1].replace(/,/g, ""));
    if (stated > 0) return [stated];
  }
  if (/^\s*(%|percent|per cent|percentage|pct)\s*$/i.test(unit)) return [100, 1];
  return COUNT_MULTIPLIERS;
}

/**
 * What a value is of its numerator and denominator, read from the three numbers and the unit: the
 * multiplier that makes value = numerator / denominator × per (within rounding, COUNT_AGREEMENT_SHARE),
 * and whether it is a proportion (a numerator that is part of its denominator, per 1 or 100, and no
 * "per ..." or "rate" in the unit) or a rate (anything else: per 1,000 or 100,000, or more events
 * than the population). `undefined` when no multiplier fits: the value is not this count over this
 * denominator (an age-standardised rate, or counts that do not belong to the value), so no interval
 * can be worked out from them.
 *
 * @param value the published value
 * @param numerator its numerator (count of events or cases)
 * @param denominator its denominator (population or cases), above 0
 * @param unit the KPI's unit as written ("%", "per 100,000"), optional
 * @example
 * countScale(28.9, 999, 3456, "%");              // => { type: "proportion", per: 100 }
 * countScale(102.8, 7776456, 7564336677, "");    // => { type: "rate", per: 100000 }
 * countScale(10430.2, 895, 8970, "per 100,000"); // => undefined (an age-standardised rate, not 895 / 8,970)
 */
export function countScale(value: number, numerator: number, denominator: number, unit = ""): CountScale | undefined {
  const share = numerator / denominator;
  const allowed = multipliersOfUnit(unit);
  const per = share === 0 ? (value === 0 ? allowed[0] : undefined) : allowed.find((candidate) => agrees(value, share * candidate));
  if (per === undefined) return undefined;
  const namedRate = /\bper\s*[\d,]+|\brate\b/i.test(unit);
  return { type: numerator <= denominator && per <= 100 && !namedRate ? "proportion" : "rate", per };
}
