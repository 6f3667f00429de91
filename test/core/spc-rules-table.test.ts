/**
 * The table of special-cause rules (core/spc/rules/table.ts): precedence order as docs/SPC.md, "Rules", gives it
 * (NHSRplotthedots `ptd_special_cause_type` checks outside limits, trend, two of three, shift),
 * and each rule's marks on hand-made groups.
 */
import { SPC_RULES, SPC_RULE_LABELS } from "../../core/spc/rules/table";
import { RuleGroup } from "../../core/spc/rules/spc-rule";
import { sideOfMean } from "../../core/spc/rules/side-of-mean";
import { xmrLimits } from "../../core/spc/xmr-limits";

function group(values: number[], profile: "MDC" | "NHSR" = "MDC"): RuleGroup {
  const limits = xmrLimits(values, profile === "NHSR");
  return { values, limits, profile, runLength: 7, sides: sideOfMean(values, limits.mean) };
}

describe("the SPC rules table", () => {
  test("lists the rules in precedence order, labelled as KPI.SPC lists them", () => {
    expect(SPC_RULES.map((rule) => rule.label)).toEqual(["Outside limits", "Trend", "Two of three", "Shift"]);
    expect(SPC_RULE_LABELS).toEqual({ outsideLimits: "Outside limits", trend: "Trend", twoOfThree: "Two of three", shift: "Shift" });
  });

  test("a peak between a rising and a falling run of 7 breaks the trend rule both ways under MDC, one way under NHSR", () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];
    const trend = SPC_RULES[1];
    const [rising, falling] = trend.mark(group(values));
    expect([rising[6], falling[6]]).toEqual([1, -1]);
    // NHSRplotthedots: the step to the next point, which is also in a trend, is down.
    expect(trend.mark(group(values, "NHSR"))[0][6]).toBe(-1);
  });

  test("every mark is 0 for a point that does not break the rule", () => {
    const quiet = group([5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6]);
    for (const rule of SPC_RULES) for (const directions of rule.mark(quiet)) expect(directions.every((direction) => direction === 0)).toBe(true);
  });
});
