import { kendallExactPValue } from "../../core/trend/kendall-exact";
import { mannKendall } from "../../core/trend/mann-kendall";
import { senSlope } from "../../core/trend/sen-slope";
import { expectClose, loadReference } from "../helpers/reference";

interface MkInput {
  x: (number | null)[];
  alpha?: number;
}
interface MkExpected {
  p?: number;
  z?: number;
  Tau?: number;
  s?: number;
  var_s?: number;
  n_used?: number;
  slope?: number;
  intercept?: number;
}

const reference = loadReference<MkInput, MkExpected>("mannkendall.json");

describe("Mann-Kendall original test against pyMannKendall (test/reference/mannkendall.json)", () => {
  const cases = reference.cases.filter((c) => c.test === "original_test");
  test("there are original-test cases to check", () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    // pyMannKendall (commit ec2e3ab) tests/test_pymannkendall.py: original_test(x)
    const result = mannKendall(c.input.x);
    if (c.expected.s !== undefined) expect(result.s).toBe(c.expected.s);
    if (c.expected.n_used !== undefined) expect(result.n).toBe(c.expected.n_used);
    if (c.expected.var_s !== undefined) expectClose(result.varianceS, c.expected.var_s, 1e-9);
    if (c.expected.z !== undefined) expectClose(result.z, c.expected.z, 1e-9);
    if (c.expected.Tau !== undefined) expectClose(result.tau, c.expected.Tau, 1e-9);
    // pyMannKendall computes p = 2(1 - Phi(|z|)), which underflows to 0 for large |z|; we use
    // 2 Phi(-|z|), equal to 1e-6 relative where the reference is representable.
    if (c.expected.p !== undefined) expectClose(result.pValue, c.expected.p, 1e-6, 1e-15);
    expect(result.method).toBe("normal");
  });
});

describe("Sen's slope against pyMannKendall sens_slope", () => {
  const cases = reference.cases.filter((c) => c.test === "sens_slope" || (c.test === "original_test" && c.expected.slope !== undefined));
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    // pyMannKendall (commit ec2e3ab) tests/test_pymannkendall.py: sens_slope(x)
    const result = senSlope(c.input.x);
    expectClose(result.slope, c.expected.slope as number, 1e-9, 1e-15);
    if (c.expected.intercept !== undefined) expectClose(result.intercept, c.expected.intercept, 1e-9, 1e-12);
  });
});

describe("exact small-sample p-values (Kendall's distribution of S)", () => {
  test("5 strictly increasing points: p = 2/120", () => {
    // Kendall (1975) Table: P(S >= 10 | n = 5) = 1/120; two-sided 2/120.
    const result = mannKendall([1, 2, 3, 4, 5]);
    expect(result.method).toBe("exact");
    expect(result.pValue).toBeCloseTo(0.016667, 6);
    expect(result.s).toBe(10);
    expect(result.tau).toBe(1);
  });

  test("5 points with one inversion: p = 2 * 5/120", () => {
    // One inversion: S = 8; permutations of 5 with at most 1 inversion: 1 + 4 = 5 of 120.
    const result = mannKendall([1, 2, 4, 3, 5]);
    expect(result.s).toBe(8);
    expect(result.pValue).toBeCloseTo(10 / 120, 12);
  });

  test("4 points can never reach p < 0.05", () => {
    expect(kendallExactPValue(6, 4)).toBeCloseTo(2 / 24, 12);
    expect(mannKendall([1, 2, 3, 4]).pValue).toBeGreaterThan(0.05);
  });

  test("the distribution sums to one and S = 0 gives p = 1", () => {
    expect(kendallExactPValue(0, 7)).toBe(1);
    // n = 10: P(S >= 45) = 1/10!, two-sided 2/10!
    expect(kendallExactPValue(45, 10)).toBeCloseTo(2 / 3628800, 15);
  });

  test("ties switch to the normal approximation with the tie-corrected variance", () => {
    const result = mannKendall([1, 2, 2, 3, 4]);
    expect(result.method).toBe("normal");
    // var(S) = [5*4*15 - 2*1*9]/18 = (300 - 18)/18
    expect(result.varianceS).toBeCloseTo(282 / 18, 12);
  });

  test("fewer than 3 values is 'too little data', not a wrong argument", () => {
    expect(() => mannKendall([1, 2])).toThrow("at least 3 values are needed and values has 2; add more periods");
  });
});

describe("Sen's slope basics", () => {
  test("a gap counts as elapsed time", () => {
    expect(senSlope([1, null, 5]).slope).toBe(2);
  });
  test("even number of pairs takes the mean of the two middle slopes", () => {
    // pairs of [0, 1, 3, 3]: slopes 1, 1.5, 1, 2, 1, 0 -> sorted 0,1,1,1,1.5,2 -> median 1
    expect(senSlope([0, 1, 3, 3]).slope).toBe(1);
    // [0, 2, 3]: slopes 2, 1.5, 1 -> 1.5 (odd)
    expect(senSlope([0, 2, 3]).slope).toBe(1.5);
    // [0, 4, 5, 5]: slopes 4, 2.5, 5/3, 1, 0.5, 0 -> middle (1 + 5/3)/2
    expect(senSlope([0, 4, 5, 5]).slope).toBeCloseTo((1 + 5 / 3) / 2, 12);
  });
});
