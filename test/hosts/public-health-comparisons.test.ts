/**
 * KPI.COMPARE and KPI.QUANTILE, called through the BUILT Excel and Sheets bundles, reproduce
 * Fingertips' area-to-area (two-interval), SPC-for-DSR and quintile cases of
 * test/reference/benchmark.json. Both hosts must give the same cells.
 */
import { both, column, row } from "../helpers/both-hosts";
import { loadReference } from "../helpers/reference";

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
});
