/**
 * The public health formulas, called through the BUILT Excel and Sheets bundles, reproduce the
 * published reference vectors: every DSR and ISR case of test/reference/rates.json and every
 * SII case of test/reference/sii.json (PHEindicatormethods 2.1.0), and the two-interval, SPC-for-DSR
 * and quintile cases of test/reference/benchmark.json (Fingertips), to the tolerance each file
 * states. Both hosts must give the same cells.
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

/** Calls a formula that must fail in both hosts, and returns Excel's code and the message (the same in both). */
function failure(name: string, ...args: unknown[]): { code: string; message: string } {
  const excel = tryExcel(name, ...args) as { failed?: boolean; code: string; message: string };
  const sheets = trySheets(name, ...args) as { failed?: boolean; code: string; message: string };
  expect(excel.failed).toBe(true);
  expect(sheets.failed).toBe(true);
  expect(sheets.message.replace(/^KPI_/, "KPI.")).toBe(excel.message);
  return { code: excel.code, message: excel.message };
}

const row = (values: readonly unknown[]) => [values.map((value) => value ?? "")];
const column = (values: readonly unknown[]) => values.map((value) => [value ?? ""]);

// testthat::expect_equal's default tolerance, which the PHEindicatormethods tests use (rates.json notes).
const TESTTHAT_TOLERANCE = 1.5e-8;

interface StandardisedInput {
  count: (number | null)[];
  pop: (number | null)[];
  stdpop: number[];
  multiplier: number;
  confidence: number | number[];
  persons_by_freq?: Record<string, (number | null)[]>;
}
type Expected = Record<string, number | string | null>;

describe("KPI.DSR reproduces PHEindicatormethods 2.1.0 calculate_dsr (test/reference/rates.json)", () => {
  const reference = loadReference<StandardisedInput, Expected>("rates.json");
  const independent = reference.cases.filter((c) => c.type === "dsr");
  const repeatEvents = reference.cases.filter((c) => c.type === "dsr_nonindependent");

  test("every DSR case of the file is taken", () => {
    expect([independent.length, repeatEvents.length]).toEqual([7, 4]);
  });

  /** Checks one result row against the expected value and limits at the case's levels (tolerances from rates.json notes). */
  function expectRow(cells: unknown[], expected: Expected, levels: number, relative: number, absolute: number): void {
    const keys = ["value", "lower95", "upper95", "lower99_8", "upper99_8"].slice(0, 1 + 2 * levels);
    keys.forEach((key, i) => expectClose(cells[i] as number, expected[key] as number, relative, absolute));
  }

  // testDSRs.R on testdata_DSR_ISR.xlsx: testdata_multiarea with esp2013 (per 100,000 and 10,000) and testdata_1976
  // with its own standard population. Each area is called alone (one row), the standard given as numbers; the
  // esp2013 areas are also called with "ESP2013" by name and all together as a block (one area per row).
  test.each(independent.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input;
    const levels = Array.isArray(input.confidence) ? input.confidence.length : 1;
    const confidence = [[input.confidence].flat()];
    if (c.expected.value === null) {
      // Total count under 10: PHEindicatormethods gives NA ("dsr NA for total count < 10"); a single call is #N/A with the reason.
      const { code, message } = failure("DSR", row(input.count), row(input.pop), row(input.stdpop), input.multiplier, confidence);
      expect(code).toBe("#N/A");
      expect(message).toBe(
        "KPI.DSR: at least 10 events in all are needed and counts has 9; a standardised rate on fewer is not reliable (Fingertips does not publish it); pool more years or areas",
      );
      return;
    }
    expectRow(both("DSR", row(input.count), row(input.pop), row(input.stdpop), input.multiplier, confidence)[0], c.expected, levels, TESTTHAT_TOLERANCE, 0);
    if (input.stdpop.length === 19) {
      // The same with the standard population by name, and with age bands down a column.
      expectRow(both("DSR", column(input.count), column(input.pop), "ESP2013", input.multiplier, confidence)[0], c.expected, levels, TESTTHAT_TOLERANCE, 0);
    }
  });

  test("the three esp2013 areas as one block, one area per row: the area under 10 events is an empty row", () => {
    const areas = independent.filter((c) => c.name.endsWith("_per100000") && c.name.startsWith("dsr_esp2013"));
    const cells = both("DSR", areas.map((c) => c.input.count.map((x) => x ?? "")), areas.map((c) => c.input.pop), "esp2013", 100000, [[0.95, 0.998]]);
    expect(cells).toHaveLength(3);
    areas.forEach((c, i) => {
      if (c.expected.value === null) expect(cells[i]).toEqual(["", "", "", "", ""]);
      else expectRow(cells[i], c.expected, 2, TESTTHAT_TOLERANCE, 0);
    });
  });

  // testDSRs.R "test nonindependent events": the people in each age band with 1, 2, 3 (and 4) events, one row per
  // frequency with age bands across, and event_frequencies {1;2;3;4}. The sheet gives 8 decimal places (rates.json notes).
  test.each(repeatEvents.map((c) => [c.name, c]))("%s (events that repeat for a person)", (_name, c) => {
    const input = c.input;
    const frequencies = Object.keys(input.persons_by_freq!);
    const people = frequencies.map((k) => input.persons_by_freq![k].map((x) => x ?? ""));
    const args = [people, row(input.pop), "ESP2013", input.multiplier, [input.confidence], column(frequencies.map(Number))];
    if (c.expected.value === null) {
      expect(failure("DSR", ...args).code).toBe("#N/A");
      return;
    }
    expectRow(both("DSR", ...args)[0], c.expected, 2, 1e-8, 1e-7);
    // The same table with one column per frequency (age bands down) gives the same cells.
    const transposed = input.pop.map((_, band) => people.map((frequencyRow) => frequencyRow[band]));
    expect(both("DSR", transposed, column(input.pop), "ESP2013", input.multiplier, [input.confidence], row(frequencies.map(Number)))).toEqual(both("DSR", ...args));
  });

  test("the point estimate of repeat events is the ordinary DSR of all their events; only the interval is wider", () => {
    const c = repeatEvents.find((one) => one.name === "dsr_nonindependent_testdata_nonind_dummy")!;
    const ordinary = both("DSR", row(c.input.count), row(c.input.pop), "ESP2013")[0] as number[];
    const frequencies = Object.keys(c.input.persons_by_freq!);
    const repeat = both("DSR", frequencies.map((k) => c.input.persons_by_freq![k].map((x) => x ?? "")), row(c.input.pop), "ESP2013", "", "", column(frequencies.map(Number)))[0] as number[];
    expectClose(repeat[0], ordinary[0], 1e-14);
    expect(repeat[1]).toBeLessThan(ordinary[1]);
    expect(repeat[2]).toBeGreaterThan(ordinary[2]);
  });
});

