/**
 * The trend engine beyond the foundation: least squares against NIST and published examples,
 * prediction intervals, on-track, direction of travel with the exact small-sample p-values, and
 * the Fingertips recent-trend marker for proportions.
 */
import { chiSquaredForTrend } from "../../core/trend/chi-squared-for-trend";
import { directionOfTravel } from "../../core/trend/direction-of-travel";
import { leastSquares } from "../../core/trend/least-squares";
import { mannKendall } from "../../core/trend/mann-kendall";
import { predictionInterval } from "../../core/trend/prediction-interval";
import { projectOnTrack } from "../../core/trend/project-on-track";
import { recentTrend, recentTrendTest } from "../../core/trend/recent-trend";
import { expectClose, loadReference } from "../helpers/reference";

interface OlsInput {
  x: number[];
  y: number[];
  x_new?: number;
}

const ols = loadReference<OlsInput, Record<string, number>>("ols.json");
const olsCase = (name: string) => ols.cases.find((c) => c.name === name)!;

describe("least squares against test/reference/ols.json", () => {
  test("NIST StRD Norris: certified values to 1e-9", () => {
    // NIST Statistical Reference Datasets, linear least squares, Norris (certified values)
    const { input, expected } = olsCase("nist_strd_norris");
    const fit = leastSquares(input.x, input.y);
    expectClose(fit.slope, expected.slope, 1e-9);
    expectClose(fit.intercept, expected.intercept, 1e-9);
    expectClose(fit.seSlope, expected.se_slope, 1e-9);
    expectClose(fit.seIntercept, expected.se_intercept, 1e-9);
    expectClose(fit.residualSd, expected.residual_sd, 1e-9);
    expectClose(fit.rSquared, expected.r_squared, 1e-9);
    expectClose(fit.residualSumOfSquares, expected.ss_residual, 1e-9);
    expect(fit.degreesOfFreedom).toBe(expected.df_residual);
  });

  test("R cars, lm(dist ~ speed): the published summary to 5e-4", () => {
    // R datasets::cars, summary(lm(dist ~ speed)) as published (4-5 significant figures)
    const { input, expected } = olsCase("r_cars_dist_on_speed");
    const fit = leastSquares(input.x, input.y);
    expectClose(fit.slope, expected.slope, 5e-4);
    expectClose(fit.intercept, expected.intercept, 5e-4);
    expectClose(fit.seSlope, expected.se_slope, 5e-4);
    expectClose(fit.seIntercept, expected.se_intercept, 5e-4);
    expectClose(fit.residualSd, expected.residual_sd, 5e-4);
    expectClose(fit.rSquared, expected.r_squared, 5e-4);
    expect(fit.degreesOfFreedom).toBe(expected.df_residual);
  });

  test("Excel SLOPE help example: 0.305556 to 6 decimal places", () => {
    // Microsoft Excel SLOPE help: SLOPE({2,3,9,1,8,7,5}, {6,5,11,7,5,4,4}) = 0.305556
    const { input, expected } = olsCase("excel_slope_help_example");
    expect(Number(leastSquares(input.x, input.y).slope.toFixed(6))).toBe(expected.slope_6dp);
  });

  test("Excel FORECAST.LINEAR example: 10.607 to 3 decimal places; one point is an error", () => {
    // FORECAST.LINEAR(30, {6,7,9,15,21}, {20,28,31,38,40}) = 10.607 (Microsoft support example)
    const c = olsCase("excel_forecast_linear_example");
    const fit = leastSquares(c.input.x, c.input.y);
    expect(Number((fit.intercept + fit.slope * (c.input.x_new as number)).toFixed(3))).toBe(c.expected.forecast_3dp);
    // The same source: a single point (no variance in x) is an error, not a number.
    expect(() => leastSquares([3], [2])).toThrow("at least 3 values are needed and values has 1; add more periods");
    expect(() => leastSquares([3, 3, 3], [1, 2, 3])).toThrow("positions are all the same; give points at two or more different times");
  });
});

