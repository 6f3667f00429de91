import { ComparisonLabel, compareWithComparator } from "../benchmark/compare-with-comparator";
import { Interval } from "../benchmark/interval";
import { rateInterval } from "../benchmark/rate-interval";
import { wilsonInterval } from "../benchmark/wilson-interval";
import { KpiError } from "../errors";
import { BENCHMARK_LABELS } from "../labels";
import { compareIntervals } from "../public-health/compare-intervals";
import { compareWithControlLimits } from "../public-health/compare-with-control-limits";
import { Polarity, isOmitted } from "../values";
import { atCell, proportionComparator, whereIs } from "./benchmark-inputs";
import {
  COMPARATOR_LOWER_PARAMETER,
  COMPARATOR_PARAMETER,
  COMPARATOR_UPPER_PARAMETER,
  COMPARE_DENOMINATOR_PARAMETER,
  COMPARE_NUMERATOR_PARAMETER,
  COMPARE_PER_PARAMETER,
  COMPARISON_TYPE_PARAMETER,
  CONFIDENCE_PARAMETER,
  ComparisonType,
  missingValue,
  readPair,
} from "./benchmark-parameters";
import { POLARITY_PER_CELL_PARAMETER } from "./parameters";
import { FunctionSpec } from "./types";

/**
 * KPI.COMPARE (docs/FORMULA-CONVENTIONS.md, "Benchmarking against peers"; docs/FORMULAS.md,
 * KPI.COMPARE): a value's interval against a comparator's value, against a comparator with its
 * own interval (Fingertips' area-to-area comparison), or a directly standardised rate against
 * control limits around the comparator (Fingertips' SPC for DSRs).
 */

/** A published interval, checked (run it inside `atCell`, which says where). */
function checkInterval(lower: number, upper: number): Interval {
  if (lower > upper) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "numerator",
      problem: `(the lower limit, ${lower}) is above the denominator (the upper limit, ${upper})`,
      fix: 'with type "interval" give the lower limit as numerator and the upper limit as denominator',
    });
  }
  return { lower, upper };
}

/** The value's own interval in the comparator's units (per): Wilson for a proportion, exact or Byar's for a rate, or as given. */
function valueInterval(kind: Exclude<ComparisonType, "dsr">, x: number, n: number, per: number, level: number): Interval {
  if (kind === "interval") return checkInterval(x, n);
  if (kind === "rate") return rateInterval(x, n, per, level);
  const interval = wilsonInterval(x, n, level);
  return { lower: interval.lower * per, upper: interval.upper * per };
}

/** The value's interval against the comparator's own interval (`lower` to `upper`): Similar when they overlap. */
function compareWithInterval(
  kind: Exclude<ComparisonType, "dsr">,
  x: number,
  n: number,
  lower: number | null,
  upper: number | null,
  per: number,
  level: number,
  polarity: Polarity,
): ComparisonLabel {
  if (lower === null || upper === null) return BENCHMARK_LABELS.notCompared;
  if (lower > upper) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "comparator_lower",
      problem: `(${lower}) is above comparator_upper (${upper})`,
      fix: "give the comparator's lower limit in comparator_lower and its upper limit in comparator_upper",
    });
  }
  return compareIntervals(valueInterval(kind, x, n, per, level), { lower, upper }, polarity);
}

/** The comparator's limits do not go with type "dsr" or with two confidence levels. */
function checkLimitsFit(kind: ComparisonType, levels: readonly number[]): void {
  if (kind === "dsr") {
    throw new KpiError({
      code: "invalid_argument",
      argument: "comparator_lower",
      problem: 'is given with type "dsr"',
      fix: "type dsr compares the rate with control limits around the comparator; leave comparator_lower and comparator_upper empty",
    });
  }
  if (levels.length > 1) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "confidence",
      problem: "has two levels but the comparator has one interval",
      fix: "give the one level of the comparator's interval, such as 0.95",
    });
  }
}

export const COMPARE_FUNCTION: FunctionSpec = {
  name: "COMPARE",
  description:
    "Better, Similar or Worse than a comparator (e.g. the national figure), as Fingertips: whether the value's confidence interval excludes the comparator. With confidence {0.95, 0.998}, Best or Worst when even the 99.8% interval excludes it. Against another area's interval (comparator_lower, comparator_upper): Similar when the intervals overlap.",
  parameters: [
    COMPARE_NUMERATOR_PARAMETER,
    COMPARE_DENOMINATOR_PARAMETER,
    COMPARATOR_PARAMETER,
    POLARITY_PER_CELL_PARAMETER,
    COMPARISON_TYPE_PARAMETER,
    CONFIDENCE_PARAMETER,
    COMPARE_PER_PARAMETER,
    COMPARATOR_LOWER_PARAMETER,
    COMPARATOR_UPPER_PARAMETER,
  ],
  result: { shape: "table", type: "string" },
  example: { formula: '=KPI.COMPARE(650, 1000, 0.6, "higher")', result: "Better" },
  implementation(numerator, denominator, comparator, polarity, type, confidence, per, comparatorLower, comparatorUpper) {
    const kind = COMPARISON_TYPE_PARAMETER.read(type);
    const levels = CONFIDENCE_PARAMETER.read(confidence);
    const base = COMPARE_PER_PARAMETER.read(per, kind);
    if (isOmitted(comparator)) throw missingValue("comparator", "enter the value to compare with, such as the national figure");
    const { grid, firsts, seconds } = readPair(numerator, denominator, COMPARE_NUMERATOR_PARAMETER, COMPARE_DENOMINATOR_PARAMETER);
    const comparators = COMPARATOR_PARAMETER.read(comparator, grid);
    const polarities = POLARITY_PER_CELL_PARAMETER.read(polarity, grid, "numerator");
    const lowers = COMPARATOR_LOWER_PARAMETER.read(comparatorLower, grid, comparatorUpper);
    const uppers = COMPARATOR_UPPER_PARAMETER.read(comparatorUpper, grid, comparatorLower);
    if (lowers !== undefined) checkLimitsFit(kind, levels);
    return firsts.map((row, r) =>
      row.map((x, c) => {
        const n = seconds[r][c];
        const target = comparators[r][c];
        if (x === null || n === null || target === null) return BENCHMARK_LABELS.notCompared;
        const direction = polarities[r][c];
        return atCell(() => {
          if (kind === "dsr") return compareWithControlLimits(x, n, target, base, direction, levels);
          if (lowers !== undefined && uppers !== undefined) return compareWithInterval(kind, x, n, lowers[r][c], uppers[r][c], base, levels[0], direction);
          if (kind === "interval") return compareWithComparator(checkInterval(x, n), target, direction);
          const intervals = levels.map((level): Interval => {
            if (kind === "rate") return rateInterval(x, n, base, level);
            const interval = wilsonInterval(x, n, level);
            return { lower: interval.lower, upper: interval.upper };
          });
          const point = kind === "rate" ? target : proportionComparator(target, base);
          return compareWithComparator(intervals[0], point, direction, levels.length === 2 ? intervals[1] : undefined);
        }, whereIs(grid, r, c));
      }),
    );
  },
};
