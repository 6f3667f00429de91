import { KpiError } from "../errors";
import { NOT_ENOUGH_DATA, RAG_LABELS } from "../labels";
import { DEFAULT_ALPHA } from "../trend/constants";
import { directionOfTravel } from "../trend/direction-of-travel";
import { mannKendall } from "../trend/mann-kendall";
import { projectOnTrack } from "../trend/project-on-track";
import { checkProportions, recentTrend } from "../trend/recent-trend";
import { senSlope } from "../trend/sen-slope";
import {
  Polarity,
  SeriesSet,
  applyExclusions,
  describeShape,
  isOmitted,
  parseNumberCell,
  parsePolarityCell,
  readExclusions,
  readNumberOption,
  readPerSeries,
  readRequiredNumber,
  readSeriesSet,
} from "../values";
import { EXCLUDE_PARAMETER, POLARITY_PARAMETER, VALUES_PARAMETER } from "./parameters";
import { labelPerSeries, resultPerSeries } from "./results";
import { FunctionSpec } from "./types";

/** Polarity as one cell for every KPI or one cell per KPI row. */
const POLARITY_PER_KPI_PARAMETER = {
  ...POLARITY_PARAMETER,
  description: `${POLARITY_PARAMETER.description} One cell for every KPI, or one per KPI row.`,
  kind: "range" as const,
};

/** Reads polarity per series (one cell, or one per KPI row). */
function readPolarities(raw: unknown, set: SeriesSet): Polarity[] {
  return readPerSeries(raw, set.series.length, "polarity", (cell) => parsePolarityCell(cell));
}

