import { KpiError } from "../errors";
import { NOT_ENOUGH_DATA, RAG_LABELS } from "../labels";
import { DEFAULT_ALPHA } from "../trend/constants";
import { directionOfTravel } from "../trend/direction-of-travel";
import { mannKendall } from "../trend/mann-kendall";
import { projectOnTrack } from "../trend/project-on-track";
import { checkProportions, recentTrend } from "../trend/recent-trend";
import { senSlope } from "../trend/sen-slope";
import { Polarity, SeriesSet, describeShape, isOmitted, readNumberOption, readRequiredNumber, readSeriesSet } from "../values";
import { EXCLUDE_PARAMETER, POLARITY_PARAMETER, VALUES_PARAMETER } from "./parameters";
import { readTargetPerSeries } from "./read-targets";
import { labelPerSeries, resultPerSeries } from "./results";
import { FunctionSpec, ReadingParameter } from "./types";

/** Polarity as one cell for every KPI or one cell per KPI row. */
const POLARITY_PER_KPI_PARAMETER: ReadingParameter<Polarity[], [SeriesSet]> = {
  ...POLARITY_PARAMETER,
  description: `${POLARITY_PARAMETER.description} One cell for every KPI, or one per KPI row.`,
  kind: "range",
};

const ALPHA_PARAMETER: ReadingParameter<number> = {
  name: "alpha",
  description: "Optional. Significance level of the test, between 0 and 1. Default 0.05.",
  optional: true,
  kind: "value",
  sheetsType: "number",
  read: (raw) =>
    readNumberOption(raw, "alpha", DEFAULT_ALPHA, { min: 0, max: 1, minExclusive: true, maxExclusive: true, allowed: "a number between 0 and 1, such as 0.05" }),
};

/** KPI.ONTRACK's target: required, one for every KPI or one per KPI row. */
const ON_TRACK_TARGET_PARAMETER: ReadingParameter<(number | null)[], [SeriesSet]> = {
  name: "target",
  description: "The target for the period projected to: one value for every KPI, or one per KPI row (a blank one gives No target).",
  kind: "range",
  sheetsType: "number",
  read(raw, set) {
    if (isOmitted(raw)) throw new KpiError({ code: "missing_argument", argument: "target", hint: "enter the target to project against" });
    return readTargetPerSeries(raw, set);
  },
};

const PERIODS_AHEAD_PARAMETER: ReadingParameter<number> = {
  name: "periods_ahead",
  description: "How many periods after the last cell of values the target falls due (1 = the next period).",
  kind: "value",
  sheetsType: "number",
  read: (raw) => readRequiredNumber(raw, "periods_ahead", { min: 1, integer: true, allowed: "a whole number of periods, 1 or more" }),
};

const NUMERATORS_PARAMETER: ReadingParameter<SeriesSet> = {
  name: "numerators",
  description: "Counts in time order (e.g. children measured as obese each year): a row or column, or one KPI per row.",
  kind: "range",
  sheetsType: "number[][]",
  read: (raw) => readSeriesSet(raw, "numerators", "numerator"),
};

const DENOMINATORS_PARAMETER: ReadingParameter<SeriesSet, [SeriesSet]> = {
  name: "denominators",
  description: "The totals the counts are out of (e.g. children measured), a range the shape of numerators.",
  kind: "range",
  sheetsType: "number[][]",
  read(raw, counts) {
    const totals = readSeriesSet(raw, "denominators", "denominator");
    const countShape = describeShape(counts.grid);
    const totalShape = describeShape(totals.grid);
    if (countShape !== totalShape) {
      throw new KpiError({ code: "length_mismatch", argument: "denominators", other: "numerators", expected: countShape, actual: totalShape });
    }
    return totals;
  },
};

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
      const set = VALUES_PARAMETER.read(values);
      const { series } = EXCLUDE_PARAMETER.read(exclude, set);
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
      const set = VALUES_PARAMETER.read(values);
      const { series } = EXCLUDE_PARAMETER.read(exclude, set);
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
    parameters: [VALUES_PARAMETER, POLARITY_PER_KPI_PARAMETER, ALPHA_PARAMETER, EXCLUDE_PARAMETER],
    result: { shape: "value", type: "string" },
    example: { formula: '=KPI.DIRECTION({40,42,45,47,50}, "higher")', result: "Improving" },
    implementation(values, polarity, alpha, exclude) {
      const set = VALUES_PARAMETER.read(values);
      const polarities = POLARITY_PER_KPI_PARAMETER.read(polarity, set);
      const level = ALPHA_PARAMETER.read(alpha);
      const { series } = EXCLUDE_PARAMETER.read(exclude, set);
      return labelPerSeries(set, (one, index) => directionOfTravel(one, polarities[index], level).label, NOT_ENOUGH_DATA, series);
    },
  },
  {
    name: "ONTRACK",
    description:
      "On track, At risk or Off track: projects the least-squares trend periods_ahead periods past the last cell and compares its 80% prediction interval with the target. Needs 4 values. A block gives one label per KPI row.",
    parameters: [VALUES_PARAMETER, ON_TRACK_TARGET_PARAMETER, PERIODS_AHEAD_PARAMETER, POLARITY_PER_KPI_PARAMETER, EXCLUDE_PARAMETER],
    result: { shape: "value", type: "string" },
    example: { formula: '=KPI.ONTRACK({50,52,55,57,60}, 63, 2, "higher")', result: "On track" },
    implementation(values, target, periodsAhead, polarity, exclude) {
      const set = VALUES_PARAMETER.read(values);
      const targets = ON_TRACK_TARGET_PARAMETER.read(target, set);
      const ahead = PERIODS_AHEAD_PARAMETER.read(periodsAhead);
      const polarities = POLARITY_PER_KPI_PARAMETER.read(polarity, set);
      const { series } = EXCLUDE_PARAMETER.read(exclude, set);
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
    parameters: [NUMERATORS_PARAMETER, DENOMINATORS_PARAMETER, POLARITY_PER_KPI_PARAMETER],
    result: { shape: "value", type: "string" },
    example: {
      formula: '=KPI.RECENTTREND({994,1023,1199,1332,1367}, {40299,41527,42811,44064,44701}, "lower")',
      result: "Increasing and getting worse",
    },
    implementation(numerators, denominators, polarity) {
      const counts = NUMERATORS_PARAMETER.read(numerators);
      const totals = DENOMINATORS_PARAMETER.read(denominators, counts);
      const polarities = POLARITY_PER_KPI_PARAMETER.read(polarity, counts);
      counts.series.forEach((one, row) =>
        checkProportions(one, totals.series[row], (i) => (counts.isBlock ? `row ${row + 1}, value ${i + 1}` : `value ${i + 1}`)),
      );
      return counts.series.map((one, row) => [recentTrend(one, totals.series[row], polarities[row])]);
    },
  },
];
