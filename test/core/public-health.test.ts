/**
 * The public health engines in core, on the published reference vectors and on hand-built cases:
 * the standard population, Dobson's interval, standardised rates and ratios, the two-interval and
 * control-limit comparisons, quantile groups, and the slope index of inequality with its simulation.
 */
import {
  EUROPEAN_STANDARD_POPULATION_2013,
  KpiError,
  SII_SIMULATION_SEED,
  compareIntervals,
  controlLimits,
  cumulativeMidpoints,
  directlyStandardisedRate,
  directlyStandardisedRateForRepeatEvents,
  dobsonInterval,
  expectedEvents,
  indirectlyStandardisedRatio,
  peerGroup,
  quantileAmong,
  quartileAmong,
  quartileBoundaries,
  slopeIndexOfInequality,
  standardNormal,
} from "../../core";
import { seededRandom } from "../../core/seeded-random";
import { expectClose, loadReference } from "../helpers/reference";

describe("the European Standard Population 2013", () => {
  test("19 age bands of 100,000 people, and the vector PHEindicatormethods ships as esp2013", () => {
    // Eurostat (2013), Revision of the European Standard Population, KS-RA-13-028: 19 bands summing to 100,000.
    expect(EUROPEAN_STANDARD_POPULATION_2013).toHaveLength(19);
    expect(EUROPEAN_STANDARD_POPULATION_2013.reduce((sum, people) => sum + people, 0)).toBe(100000);
    // rates.json dsr_esp2013_* cases give PHEindicatormethods' esp2013 as stdpop.
    const c = loadReference<{ stdpop: number[] }>("rates.json").cases.find((one) => one.name === "dsr_esp2013_testdata_big_per100000")!;
    expect([...EUROPEAN_STANDARD_POPULATION_2013]).toEqual(c.input.stdpop);
  });
});

describe("directly standardised rates", () => {
  const reference = loadReference<{ count: (number | null)[]; pop: number[]; stdpop: number[]; multiplier: number }, Record<string, number | null>>("rates.json");
  const small = reference.cases.find((c) => c.name === "dsr_esp2013_testdata_small_per100000")!;

  test("Dobson's interval on Byar's limits (PHEindicatormethods calculate_dsr, testdata_small)", () => {
    const result = directlyStandardisedRate(small.input.count, small.input.pop, small.input.stdpop, 100000, [0.95, 0.998]);
    expectClose(result.rate, small.expected.value!, 1.5e-8);
    expectClose(result.intervals[0].lower, small.expected.lower95!, 1.5e-8);
    expectClose(result.intervals[1].upper, small.expected.upper99_8!, 1.5e-8);
    expect([result.totalCount, result.totalPopulation]).toEqual([91, 8970]);
  });

  test("dobsonInterval: value + sqrt(variance / total) x (Byar's limit - total)", () => {
    // Byar's 95% limits of 65 events: 50.163187710459454, 82.84913854593984 (rates.json byars_x65_95%, PHEindicatormethods testByars.R).
    const interval = dobsonInterval(0.01, 1e-6, 65, 0.95);
    expectClose(interval.lower, 0.01 + Math.sqrt(1e-6 / 65) * (50.163187710459454 - 65), 1e-14);
    expectClose(interval.upper, 0.01 + Math.sqrt(1e-6 / 65) * (82.84913854593984 - 65), 1e-14);
    expect(() => dobsonInterval(0.01, 1e-6, 65, 1)).toThrow(/confidence 1 is out of range/);
  });

  test("under 10 events is too little data (a data failure), with the reason", () => {
    const attempt = () => directlyStandardisedRate([3, 3, 3], [100, 100, 100], [1, 1, 1]);
    expect(attempt).toThrow("at least 10 events in all are needed and counts has 9");
    try {
      attempt();
    } catch (error) {
      expect((error as KpiError).kind).toBe("data");
    }
  });

  test("repeat events: the rate of all events, the variance of each frequency weighted by its square", () => {
    const one = directlyStandardisedRate([12, 4, 3], [636, 558, 609], [5000, 5500, 5500]);
    const repeat = directlyStandardisedRateForRepeatEvents([[7, 4, 3], [1, 0, 0], [1, 0, 0]], [1, 2, 3], [636, 558, 609], [5000, 5500, 5500]);
    expectClose(repeat.rate, one.rate, 1e-14);
    // Var = (7 + 4·1 + 9·1) w₁² + 4 w₂² + 3 w₃² against 12 w₁² + 4 w₂² + 3 w₃² for independent events.
    expect(repeat.intervals[0].upper).toBeGreaterThan(one.intervals[0].upper);
    expect(() => directlyStandardisedRateForRepeatEvents([[7, 4, 3]], [1.5], [636, 558, 609], [5000, 5500, 5500])).toThrow(/event_frequencies 1 is 1.5/);
  });

  test("the age bands must line up, populations be above zero, counts not negative", () => {
    expect(() => directlyStandardisedRate([12, 4], [636, 558, 609], [1, 1, 1])).toThrow("populations has 3 age bands but counts has 2");
    expect(() => directlyStandardisedRate([12, 4, 3], [636, 0, 609], [1, 1, 1])).toThrow("populations in age band 2 is 0, which leaves nothing to divide by");
    expect(() => directlyStandardisedRate([12, -4, 3], [636, 1, 609], [1, 1, 1])).toThrow("counts in age band 2 is -4, which is negative");
    expect(() => directlyStandardisedRate([12, 4, 3], [636, 1, 609], [0, 0, 0])).toThrow("standard_populations adds up to nobody");
  });
});

