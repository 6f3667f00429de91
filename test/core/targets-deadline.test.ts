/**
 * Deadline bunching (KPI.DEADLINE): the LGA guide's planning example, an even spread, and the
 * exact binomial test behind the verdict.
 */
import { binomialUpperTail, deadlineBunching } from "../../core/targets/deadline-bunching";

/** n choose k times p^k q^(n-k), summed directly: a check on the log-space sum for small n. */
function directUpperTail(k: number, n: number, p: number): number {
  let total = 0;
  for (let x = k; x <= n; x++) {
    let choose = 1;
    for (let i = 1; i <= x; i++) choose = (choose * (n - x + i)) / i;
    total += choose * Math.pow(p, x) * Math.pow(1 - p, n - x);
  }
  return total;
}

/** 100 planning decisions in weeks: 60 in weeks 7-8, 40 spread over weeks 1-6. */
function guideCase(): number[] {
  const durations: number[] = [];
  for (let i = 0; i < 30; i++) durations.push(7, 8);
  for (let i = 0; i < 40; i++) durations.push(1 + (i % 6));
  return durations;
}

describe("deadline bunching", () => {
  test("LGA guide: 60% of decisions in weeks 7-8 of an 8-week limit is bunching", () => {
    const result = deadlineBunching(guideCase(), 8);
    expect(result.windowShare).toBe(0.6);
    expect(result.evenShare).toBe(0.25);
    expect(result.ratio).toBeCloseTo(2.4, 12);
    // scipy 1.17.1: binomtest(60, 100, 0.25, alternative="greater").pvalue = 1.3268346743587464e-13
    expect(result.pValue / 1.3268346743587464e-13).toBeCloseTo(1, 9);
    expect(result.verdict).toBe("Bunching before deadline");
    expect(result.inTimeRate).toBe(1);
    expect(result.inTimeRateWithExtensions).toBeUndefined();
  });

  test("an even spread over 56 days is no bunching", () => {
    const durations = Array.from({ length: 112 }, (_, i) => 1 + (i % 56));
    const result = deadlineBunching(durations, 56);
    // days 43 to 56 are the last quarter: 28 of 112
    expect(result.windowShare).toBe(0.25);
    expect(result.ratio).toBe(1);
    expect(result.verdict).toBe("No bunching");
  });

  test("near misses: significant but a small excess, or a large excess in too few cases", () => {
    // 1,000 cases with 35% in the window: p is tiny, but 1.4 times the even share is under 1.5
    const many = [...Array.from({ length: 350 }, () => 8), ...Array.from({ length: 650 }, (_, i) => 1 + (i % 6))];
    const large = deadlineBunching(many, 8);
    expect(large.ratio).toBeCloseTo(1.4, 12);
    // scipy 1.17.1: binom.sf(349, 1000, 0.25) = 1.2190949326263811e-12
    expect(large.pValue / 1.2190949326263811e-12).toBeCloseTo(1, 6);
    expect(large.verdict).toBe("No bunching");
    // 10 cases, 5 in the window: twice the even share, but p = 0.078 (scipy 1.17.1: binom.sf(4, 10, 0.25) = 0.07812690734863281)
    const few = deadlineBunching([8, 8, 7, 8, 7, 1, 2, 3, 4, 5], 8);
    expect(few.ratio).toBe(2);
    expect(few.pValue).toBeCloseTo(0.07812690734863281, 12);
    expect(few.verdict).toBe("No bunching");
  });

  test("late cases are out of the window and lower the in-time rate; agreed extensions count as in time", () => {
    const durations = [...guideCase(), 9, 10, 12, 15];
    const extensions = [...guideCase().map(() => false), true, true, false, false];
    const result = deadlineBunching(durations, 8, { extensions });
    expect(result.windowShare).toBe(0.6);
    expect(result.inTimeRate).toBeCloseTo(100 / 104, 12);
    expect(result.inTimeRateWithExtensions).toBeCloseTo(102 / 104, 12);
    expect(result.extensionCases).toBe(2);
  });

  test("a window of its own: the last week of 8", () => {
    const result = deadlineBunching(guideCase(), 8, { window: 1 });
    expect(result.windowShare).toBe(0.3);
    expect(result.evenShare).toBe(0.125);
  });

  test("fewer than 10 cases in time: not enough data", () => {
    expect(deadlineBunching([8, 8, 8, 8, 8], 8).verdict).toBe("Not enough data");
  });

  test("the log-space binomial tail matches a direct sum", () => {
    for (const [k, n, p] of [[5, 10, 0.25], [10, 10, 0.25], [0, 7, 0.3], [3, 20, 0.1], [15, 40, 0.25]]) {
      expect(binomialUpperTail(k, n, p)).toBeCloseTo(directUpperTail(k, n, p), 12);
    }
    // 0.25^10 exactly
    expect(binomialUpperTail(10, 10, 0.25)).toBeCloseTo(Math.pow(0.25, 10), 18);
  });
});
