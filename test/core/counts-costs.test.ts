/**
 * What counts and costs add to analyseKpi: the latest value's interval (Wilson, Byar, exact
 * Poisson), the Fingertips comparison with a comparator, the funnel position among peers, the cost
 * per unit in real terms, value for money and the cost quadrant. Expected intervals are
 * PHEindicatormethods 2.1.0's (test/reference/proportions.json, rates.json, funnel.json); labels
 * are read by hand from those published limits.
 */
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import type { KpiInput } from "../../core/analysis/types";
import { countScale } from "../../core/benchmark/count-scale";
import { funnelLimits } from "../../core/benchmark/funnel-limits";
import { funnelPosition } from "../../core/benchmark/funnel-position";
import { expectClose, loadReference } from "../helpers/reference";

type Limits = { value: number; lower95: number; upper95: number; lower99_8: number; upper99_8: number; method?: string };
const proportions = loadReference<{ numerator: number; denominator: number; multiplier: number }, Limits>("proportions.json");
const rates = loadReference<{ numerator: number; denominator: number; multiplier: number }, Limits>("rates.json");
const byName = <T extends { name: string }>(cases: T[], name: string): T => cases.find((c) => c.name === name)!;

const YEARS = ["2018/19", "2019/20", "2020/21", "2021/22", "2022/23"];

/** A KPI whose latest value is a reference case's value, with its counts. */
function kpiOf(value: number, numerator: number, denominator: number, extra: Partial<KpiInput> = {}): KpiInput {
  return {
    name: "Screening coverage",
    periods: YEARS,
    values: [value * 0.98, value * 1.01, value * 0.99, value * 1.02, value],
    numerators: [null, null, null, null, numerator],
    denominators: [null, null, null, null, denominator],
    polarity: "higher",
    ...extra,
  };
}

describe("countScale: what a value is of its counts", () => {
  test.each([
    ["a percentage, rounded to one decimal (999 of 3,456 is 28.906...%)", 28.9, 999, 3456, "%", { type: "proportion", per: 100 }],
    ["a percentage kept as a fraction", 0.289, 999, 3456, "%", { type: "proportion", per: 1 }],
    ["a proportion with no unit", 0.65, 65, 100, "", { type: "proportion", per: 1 }],
    ["a crude rate per 100,000 (PHEindicatormethods Area6)", 102.80420256339154, 7776456, 7564336677, "", { type: "rate", per: 100000 }],
    ["a rate named by its unit, though the count is below the population", 65, 65, 100, "per 100", { type: "rate", per: 100 }],
    ["more events than population (PHEindicatormethods Area12)", 113636.36363636365, 250, 220, "", { type: "rate", per: 100000 }],
    ["a rate per 1,000 named in the unit", 6.9, 222, 32150, "per 1,000 population", { type: "rate", per: 1000 }],
  ])("%s", (_name, value, numerator, denominator, unit, expected) => {
    expect(countScale(value as number, numerator as number, denominator as number, unit as string)).toEqual(expected);
  });

  test("an age-standardised rate is not its count over its population (PHEindicatormethods DSR: 895 events, 8,970 people, 10,430.2 per 100,000)", () => {
    // 895 / 8970 x 100,000 = 9,977.7: 4.3% from the DSR, beyond rounding.
    expect(countScale(10430.247991469423, 895, 8970, "per 100,000")).toBeUndefined();
    expect(countScale(10430.2, 895, 8970, "")).toBeUndefined();
  });
});

