/**
 * The benchmarking formulas, called through the BUILT Excel and Sheets bundles, reproduce the
 * published reference vectors in test/reference (PHEindicatormethods 2.1.0 and Fingertips), to
 * the tolerance each file states. Both hosts must give the same cells.
 */
import { grid, plain, tryExcel, trySheets } from "../helpers/bundles";
import { expectClose, loadReference } from "../helpers/reference";

/** Calls a formula in both hosts, checks they agree and did not fail, and returns the cells. */
function both(name: string, ...args: unknown[]): unknown[][] {
  const excel = tryExcel(name, ...args);
  const sheets = trySheets(name, ...args);
  if ((excel as { failed?: boolean }).failed) throw new Error(`Excel KPI.${name} failed: ${(excel as { message: string }).message}`);
  if ((sheets as { failed?: boolean }).failed) throw new Error(`Sheets KPI_${name} failed: ${(sheets as { message: string }).message}`);
  expect(plain(grid(sheets))).toEqual(plain(grid(excel)));
  return plain(grid(excel));
}

const column = (values: readonly unknown[]) => values.map((value) => [value ?? ""]);
const FINGERTIPS_PAIR = [[0.95, 0.998]];

// testthat::expect_equal's default tolerance, which the PHEindicatormethods tests use (proportions.json, rates.json notes).
const TESTTHAT_TOLERANCE = 1.5e-8;

describe("KPI.PROPORTIONCI reproduces PHEindicatormethods 2.1.0 (test/reference/proportions.json)", () => {
  const reference = loadReference("proportions.json");

  // PHEindicatormethods 2.1.0 tests/testthat/testWilson.R on testdata_Byars_Wilson.xlsx (wilson_lower / wilson_upper)
  const wilson = reference.cases.filter((c) => /^wilson_x/.test(c.name));
  test.each(wilson.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input as { x: number; n: number; confidence: number };
    const expected = c.expected as { lower: number; upper: number };
    const [[proportion, lower, upper]] = both("PROPORTIONCI", [[input.x]], [[input.n]], input.confidence) as number[][];
    expect(proportion).toBeCloseTo(input.x / input.n, 14);
    expectClose(lower, expected.lower, TESTTHAT_TOLERANCE);
    expectClose(upper, expected.upper, TESTTHAT_TOLERANCE);
  });

  test("wilson_confidence_1: a confidence of 1 gives 0 to 1 (PHEindicatormethods testWilson.R)", () => {
    const c = reference.cases.find((one) => one.name === "wilson_confidence_1")!;
    const input = c.input as { x: number[]; n: number[]; confidence: number };
    const expected = c.expected as { lower: number[]; upper: number[] };
    const cells = both("PROPORTIONCI", column(input.x), column(input.n), input.confidence) as number[][];
    expect(cells.map((row) => row[1])).toEqual(expected.lower);
    expect(cells.map((row) => row[2])).toEqual(expected.upper);
  });

  // PHEindicatormethods 2.1.0 tests/testthat/testProportions.R on testdata_Proportion.xlsx (phe_proportion, confidence = c(0.95, 0.998))
  const areas = reference.cases.filter((c) => /^phe_proportion_Area/.test(c.name));
  test.each(areas.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input as { numerator: number | null; denominator: number | null; multiplier: number };
    const expected = c.expected as Record<string, number | null>;
    // A missing numerator or denominator gives an empty row in a column call (PHE: NA), so call with a column of two.
    const cells = both("PROPORTIONCI", column([input.numerator, 1]), column([input.denominator, 2]), FINGERTIPS_PAIR);
    const keys = ["value", "lower95", "upper95", "lower99_8", "upper99_8"];
    keys.forEach((key, i) => {
      const want = expected[key];
      if (want === null) expect(cells[0][i]).toBe("");
      // KPI.PROPORTIONCI gives proportions of 1; the multiplier (1 or 100) is the cell's number format.
      else expectClose((cells[0][i] as number) * input.multiplier, want, TESTTHAT_TOLERANCE);
    });
  });

  test("phe_proportion_grouped_aggregation: summed numerators and denominators (PHEindicatormethods testProportions.R \"test grouped\")", () => {
    const c = reference.cases.find((one) => one.name === "phe_proportion_grouped_aggregation")!;
    const groups = (c.expected as { groups: { numerator: number; denominator: number; value: number; lower: number; upper: number }[] }).groups;
    const cells = both("PROPORTIONCI", column(groups.map((g) => g.numerator)), column(groups.map((g) => g.denominator))) as number[][];
    groups.forEach((g, i) => {
      expectClose(cells[i][0], g.value, TESTTHAT_TOLERANCE);
      expectClose(cells[i][1], g.lower, TESTTHAT_TOLERANCE);
      expectClose(cells[i][2], g.upper, TESTTHAT_TOLERANCE);
    });
  });
});

