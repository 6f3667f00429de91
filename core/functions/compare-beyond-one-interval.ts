import { ComparisonLabel } from "../benchmark/compare-with-comparator";
import { DEFAULT_PROPORTION_PER, DEFAULT_RATE_PER } from "../benchmark/constants";
import { atCell, readConfidenceLevels, readNumberGrid, whereIs } from "../benchmark/formula-inputs";
import { Interval } from "../benchmark/interval";
import { rateInterval } from "../benchmark/rate-interval";
import { wilsonInterval } from "../benchmark/wilson-interval";
import { KpiError } from "../errors";
import { BENCHMARK_LABELS } from "../labels";
import { compareIntervals } from "../public-health/compare-intervals";
import { compareWithControlLimits } from "../public-health/compare-with-control-limits";
import { cellName, isOmitted, parseNumberCell, parsePolarityCell, readAligned, readNumberOption, toGrid } from "../values";
import { requireRange } from "./public-health-inputs";
import { ResultGrid } from "./types";

/**
 * The comparisons of KPI.COMPARE that need more than the value's own interval against a
 * comparator's value: a comparator with its own interval, and Fingertips' SPC for DSRs.
 */

/**
 * KPI.COMPARE when the comparator has its own interval (Fingertips' area-to-area comparison by
 * overlapping intervals), or with type "dsr" (Fingertips' SPC for DSRs). Called by KPI.COMPARE's
 * entry with its arguments; the other comparisons stay there.
 *
 * @returns one label per cell of numerator
 * @example
 * compareBeyondOneInterval("interval", [[2.7]], [[3.1]], 4, "lower", undefined, undefined, 3.5, 4.5); // => [["Better"]]
 */
export function compareBeyondOneInterval(
  kind: "proportion" | "rate" | "interval" | "dsr",
  numerator: unknown,
  denominator: unknown,
  comparator: unknown,
  polarity: unknown,
  confidence: unknown,
  per: unknown,
  comparatorLower: unknown,
  comparatorUpper: unknown,
): ResultGrid {
  const levels = readConfidenceLevels(confidence);
  const base = readNumberOption(per, "per", kind === "rate" || kind === "dsr" ? DEFAULT_RATE_PER : DEFAULT_PROPORTION_PER, {
    min: 0,
    minExclusive: true,
    allowed: "a base above zero, such as 1, 100 or 100000",
  });
  requireRange(numerator, "numerator", kind === "dsr" ? "select the directly standardised rates" : "select the numerator cell or range");
  requireRange(denominator, "denominator", kind === "dsr" ? "select the populations the rates are for" : "select the denominator cell or range");
  requireRange(comparator, "comparator", "enter the value to compare with, such as the national figure");
  const withLimits = !isOmitted(comparatorLower) || !isOmitted(comparatorUpper);
  if (kind === "dsr" && withLimits) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "comparator_lower",
      problem: 'is given with type "dsr"',
      fix: "type dsr compares the rate with control limits around the comparator; leave comparator_lower and comparator_upper empty",
    });
  }
  if (withLimits) {
    requireRange(comparatorLower, "comparator_lower", "enter the comparator's lower confidence limit");
    requireRange(comparatorUpper, "comparator_upper", "enter the comparator's upper confidence limit");
    if (levels.length > 1) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "confidence",
        problem: "has two levels but the comparator has one interval",
        fix: "give the one level of the comparator's interval, such as 0.95",
      });
    }
  }
  const grid = toGrid(numerator);
  const firsts = readNumberGrid(grid, "numerator", "numerator");
  const aligned = (raw: unknown, argument: string) =>
    readAligned(raw, grid, argument, "numerator", (cell, r, c) => parseNumberCell(cell, argument, cellName(argument, grid, r, c)));
  const seconds = aligned(denominator, "denominator");
  const comparators = aligned(comparator, "comparator");
  const lowers = withLimits ? aligned(comparatorLower, "comparator_lower") : undefined;
  const uppers = withLimits ? aligned(comparatorUpper, "comparator_upper") : undefined;
  const polarities = readAligned(polarity, grid, "polarity", "numerator", (cell) => parsePolarityCell(cell));
  return firsts.map((row, r) =>
    row.map((x, c): ComparisonLabel => {
      const n = seconds[r][c];
      const target = comparators[r][c];
      if (x === null || n === null || target === null) return BENCHMARK_LABELS.notCompared;
      const direction = polarities[r][c];
      return atCell(() => {
        if (kind === "dsr") return compareWithControlLimits(x, n, target, base, direction, levels);
        const lower = lowers![r][c];
        const upper = uppers![r][c];
        if (lower === null || upper === null) return BENCHMARK_LABELS.notCompared;
        if (lower > upper) {
          throw new KpiError({ code: "invalid_argument", argument: "comparator_lower", problem: `(${lower}) is above comparator_upper (${upper})`, fix: "give the comparator's lower limit in comparator_lower and its upper limit in comparator_upper" });
        }
        return compareIntervals(valueInterval(kind, x, n, base, levels[0]), { lower, upper }, direction);
      }, whereIs(grid, r, c));
    }),
  );
}

/** The value's own interval in the comparator's units (per): Wilson for a proportion, exact or Byar's for a rate, or as given. */
function valueInterval(kind: "proportion" | "rate" | "interval", x: number, n: number, per: number, level: number): Interval {
  if (kind === "interval") {
    if (x > n) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "numerator",
        problem: `(the lower limit, ${x}) is above the denominator (the upper limit, ${n})`,
        fix: 'with type "interval" give the lower limit as numerator and the upper limit as denominator',
      });
    }
    return { lower: x, upper: n };
  }
  if (kind === "rate") return rateInterval(x, n, per, level);
  const interval = wilsonInterval(x, n, level);
  return { lower: interval.lower * per, upper: interval.upper * per };
}