interface IndirectInput {
  count: (number | null)[];
  pop: (number | null)[];
  x_ref: number[];
  n_ref: number[];
  multiplier: number;
  confidence: number[];
}

describe("KPI.SMR reproduces PHEindicatormethods 2.1.0 calculate_ISRatio and calculate_ISRate (test/reference/rates.json)", () => {
  const reference = loadReference<IndirectInput, Expected>("rates.json");
  const cases = reference.cases.filter((c) => c.type === "isratio" || c.type === "israte");

  test("every ISR case of the file is taken", () => {
    expect(cases).toHaveLength(16);
  });

  // testISRatios.R and testISRates.R on testdata_DSR_ISR.xlsx: KPI.SMR gives the ratio (multiplier 1; the x100
  // cases are the same ratio times 100) and the rate per `per` (the ISRate multiplier) in one row.
  test.each(cases.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input;
    const per = c.type === "israte" ? input.multiplier : 100000;
    const cells = both("SMR", row(input.count), row(input.pop), row(input.x_ref), row(input.n_ref), per, [input.confidence])[0] as number[];
    const ratioScale = c.type === "isratio" ? input.multiplier : 1;
    const offset = c.type === "isratio" ? 0 : 5;
    const keys = ["value", "lower95", "upper95", "lower99_8", "upper99_8"];
    keys.forEach((key, i) => {
      const want = c.expected[key];
      // The Area cases publish only the 95% limits (one confidence level in the package's test).
      if (want === null) return;
      const got = c.type === "isratio" ? cells[i] * ratioScale : cells[offset + i];
      expectClose(got, want as number, TESTTHAT_TOLERANCE);
    });
    // The observed total in place of the age bands (calculate_ISRatio's observed_totals) gives the same row.
    const total = input.count.reduce<number>((sum, x) => sum + (x ?? 0), 0);
    expect(both("SMR", total, row(input.pop), column(input.x_ref), column(input.n_ref), per, [input.confidence])[0]).toEqual(cells);
  });

  test("several areas as a block (one row each) with the reference as one shared row", () => {
    const ratios = cases.filter((c) => c.type === "isratio" && c.input.multiplier === 1);
    const cells = both("SMR", ratios.map((c) => c.input.count.map((x) => x ?? "")), ratios.map((c) => c.input.pop.map((x) => x ?? "")), row(ratios[0].input.x_ref), row(ratios[0].input.n_ref));
    ratios.forEach((c, i) => expectClose(cells[i][0] as number, c.expected.value as number, TESTTHAT_TOLERANCE));
  });
});