describe("KPI.RATECI reproduces PHEindicatormethods 2.1.0 crude rates (test/reference/rates.json)", () => {
  const reference = loadReference("rates.json");

  // PHEindicatormethods 2.1.0 tests/testthat/testByars.R (byars_lower / byars_upper). From 10 events KPI.RATECI
  // uses Byar's method, so a population of 1 per 1 gives the count-scale limits. Below 10 events it uses the
  // exact limits instead (as phe_rate does); those Byar values are checked on core in test/core/benchmark-reference.test.ts.
  const byars = reference.cases.filter((c) => /^byars_x/.test(c.name) && (c.input as { x: number }).x >= 10);
  test.each(byars.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input as { x: number; confidence: number };
    const expected = c.expected as { lower: number; upper: number };
    const [[rate, lower, upper]] = both("RATECI", [[input.x]], [[1]], 1, input.confidence) as number[][];
    expect(rate).toBe(input.x);
    expectClose(lower, expected.lower, TESTTHAT_TOLERANCE);
    expectClose(upper, expected.upper, TESTTHAT_TOLERANCE);
  });

  // PHEindicatormethods 2.1.0 tests/testthat/testRates.R on testdata_Rate.xlsx (phe_rate, confidence = c(0.95, 0.998))
  const areas = reference.cases.filter((c) => /^phe_rate_Area/.test(c.name));
  test.each(areas.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input as { numerator: number | null; denominator: number | null; multiplier: number };
    const expected = c.expected as Record<string, number | null>;
    const cells = both("RATECI", column([input.numerator, 1]), column([input.denominator, 2]), input.multiplier, FINGERTIPS_PAIR);
    ["value", "lower95", "upper95", "lower99_8", "upper99_8"].forEach((key, i) => {
      const want = expected[key];
      if (want === null) expect(cells[0][i]).toBe("");
      else expectClose(cells[0][i] as number, want, TESTTHAT_TOLERANCE);
    });
  });

  test("phe_rate_grouped_aggregation: summed counts and populations per 100,000 (PHEindicatormethods testRates.R \"test grouped\")", () => {
    const c = reference.cases.find((one) => one.name === "phe_rate_grouped_aggregation")!;
    const groups = (c.expected as { groups: { numerator: number; denominator: number; value: number; lower: number; upper: number }[] }).groups;
    const cells = both("RATECI", column(groups.map((g) => g.numerator)), column(groups.map((g) => g.denominator))) as number[][];
    groups.forEach((g, i) => {
      expectClose(cells[i][0], g.value, TESTTHAT_TOLERANCE);
      expectClose(cells[i][1], g.lower, TESTTHAT_TOLERANCE);
      expectClose(cells[i][2], g.upper, TESTTHAT_TOLERANCE);
    });
  });
});

