import { checkData } from "../data-quality/check-data";
import { KpiError } from "../errors";
import { NOT_ENOUGH_DATA, NO_DATA_PROBLEMS } from "../labels";
import { Series, SeriesSet, countPresent, describeShape, isOmitted, readSeriesSet } from "../values";
import { PERIODS_PARAMETER, UNIT_PARAMETER } from "./narrative-functions";
import { VALUES_PARAMETER } from "./parameters";
import { linesResult } from "./target-functions";
import { FunctionSpec, ReadingParameter } from "./types";

/**
 * Reads counts the shape of `values` (one per value), or `undefined` when left out. A text cell
 * is an argument error naming it; a negative count is a finding, not an error, since finding
 * faults in the data is the formula's job.
 */
function readCountsBeside(raw: unknown, set: SeriesSet, argument: string, noun: string): Series[] | undefined {
  if (isOmitted(raw)) return undefined;
  const counts = readSeriesSet(raw, argument, noun);
  const sameShape = counts.series.length === set.series.length && counts.series.every((series, i) => series.length === set.series[i].length);
  if (!sameShape) {
    throw new KpiError({ code: "length_mismatch", argument, other: "values", expected: describeShape(set.grid), actual: describeShape(counts.grid) });
  }
  return counts.series;
}

const CHECK_PERIODS_PARAMETER: ReadingParameter<string[] | undefined, [SeriesSet]> = {
  ...PERIODS_PARAMETER,
  description: 'Optional. The period labels ("2023/24", "Q2 2024/25", "Apr-24"), one per column of values, e.g. the header row: checked for repeats, order and gaps.',
};

const CHECK_UNIT_PARAMETER: ReadingParameter<string[], [SeriesSet]> = {
  ...UNIT_PARAMETER,
  description: 'Optional. "%" checks 0 to 100 (or 0 to 1 for fractions); "count", "number" or "people" checks for negatives; "per 1,000" marks a rate. One, or one per KPI.',
};

const NUMERATORS_PARAMETER: ReadingParameter<Series[] | undefined, [SeriesSet]> = {
  name: "numerators",
  description: "Optional. The counts behind each value (e.g. invoices paid in 30 days), the same shape as values.",
  optional: true,
  kind: "range",
  sheetsType: "number[][]",
  read: (raw, set) => readCountsBeside(raw, set, "numerators", "numerator"),
};

const DENOMINATORS_PARAMETER: ReadingParameter<Series[] | undefined, [SeriesSet]> = {
  name: "denominators",
  description: "Optional. The totals behind each value (e.g. invoices sampled, or the population), the same shape as values.",
  optional: true,
  kind: "range",
  sheetsType: "number[][]",
  read: (raw, set) => readCountsBeside(raw, set, "denominators", "denominator"),
};

/** Data-quality formulas (docs/FORMULA-CONVENTIONS.md, "Data quality"). */
export const DATA_QUALITY_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "DATACHECK",
    description:
      "Checks a KPI's data before it is judged: periods duplicated, out of order or missing; a percentage outside 0-100; a negative count; a numerator above its denominator; a denominator that jumps; a likely keying error; a figure rolled forward. One row of findings per KPI.",
    parameters: [VALUES_PARAMETER, CHECK_PERIODS_PARAMETER, CHECK_UNIT_PARAMETER, NUMERATORS_PARAMETER, DENOMINATORS_PARAMETER],
    result: { shape: "column", type: "string" },
    example: {
      formula: "=KPI.DATACHECK({45.3,44.9,452,46.1,45.8})",
      result: "Likely keying error: 452 in value 3 is 9.8 times the figures either side (44.9 in value 2, 46.1 in value 4); ...",
    },
    implementation(values, periods, unit, numerators, denominators) {
      const set = VALUES_PARAMETER.read(values);
      const labels = CHECK_PERIODS_PARAMETER.read(periods, set);
      const units = CHECK_UNIT_PARAMETER.read(unit, set);
      const numeratorSeries = NUMERATORS_PARAMETER.read(numerators, set);
      const denominatorSeries = DENOMINATORS_PARAMETER.read(denominators, set);
      const lines = set.series.map((series, i) => {
        const findings = checkData({ values: series, periods: labels, unit: units[i], numerators: numeratorSeries?.[i], denominators: denominatorSeries?.[i] });
        if (findings.length > 0) return findings.map((finding) => finding.sentence);
        return [countPresent(series) === 0 ? NOT_ENOUGH_DATA : NO_DATA_PROBLEMS];
      });
      return linesResult(lines, set.isBlock);
    },
  },
];