describe("prediction interval for a new value", () => {
  test("cars at speed 21, 80% interval, as SciPy computes it", () => {
    // SciPy 1.17.1 (numpy.polyfit + scipy.stats.t.ppf(0.9, 48)) with the NIST e-Handbook 4.5.2.1 formula
    const { input } = olsCase("r_cars_dist_on_speed");
    const interval = predictionInterval(leastSquares(input.x, input.y), 21, 0.8);
    expectClose(interval.projection, 65.00148905109486, 1e-9);
    expectClose(interval.lower, 44.592575758789536, 1e-9);
    expectClose(interval.upper, 85.4104023434002, 1e-9);
  });

  test("a perfect line has an interval of zero width", () => {
    const interval = predictionInterval(leastSquares([0, 1, 2, 3], [2, 4, 6, 8]), 5, 0.8);
    expect(interval.projection).toBeCloseTo(12, 12);
    expect(interval.upper - interval.lower).toBeCloseTo(0, 12);
  });

  test("the level must lie between 0 and 1", () => {
    expect(() => predictionInterval(leastSquares([0, 1, 2], [1, 2, 4]), 3, 80)).toThrow("level 80 is out of range; use a number between 0 and 1");
  });
});

describe("on track: the 80% prediction interval against the target", () => {
  // Projection two periods past the last cell of [50, 52, 55, 57, 60]: 64.8, 80% interval
  // [63.9334, 65.6666] (SciPy 1.17.1, same formula).
  const series = [50, 52, 55, 57, 60];

  test("the interval itself, as SciPy computes it", () => {
    const result = projectOnTrack(series, 63, 2, "higher");
    expectClose(result.projection as number, 64.80000000000001, 1e-9);
    expectClose(result.lower as number, 63.933387145803934, 1e-9);
    expectClose(result.upper as number, 65.66661285419609, 1e-9);
    expect(result.position).toBe(6);
  });

  test.each([
    [63, "higher", "On track"],
    [65, "higher", "At risk"],
    [70, "higher", "Off track"],
    [70, "lower", "On track"],
    [65, "lower", "At risk"],
    [63, "lower", "Off track"],
    [65, "neutral", "At risk"],
    [70, "neutral", "Off track"],
  ] as const)("target %d, polarity %s: %s", (target, polarity, label) => {
    expect(projectOnTrack(series, target, 2, polarity).label).toBe(label);
  });

  test("a gap counts as elapsed time, and the target period is counted from the last cell", () => {
    // Values at positions 0, 2, 3, 4; the range ends with an empty cell at position 5, so
    // 1 period ahead is position 6. SciPy 1.17.1: projection 64.714, interval [63.781, 65.647].
    const result = projectOnTrack([50, null, 55, 57, 60, null], 63, 1, "higher");
    expect(result.position).toBe(6);
    expectClose(result.projection as number, 64.7142857142857, 1e-9);
    expectClose(result.lower as number, 63.781146764654004, 1e-9);
    expect(result.label).toBe("On track");
  });

  test("fewer than 4 values is not enough data; the periods ahead must be a positive whole number", () => {
    expect(projectOnTrack([1, 2, null, 3], 5, 1, "higher")).toEqual({ label: "Not enough data" });
    expect(() => projectOnTrack(series, 63, 0, "higher")).toThrow("periods_ahead 0 is out of range; use a whole number of periods, 1 or more");
    expect(() => projectOnTrack(series, 63, 1.5, "higher")).toThrow("periods_ahead 1.5 is not a whole number; enter a whole number");
  });

  test("a perfect line meeting the target exactly is on track for a neutral level", () => {
    expect(projectOnTrack([2, 4, 6, 8], 12, 2, "neutral").label).toBe("On track");
  });
});