describe("the latest value's interval from its counts", () => {
  test.each(["Area4", "Area5", "Area7", "Area8"])("a percentage: Wilson, as phe_proportion (%s, multiplier 100)", (area) => {
    const c = byName(proportions.cases, `phe_proportion_${area}_x100`);
    const analysis = analyseKpi(kpiOf(c.expected.value, c.input.numerator, c.input.denominator, { unit: "%" }));
    expect(analysis.interval).toMatchObject({ method: "Wilson", type: "proportion", per: 100, confidence: 0.95 });
    expectClose(analysis.interval!.lower, c.expected.lower95, 1e-9);
    expectClose(analysis.interval!.upper, c.expected.upper95, 1e-9);
    expectClose(analysis.interval!.lower998!, c.expected.lower99_8, 1e-9);
    expectClose(analysis.interval!.upper998!, c.expected.upper99_8, 1e-9);
  });

  test.each([
    ["Area2", "exact Poisson"],
    ["Area7", "Byar"],
    ["Area12", "Byar"],
  ])("a rate per 100,000: exact Poisson below 10 events, Byar from 10, as phe_rate (%s)", (area, method) => {
    const c = byName(rates.cases, `phe_rate_${area}_per100000`);
    const analysis = analyseKpi(kpiOf(c.expected.value, c.input.numerator, c.input.denominator));
    expect(analysis.interval).toMatchObject({ method, type: "rate", per: 100000 });
    expectClose(analysis.interval!.lower, c.expected.lower95, 1e-9);
    expectClose(analysis.interval!.upper, c.expected.upper95, 1e-9);
    expectClose(analysis.interval!.lower998!, c.expected.lower99_8, 1e-9);
    expectClose(analysis.interval!.upper998!, c.expected.upper99_8, 1e-9);
  });

  test("counts that are not the value give no interval, and say why", () => {
    const dsr = byName(rates.cases, "dsr_esp2013_testdata_big_per100000").expected as unknown as { total_count: number; total_pop: number; value: number };
    const analysis = analyseKpi(kpiOf(dsr.value, dsr.total_count, dsr.total_pop, { unit: "per 100,000" }));
    expect(analysis.interval).toBeUndefined();
    expect(analysis.warnings.join(" ")).toMatch(/is not its numerator over its denominator \(895 ÷ 8,970\).*age-standardised/);
  });

  test("no counts for the latest period: no interval, and a warning", () => {
    const input = kpiOf(28.9, 999, 3456, { unit: "%" });
    input.numerators = [300, 310, 320, 330, null];
    const analysis = analyseKpi(input);
    expect(analysis.interval).toBeUndefined();
    expect(analysis.warnings).toContain("There is no numerator and denominator for 2022/23, so no interval is worked out for the latest value.");
  });
});

describe("the comparison with a comparator, as Fingertips makes it", () => {
  // phe_proportion Area8 x100: 28.906%, 95% 27.419 to 30.440, 99.8% 26.584 to 31.345 (PHEindicatormethods).
  const area8 = (comparator: number, polarity: "higher" | "lower" | "neutral" = "higher") =>
    analyseKpi(kpiOf(28.90625, 999, 3456, { unit: "%", polarity, comparator: { name: "England", value: comparator } })).comparison;

  test.each([
    [57.5, "higher", "Worst"], // above even the 99.8% upper limit 31.345
    [31.0, "higher", "Worse"], // above the 95% upper limit 30.440, inside the 99.8% interval
    [29.0, "higher", "Similar"], // inside the 95% interval
    [27.0, "higher", "Better"], // below the 95% lower limit 27.419, inside the 99.8% interval
    [20.0, "higher", "Best"], // below even the 99.8% lower limit 26.584
    [20.0, "lower", "Worst"],
    [31.0, "neutral", "Lower"],
  ])("England at %d%%, %s is better: %s", (comparator, polarity, label) => {
    expect(area8(comparator, polarity as "higher")).toEqual({ label, comparator: "England", comparatorValue: comparator, basis: "counts" });
  });

  test("without counts, the published limits are compared (Dobson limits of an age-standardised rate, PHEindicatormethods)", () => {
    const dsr = byName(rates.cases, "dsr_esp2013_testdata_big_per100000").expected as unknown as Limits & { total_count: number; total_pop: number };
    const analysis = analyseKpi({
      name: "Mortality",
      periods: YEARS,
      values: [10800, 10700, 10600, 10500, dsr.value],
      polarity: "lower",
      comparator: { name: "England", value: 9000 },
      published: { lower95: dsr.lower95, upper95: dsr.upper95, lower998: dsr.lower99_8, upper998: dsr.upper99_8 },
    });
    expect(analysis.interval).toEqual({ lower: dsr.lower95, upper: dsr.upper95, confidence: 0.95, lower998: dsr.lower99_8, upper998: dsr.upper99_8, method: "published" });
    // 9,000 is below the 99.8% lower limit 9,323.3, and lower is better: Worst.
    expect(analysis.comparison).toEqual({ label: "Worst", comparator: "England", comparatorValue: 9000, basis: "published limits" });
  });

  test("a published label without counts or limits is shown as given, never recomputed", () => {
    const analysis = analyseKpi({
      name: "Year 6 obesity",
      periods: YEARS,
      values: [17.6, 17.8, null, 17.9, 18.3],
      polarity: "lower",
      comparator: { name: "England", value: 22.7 },
      published: { comparison: "Better", comparedWith: "England" },
    });
    expect(analysis.interval).toBeUndefined();
    expect(analysis.comparison).toEqual({ label: "Better", comparator: "England", basis: "published label" });
  });

  test("counts that disagree with the label the source published are flagged", () => {
    const analysis = analyseKpi(kpiOf(28.90625, 999, 3456, { unit: "%", comparator: { name: "England", value: 29 }, published: { comparison: "Worse", comparedWith: "England" } }));
    expect(analysis.comparison?.label).toBe("Similar");
    expect(analysis.warnings.join(" ")).toMatch(/from the counts, 2022\/23 is "Similar" against England, but the source published "Worse"/);
  });
});