describe("indirectly standardised ratios and rates", () => {
  const reference = loadReference<{ count: (number | null)[]; pop: (number | null)[]; x_ref: number[]; n_ref: number[] }, Record<string, number | null>>("rates.json");

  test("expected events: Σ pop × x_ref / n_ref, a zero or blank local population counting as nobody (PHEindicatormethods)", () => {
    const big = reference.cases.find((c) => c.name === "isratio_testdata_big_x1")!;
    expectClose(expectedEvents(big.input.pop, big.input.x_ref, big.input.n_ref), big.expected.expected!, 1.5e-8);
    const area1 = reference.cases.find((c) => c.name === "isratio_Area1_x100")!;
    expect(area1.input.pop[1]).toBe(0);
    expectClose(expectedEvents(area1.input.pop, area1.input.x_ref, area1.input.n_ref), area1.expected.expected!, 1.5e-8);
  });

  test("exact limits under 10 observed events, Byar's from 10", () => {
    const pops = [1000, 2000];
    const refCounts = [10, 40];
    const refPops = [10000, 20000];
    expect(indirectlyStandardisedRatio(9, pops, refCounts, refPops).method).toBe("Exact");
    expect(indirectlyStandardisedRatio(10, pops, refCounts, refPops).method).toBe("Byars");
    const ratio = indirectlyStandardisedRatio(10, pops, refCounts, refPops, 1000);
    // expected = 1000·10/10000 + 2000·40/20000 = 5; reference rate 50 / 30000 per 1000.
    expect(ratio.expected).toBe(5);
    expectClose(ratio.rate, 2 * (50 / 30000) * 1000, 1e-14);
    expect(() => indirectlyStandardisedRatio(10, pops, refCounts, [10000, null])).toThrow("reference_populations in age band 2 is missing");
    expect(() => indirectlyStandardisedRatio(10, [0, 0], refCounts, refPops)).toThrow(/age bands with people where the reference has events/);
  });
});

describe("comparisons beyond one interval", () => {
  test("two intervals: Similar when they overlap or touch; otherwise the side, by polarity", () => {
    // fingertips-open DoubleOverlappingCIsComparer: overlap is inclusive.
    expect(compareIntervals({ lower: 2.7, upper: 3.5 }, { lower: 3.5, upper: 4.5 }, "lower")).toBe("Similar");
    expect(compareIntervals({ lower: 2.7, upper: 3.4 }, { lower: 3.5, upper: 4.5 }, "lower")).toBe("Better");
    expect(compareIntervals({ lower: 2.7, upper: 3.4 }, { lower: 3.5, upper: 4.5 }, "higher")).toBe("Worse");
    expect(compareIntervals({ lower: 4.6, upper: 5 }, { lower: 3.5, upper: 4.5 }, "neutral")).toBe("Higher");
    expect(compareIntervals(null, { lower: 3.5, upper: 4.5 }, "lower")).toBe("Not compared");
  });

  test("control limits for DSRs equal Fingertips' PoisLow / PoisHigh (benchmark.json expected_derived)", () => {
    const reference = loadReference("benchmark.json");
    for (const c of reference.cases.filter((one) => one.method === "spc_for_dsr")) {
      const input = c.input as { benchmark: number; population: number; unit: number };
      const derived = (c as unknown as { expected_derived: Record<string, number> }).expected_derived;
      // Fingertips bisects to 1e-7 on v = m / (1 + E + m); the exact limits differ from it by less than 1e-6 relative.
      const at95 = controlLimits(input.population, input.benchmark, input.unit, 0.95);
      const at998 = controlLimits(input.population, input.benchmark, input.unit, 0.998);
      expectClose(at95.lower, derived.lower_limit_95, 1e-6);
      expectClose(at95.upper, derived.upper_limit_95, 1e-6);
      expectClose(at998.lower, derived.lower_limit_99_8, 1e-6);
      expectClose(at998.upper, derived.upper_limit_99_8, 1e-6);
    }
  });
});