interface SiiInput {
  population: number[];
  value: number[];
  lower_cl: number[];
  upper_cl: number[];
  value_type: string;
  multiplier: number;
  confidence: number[];
  repetitions: number;
}
interface SiiExpected {
  sii: number;
  rii: number;
  limits: { confidence: number; sii_lower: number; sii_upper: number; rii_lower: number; rii_upper: number }[];
}

/**
 * How far a simulated limit may be from the sheet's, in units of the interval's width: four standard
 * errors of the difference between two independent simulations of N draws (the sheet's run and ours).
 * The order statistic at tail probability p of N draws from a normal distribution has standard error
 * sqrt(p (1 - p) / N) / φ(z_p) standard deviations, and the interval is 2 z_p standard deviations wide.
 */
function simulationTolerance(confidence: number, repetitions: number): number {
  const p = (1 - confidence) / 2;
  // z_p and the normal density there, for the levels the file uses (R qnorm, dnorm).
  const z: Record<string, number> = { "0.95": 1.959963984540054, "0.99": 2.5758293035489004 };
  const zp = z[String(confidence)];
  const density = Math.exp((-zp * zp) / 2) / Math.sqrt(2 * Math.PI);
  const standardError = Math.sqrt((p * (1 - p)) / repetitions) / density;
  return (4 * Math.SQRT2 * standardError) / (2 * zp);
}

describe("KPI.SII reproduces PHEindicatormethods 2.1.0 phe_sii (test/reference/sii.json)", () => {
  const reference = loadReference<SiiInput, SiiExpected>("sii.json");

  test("the tolerance of the simulated limits: about 1.2% of the interval's width at 95% and 100,000 repetitions", () => {
    expectClose(simulationTolerance(0.95, 100000), 0.01219, 1e-3);
    expect(simulationTolerance(0.95, 10000)).toBeCloseTo(simulationTolerance(0.95, 100000) * Math.sqrt(10), 12);
  });

  // testSII.R on testdata_SII.xlsx (phe_sii with lower_cl and upper_cl, transform = FALSE). The point estimates are
  // deterministic and equal the sheet's to machine precision; the limits are simulated (mulberry32, seed
  // SII_SIMULATION_SEED), the sheet's by another run, so they agree within simulation error.
  test.each(reference.cases.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input;
    const cells = both(
      "SII",
      row(input.value),
      row(input.population),
      row(input.lower_cl),
      row(input.upper_cl),
      input.value_type,
      input.multiplier,
      [input.confidence],
      input.repetitions,
    )[0] as number[];
    const levels = input.confidence.length;
    expectClose(cells[0], c.expected.sii, 1e-12);
    expectClose(cells[1 + 2 * levels], c.expected.rii, 1e-12);
    c.expected.limits.forEach((limit, k) => {
      const tolerance = simulationTolerance(limit.confidence, input.repetitions);
      const siiWidth = Math.abs(limit.sii_upper - limit.sii_lower);
      const riiWidth = Math.abs(limit.rii_upper - limit.rii_lower);
      expectClose(cells[1 + 2 * k], limit.sii_lower, 0, tolerance * siiWidth);
      expectClose(cells[2 + 2 * k], limit.sii_upper, 0, tolerance * siiWidth);
      expectClose(cells[2 + 2 * levels + 2 * k], limit.rii_lower, 0, tolerance * riiWidth);
      expectClose(cells[3 + 2 * levels + 2 * k], limit.rii_upper, 0, tolerance * riiWidth);
    });
  });

  test("the limits repeat exactly: the same call twice, and a row alone or inside a block", () => {
    const [first, second] = reference.cases.slice(0, 2).map((c) => c.input);
    const args = (input: SiiInput) => [row(input.value), row(input.population), row(input.lower_cl), row(input.upper_cl)];
    const alone = both("SII", ...args(second));
    expect(both("SII", ...args(second))).toEqual(alone);
    const block = both("SII", [first.value, second.value], [first.population, second.population], [first.lower_cl, second.lower_cl], [first.upper_cl, second.upper_cl]);
    expect(block[1]).toEqual(alone[0]);
  });

  test("without the quantiles' limits: the SII and RII, limits left empty", () => {
    const input = reference.cases[1].input;
    const cells = both("SII", column(input.value), column(input.population))[0];
    expectClose(cells[0] as number, reference.cases[1].expected.sii, 1e-12);
    expect([cells[1], cells[2], cells[4], cells[5]]).toEqual(["", "", "", ""]);
  });
});

