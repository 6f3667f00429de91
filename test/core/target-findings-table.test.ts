/**
 * The table of target findings (core/targets/findings/table.ts): the order KPI.TARGETCHECK lists
 * them in, and the rules that let a finding be added as one file plus one table entry.
 */
import { TARGET_FINDINGS, TARGET_FINDING_TITLES, targetFinding } from "../../core/targets/findings/table";

describe("the target findings table", () => {
  test("lists the findings in the order a committee most needs to hear them (docs/FORMULAS.md, KPI.TARGETCHECK)", () => {
    expect(TARGET_FINDINGS.map((finding) => finding.title)).toEqual([
      "Green but bottom quartile",
      "Red but top quartile",
      "Soft target",
      "Target below peers",
      "Target asks for decline",
      "Unrealistic target",
      "Hit and miss",
      "Stale target",
      "No target",
    ]);
  });

  test("codes and titles are unique, and the titles are keyed by code", () => {
    const codes = TARGET_FINDINGS.map((finding) => finding.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(TARGET_FINDINGS.map((finding) => finding.title)).size).toBe(codes.length);
    expect(Object.keys(TARGET_FINDING_TITLES)).toEqual(codes);
    for (const code of codes) expect(targetFinding(code).code).toBe(code);
  });

  test("a finding is suppressed only by findings checked before it", () => {
    TARGET_FINDINGS.forEach((finding, index) => {
      const earlier = TARGET_FINDINGS.slice(0, index).map((other) => other.code as string);
      for (const code of finding.unless ?? []) expect([finding.code, earlier.includes(code)]).toEqual([finding.code, true]);
    });
  });

  test("every finding raises a question, and only Stale target and No target apply with neutral polarity", () => {
    for (const finding of TARGET_FINDINGS) expect(finding.question).toMatch(/\?$/);
    expect(TARGET_FINDINGS.filter((finding) => !finding.directional).map((finding) => finding.code)).toEqual(["stale_target", "no_target"]);
  });
});