describe("bad counts stop the KPI with a message that names the period", () => {
  test("a denominator of zero", () => {
    const input = kpiOf(28.9, 999, 3456, { unit: "%" });
    input.denominators = [3400, 3410, 0, 3440, 3456];
    expect(() => analyseKpi(input)).toThrow("denominators for 2020/21 is 0, which leaves nothing to divide by; enter the number of cases or the population (more than zero), or leave the cell blank");
  });

  test("a negative numerator", () => {
    const input = kpiOf(28.9, -999, 3456, { unit: "%" });
    expect(() => analyseKpi(input)).toThrow("numerators for 2022/23 is -999, which is negative; enter a count of zero or more, or leave the cell blank");
  });
});

describe("the funnel position", () => {
  type Row = { numerator: number; denominator: number };
  const funnel = loadReference<{ rows: Row[] }, { significance: string[] }>("funnel.json");
  /** PHEindicatormethods assign_funnel_significance labels to funnelPosition's. */
  const POSITION: Record<string, string> = {
    "High (0.001)": "Above the 99.8% limit",
    "High (0.025)": "Above the 95% limit",
    "Low (0.001)": "Below the 99.8% limit",
    "Low (0.025)": "Below the 95% limit",
    "Not significant": "Within the 95% limits",
  };

  test("funnelPosition against the funnel limits reproduces assign_funnel_significance for proportions (testFunnels.R)", () => {
    const c = byName(funnel.cases, "funnel_significance_proportion");
    const average = c.input.rows.reduce((s, r) => s + r.numerator, 0) / c.input.rows.reduce((s, r) => s + r.denominator, 0);
    const positions = c.input.rows.map((r) => funnelPosition(r.numerator / r.denominator, funnelLimits(r.denominator, average, "proportion", 1)));
    expect(positions).toEqual(c.expected.significance.map((label) => POSITION[label]));
  });

  test.each(["funnel_significance_rate_crude_per_100000_with_0", "funnel_significance_rate_crude_per_100_with_0"])(
    "and for crude rates, around the weighted average (%s, testFunnels.R)",
    (name) => {
      const c = byName(funnel.cases, name) as unknown as { input: { rows: { count: number; rate: number; pop: number }[]; multiplier: number }; expected: { significance: string[] } };
      const { rows, multiplier } = c.input;
      // The denominator is count / rate x multiplier (the population where there are no events), as the test derives it.
      const sizes = rows.map((r) => (r.count === 0 ? r.pop : (r.count / r.rate) * multiplier));
      const average = (rows.reduce((s, r) => s + r.count, 0) / sizes.reduce((s, d) => s + d, 0)) * multiplier;
      const positions = rows.map((r, i) => funnelPosition((r.count / sizes[i]) * multiplier, funnelLimits(sizes[i], average, "rate", multiplier)));
      expect(positions).toEqual(c.expected.significance.map((label) => POSITION[label]));
    },
  );

  test("the latest value on the funnel of its peers, centred on their pooled value", () => {
    // Peers of phe_proportion Areas 1-5, 7, 8 as percentages; pooled 11,168 of 19,416 = 57.52%.
    const peers = [1, 5, 20, 65, 79.83799108950991, 6.905132192846033, 28.90625];
    const analysis = analyseKpi(
      kpiOf(28.90625, 999, 3456, {
        unit: "%",
        peers,
        peerCounts: { numerators: [1, 5, 20, 65, 9856, 222, 999], denominators: [100, 100, 100, 100, 12345, 3215, 3456] },
      }),
    );
    const centre = (100 * 11168) / 19416;
    expectClose(analysis.funnel!.centre, centre, 1e-12);
    const limits = funnelLimits(3456, centre, "proportion", 100);
    expect(analysis.funnel).toMatchObject({ label: "Below the 99.8% limit", peerCount: 7 });
    for (const key of ["lower95", "upper95", "lower998", "upper998"] as const) expectClose(analysis.funnel![key], limits[key], 1e-12);
    // 28.9% lies below the 99.8% lower limit, about 54.9%, at 3,456 cases.
    expect(analysis.funnel!.lower998).toBeGreaterThan(28.90625);
    // A numerator not given is the peer's value x denominator / per: the same centre.
    const derived = analyseKpi(kpiOf(28.90625, 999, 3456, { unit: "%", peers, peerCounts: { denominators: [100, 100, 100, 100, 12345, 3215, 3456] } }));
    expectClose(derived.funnel!.centre, centre, 1e-12);
  });

  test("fewer than 4 peers with denominators: no funnel", () => {
    const analysis = analyseKpi(kpiOf(28.90625, 999, 3456, { unit: "%", peers: [1, 5, 20], peerCounts: { denominators: [100, 100, 100] } }));
    expect(analysis.funnel).toBeUndefined();
  });
});

