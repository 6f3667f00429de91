/**
 * Inequality across deprivation quantiles in a KPI's analysis: the slope and relative index of
 * inequality of the latest period, the comparison with an earlier one and the narrative's sentence.
 * Point estimates are PHEindicatormethods 2.1.0's own test values (test/reference/sii.json,
 * testdata_SII.xlsx); the limits are the KPI.SII engine's (checked against the same file within
 * simulation error in test/hosts/public-health-reference.test.ts); the verdicts follow from the
 * sheet's own 95% limits, quoted beside each case.
 */
import fc from "fast-check";
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { changeOfGap, inequalityOf } from "../../core/analysis/inequality-of";
import { inequalityScaleOf } from "../../core/analysis/inequality-value-type";
import type { QuantilePeriod } from "../../core/analysis/inequality-types";
import type { KpiInput } from "../../core/analysis/types";
import { slopeIndexOfInequality } from "../../core/public-health/slope-index-of-inequality";
import { readUnit } from "../../core/values/units";
import { expectClose, loadReference } from "../helpers/reference";

interface SiiInput {
  population: number[];
  value: number[];
  lower_cl: number[];
  upper_cl: number[];
  value_type: "normal" | "rate" | "proportion";
  multiplier: number;
}
interface SiiExpected {
  sii: number;
  rii: number;
  limits: { confidence: number; sii_lower: number; sii_upper: number }[];
}

