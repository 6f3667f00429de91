/**
 * Benchmarking in core: positions among peers, intervals, the Fingertips comparison and its
 * two-level form, on hand-built vectors and on the published reference vectors that the formulas
 * cannot reach directly.
 */
import {
  byarInterval,
  compareWithComparator,
  confidenceLevel,
  exactPoissonInterval,
  funnelLimits,
  gapTo,
  peerGroup,
  percentileAmong,
  quartileAmong,
  quartileBoundaries,
  rankAmong,
  rateInterval,
  wilsonInterval,
} from "../../core";
import { regularizedGammaP } from "../../core/regularized-gamma";
import fc from "fast-check";
import { expectClose, loadReference } from "../helpers/reference";

const PEERS = [1, 2, 4, 7, 8, 9, 10, 12];

describe("quartiles as QUARTILE.INC", () => {
  test("boundaries of [1,2,4,7,8,9,10,12]", () => {
    // Excel QUARTILE.INC({1,2,4,7,8,9,10,12}, 1..3) = 3.5, 7.5, 9.25 (linear interpolation at (n-1)p, R type 7).
    expect(quartileBoundaries(PEERS)).toEqual({ lower: 3.5, median: 7.5, upper: 9.25 });
    expect(quartileBoundaries([12, null, 1, 10, 2, 9, 4, 8, 7])).toEqual({ lower: 3.5, median: 7.5, upper: 9.25 });
  });

  test("a value on a boundary goes to the better quartile, for both polarities", () => {
    expect([9.25, 7.5, 3.5].map((value) => quartileAmong(value, PEERS, "higher"))).toEqual([1, 2, 3]);
    expect([3.5, 7.5, 9.25].map((value) => quartileAmong(value, PEERS, "lower"))).toEqual([1, 2, 3]);
    expect([9.24, 3.49, 12, 1].map((value) => quartileAmong(value, PEERS, "higher"))).toEqual([2, 4, 1, 4]);
    expect([3.51, 9.26, 1, 12].map((value) => quartileAmong(value, PEERS, "lower"))).toEqual([2, 4, 1, 4]);
  });
});

describe("rank, percentile and gap", () => {
  test("rank is one plus the number strictly better; ties share a rank", () => {
    expect(rankAmong(7, PEERS, "higher")).toBe(5);
    expect(rankAmong(7, PEERS, "lower")).toBe(4);
    expect(rankAmong(12, PEERS, "higher")).toBe(1);
    expect(rankAmong(5, [5, 5, 3], "higher")).toBe(1);
    expect(rankAmong(3, [5, 5, 3], "higher")).toBe(3);
  });

  test("percentile is the share strictly worse plus half the share tied", () => {
    expect(percentileAmong(7, PEERS, "higher")).toBe(43.75);
    expect(percentileAmong(7, PEERS, "lower")).toBe(56.25);
    expect(percentileAmong(12, PEERS, "higher")).toBe(93.75);
    expect(percentileAmong(5, [5, 5, 5, 5], "lower")).toBe(50);
  });

  test("gap is positive when better", () => {
    expect(gapTo(7, PEERS, "median", "higher")).toBe(-0.5);
    expect(gapTo(7, PEERS, "median", "lower")).toBe(0.5);
    expect(gapTo(7, PEERS, "mean", "higher")).toBeCloseTo(7 - 53 / 8, 14);
    expect(gapTo(7, PEERS, "top quartile", "higher")).toBe(-2.25);
    expect(gapTo(7, PEERS, "top quartile", "lower")).toBe(-3.5);
    expect(gapTo(7, PEERS, "best", "higher")).toBe(-5);
    expect(gapTo(7, PEERS, "best", "lower")).toBe(-6);
    expect(gapTo(9, PEERS, "median", "neutral")).toBe(1.5);
    expect(() => gapTo(9, PEERS, "best", "neutral")).toThrow('to "best" needs to know which way is better, and the polarity is neutral; give the polarity ("higher" or "lower"), or measure to "median" or "mean"');
  });

  test("peers all missing is a clear message", () => {
    expect(() => rankAmong(3, [null, null], "higher")).toThrow(
      "peer_values has no numbers (every cell is blank or marked missing); select the range that holds the peer group's values",
    );
  });
});