describe("costs: per unit, in real terms, value for money and the cost quadrant", () => {
  const base: KpiInput = {
    name: "Household waste recycled",
    periods: YEARS,
    values: [40, 42, 44, 46, 48],
    polarity: "higher",
    costs: [1000, 1050, 1100, 1160, 1210],
  };

  test("in real terms at the prices of the last period with a deflator (KPI.REALTERMS), per unit when denominators are given", () => {
    const analysis = analyseKpi({ ...base, deflators: [90, 93, 95, 98, 100], denominators: [10, 10, 10, 11, 11] });
    // 1,210 at 2022/23 prices (its own deflator is the base) over 11 households: 110.
    expect(analysis.cost).toEqual({ value: 110, period: "2022/23", perUnit: true, prices: "2022/23" });
  });

  test("value for money on real costs: cash costs that rise slower than prices are spending less", () => {
    // Cash 1,000 to 1,210 rises every year; at 2022/23 prices (deflators 80 to 118) it is 1,475, 1,408.4, 1,338.1,
    // 1,279.3, 1,210 and falls every year. Mann-Kendall on 5 values moving one way: S = 10, exact two-sided p = 0.0167
    // (Kendall's table), so both directions are clear at 5%; performance rises every year too.
    const cash = analyseKpi(base);
    const real = analyseKpi({ ...base, deflators: [80, 88, 97, 107, 118] });
    expect(cash.valueForMoney?.label).toBe("Spending more, performing better");
    expect(real.valueForMoney?.label).toBe("Spending less, performing better");
    expect(real.cost).toEqual({ value: 1210, period: "2022/23", perUnit: false, prices: "2022/23" });
  });

  test("the cost quadrant against the peers' costs per unit and performance (KPI.COSTQUADRANT)", () => {
    // Our 1,210 / 11 = 110 per unit and 48. Peers' unit costs 120, 100, 130, 150 (median 125) and values 40, 50, 45, 38 (median 42.5).
    const analysis = analyseKpi({
      ...base,
      denominators: [10, 10, 10, 11, 11],
      peers: [40, 50, 45, 38],
      peerCounts: { denominators: [10, 20, 10, 10], costs: [1200, 2000, 1300, 1500] },
    });
    expect(analysis.cost).toMatchObject({ value: 110, quadrant: "Low cost, high performance", peerCount: 4 });
  });

  test("a cost without its deflator names the period", () => {
    expect(() => analyseKpi({ ...base, deflators: [90, 93, null, 98, 100] })).toThrow(
      "deflators for 2020/21 is missing but its cost is not; enter the price index for every period with a cost",
    );
  });
});