describe("direction of travel: exact small-sample behaviour", () => {
  test("5 strictly increasing points: p = 0.016667 (exact), Improving", () => {
    // Kendall (1975): P(S = 10 | n = 5) = 1/120 each way; two-sided 2/120
    const result = directionOfTravel([40, 42, 45, 47, 50], "higher");
    expect(result.label).toBe("Improving");
    expect(result.test?.method).toBe("exact");
    expect(result.test?.pValue).toBeCloseTo(0.016667, 6);
    expect(directionOfTravel([40, 42, 45, 47, 50], "lower").label).toBe("Worsening");
    expect(directionOfTravel([40, 42, 45, 47, 50], "neutral").label).toBe("Increasing");
    expect(directionOfTravel([50, 47, 45, 42, 40], "lower").label).toBe("Improving");
    expect(directionOfTravel([50, 47, 45, 42, 40], "neutral").label).toBe("Decreasing");
  });

  test("5 points with one inversion: p = 10/120, No clear change", () => {
    // One inversion: S = 8; 5 of the 120 orderings have S >= 8, two-sided 10/120 = 0.0833
    const result = directionOfTravel([40, 42, 47, 45, 50], "higher");
    expect(result.test?.pValue).toBeCloseTo(10 / 120, 12);
    expect(result.label).toBe("No clear change");
  });

  test("4 points can never be significant: every ordering has p >= 2/24", () => {
    const permutations = (items: number[]): number[][] =>
      items.length <= 1 ? [items] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
    const smallest = Math.min(...permutations([1, 2, 3, 4]).map((order) => mannKendall(order).pValue));
    // Kendall (1975): for n = 4 the most extreme S = +/-6 has probability 1/24 each way
    expect(smallest).toBeCloseTo(2 / 24, 12);
    expect(directionOfTravel([1, 2, 3, 4], "higher", 0.2).label).toBe("Not enough data");
  });

  test("missing values are dropped and counted out; alpha is checked", () => {
    expect(directionOfTravel([1, null, 2, 3, 4], "higher").label).toBe("Not enough data");
    expect(directionOfTravel([1, null, 2, 3, 4, 5], "higher").label).toBe("Improving");
    expect(() => directionOfTravel([1, 2, 3, 4, 5], "higher", 1)).toThrow("alpha 1 is out of range; use a number between 0 and 1, such as 0.05");
    expect(() => directionOfTravel([1, 2, 3, 4, 5], "higher", 0)).toThrow("alpha 0 is out of range");
  });

  test("a long series with ties uses the normal approximation (pyMannKendall daily births)", () => {
    const reference = loadReference<{ x: number[] }, Record<string, number>>("mannkendall.json");
    const births = reference.cases.find((c) => c.name === "daily_female_births_1959_original_test")!;
    // pyMannKendall (commit ec2e3ab) Examples notebook: original_test -> trend "increasing", p = 1.1446e-07
    const result = directionOfTravel(births.input.x, "higher");
    expect(result.label).toBe("Improving");
    expectClose(result.test!.pValue, births.expected.p, 1e-6);
  });
});

describe("Mann-Kendall: values pyMannKendall's formulas give where the notebook does not run original_test", () => {
  test("shampoo sales (expected_derived in mannkendall.json)", () => {
    const reference = loadReference<{ x: number[] }, Record<string, number>>("mannkendall.json");
    const shampoo = reference.cases.find((c) => c.name === "shampoo36_original_test")!;
    const derived = shampoo.expected_derived as Record<string, number>;
    // Derived in mannkendall.json with pyMannKendall's original_test formulas (no ties)
    const result = mannKendall(shampoo.input.x);
    expectClose(result.varianceS, derived.var_s, 1e-9);
    expectClose(result.z, derived.z, 1e-9);
    expectClose(result.pValue, derived.p, 1e-6);
  });
});

describe("the chi-squared test for trend in proportions", () => {
  test("R prop.trend.test documentation example: X-squared = 8.2249", () => {
    // R stats::prop.trend.test help: smokers <- c(83, 90, 129, 70); patients <- c(86, 93, 136, 82)
    expect(chiSquaredForTrend([83, 90, 129, 70], [86, 93, 136, 82])).toBeCloseTo(8.2249, 4);
  });

  test("shifting the time scores does not change the statistic", () => {
    const counts = [994, 1023, 1199, 1332, 1367];
    const totals = [40299, 41527, 42811, 44064, 44701];
    expectClose(chiSquaredForTrend(counts, totals, [2014, 2015, 2016, 2017, 2018]), chiSquaredForTrend(counts, totals), 1e-6);
  });
});

