/**
 * Each special-cause rule as a small pure function, on the NHSRplotthedots unit-test vectors
 * (test/reference/spc.json, from tests/testthat/test-ptd_calculate_point_type.R) and on hand-built
 * vectors for what the profiles add (run of 6, MDC two-of-three).
 */
import { ASSURANCE_LABELS, VARIATION_LABELS } from "../../core/labels";
import { assuranceLabel } from "../../core/spc/assurance-label";
import { outsideLimits } from "../../core/spc/rules/outside-limits";
import { partOfRun } from "../../core/spc/rules/part-of-run";
import { shift, shiftEnds } from "../../core/spc/rules/shift";
import { sideOfMean } from "../../core/spc/rules/side-of-mean";
import { trendDirection, trendEnds, trendRun } from "../../core/spc/rules/trend-run";
import { twoOfThree, twoOfThreeWindows } from "../../core/spc/rules/two-of-three";
import { variationLabel } from "../../core/spc/variation-label";
import { xmrLimits } from "../../core/spc/xmr-limits";
import { loadReference } from "../helpers/reference";

type RuleCase = { name: string; rule?: string; input: Record<string, number[]>; expected: { flags: number[] } };
const reference = loadReference("spc.json");
const ruleCases = (rule: string) =>
  (reference.cases as unknown as RuleCase[]).filter((c) => c.rule === rule).map((c) => [c.name, c] as const);
const numbers = (flags: boolean[]) => flags.map((flag) => (flag ? 1 : 0));

describe("shift: runs on one side of the mean", () => {
  test.each(ruleCases("seven_point_one_side_mean"))("%s (NHSRplotthedots ptd_seven_point_one_side_mean)", (_name, c) => {
    // NHSRplotthedots 0.2.2 tests/testthat/test-ptd_calculate_point_type.R: marks at the 7th and later points
    expect(shiftEnds(c.input.relative_to_mean, 7).map(Math.abs)).toEqual(c.expected.flags);
  });

  test.each(ruleCases("part_of_seven"))("%s (NHSRplotthedots ptd_part_of_seven_trend)", (_name, c) => {
    // NHSRplotthedots 0.2.2 tests/testthat/test-ptd_calculate_point_type.R: back-fill the 6 points before a mark
    expect(numbers(partOfRun(c.input.flags, 7))).toEqual(c.expected.flags);
  });

  test("hand-built: a point on the mean breaks the run; 6 is enough with a run length of 6", () => {
    const sides = [1, 1, 1, 0, 1, 1, 1, 1, 1, 1, -1];
    expect(numbers(shift(sides, 7))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(numbers(shift(sides, 6))).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0]);
    expect(shiftEnds([-1, -1, -1, -1, -1, -1], 6)).toEqual([0, 0, 0, 0, 0, -1]);
  });
});

