/**
 * The public health formulas, called through the BUILT Excel and Sheets bundles, reproduce the
 * published reference vectors of PHEindicatormethods 2.1.0: every DSR and ISR case of
 * test/reference/rates.json and every SII case of test/reference/sii.json, to the tolerance each
 * file states. Both hosts must give the same cells. (The Fingertips comparisons of
 * test/reference/benchmark.json are in public-health-comparisons.test.ts.)
 */
import { both, column, failure, row } from "../helpers/both-hosts";
import { expectClose, loadReference } from "../helpers/reference";

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

describe("no reference case is left unreproduced", () => {
  // Which test reproduces each kind of case: dsr, dsr_nonindependent, israte and isratio this file; crude rates
  // test/hosts/benchmark-reference.test.ts (KPI.RATECI); Byar's limits below 10 events, which no formula returns,
  // test/core/benchmark-core.test.ts. A new kind of case added to the file fails here until a test takes it.
  test("rates.json: crude rates, Byar's limits, DSRs and ISRs", () => {
    const kinds = new Set(loadReference("rates.json").cases.map((c) => String(c.type ?? (c.name.startsWith("byars") ? "byars" : "crude rate"))));
    expect([...kinds].sort()).toEqual(["byars", "crude rate", "dsr", "dsr_nonindependent", "israte", "isratio"]);
  });
});
