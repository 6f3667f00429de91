/**
 * Figures as a committee reads them: the KPI's precision, rounding half away from zero as a
 * spreadsheet's ROUND does, the gap to the peer median computed once from the figures shown, and a
 * change that is never taken silently across a gap or a period left out. Expected values are
 * worked by hand from the inputs written in each test.
 */
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { changeSummary } from "../../core/analysis/change-summary";
import { decimalsOf, decimalsOfNumber, roundTo } from "../../core/values/precision";
import { formatDifference, formatValue, readUnit } from "../../core/values/units";

const QUARTERS = ["Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"];

describe("the precision of a KPI", () => {
  test("decimal places as written, to 12 significant digits, at most six", () => {
    expect(decimalsOfNumber(58.8)).toBe(1);
    expect(decimalsOfNumber(50755)).toBe(0);
    expect(decimalsOfNumber(0.1 + 0.2)).toBe(1);
    expect(decimalsOfNumber(0.853)).toBe(3);
    expect(decimalsOfNumber(17.358333333333338)).toBe(6);
    expect(decimalsOfNumber(1e-300)).toBe(6);
    expect(decimalsOfNumber(1e300)).toBe(0);
    expect(decimalsOf([40.8, null, 57, 49.25])).toBe(2);
    expect(decimalsOf([])).toBe(0);
  });

  test("rounding is half away from zero, as Excel's ROUND (ROUND(22.25,1) = 22.3, ROUND(-2.5,0) = -3)", () => {
    expect(roundTo(22.25, 1)).toBe(22.3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(0.2225, 3)).toBe(0.223);
    expect(roundTo(17.358333333333338, 2)).toBe(17.36);
    expect(roundTo(Number.MAX_VALUE, 2)).toBe(Number.MAX_VALUE);
  });

  test("values and differences shown at a fixed number of places keep their trailing zeros", () => {
    expect(formatValue(22.25, readUnit("%"), 1)).toBe("22.3%");
    expect(formatValue(0.183, readUnit("%", [0.183]), 1)).toBe("18.3%");
    expect(formatValue(50755, readUnit("tonnes"), 0)).toBe("50,755 tonnes");
    expect(formatValue(4.5, readUnit("£"), 2)).toBe("£4.50");
    expect(formatDifference(-4, readUnit("%"), 1)).toBe("4.0 percentage points");
    expect(formatDifference(1, readUnit("%"), 0)).toBe("1 percentage point");
    expect(formatValue(-0.04, readUnit(""), 1)).toBe("0.0");
  });
});

describe("the gap to the peer median, computed once", () => {
  // Fingertips 90323, 2022/23: Trafford 18.3 and its 16 CIPFA nearest neighbours (the sample data).
  // Sorted, the middle two are 22.2 and 22.3, so the median is 22.25; shown at one place, 22.3.
  const peers = [21.5, 24.7, 19.8, 26.6, 23.1, 23.5, 25.2, 23.8, 19.4, 18.7, 20, 22.3, 26, 18.3, 22.2, 18.7];
  const analysis = analyseKpi({ name: "Year 6 obesity", values: [17.6, 17.8, null, 17.9, 18.3], polarity: "lower", unit: "%", targets: 17, peers });

  test("is the difference of the two figures shown: 22.3 - 18.3 = 4.0, not the 3.95 of the unrounded median", () => {
    expect(analysis.benchmark?.median).toBe(22.25);
    expect(analysis.benchmark?.gapToMedian).toBeCloseTo(3.95, 10);
    expect(analysis.shown).toEqual({ decimals: 1, peerMedian: 22.3, gapToMedian: 4 });
  });

  test("without peers there is the precision alone", () => {
    expect(analyseKpi({ name: "Tonnes", values: [50755, 49921], polarity: "neutral" }).shown).toEqual({ decimals: 0 });
  });
});

describe("a change is never taken silently across a gap", () => {
  test("a missing previous quarter: the change is on the last quarter with a figure, which is named with the gap", () => {
    const change = changeSummary([85, 82, null, 88], undefined, QUARTERS, true, "higher");
    // 88 - 82 = 6, and 6 / 82 = 7.317...%
    expect(change).toMatchObject({ period: "Q2 2023/24", previous: 82, difference: 6, label: "Better", comparedWith: "previous period", missingBetween: ["Q3 2023/24"], leftOutBetween: [] });
    expect(change?.percent).toBeCloseTo((6 / 82) * 100, 10);
    expect(change?.withinUsualRange).toBeUndefined();
  });

  test("the narrative names the quarter compared with and the missing one", () => {
    const analysis = analyseKpi({ name: "Calls answered in 20s (%)", periods: QUARTERS, values: [85, 82, null, 88], polarity: "higher", unit: "%" });
    expect(analysis.narrative).toMatch(/^Calls answered in 20s \(%\) was 88% in Q4 2023\/24, up 6 percentage points on Q2 2023\/24, the last quarter with a figure \(none for Q3 2023\/24\)\./);
  });

  test("a period left out: the change is on the last period kept, and says so", () => {
    const years = ["2017/18", "2018/19", "2019/20", "2020/21", "2021/22"];
    // DEFRA ENV18, Trafford: 58.5, 57.3, 56.9, 53.3, 58.8; with 2020/21 left out, 58.8 - 56.9 = 1.9 on 2019/20.
    const analysis = analyseKpi({ name: "Recycling", periods: years, values: [58.5, 57.3, 56.9, 53.3, 58.8], exclude: [false, false, false, true, false], polarity: "higher", unit: "%" });
    expect(analysis.change).toMatchObject({ period: "2019/20", label: "Better", missingBetween: [], leftOutBetween: ["2020/21"] });
    expect(analysis.change?.difference).toBeCloseTo(1.9, 10);
    expect(analysis.narrative).toMatch(/^Recycling was 58\.8% in 2021\/22, up 1\.9 percentage points on 2019\/20, the last year kept \(2020\/21 left out\)\./);
  });

  test("with nothing passed over the change and its words are as before", () => {
    const change = changeSummary([85, 82, 80, 88], undefined, QUARTERS, true, "higher");
    expect(change).toEqual({ period: "Q3 2023/24", previous: 80, difference: 8, percent: 10, label: "Better", comparedWith: "previous period" });
  });

  test("no earlier figure at all: no change", () => {
    expect(changeSummary([null, null, null, 88], undefined, QUARTERS, true, "higher")).toBeUndefined();
  });
});