describe("a peer group sorted once gives what the definitions give", () => {
  // The definitions, written the slow way: RANK.EQ counts the values strictly better; the mid-rank
  // percentile counts strictly worse plus half the ties; the median and mean of the present values.
  const present = (peers: (number | null)[]) => peers.filter((peer): peer is number => peer !== null);
  const slowRank = (value: number, peers: (number | null)[], lower: boolean) => 1 + present(peers).filter((peer) => (lower ? peer < value : peer > value)).length;
  const slowPercentile = (value: number, peers: (number | null)[], lower: boolean) => {
    const group = present(peers);
    const worse = group.filter((peer) => (lower ? peer > value : peer < value)).length;
    const tied = group.filter((peer) => peer === value).length;
    return (100 * (worse + tied / 2)) / group.length;
  };
  // Small integers, so that ties are common; null is a missing cell.
  const peersArbitrary = fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }), { minLength: 1, maxLength: 40 }).filter((peers) => peers.some((peer) => peer !== null));

  test("rank and percentile by binary search match counting every peer, ties included", () => {
    fc.assert(
      fc.property(fc.integer({ min: -6, max: 6 }), peersArbitrary, fc.constantFrom("higher", "lower", "neutral" as const), (value, peers, polarity) => {
        const lower = polarity === "lower";
        const group = peerGroup(peers);
        expect(rankAmong(value, group, polarity)).toBe(slowRank(value, peers, lower));
        expect(rankAmong(value, peers, polarity)).toBe(slowRank(value, peers, lower));
        expect(percentileAmong(value, group, polarity)).toBeCloseTo(slowPercentile(value, peers, lower), 12);
      }),
      { numRuns: 2000 },
    );
  });

  test("the group's median and best value, and a gap measured from the group, equal those of the raw peers", () => {
    fc.assert(
      fc.property(fc.integer({ min: -6, max: 6 }), peersArbitrary, (value, peers) => {
        const group = peerGroup(peers);
        expect(group.median()).toBe(quartileBoundaries(peers).median);
        for (const to of ["median", "mean", "top quartile", "best"] as const) {
          expectClose(gapTo(value, group, to, "higher"), gapTo(value, peers, to, "higher"), 1e-12);
        }
        expect(gapTo(value, group, "best", "lower")).toBe(Math.min(...present(peers)) - value);
      }),
      { numRuns: 1000 },
    );
  });

  test("a group of 100,000 peers is placed without spreading it into a call's arguments", () => {
    // Math.max(...peers) overflows the call stack at a few hundred thousand arguments.
    const peers = Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 100_000);
    expect(gapTo(50_000, peers, "best", "higher")).toBe(50_000 - 99_999);
    expect(rankAmong(99_999, peerGroup(peers), "higher")).toBe(1);
  });
});