/** Trend and direction-of-travel formulas (docs/FORMULA-CONVENTIONS.md, "Trend and direction of travel"). */
export const TREND_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "SENSLOPE",
    description:
      "Sen's slope: the typical change per period, as the median of the slopes between every pair of values. Gaps count as periods. A block gives one slope per row.",
    parameters: [VALUES_PARAMETER, EXCLUDE_PARAMETER],
    result: { shape: "value", type: "number" },
    example: { formula: "=KPI.SENSLOPE({1,3,5,7})", result: "2" },
    implementation(values, exclude) {
      const set = readSeriesSet(values, "values", "value");
      const series = applyExclusions(set, readExclusions(exclude, set));
      return resultPerSeries(set, (one) => [senSlope(one).slope], 1, series);
    },
  },
  {
    name: "MANNKENDALL",
    description:
      "Mann-Kendall trend test: S, Kendall's tau, z, the two-sided p-value and its method (exact for 10 or fewer untied values, else normal). A block gives one row per KPI.",
    parameters: [VALUES_PARAMETER, EXCLUDE_PARAMETER],
    result: { shape: "row", type: "any", columns: ["S", "tau", "z", "p-value", "method"] },
    example: { formula: "=KPI.MANNKENDALL({1,2,3,4,5})", result: "10 | 1 | 2.2045 | 0.016667 | exact" },
    implementation(values, exclude) {
      const set = readSeriesSet(values, "values", "value");
      const series = applyExclusions(set, readExclusions(exclude, set));
      return resultPerSeries(
        set,
        (one) => {
          const test = mannKendall(one);
          return [test.s, test.tau, test.z, test.pValue, test.method];
        },
        5,
        series,
      );
    },
  },
  {
    name: "DIRECTION",
    description:
      "Direction of travel: Improving, Worsening or No clear change (neutral: Increasing, Decreasing), from a two-sided Mann-Kendall test; a trend is claimed only when the test supports it. Needs 5 values. A block gives one label per KPI row.",
    parameters: [
      VALUES_PARAMETER,
      POLARITY_PER_KPI_PARAMETER,
      {
        name: "alpha",
        description: "Optional. Significance level of the test, between 0 and 1. Default 0.05.",
        optional: true,
        kind: "value",
        sheetsType: "number",
      },
      EXCLUDE_PARAMETER,
    ],
    result: { shape: "value", type: "string" },
    example: { formula: '=KPI.DIRECTION({40,42,45,47,50}, "higher")', result: "Improving" },
    implementation(values, polarity, alpha, exclude) {
      const set = readSeriesSet(values, "values", "value");
      const polarities = readPolarities(polarity, set);
      const level = readNumberOption(alpha, "alpha", DEFAULT_ALPHA, {
        min: 0,
        max: 1,
        minExclusive: true,
        maxExclusive: true,
        allowed: "a number between 0 and 1, such as 0.05",
      });
      const series = applyExclusions(set, readExclusions(exclude, set));
      return labelPerSeries(set, (one, index) => directionOfTravel(one, polarities[index], level).label, NOT_ENOUGH_DATA, series);
    },
  },
  {
    name: "ONTRACK",
    description:
      "On track, At risk or Off track: projects the least-squares trend periods_ahead periods past the last cell and compares its 80% prediction interval with the target. Needs 4 values. A block gives one label per KPI row.",
    parameters: [
      VALUES_PARAMETER,
      {
        name: "target",
        description: "The target for the period projected to: one value for every KPI, or one per KPI row (a blank one gives No target).",
        kind: "range",
        sheetsType: "number",
      },
      {
        name: "periods_ahead",
        description: "How many periods after the last cell of values the target falls due (1 = the next period).",
        kind: "value",
        sheetsType: "number",
      },
      POLARITY_PER_KPI_PARAMETER,
      EXCLUDE_PARAMETER,
    ],
    result: { shape: "value", type: "string" },
    example: { formula: '=KPI.ONTRACK({50,52,55,57,60}, 63, 2, "higher")', result: "On track" },
    implementation(values, target, periodsAhead, polarity, exclude) {
      const set = readSeriesSet(values, "values", "value");
      const count = set.series.length;
      if (isOmitted(target)) {
        throw new KpiError({ code: "missing_argument", argument: "target", hint: "enter the target to project against" });
      }
      const targets = readPerSeries(target, count, "target", (cell, index) =>
        parseNumberCell(cell, "target", count > 1 ? `target ${index + 1}` : "target"),
      );
      const ahead = readRequiredNumber(periodsAhead, "periods_ahead", {
        min: 1,
        integer: true,
        allowed: "a whole number of periods, 1 or more",
      });
      const polarities = readPolarities(polarity, set);
      const series = applyExclusions(set, readExclusions(exclude, set));
      return labelPerSeries(
        set,
        (one, index) => {
          const goal = targets[index];
          if (goal === null) return RAG_LABELS.noTarget;
          return projectOnTrack(one, goal, ahead, polarities[index]).label;
        },
        NOT_ENOUGH_DATA,
        series,
      );
    },
  },
  {
    name: "RECENTTREND",
    description:
      "The Fingertips recent-trend marker for a proportion: chi-squared test for trend on the last 5 annual points, e.g. Increasing and getting better, or No significant change. A block gives one label per KPI row.",
    parameters: [
      {
        name: "numerators",
        description: "Counts in time order (e.g. children measured as obese each year): a row or column, or one KPI per row.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "denominators",
        description: "The totals the counts are out of (e.g. children measured), a range the shape of numerators.",
        kind: "range",
        sheetsType: "number[][]",
      },
      POLARITY_PER_KPI_PARAMETER,
    ],
    result: { shape: "value", type: "string" },
    example: {
      formula: '=KPI.RECENTTREND({994,1023,1199,1332,1367}, {40299,41527,42811,44064,44701}, "lower")',
      result: "Increasing and getting worse",
    },
    implementation(numerators, denominators, polarity) {
      const counts = readSeriesSet(numerators, "numerators", "numerator");
      const totals = readSeriesSet(denominators, "denominators", "denominator");
      const countShape = describeShape(counts.grid);
      const totalShape = describeShape(totals.grid);
      if (countShape !== totalShape) {
        throw new KpiError({ code: "length_mismatch", argument: "denominators", other: "numerators", expected: countShape, actual: totalShape });
      }
      const polarities = readPolarities(polarity, counts);
      counts.series.forEach((one, row) =>
        checkProportions(one, totals.series[row], (i) => (counts.isBlock ? `row ${row + 1}, value ${i + 1}` : `value ${i + 1}`)),
      );
      return counts.series.map((one, row) => [recentTrend(one, totals.series[row], polarities[row])]);
    },
  },
];