describe("quantile groups", () => {
  test("4 groups is the quartile rule as it was written before (QUARTILE.INC boundaries, a boundary to the better quartile)", () => {
    // The rule KPI.QUARTILE followed before it became quantileAmong with 4 groups, recomputed from quartileBoundaries.
    const before = (value: number, peers: number[], polarity: string) => {
      const { lower, median, upper } = quartileBoundaries(peers);
      if (polarity === "lower") return value <= lower ? 1 : value <= median ? 2 : value <= upper ? 3 : 4;
      return value >= upper ? 1 : value >= median ? 2 : value >= lower ? 3 : 4;
    };
    const random = seededRandom(7);
    for (let trial = 0; trial < 2000; trial++) {
      const peers = Array.from({ length: 1 + Math.floor(random() * 20) }, () => Math.round(random() * 20));
      const value = Math.round(random() * 22) - 1;
      for (const polarity of ["higher", "lower", "neutral"] as const) {
        expect([trial, quantileAmong(value, peers, 4, polarity)]).toEqual([trial, before(value, peers, polarity)]);
        expect(quartileAmong(value, peerGroup(peers), polarity)).toBe(before(value, peers, polarity));
      }
    }
  });

  test("quintiles of 1..10: cut points 2.8, 4.6, 6.4, 8.2 (Fingertips QuintilesComparerTest)", () => {
    const peers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([1, 3, 5, 7, 9].map((value) => quantileAmong(value, peers, 5, "higher"))).toEqual([5, 4, 3, 2, 1]);
    expect([2.8, 4.6, 6.4, 8.2].map((value) => quantileAmong(value, peers, 5, "higher"))).toEqual([4, 3, 2, 1]);
    expect([2.8, 4.6, 6.4, 8.2].map((value) => quantileAmong(value, peers, 5, "lower"))).toEqual([1, 2, 3, 4]);
    expect(() => quantileAmong(1, peers, 3 as 4, "higher")).toThrow("groups 3 is out of range");
  });
});

describe("slope index of inequality", () => {
  const reference = loadReference<
    { population: number[]; value: number[]; lower_cl: number[]; upper_cl: number[]; value_type: "normal" | "rate" | "proportion"; multiplier: number },
    { sii: number; rii: number; intercept?: number }
  >("sii.json");

  test("cumulative midpoints (PHEindicatormethods FindXValues)", () => {
    expect(cumulativeMidpoints([100, 100, 200])).toEqual([0.125, 0.375, 0.75]);
  });

  test.each(reference.cases.map((c) => [c.name, c]))("%s: SII, RII and intercept equal the sheet's to machine precision", (_name, c) => {
    const result = slopeIndexOfInequality(c.input.value, c.input.population, { valueType: c.input.value_type, per: c.input.multiplier });
    expectClose(result.sii, c.expected.sii, 1e-12);
    expectClose(result.rii, c.expected.rii, 1e-12);
    if (c.expected.intercept !== undefined) expectClose(result.intercept, c.expected.intercept, 1e-12);
    expect(result.intervals).toEqual([]);
  });

  test("the simulation is fixed by its seed: the same seed the same limits, another seed others close by", () => {
    const input = reference.cases[1].input;
    const limits = { lower: input.lower_cl, upper: input.upper_cl };
    const run = (seed: number) => slopeIndexOfInequality(input.value, input.population, { repetitions: 20000, seed }, limits).intervals[0];
    expect(run(SII_SIMULATION_SEED)).toEqual(slopeIndexOfInequality(input.value, input.population, { repetitions: 20000 }, limits).intervals[0]);
    const other = run(SII_SIMULATION_SEED + 1);
    expect(other.sii.lower).not.toBe(run(SII_SIMULATION_SEED).sii.lower);
    expectClose(other.sii.lower, run(SII_SIMULATION_SEED).sii.lower, 0.01);
  });

  test("standard normal draws: mean 0, variance 1, 2.5% below -1.96", () => {
    const next = standardNormal(seededRandom(SII_SIMULATION_SEED));
    const draws = Array.from({ length: 200000 }, next);
    const mean = draws.reduce((sum, x) => sum + x, 0) / draws.length;
    const variance = draws.reduce((sum, x) => sum + (x - mean) ** 2, 0) / draws.length;
    // Standard errors at n = 200,000: mean 0.0022, variance 0.0032, tail share 0.00035.
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.015);
    expect(Math.abs(draws.filter((x) => x < -1.959963984540054).length / draws.length - 0.025)).toBeLessThan(0.0015);
  });

  test("bad quantiles are refused with a message", () => {
    expect(() => slopeIndexOfInequality([1, 2, 3, 4], [1, 1, 1, 1])).toThrow("values has 4 quantiles; give 5 to 100");
    expect(() => slopeIndexOfInequality([0.1, 0.2, 0.3, 0.4, 1.5], [1, 1, 1, 1, 1], { valueType: "proportion" })).toThrow("values in quantile 5 is 1.5, which is not a proportion");
    expect(() => slopeIndexOfInequality([1, 2, 3, 4, 5], [1, 1, 1, 1, 1], {}, { lower: [0, 1, 2, 3, 6], upper: [2, 3, 4, 5, 5.5] })).toThrow("lower in quantile 5 (6) is above upper (5.5)");
  });
});