describe("intervals", () => {
  const rates = loadReference("rates.json");

  test("a Wilson interval never leaves 0 to 1, even where rounding would take it a hair outside", () => {
    // At x = n the upper limit is (2n + z² + z·|z|) / (2(n + z²)) = 1 exactly; in floating point,
    // 3 of 3 gives 1.0000000000000002 unclamped.
    for (let n = 1; n <= 200; n++) {
      for (const level of [0.95, 0.998]) {
        expect(wilsonInterval(n, n, level).upper).toBeLessThanOrEqual(1);
        expect(wilsonInterval(0, n, level).lower).toBeGreaterThanOrEqual(0);
      }
    }
    expect(wilsonInterval(3, 3, 0.95).upper).toBe(1);
  });

  test("Byar's method below 10 events, as byars_lower / byars_upper (rates.json byars_x1_*)", () => {
    // PHEindicatormethods 2.1.0 tests/testthat/testByars.R, testdata_Byars_Wilson.xlsx: Byar's formula itself at 1 event.
    for (const name of ["byars_x1_95%", "byars_x1_99.8%", "byars_x10_99.8%", "byars_x65_95%"]) {
      const c = rates.cases.find((one) => one.name === name)!;
      const input = c.input as { x: number; confidence: number };
      const expected = c.expected as { lower: number | null; upper: number };
      const interval = byarInterval(input.x, input.confidence);
      expectClose(interval.upper, expected.upper, 1.5e-8);
      // byars_lower gives NA where the formula goes below zero; byarInterval gives 0 there.
      if (expected.lower === null) expect(interval.lower).toBe(0);
      else expectClose(interval.lower, expected.lower, 1.5e-8);
    }
  });

  test("exact Poisson limits below 10 events, then Byar's (PHEindicatormethods phe_rate Area1 and Area3 per 100)", () => {
    // rates.json phe_rate_Area1_per100 (method Exact) and phe_rate_Area3_per100 (method Byars).
    expect(rateInterval(1, 100, 100, 0.95)).toEqual({ rate: 1, lower: expect.any(Number), upper: expect.any(Number), method: "Exact" });
    expectClose(rateInterval(1, 100, 100, 0.95).lower, 0.025317807984289897, 1.5e-8);
    expect(rateInterval(20, 100, 100, 0.95).method).toBe("Byars");
    expectClose(rateInterval(20, 100, 100, 0.95).lower, 12.211428834875937, 1.5e-8);
    expect(exactPoissonInterval(0, 0.95).lower).toBe(0);
    // qchisq(0.975, 2) / 2 = -log(0.025)
    expectClose(exactPoissonInterval(0, 0.95).upper, -Math.log(0.025), 1e-12);
  });

  test("confidence 95 is read as 0.95, 1.5 is refused (as PHEindicatormethods)", () => {
    expect(confidenceLevel(95)).toBe(0.95);
    expect(confidenceLevel(99.8)).toBeCloseTo(0.998, 15);
    expect(() => confidenceLevel(1.5)).toThrow("confidence 1.5 is out of range; use a level above 0 and up to 1 such as 0.95, or a percentage such as 95");
    expect(wilsonInterval(65, 100, 95)).toEqual(wilsonInterval(65, 100, 0.95));
  });

  test("the incomplete gamma function behind the Poisson funnels is exact where the chi-squared tail drifts", () => {
    // P(X <= 1360 | m = 1434.413179567086) = 0.024749750875810 (R ppois; scipy.stats.poisson.cdf gives the same).
    expectClose(1 - regularizedGammaP(1361, 1434.413179567086), 0.024749750875810324, 1e-9);
    expectClose(regularizedGammaP(1, 1), 1 - Math.exp(-1), 1e-14);
  });

  test("funnel limits: a ratio funnel is a rate funnel with comparator 1 and per 1", () => {
    // Exact Poisson: 1 event is on the 95% lower limit when 5.571643 events are expected (qchisq(0.975, 4)/2).
    expectClose(funnelLimits(5.571643390938898, 1, "rate", 1).lower95, 1 / 5.571643390938898, 1e-9);
    // and on the upper 95% limit when 0.0253178 are expected (qchisq(0.025, 2)/2).
    expectClose(funnelLimits(0.025317807984289897, 1, "rate", 1).upper95, 1 / 0.025317807984289897, 1e-9);
  });
});

describe("comparison with a comparator (test/reference/benchmark.json)", () => {
  const reference = loadReference("benchmark.json");
  const LABEL: Record<string, string> = { Same: "Similar", Better: "Better", Worse: "Worse", Best: "Best", Worst: "Worst" };
  const POLARITY: Record<string, "lower" | "higher"> = { RagLowIsGood: "lower", RagHighIsGood: "higher" };

  // fingertips-open SingleOverlappingCIsForTwoCiLevelsComparerTest.cs: the 95% and 99.8% intervals against the benchmark.
  const twoLevels = reference.cases.filter((c) => c.method === "single_overlapping_ci_95_and_99_8");
  test.each(twoLevels.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input as { lower99_8: number; lower95: number; upper95: number; upper99_8: number; benchmark: number };
    for (const [polarity, expected] of Object.entries(c.expected as Record<string, string>)) {
      const label = compareWithComparator(
        { lower: input.lower95, upper: input.upper95 },
        input.benchmark,
        POLARITY[polarity],
        { lower: input.lower99_8, upper: input.upper99_8 },
      );
      expect(label).toBe(LABEL[expected]);
    }
  });

  test("neutral polarity words the two levels Higher / Highest and Lower / Lowest", () => {
    const i95 = { lower: 2.5, upper: 2.7 };
    const i998 = { lower: 2.3, upper: 2.9 };
    expect([3.0, 2.8, 2.6, 2.4, 2.2].map((benchmark) => compareWithComparator(i95, benchmark, "neutral", i998))).toEqual([
      "Lowest",
      "Lower",
      "Similar",
      "Higher",
      "Highest",
    ]);
    expect(compareWithComparator(null, 3, "higher")).toBe("Not compared");
  });
});
