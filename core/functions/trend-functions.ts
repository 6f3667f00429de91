import { mannKendall } from "../trend/mann-kendall";
import { senSlope } from "../trend/sen-slope";
import { applyExclusions, readExclusions, readSeriesSet } from "../values";
import { EXCLUDE_PARAMETER, VALUES_PARAMETER } from "./parameters";
import { resultPerSeries } from "./results";
import { FunctionSpec } from "./types";

/** Trend and direction-of-travel formulas (FUNCTIONS.md, "Trend and direction of travel"). */
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
    example: { formula: "=KPI.MANNKENDALL({1,2,3,4,5})", result: "10 | 1 | 1.8 | 0.016667 | exact" },
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
];