/** Fingertips significance names (benchmark.json notes) to KPI Scrutiny's labels. */
const FINGERTIPS_LABEL: Record<string, string> = {
  Same: "Similar",
  Better: "Better",
  Worse: "Worse",
  Best: "Best",
  Worst: "Worst",
  None: "Not compared",
  "Better (displayed as Higher)": "Higher",
  "Worse (displayed as Lower)": "Lower",
};
/** Fingertips polarities to KPI Scrutiny's: RagLowIsGood (0), RagHighIsGood (1), BlueOrangeBlue (99, no judgement). */
const FINGERTIPS_POLARITY: Record<string, string> = { RagLowIsGood: "lower", RagHighIsGood: "higher", BlueOrangeBlue: "neutral" };

describe("KPI.COMPARE reproduces Fingertips' comparisons with a benchmark (test/reference/benchmark.json)", () => {
  const reference = loadReference("benchmark.json");

  // fingertips-open SingleOverlappingCIsForOneCILevelComparatorTest.cs: a published 95% interval against the benchmark,
  // given to KPI.COMPARE with type "interval" (lower limit as numerator, upper limit as denominator).
  const single = reference.cases.filter((c) => c.method === "single_overlapping_ci_95");
  test.each(single.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input as { benchmark: number | null; lower95?: number | null; upper95?: number | null; cases?: { lower95: number | null; upper95: number | null }[] };
    const rows = input.cases ?? [{ lower95: input.lower95 ?? null, upper95: input.upper95 ?? null }];
    for (const [polarity, expected] of Object.entries(c.expected as Record<string, string | string[]>)) {
      const wanted = (Array.isArray(expected) ? expected : [expected]).map((label) => FINGERTIPS_LABEL[label]);
      const cells = both(
        "COMPARE",
        column([...rows.map((row) => row.lower95), 0]),
        column([...rows.map((row) => row.upper95), 1]),
        column([...rows.map(() => input.benchmark), 2]),
        FINGERTIPS_POLARITY[polarity],
        "interval",
      );
      expect(cells.slice(0, rows.length).map((row) => row[0])).toEqual(wanted);
    }
  });

  // fingertips-open SpcForProportionsComparerTest.cs: Wilson control limits around the benchmark at the area's
  // denominator (z 1.96 and 3.0902). KPI.FUNNEL gives these limits at the area's size; the area is significant
  // where its value lies outside them.
  const spcProportions = reference.cases.filter((c) => c.method === "spc_for_proportions" && (c.input as { denominator?: number }).denominator !== undefined);
  test.each(spcProportions.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input as { benchmark: number; value: number; denominator: number; unit: number; polarity: string };
    const expected = c.expected as { "z_1.96": string; "z_3.0902": string };
    const [[lower95, upper95, lower998, upper998]] = both("FUNNEL", [[input.denominator]], input.benchmark, "proportion", input.unit) as number[][];
    const label = (lower: number, upper: number) => {
      if (input.value >= lower && input.value <= upper) return "Same";
      const higher = input.value > upper;
      return input.polarity === "RagLowIsGood" ? (higher ? "Worse" : "Better") : higher ? "Better" : "Worse";
    };
    expect(label(lower95, upper95)).toBe(expected["z_1.96"]);
    expect(label(lower998, upper998)).toBe(expected["z_3.0902"]);
  });

  test("spc_proportion_invalid_denominator: a denominator of 0 or less is refused with a message (Fingertips: None)", () => {
    for (const denominator of [0, -1]) {
      const excel = tryExcel("FUNNEL", [[denominator]], 10, "proportion", 100) as { failed: boolean; code: string; message: string };
      expect(excel.failed).toBe(true);
      expect(excel.code).toBe("#VALUE!");
      expect(excel.message).toMatch(/^KPI\.FUNNEL: denominator is -?[01]/);
    }
  });
});

/** PHEindicatormethods funnel significance names to KPI.COMPARE's neutral two-level labels. */
const FUNNEL_LABEL: Record<string, string> = {
  "High (0.001)": "Highest",
  "High (0.025)": "Higher",
  "Low (0.001)": "Lowest",
  "Low (0.025)": "Lower",
  "Not significant": "Similar",
};