const reference = loadReference<SiiInput, SiiExpected>("sii.json");
const byName = (name: string) => {
  const found = reference.cases.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no case ${name} in sii.json`);
  return found;
};

/** One period of a reference case, its numbers multiplied by `scale` (100 turns proportions into percentages). */
function periodOf(period: string, name: string, scale = 1): QuantilePeriod {
  const input = byName(name).input;
  return {
    period,
    values: input.value.map((x) => x * scale),
    populations: input.population,
    lower: input.lower_cl.map((x) => x * scale),
    upper: input.upper_cl.map((x) => x * scale),
  };
}

const KPI: KpiInput = { name: "Indicator", periods: ["2017/18", "2018/19", "2019/20"], values: [20, 19, 18], polarity: "lower", unit: "%" };

/** The last sentence of a paragraph. */
const lastSentence = (text: string) => text.split(/(?<=\.) (?=[A-Z])/).pop();

describe("the value type and multiplier come from the KPI's unit (PHEindicatormethods phe_sii value_type)", () => {
  test.each([
    ["%", [45, 52], { valueType: "proportion", per: 100 }],
    ["%", [0.45, 0.52], { valueType: "proportion", per: 1 }],
    ["per 100,000", [512.3], { valueType: "rate", per: 1 }],
    ["Rate per 1,000 population", [12.4], { valueType: "rate", per: 1 }],
    ["years", [78.2], { valueType: "normal", per: 1 }],
    ["", [3], { valueType: "normal", per: 1 }],
  ])("%s", (text, sample, expected) => {
    expect(inequalityScaleOf(text as string, readUnit(text as string, sample as number[]))).toEqual(expected);
  });
});

describe("the indices of each period and the change of the gap", () => {
  test("percentages by decile over three years: the latest SII in percentage points, narrowed since the first", () => {
    // testdata_SII proportions area1 then area2 as percentages; phe_sii multiplier 100 gives SII -10.72 and -5.82.
    const periods = [periodOf("2017/18", "proportion_default_parameters_area1", 100), periodOf("2018/19", "proportion_default_parameters_area1", 100), periodOf("2019/20", "proportion_default_parameters_area2", 100)];
    const summary = inequalityOf(periods, "%", readUnit("%", [20]))!;
    const area1 = byName("proportion_testing_multiplier_x_100_area1").expected;
    const area2 = byName("proportion_testing_multiplier_x_100_area2").expected;
    expect(summary.byPeriod.map((point) => point.period)).toEqual(["2017/18", "2018/19", "2019/20"]);
    summary.byPeriod.forEach((point, i) => expectClose(point.sii, [area1, area1, area2][i].sii, 1e-12));
    expectClose(summary.latest!.sii, area2.sii, 1e-12);
    expectClose(summary.latest!.rii, area2.rii, 1e-12);
    expectClose(summary.earlier!.sii, area1.sii, 1e-12);
    expect(summary.earlier!.period).toBe("2017/18");
    // The limits are KPI.SII's engine on the sheet's proportions with multiplier 100, draw for draw.
    const input = byName("proportion_default_parameters_area2").input;
    const engine = slopeIndexOfInequality(input.value, input.population, { valueType: "proportion", per: 100 }, { lower: input.lower_cl, upper: input.upper_cl }).intervals[0];
    expectClose(summary.latest!.siiInterval!.lower, engine.sii.lower, 1e-12);
    expectClose(summary.latest!.siiInterval!.upper, engine.sii.upper, 1e-12);
    expectClose(summary.latest!.riiInterval!.upper, engine.rii.upper, 1e-12);
    // The sheet's limits: area1 -11.22 to -10.22, area2 -6.22 to -5.42; far apart, so narrowed.
    expect(area1.limits[0].sii_upper).toBeLessThan(area2.limits[0].sii_lower);
    expect(summary.change).toBe("narrowed");
    expect(summary.problem).toBeUndefined();
    expect(summary.skipped).toEqual([]);
  });

  test("life expectancy by decile (years): widened", () => {
    // testdata_SII default area1 SII 6.93 (3.13 to 10.76), area2 12.55 (11.94 to 13.16): apart.
    const summary = inequalityOf([periodOf("2015-17", "default_default_parameters_area1"), periodOf("2018-20", "default_default_parameters_area2")], "years", readUnit("years"))!;
    expect(summary.valueType).toBe("normal");
    expectClose(summary.latest!.sii, byName("default_default_parameters_area2").expected.sii, 1e-12);
    expect(summary.change).toBe("widened");
  });

  test("a rate by decile: narrowed, simulated on the log scale", () => {
    // testdata_SII rate area1 SII -3.28 (-3.59 to -2.97), area2 -2.29 (-2.40 to -2.18): apart.
    const summary = inequalityOf([periodOf("2019", "rate_default_parameters_area1"), periodOf("2020", "rate_default_parameters_area2")], "per 1,000", readUnit("per 1,000"))!;
    expect(summary.valueType).toBe("rate");
    expectClose(summary.latest!.rii, byName("rate_default_parameters_area2").expected.rii, 1e-12);
    expect(summary.change).toBe("narrowed");
  });

  test("changeOfGap: a verdict only when the intervals do not overlap", () => {
    const point = (sii: number, lower: number, upper: number) => ({ period: "p", sii, rii: 1, siiInterval: { lower, upper } });
    expect(changeOfGap(point(10, 8, 12), point(5, 3, 7))).toBe("narrowed");
    expect(changeOfGap(point(10, 8, 12), point(5, 3, 8))).toBe("could be chance");
    expect(changeOfGap(point(-10, -12, -8), point(-15, -17, -13))).toBe("widened");
    expect(changeOfGap(point(-10, -12, -8), point(4, 2, 6))).toBe("reversed");
    expect(changeOfGap({ period: "p", sii: 10, rii: 1 }, point(5, 3, 7))).toBe("cannot be judged");
  });
});

describe("the narrative's sentence", () => {
  test("narrowed: the gap, the end that is higher and the verdict, after the three usual sentences", () => {
    const quantiles = [periodOf("2017/18", "proportion_default_parameters_area1", 100), periodOf("2019/20", "proportion_default_parameters_area2", 100)];
    const analysis = analyseKpi({ ...KPI, quantiles });
    const without = analyseKpi(KPI);
    expect(analysis.narrative.startsWith(without.narrative)).toBe(true);
    // |SII| 5.82 percentage points, negative: the most deprived end is higher.
    expect(lastSentence(analysis.narrative)).toBe("The gap between the most and least deprived was about 5.8 percentage points in 2019/20, higher among the most deprived, and has narrowed since 2017/18.");
  });

  test("overlapping intervals: the change cannot be told apart from chance", () => {
    // The same deciles a year apart, all a tenth of a year higher: the intervals overlap almost wholly.
    const first = periodOf("2017-19", "default_default_parameters_area1");
    const second = { ...first, period: "2018-20", values: first.values.map((x) => (x as number) + 0.1 * (x as number > 80 ? 1 : 0)) };
    const analysis = analyseKpi({ name: "Life expectancy at birth", values: [80, 80.1], periods: ["2017-19", "2018-20"], polarity: "higher", unit: "years", quantiles: [first, second] });
    expect(analysis.inequality!.change).toBe("could be chance");
    expect(lastSentence(analysis.narrative)).toMatch(/^The gap between the most and least deprived was about 7(\.\d)? years in 2018-20, higher among the least deprived; its change since 2017-19 cannot be told apart from chance\.$/);
  });

  test("without the deciles' limits: the gap, and that its change cannot be judged", () => {
    const strip = (period: QuantilePeriod): QuantilePeriod => ({ period: period.period, values: period.values, populations: period.populations });
    const quantiles = [strip(periodOf("2017/18", "proportion_default_parameters_area1", 100)), strip(periodOf("2019/20", "proportion_default_parameters_area2", 100))];
    const analysis = analyseKpi({ ...KPI, quantiles });
    expect(analysis.inequality!.latest!.siiInterval).toBeUndefined();
    expect(analysis.inequality!.change).toBe("cannot be judged");
    expect(lastSentence(analysis.narrative)).toBe("The gap between the most and least deprived was about 5.8 percentage points in 2019/20, higher among the most deprived; its change cannot be judged without confidence limits.");
  });

  test("one period: the gap only", () => {
    const analysis = analyseKpi({ ...KPI, quantiles: [periodOf("2019/20", "proportion_default_parameters_area2", 100)] });
    expect(analysis.inequality!.change).toBeUndefined();
    expect(lastSentence(analysis.narrative)).toBe("The gap between the most and least deprived was about 5.8 percentage points in 2019/20, higher among the most deprived.");
  });

  test("never says narrowed, widened or reversed when the two intervals overlap (random decile tables)", () => {
    const decile = fc.record({ value: fc.double({ min: 60, max: 90, noNaN: true }), halfWidth: fc.double({ min: 0.2, max: 6, noNaN: true }), population: fc.integer({ min: 500, max: 30000 }) });
    const year = fc.array(decile, { minLength: 10, maxLength: 10 });
    const periodFrom = (period: string, rows: { value: number; halfWidth: number; population: number }[]): QuantilePeriod => ({
      period,
      values: rows.map((row) => row.value),
      populations: rows.map((row) => row.population),
      lower: rows.map((row) => row.value - row.halfWidth),
      upper: rows.map((row) => row.value + row.halfWidth),
    });
    let overlapping = 0;
    fc.assert(
      fc.property(year, year, (first, second) => {
        const analysis = analyseKpi({ name: "Life expectancy", values: [80, 81], periods: ["2018", "2019"], polarity: "higher", unit: "years", quantiles: [periodFrom("2018", first), periodFrom("2019", second)] });
        const { earlier, latest } = analysis.inequality!;
        const a = earlier!.siiInterval!;
        const b = latest!.siiInterval!;
        const overlap = a.lower <= b.upper && b.lower <= a.upper;
        if (overlap) overlapping += 1;
        const claims = /\b(narrowed|widened|reversed)\b/.test(analysis.narrative);
        expect({ overlap, claims }).toEqual({ overlap, claims: !overlap });
      }),
      { numRuns: 15, seed: 20240517 },
    );
    // Both kinds were met: some pairs overlap, some do not.
    expect(overlapping).toBeGreaterThan(0);
    expect(overlapping).toBeLessThan(15);
  });
});

describe("bad quantiles: a clear message, and nothing else changes", () => {
  const good = periodOf("2019/20", "proportion_default_parameters_area2", 100);
  const labels = ["Most deprived decile", "Second most deprived decile", "Third more deprived decile", "Fourth more deprived decile", "Fifth more deprived decile", "Fifth less deprived decile", "Fourth less deprived decile", "Third less deprived decile", "Second least deprived decile", "Least deprived decile"];

  test("a decile with a population of zero", () => {
    const bad = { ...good, labels, populations: good.populations.map((people, i) => (i === 2 ? 0 : people)) };
    const analysis = analyseKpi({ ...KPI, quantiles: [bad] });
    expect(analysis.inequality!.problem).toBe("the population of Third more deprived decile in 2019/20 is 0: enter the population (or denominator) of every deprivation group, above zero");
    expect(analysis.inequality!.latest).toBeUndefined();
    const { inequality, ...rest } = analysis;
    expect(rest).toEqual(analyseKpi(KPI));
  });

  test("only one decile has a value", () => {
    const one = { ...good, labels, values: good.values.map((value, i) => (i === 0 ? value : null)) };
    const analysis = analyseKpi({ ...KPI, quantiles: [one] });
    expect(analysis.inequality!.problem).toBe(
      "only 1 of the 10 deprivation groups has a value for 2019/20 (none for Second most deprived decile, Third more deprived decile, Fourth more deprived decile and 6 more): the gap between the most and least deprived needs a value for every group",
    );
    expect(analysis.narrative).toBe(analyseKpi(KPI).narrative);
  });

  test("a single quantile given, and a percentage over 100", () => {
    const single: QuantilePeriod = { period: "2019/20", values: [12], populations: [1000] };
    expect(inequalityOf([single], "%", readUnit("%", [12]))!.problem).toBe(
      "2019/20 has 1 deprivation group: the gap between the most and least deprived needs 5 to 100 (quintiles or deciles), each with a value",
    );
    const over = { ...good, values: good.values.map((value, i) => (i === 9 ? 120 : value)) };
    expect(inequalityOf([over], "%", readUnit("%", [20]))!.problem).toBe("quantile 10 in 2019/20 is 120%, which is not a percentage from 0% to 100%: check the deprivation table, or the KPI's unit");
  });

  test("a bad earlier period is left out of the comparison, with its reason", () => {
    const first = { ...periodOf("2016/17", "proportion_default_parameters_area1", 100), populations: [0, ...good.populations.slice(1)] };
    const summary = inequalityOf([first, periodOf("2017/18", "proportion_default_parameters_area1", 100), good], "%", readUnit("%", [20]))!;
    expect(summary.skipped).toEqual([{ period: "2016/17", reason: expect.stringMatching(/^the population of quantile 1 in 2016\/17 is 0/) }]);
    expect(summary.earlier!.period).toBe("2017/18");
    expect(summary.change).toBe("narrowed");
  });
});