describe("trend: strictly rising or falling runs", () => {
  test.each(ruleCases("seven_point_trend"))("%s (NHSRplotthedots ptd_seven_point_trend)", (_name, c) => {
    // NHSRplotthedots 0.2.2 tests/testthat/test-ptd_calculate_point_type.R
    expect(trendEnds(c.input.y, 7)).toEqual(c.expected.flags);
  });

  test("hand-built: membership of rising and falling runs, ties break a trend, run of 6", () => {
    const peak = [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];
    const both = trendRun(peak, 7);
    expect(numbers(both.rising)).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(numbers(both.falling)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
    expect(numbers(trendRun([1, 2, 3, 3, 4, 5, 6, 7], 6).rising)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(numbers(trendRun([1, 2, 3, 4, 5, 6, 2], 6).rising)).toEqual([1, 1, 1, 1, 1, 1, 0]);
  });

  test("NHSRplotthedots direction of a trend point: the step to the next trend point, else from the previous", () => {
    const peak = [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];
    // ptd_special_cause_type (NHSRplotthedots 0.2.2): the shared peak takes the right-hand step, so "Decreasing"
    expect(trendDirection(peak, peak.map(() => true))).toEqual([1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1]);
  });
});

describe("two of three near a limit", () => {
  test.each(ruleCases("two_in_three"))("%s (NHSRplotthedots ptd_two_in_three)", (_name, c) => {
    // NHSRplotthedots 0.2.2 tests/testthat/test-ptd_calculate_point_type.R
    expect(numbers(twoOfThreeWindows(c.input.close_to_limits.map(Boolean), c.input.relative_to_mean))).toEqual(c.expected.flags);
  });

  test.each(ruleCases("part_of_two_in_three"))("%s (NHSRplotthedots ptd_part_of_two_in_three)", (_name, c) => {
    // NHSRplotthedots 0.2.2 tests/testthat/test-ptd_calculate_point_type.R
    expect(numbers(twoOfThree(c.input.close_to_limits.map(Boolean), c.input.relative_to_mean))).toEqual(c.expected.flags);
  });

  test("hand-built: a point on the mean completes no window", () => {
    expect(numbers(twoOfThree([true, false, true], [1, 0, 1]))).toEqual([0, 0, 0]);
  });
});

describe("outside limits and side of mean", () => {
  test("hand-built: strict comparison with the limits", () => {
    expect(outsideLimits([4, 4.0001, -3, -3.0001, 0], -3, 4)).toEqual([0, 1, 0, -1, 0]);
    expect(sideOfMean([1, 2, 3], 2)).toEqual([-1, 0, 1]);
  });
});

describe("limits", () => {
  test("hand-built: mean, moving ranges, 2.66 and the screening at 3.267 x MRbar", () => {
    // MRs 1,1,1,1,8 -> MRbar 2.4; 8 >= 3.267 * 2.4 = 7.84 is screened, MRbar 1
    const limits = xmrLimits([1, 2, 1, 2, 1, 9], true);
    expect(limits.mean).toBeCloseTo(16 / 6, 12);
    expect(limits.movingRangeMean).toBe(1);
    expect(limits.upper).toBeCloseTo(16 / 6 + 2.66, 12);
    expect(limits.nearUpper).toBeCloseTo(16 / 6 + (2 * 2.66) / 3, 12);
    expect(xmrLimits([1, 2, 1, 2, 1, 9], false).movingRangeMean).toBeCloseTo(2.4, 12);
    // All equal values: no ranges to screen, limits on the mean, no NaN
    expect(xmrLimits([5, 5, 5], true)).toMatchObject({ mean: 5, movingRangeMean: 0, lower: 5, upper: 5 });
  });
});

describe("variation and assurance labels", () => {
  test("special cause type precedence (NHSRplotthedots ptd_special_cause_type)", () => {
    const c = reference.cases.find((one) => one.name === "special_cause_type_precedence")!;
    const input = c.input as unknown as Record<string, number[]>;
    const expected = (c.expected as unknown as { special_cause_type: string[] }).special_cause_type;
    const trend = trendDirection(input.y, input.part_of_trend.map((flag) => flag !== 0));
    const labels = input.y.map((_, i) => {
      const directions: number[] = [];
      if (input.outside_limits[i] !== 0) directions.push(input.relative_to_mean[i]);
      if (input.part_of_trend[i] !== 0) directions.push(trend[i]);
      if (input.part_of_2in3[i] !== 0) directions.push(input.relative_to_mean[i]);
      if (input.part_of_run[i] !== 0) directions.push(input.relative_to_mean[i]);
      return variationLabel(directions, "higher", "NHSR");
    });
    // NHSRplotthedots 0.2.2 tests/testthat/test-ptd_calculate_point_type.R "ptd_special_cause_type works as expected";
    // Above/Increasing with improvement_direction increase is special_cause_improvement (ptd_point_type)
    const asLabel = (type: string) =>
      /Above|Increasing/.test(type) ? VARIATION_LABELS.improving : /Below|Decreasing/.test(type) ? VARIATION_LABELS.concerning : VARIATION_LABELS.commonCause;
    expect(labels).toEqual(expected.map(asLabel));
  });

  test("opposite directions: NHSR follows precedence, MDC shows improvement; neutral polarity", () => {
    // docs/SPC.md, "Profiles": a point above the upper limit at the end of a falling trend
    expect(variationLabel([1, -1], "higher", "NHSR")).toBe("Special cause improving");
    expect(variationLabel([1, -1], "lower", "NHSR")).toBe("Special cause concerning");
    expect(variationLabel([1, -1], "lower", "MDC")).toBe("Special cause improving");
    expect(variationLabel([-1, -1], "higher", "MDC")).toBe("Special cause concerning");
    expect(variationLabel([1], "neutral", "NHSR")).toBe("Special cause neutral");
    expect(variationLabel([], "neutral", "MDC")).toBe("Common cause");
  });

  test.each(["assurance_increase", "assurance_decrease", "assurance_neutral"])("%s (NHSRplotthedots ptd_calculate_assurance_type)", (name) => {
    const c = reference.cases.find((one) => one.name === name)!;
    const input = c.input as unknown as { improvement_direction: "increase" | "decrease" | "neutral"; target: number; groups: { lpl: number; upl: number }[] };
    const polarity = ({ increase: "higher", decrease: "lower", neutral: "neutral" } as const)[input.improvement_direction];
    const expected = (c.expected as unknown as { assurance_type: (string | null)[] }).assurance_type;
    const names: Record<string, string> = {
      consistent_pass: ASSURANCE_LABELS.passing,
      consistent_fail: ASSURANCE_LABELS.failing,
      inconsistent: ASSURANCE_LABELS.hitAndMiss,
    };
    // NHSRplotthedots 0.2.2 tests/testthat/test-ptd_calculate_assurance_type.R; null (no assurance) is our "No target"
    expect(input.groups.map((g) => assuranceLabel(input.target, { lower: g.lpl, upper: g.upl }, polarity))).toEqual(
      expected.map((type) => (type === null ? ASSURANCE_LABELS.noTarget : names[type])),
    );
  });

  test("assurance without a target (NHSRplotthedots: no assurance) is No target; limits are strict", () => {
    expect(assuranceLabel(null, { lower: 1, upper: 3 }, "higher")).toBe("No target");
    expect(assuranceLabel(1, { lower: 1, upper: 3 }, "higher")).toBe("Hit and miss");
    expect(assuranceLabel(3, { lower: 1, upper: 3 }, "lower")).toBe("Hit and miss");
  });
});
