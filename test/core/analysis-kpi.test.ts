/**
 * analyseKpi: one KPI in, every judgement made once, plain serialisable data out.
 */
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { directionOfTravel } from "../../core/trend/direction-of-travel";

const YEARS = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24"];

describe("analyseKpi", () => {
  const analysis = analyseKpi({
    name: "Household waste recycled",
    periods: YEARS,
    values: [40, 41, 43, 44, 46, 47, 48, 50],
    targets: 45,
    polarity: "higher",
    unit: "%",
    peers: [40, 42, 44, 46, 48, 50, 52, 54, 56],
  });

  test("latest value, change and RAG", () => {
    expect(analysis.latest).toEqual({ position: 7, period: "2023/24", value: 50 });
    expect(analysis.change).toEqual({ period: "2022/23", previous: 48, difference: 2, percent: (2 / 48) * 100, label: "Better", comparedWith: "previous period" });
    expect(analysis.target).toEqual({ value: 45, rag: "Green" });
  });

  test("direction of travel is the trend engine's, with Sen's slope", () => {
    const engine = directionOfTravel([40, 41, 43, 44, 46, 47, 48, 50], "higher");
    expect(analysis.direction.label).toBe("Improving");
    expect(analysis.direction.pValue).toBe(engine.test!.pValue);
    expect(analysis.direction.method).toBe("exact");
    // scipy 1.17.1: theilslopes([40, 41, 43, 44, 46, 47, 48, 50]).slope = 1.4142857142857141
    expect(analysis.direction.slope).toBeCloseTo(1.4142857142857141, 12);
    expect(analysis.direction.count).toBe(8);
  });

  test("benchmark position among peers (QUARTILE.INC quartiles)", () => {
    // peers 40..56 by 2: 52, 54, 56 are better (rank 4); 40..48 worse (5) and 50 tied; QUARTILE.INC median 48, Q3 52
    expect(analysis.benchmark).toEqual({ rank: 4, quartile: 2, percentile: ((5 + 0.5) / 9) * 100, gapToMedian: 2, median: 48, peerCount: 9 });
  });

  test("target findings and exceptions", () => {
    expect(analysis.targetFindings.map((f) => f.code)).toEqual(["target_below_peers", "target_asks_for_decline"]);
    expect(analysis.exceptions).toEqual(["target_below_peers", "target_asks_for_decline"]);
  });

  test("on track: the current target one period ahead", () => {
    expect(analysis.onTrack?.label).toBe("On track");
    expect(analysis.onTrack?.position).toBe(8);
  });

  test("is plain data: survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  test("a missing latest value, a worsening series and no target are exceptions", () => {
    const cost = analyseKpi({ name: "Cost per visit", periods: YEARS, values: [4.1, 4.3, 4.4, 4.5, 4.6, 4.8, 4.9, null], polarity: "lower", unit: "£" });
    expect(cost.latest).toEqual({ position: 6, period: "2022/23", value: 4.9 });
    expect(cost.missingAfterLatest).toEqual(["2023/24"]);
    expect(cost.exceptions).toEqual(["worsening", "no_target", "missing_latest"]);
  });

  test("short series and a few peers give warnings, not errors", () => {
    const short = analyseKpi({ name: "New measure", values: [3, 4, 5], polarity: "higher", peers: [1, 2] });
    expect(short.direction).toEqual({ label: "Not enough data", count: 3 });
    expect(short.benchmark).toBeUndefined();
    expect(short.warnings).toEqual([
      "Only 3 values: a direction of travel needs at least 5.",
      "Only 2 peer values: a quartile needs at least 4.",
      "The limits of periods 1 to 3 rest on 3 points: they are trial limits until there are 12.",
    ]);
  });

  test("excluded periods are left out of the trend but keep their place", () => {
    const withCovid = analyseKpi({ name: "Visits", values: [10, 11, 12, 2, 13, 14], polarity: "higher", exclude: [false, false, false, true, false, false] });
    expect(withCovid.direction.label).toBe("Improving");
    expect(withCovid.direction.count).toBe(5);
    expect(withCovid.warnings).toContain("1 period is left out of the trend.");
  });

  test("a negative tolerance or an alpha outside (0, 1) is refused with the fix", () => {
    expect(() => analyseKpi({ name: "Visits", values: [1, 2, 3], polarity: "higher", targets: 2, tolerance: -1 })).toThrow(
      "tolerance -1 is out of range; use zero or a positive number",
    );
    expect(() => analyseKpi({ name: "Visits", values: [1, 2, 3, 4, 5], polarity: "higher", alpha: 1.5 })).toThrow(/^alpha 1.5 is out of range/);
  });

  test("targets beyond the last value are future periods, not missing figures", () => {
    const plan = analyseKpi({ name: "Visits", periods: ["2022/23", "2023/24", "2024/25"], values: [10, 12, null], targets: [null, 11, 14], polarity: "higher" });
    expect(plan.missingAfterLatest).toEqual([]);
    expect(plan.exceptions).not.toContain("missing_latest");
    expect(plan.onTrack).toMatchObject({ position: 2, target: 14 });
  });

  test("value for money from costs, and the latest value's interval from its counts", () => {
    const kpi = analyseKpi({
      name: "Invoices paid on time",
      values: [50, 52, 55, 57, 65],
      polarity: "higher",
      unit: "%",
      costs: [10, 11, 12, 13, 14],
      numerators: [50, 52, 55, 57, 65],
      denominators: [100, 100, 100, 100, 100],
    });
    // both series rise in an unbroken run: exact Mann-Kendall p = 0.0167 for each (KPI.VFM)
    expect(kpi.valueForMoney).toEqual({ label: "Spending more, performing better" });
    // scipy 1.17.1: binomtest(65, 100).proportion_ci(0.95, method="wilson") = 0.5525444329688796 to 0.7363575175690247, times 100
    expect(kpi.interval?.lower).toBeCloseTo(55.25444329688797, 9);
    expect(kpi.interval?.upper).toBeCloseTo(73.63575175690247, 9);
    expect(kpi.interval?.confidence).toBe(0.95);
  });
});