describe("the Fingertips recent-trend marker", () => {
  // fingertips-open, PholioVisualisation.AnalysisTest TrendMarkerCalculatorTest,
  // GetTrendDataForProportion_Set1 (2014 to 2018): IsSignificant true, round(ChiSquare, 2) == 47.9
  const counts = [994, 1023, 1199, 1332, 1367];
  const totals = [40299, 41527, 42811, 44064, 44701];

  test("Fingertips test data set 1: significant, chi-squared 47.90", () => {
    const result = recentTrendTest(counts, totals, "higher");
    expect(result.significant).toBe(true);
    expect(Math.round((result.chiSquared as number) * 100) / 100).toBe(47.9);
    expect(result.label).toBe("Increasing and getting better");
  });

  test("real data: diabetes prevalence in England, 2020 to 2024, is Increasing as Fingertips shows", () => {
    // OHID Fingertips indicator 241 (Diabetes prevalence aged 17+, QOF), England, 2020 to 2024
    // (Open Government Licence v3.0), as in dhsc-govuk/FingertipsNext trend-analysis
    // TrendCalculatorTests.TestDiabetesPrevalenceTrendIsCalculatedCorrectly: proportion method,
    // no judgement of polarity, expected "Increasing" as on the Fingertips website.
    const diabetes = recentTrendTest(
      [3455176, 3491868, 3625401, 3774801, 3938080],
      [48783947, 49122259, 49956777, 50649129, 51441896],
      "neutral",
    );
    expect(diabetes.significant).toBe(true);
    expect(diabetes.label).toBe("Increasing");
  });

  test("the labels follow polarity and direction", () => {
    expect(recentTrend(counts, totals, "lower")).toBe("Increasing and getting worse");
    expect(recentTrend(counts, totals, "neutral")).toBe("Increasing");
    const falling = counts.slice().reverse();
    const fallingTotals = totals.slice().reverse();
    expect(recentTrend(falling, fallingTotals, "lower")).toBe("Decreasing and getting better");
    expect(recentTrend(falling, fallingTotals, "higher")).toBe("Decreasing and getting worse");
    expect(recentTrend(falling, fallingTotals, "neutral")).toBe("Decreasing");
  });

  test("Fingertips test data set 2 (a 5 out of 5 year): Cannot be calculated", () => {
    // fingertips-open TrendMarkerCalculatorTest, GetTrendDataForProportion_Set2: Marker CannotBeCalculated, ChiSquare 0
    const result = recentTrendTest([5, 3, 1, 1, 2], [5, 5, 5, 4, 4], "higher");
    expect(result.label).toBe("Cannot be calculated");
    expect(result.significant).toBe(false);
    expect(result.chiSquared).toBeUndefined();
  });

  test("one outlying year: chi-squared is large but leaving the last year out reverses the slope", () => {
    // 11%, 10%, 10%, 9.5%, then 20%: chi-squared 287.9 (SciPy 1.17.1 check of the formula) but
    // the log-odds slope without year 5 is -0.049, so Fingertips' sign check refuses the trend.
    const result = recentTrendTest([1100, 1000, 1000, 950, 2000], [10000, 10000, 10000, 10000, 10000], "higher");
    expectClose(result.chiSquared as number, 287.93990165383275, 1e-9);
    expect(result.slope as number).toBeGreaterThan(0);
    expectClose((result.leaveOneOutSlopes as number[])[4], -0.04899508654968474, 1e-9);
    expect(result.label).toBe("No significant change");
  });

  test("a small chi-squared is no significant change", () => {
    // 209/1017 ... 210/1139 (fingertips-open GetTrendData_Set2, not significant there either): chi-squared 0.40
    const result = recentTrendTest([209, 213, 213, 239, 210], [1017, 1087, 1119, 1117, 1139], "higher");
    expectClose(result.chiSquared as number, 0.4002640632524542, 1e-9);
    expect(result.label).toBe("No significant change");
  });

  test("only the last 5 periods with data count; a gap among them cannot be calculated", () => {
    expect(recentTrend([5000, ...counts, null, null], [50000, ...totals, null, null], "higher")).toBe("Increasing and getting better");
    expect(recentTrendTest([5000, ...counts], [50000, ...totals], "higher").positions).toEqual([1, 2, 3, 4, 5]);
    expect(recentTrend([994, 1023, null, 1332, 1367], totals, "higher")).toBe("Cannot be calculated");
    expect(recentTrend(counts.slice(1), totals.slice(1), "higher")).toBe("Cannot be calculated");
  });

  test("bad counts are refused with the cell named", () => {
    expect(() => recentTrend([1, 12, 3, 4, 5], [10, 10, 10, 10, 10], "higher")).toThrow(
      "numerators value 2 (12) is more than its denominator (10); a numerator counts cases out of its denominator, so check that the two ranges line up",
    );
    expect(() => recentTrend([1, -2, 3, 4, 5], [10, 10, 10, 10, 10], "higher")).toThrow("numerators value 2 (-2) is negative; enter a count of zero or more");
    expect(() => recentTrend([1, 2, 3, 4, 5], [10, 0, 10, 10, 10], "higher")).toThrow("denominators value 2 (0) is not above zero");
    expect(() => recentTrend([1, 2, 3], [10, 10], "higher")).toThrow("denominators has 2 values but numerators has 3 values; give ranges of the same size");
  });
});