describe("KPI.FUNNEL and KPI.COMPARE reproduce PHEindicatormethods 2.1.0 funnel plots (test/reference/funnel.json)", () => {
  const reference = loadReference("funnel.json");
  const byName = (name: string) => reference.cases.find((c) => c.name === name)!;
  // funnel.json notes: CSV values are rounded (6-10 significant figures); use relative 1e-6.
  const FUNNEL_TOLERANCE = 1e-6;
  // The Poisson (rate and ratio) limits of PHEindicatormethods come from its `poisson_funnel` bisection, which stops
  // once its step on v = m / (m + obs + 1) falls below 1e-7; porting that routine reproduces the csv values exactly and
  // shows they carry up to 6.4e-6 relative error (largest at 1 event, 99.8%). KPI.FUNNEL solves the same equation
  // exactly (incomplete gamma function), so it is held to 1e-5 here.
  const POISSON_FUNNEL_TOLERANCE = 1e-5;

  type ProportionRow = { numerator: number; denominator: number };
  type LimitRow = { population: number; lower_2s_limit: number; upper_2s_limit: number; lower_3s_limit: number; upper_3s_limit: number; baseline: number };

  // testFunnels.R "confidence limits calculate correctly for proportions" (both axis layouts): the limits at each of
  // the 100 axis populations, around baseline = sum(numerator) / sum(denominator), as percentages.
  test.each([["funnel_limits_proportion_pct"], ["funnel_limits_proportion_pct_axis_variation"]])("%s", (name) => {
    const c = byName(name);
    const rows = (c.input as { rows: ProportionRow[] }).rows;
    const baseline = (100 * rows.reduce((s, r) => s + r.numerator, 0)) / rows.reduce((s, r) => s + r.denominator, 0);
    const limits = (c.expected as { limits: LimitRow[] }).limits;
    expectClose(baseline, limits[0].baseline, FUNNEL_TOLERANCE);
    const cells = both("FUNNEL", column(limits.map((l) => l.population)), baseline, "proportion", 100) as number[][];
    limits.forEach((limit, i) => {
      // 6 decimal places in the csv: a relative tolerance with an absolute floor of half the last digit.
      expectClose(cells[i][0], limit.lower_2s_limit, FUNNEL_TOLERANCE, 5e-7);
      expectClose(cells[i][1], limit.upper_2s_limit, FUNNEL_TOLERANCE, 5e-7);
      expectClose(cells[i][2], limit.lower_3s_limit, FUNNEL_TOLERANCE, 5e-7);
      expectClose(cells[i][3], limit.upper_3s_limit, FUNNEL_TOLERANCE, 5e-7);
    });
  });

  // testFunnels.R "significance calculates correctly for proportions": each area's Wilson interval against the
  // overall average at both Fingertips levels (the funnel limits are the inversion of the same interval).
  test("funnel_significance_proportion", () => {
    const c = byName("funnel_significance_proportion");
    const rows = (c.input as { rows: ProportionRow[] }).rows;
    const average = rows.reduce((s, r) => s + r.numerator, 0) / rows.reduce((s, r) => s + r.denominator, 0);
    const cells = both("COMPARE", column(rows.map((r) => r.numerator)), column(rows.map((r) => r.denominator)), average, "neutral", "proportion", FINGERTIPS_PAIR);
    expect(cells.map((row) => row[0])).toEqual((c.expected as { significance: string[] }).significance.map((label) => FUNNEL_LABEL[label]));
  });

  // testFunnels.R "significance calculates correctly for ratios": observed events against expected (a ratio against 1),
  // i.e. a rate per 1 with the expected count as population.
  test("funnel_significance_ratio", () => {
    const c = byName("funnel_significance_ratio");
    const rows = (c.input as { rows: { obs: number; expected: number }[] }).rows;
    const cells = both("COMPARE", column(rows.map((r) => r.obs)), column(rows.map((r) => r.expected)), 1, "neutral", "rate", FINGERTIPS_PAIR, 1);
    expect(cells.map((row) => row[0])).toEqual((c.expected as { significance: string[] }).significance.map((label) => FUNNEL_LABEL[label]));
  });

  // testFunnels.R "significance calculates correctly for rates": each area's rate interval against the weighted average
  // sum(count) / sum(denominator), the denominator derived as count / rate x multiplier (the population where there are
  // no events; for DSRs a record without events is left out of the average, and fewer than 10 events is not assessed).
  const rateCases = reference.cases.filter((c) => c.name.startsWith("funnel_significance_rate"));
  test.each(rateCases.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input as { rows: { count: number; rate: number; pop: number }[]; rate_type: string; multiplier: number };
    const dsr = input.rate_type === "dsr";
    const derived = input.rows.map((r) => (r.count === 0 ? (dsr ? null : r.pop) : (r.count / r.rate) * input.multiplier));
    const average = input.rows.reduce((s, r) => s + r.count, 0) / derived.reduce<number>((s, d) => s + (d ?? 0), 0);
    const cells = both(
      "COMPARE",
      column(input.rows.map((r) => r.count)),
      column(derived),
      average * input.multiplier,
      "neutral",
      "rate",
      FINGERTIPS_PAIR,
      input.multiplier,
    );
    const expected = (c.expected as { significance: string[] }).significance;
    input.rows.forEach((row, i) => {
      if (dsr && row.count < 10) expect(expected[i]).toBe("Not applicable for events less than 10 for dsrs");
      else expect([row.count, cells[i][0]]).toEqual([row.count, FUNNEL_LABEL[expected[i]]]);
    });
  });

  type RatioLimit = Record<string, number>;
  // testFunnels.R "confidence limits calculate correctly for ratios": at each observed count the expected count at which
  // it sits on the limit. KPI.FUNNEL as a ratio (type "rate", comparator 1, per 1, denominator = expected events) gives
  // the limit at that expected count, which must be the observed count divided by it (minus 1 for "count", x100 for "isr").
  test("funnel_limits_ratio_count_and_isr", () => {
    const limits = (byName("funnel_limits_ratio_count_and_isr").expected as { limits: RatioLimit[] }).limits;
    for (const [side, index] of [["lower_2s", 0], ["upper_2s", 1], ["lower_3s", 2], ["upper_3s", 3]] as const) {
      const cells = both("FUNNEL", column(limits.map((l) => l[`${side}_exp_events`])), 1, "rate", 1) as number[][];
      limits.forEach((limit, i) => {
        expectClose(cells[i][index], limit.observed_events / limit[`${side}_exp_events`], POISSON_FUNNEL_TOLERANCE);
        // count = ratio - 1: the ratio's relative tolerance carried over as an absolute one (the subtraction magnifies rounding).
        expectClose(cells[i][index] - 1, limit[`${side}_count`], 0, POISSON_FUNNEL_TOLERANCE * (1 + Math.abs(limit[`${side}_count`])));
        expectClose(cells[i][index] * 100, limit[`${side}_isr`], POISSON_FUNNEL_TOLERANCE);
      });
    }
  });

  // testFunnels.R "confidence limits calculate correctly for rates" (dsr, crude with fewer than 10 events, crude with a
  // zero-event record): the funnel is drawn along event counts; *_population_1_year is where that count is on the limit.
  // KPI.FUNNEL at that population (times years of data) around the baseline gives the published limit.
  const rateLimitCases = reference.cases.filter((c) => c.name.startsWith("funnel_limits_rate"));
  test.each(rateLimitCases.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input as { multiplier: number; years_of_data: number };
    const limits = (c.expected as { limits: RatioLimit[] }).limits;
    for (const [side, index] of [["lower_2s", 0], ["upper_2s", 1], ["lower_3s", 2], ["upper_3s", 3]] as const) {
      const populations = limits.map((l) => l[`${side}_population_1_year`] * input.years_of_data);
      const cells = both("FUNNEL", column(populations), limits[0].baseline, "rate", input.multiplier) as number[][];
      limits.forEach((limit, i) => expectClose(cells[i][index], limit[`${side}_limit`], POISSON_FUNNEL_TOLERANCE));
    }
  });
});