/** Fingertips significance names (benchmark.json notes) to KPI Scrutiny's labels. */
const FINGERTIPS_LABEL: Record<string, string> = { Same: "Similar", Better: "Better", Worse: "Worse", None: "Not compared" };

describe("KPI.COMPARE reproduces Fingertips' area-to-area and SPC-for-DSR comparisons (test/reference/benchmark.json)", () => {
  const reference = loadReference("benchmark.json");
  const twoIntervals = reference.cases.filter((c) => c.method === "double_overlapping_ci_95");
  const spcForDsr = reference.cases.filter((c) => c.method === "spc_for_dsr");

  test("every two-interval and SPC-for-DSR case of the file is taken", () => {
    expect([twoIntervals.length, spcForDsr.length]).toEqual([7, 3]);
  });

  type Estimate = { value: number; lower95: number | null; upper95: number | null };
  // fingertips-open DoubleOverlappingCIsComparerTest.cs: the area's interval (type "interval": lower limit as
  // numerator, upper as denominator) against the comparator's value and its own interval (comparator_lower,
  // comparator_upper). A column of two rows, so that a blank limit is a missing cell rather than an omitted argument.
  test.each(twoIntervals.map((c) => [c.name, c]))("%s", (_name, c) => {
    const { area, comparator } = c.input as { area: Estimate; comparator: Estimate };
    const compare = (one: Estimate, other: Estimate) =>
      both("COMPARE", column([one.lower95, 1]), column([one.upper95, 2]), column([other.value, 1.5]), "lower", "interval", "", "", column([other.lower95, 1]), column([other.upper95, 2]))[0][0];
    const expected = c.expected as Record<string, string>;
    expect(compare(area, comparator)).toBe(FINGERTIPS_LABEL[expected.RagLowIsGood]);
    if (expected.reversed_roles !== undefined) expect(compare(comparator, area)).toBe(FINGERTIPS_LABEL[expected.reversed_roles]);
  });

  // fingertips-open SpcForDsrComparerTest.cs: the area's DSR (numerator) and population (denominator) against
  // Poisson control limits around the benchmark, at 95% (p 0.025) and 99.8% (p 0.001).
  test.each(spcForDsr.map((c) => [c.name, c]))("%s", (_name, c) => {
    const input = c.input as { benchmark: number; value: number; population: number; unit: number; polarity: string };
    const expected = c.expected as Record<string, string>;
    const at = (confidence: unknown) => both("COMPARE", input.value, input.population, input.benchmark, "lower", "dsr", confidence, input.unit)[0][0];
    expect(at(0.95)).toBe(FINGERTIPS_LABEL[expected["p_0.025"]]);
    expect(at(0.998)).toBe(FINGERTIPS_LABEL[expected["p_0.001"]]);
    // Both levels: Better at 95% and Similar at 99.8% stays Better; Better at both would be Best.
    const pair = at([[0.95, 0.998]]);
    const strong = expected["p_0.001"] !== "Same";
    expect(pair).toBe(strong ? (expected["p_0.025"] === "Better" ? "Best" : "Worst") : FINGERTIPS_LABEL[expected["p_0.025"]]);
  });

  test("the control limits behind those labels are the file's derived limits (expected_derived)", () => {
    // benchmark.json expected_derived: Fingertips' PoisLow / PoisHigh (bisection to 1e-7) around E = benchmark x
    // population / unit. Placing a rate just inside and just outside each derived limit (0.01% away) shows KPI.COMPARE
    // draws its limits there.
    for (const c of spcForDsr) {
      const input = c.input as { benchmark: number; population: number; unit: number };
      const derived = (c as unknown as { expected_derived: Record<string, number> }).expected_derived;
      const at = (rate: number, confidence: number) => both("COMPARE", rate, input.population, input.benchmark, "neutral", "dsr", confidence, input.unit)[0][0];
      for (const [confidence, lower, upper] of [
        [0.95, derived.lower_limit_95, derived.upper_limit_95],
        [0.998, derived.lower_limit_99_8, derived.upper_limit_99_8],
      ]) {
        expect([at(lower * 1.0001, confidence), at(lower * 0.9999, confidence)]).toEqual(["Similar", "Lower"]);
        expect([at(upper * 0.9999, confidence), at(upper * 1.0001, confidence)]).toEqual(["Similar", "Higher"]);
      }
    }
  });
});

describe("KPI.QUANTILE reproduces Fingertips' quintiles (test/reference/benchmark.json)", () => {
  const reference = loadReference("benchmark.json");
  const c = reference.cases.find((one) => one.method === "quintiles")!;
  const input = c.input as { values: number[]; queries: number[] };
  const expected = c.expected as Record<string, Record<string, number>>;

  // fingertips-open QuintilesComparerTest.cs on 1..10: cut points 2.8, 4.6, 6.4, 8.2 (type 7 percentiles).
  test.each([
    ["RagHighIsGood", "higher"],
    ["RagLowIsGood", "lower"],
  ])("%s", (fingertips, polarity) => {
    const queries = Object.keys(expected[fingertips]).map(Number);
    const cells = both("QUANTILE", column(queries), row(input.values), 5, polarity);
    expect(cells.map((cell) => cell[0])).toEqual(queries.map((query) => expected[fingertips][String(query)]));
  });

  test("no polarity: Fingertips numbers quintiles from the lowest value, KPI.QUANTILE (like KPI.QUARTILE) from the highest", () => {
    const queries = Object.keys(expected.no_polarity).map(Number);
    const cells = both("QUANTILE", column(queries), row(input.values), 5, "neutral");
    expect(cells.map((cell) => cell[0])).toEqual(queries.map((query) => 6 - expected.no_polarity[String(query)]));
  });
});

describe("no reference case is left unreproduced", () => {
  // Which test reproduces each kind of case: this file, or test/hosts/benchmark-reference.test.ts (and, for the
  // Byar's limits below 10 events that no formula returns, test/core/benchmark-core.test.ts). A new kind of case
  // added to a file fails here until a test takes it.
  test("benchmark.json: every comparison method has its test", () => {
    const methods = new Set(loadReference("benchmark.json").cases.map((c) => c.method));
    expect([...methods].sort()).toEqual([
      // polarity_not_applicable: Fingertips' NotApplicable polarity (-1) makes every comparer return None. KPI
      // Scrutiny has no such polarity (neutral still compares, worded Higher / Lower); a row with no comparator is
      // Not compared, checked just below.
      "any",
      "double_overlapping_ci_95", // this file, KPI.COMPARE with comparator_lower and comparator_upper
      "quintiles", // this file, KPI.QUANTILE
      "single_overlapping_ci_95", // benchmark-reference.test.ts, KPI.COMPARE type "interval"
      "single_overlapping_ci_95_and_99_8", // benchmark-core.test.ts, compareWithComparator
      "spc_for_dsr", // this file, KPI.COMPARE type "dsr"
      "spc_for_proportions", // benchmark-reference.test.ts, KPI.FUNNEL
    ]);
  });

  test("a row with no comparator is Not compared (Fingertips None)", () => {
    expect(both("COMPARE", column([650, 650]), column([1000, 1000]), column([0.6, ""]), "higher").map((cells) => cells[0])).toEqual(["Better", "Not compared"]);
  });

  test("rates.json: crude rates, Byar's limits, DSRs and ISRs", () => {
    const kinds = new Set(loadReference("rates.json").cases.map((c) => String(c.type ?? (c.name.startsWith("byars") ? "byars" : "crude rate"))));
    expect([...kinds].sort()).toEqual(["byars", "crude rate", "dsr", "dsr_nonindependent", "israte", "isratio"]);
  });
});
