/**
 * Change on an earlier period (KPI.CHANGE's core): the latest value against the value
 * periods_back cells earlier, labelled by polarity, as LG Inform's and Pentana's direction-of-travel
 * arrows. Expected values are worked by hand from the definition (latest minus earlier; divided by
 * the size of the earlier value), or from the recycling fixture's published figures.
 */
import fs from "fs";
import path from "path";
import { changeLabel, changeOnPeriod } from "../../core/trend/change";
import { isKpiError } from "../../core/errors";

// Quarterly council KPIs, two years of quarters (Q1 to Q4, twice).
const councilTaxCollected = [28.1, 55.0, 82.4, 96.2, 28.5, 55.9, 82.0, 96.0]; // higher is better, cumulative in the year
const daysToProcessClaims = [22, 25, 21, 19, 20, 24, 22, 18]; // lower is better
const applicationsReceived = [410, 455, 430, 398, 420, 470, 445, 401]; // neutral

describe("changeOnPeriod on quarterly data, previous quarter and same quarter last year", () => {
  test("higher is better: up on last quarter only because the year is cumulative, down on the same quarter last year", () => {
    // by hand: 96.0 - 82.0 = 14.0, 14.0 / 82.0
    const onQuarter = changeOnPeriod(councilTaxCollected, 1, "higher");
    expect(onQuarter.change).toBeCloseTo(14, 12);
    expect(onQuarter.percentChange).toBeCloseTo(14 / 82, 12);
    expect(onQuarter.label).toBe("Better");
    expect([onQuarter.latestPosition, onQuarter.earlierPosition]).toEqual([7, 6]);
    // by hand: 96.0 - 96.2 = -0.2, -0.2 / 96.2
    const onYear = changeOnPeriod(councilTaxCollected, 4, "higher");
    expect(onYear.change).toBeCloseTo(-0.2, 12);
    expect(onYear.percentChange).toBeCloseTo(-0.2 / 96.2, 12);
    expect(onYear.label).toBe("Worse");
    expect([onYear.latestPosition, onYear.earlierPosition, onYear.latestValue, onYear.earlierValue]).toEqual([7, 3, 96.0, 96.2]);
  });

  test("lower is better: fewer days is Better, on the quarter and on the year", () => {
    // by hand: 18 - 22 = -4 (-4/22); 18 - 19 = -1 (-1/19)
    expect(changeOnPeriod(daysToProcessClaims, 1, "lower")).toMatchObject({ change: -4, label: "Better", earlierPosition: 6 });
    expect(changeOnPeriod(daysToProcessClaims, 1, "lower").percentChange).toBeCloseTo(-4 / 22, 12);
    expect(changeOnPeriod(daysToProcessClaims, 4, "lower")).toMatchObject({ change: -1, label: "Better", earlierPosition: 3 });
    expect(changeOnPeriod(daysToProcessClaims, 4, "lower").percentChange).toBeCloseTo(-1 / 19, 12);
    // the same fall read with higher is better is Worse
    expect(changeOnPeriod(daysToProcessClaims, 4, "higher").label).toBe("Worse");
  });

  test("neutral: Up and Down, never Better or Worse", () => {
    // by hand: 401 - 445 = -44; 401 - 398 = 3
    expect(changeOnPeriod(applicationsReceived, 1, "neutral")).toMatchObject({ change: -44, label: "Down" });
    expect(changeOnPeriod(applicationsReceived, 4, "neutral")).toMatchObject({ change: 3, label: "Up" });
    expect(changeOnPeriod(applicationsReceived, 4, "neutral").percentChange).toBeCloseTo(3 / 398, 12);
  });
});

describe("changeOnPeriod: gaps, equal values, zero and negative earlier values", () => {
  test("the latest value is the last present cell; the earlier one is counted in cells, so a gap is a period", () => {
    const result = changeOnPeriod([10, 12, 15, null, 14, null], 1, "higher");
    // latest present is 14 at position 4; one cell earlier is position 3, which is blank
    expect(result).toMatchObject({ change: null, percentChange: null, label: "Not enough data", latestPosition: 4, earlierPosition: 3, latestValue: 14 });
    // two cells back from position 4 is position 2 (15): 14 - 15 = -1
    expect(changeOnPeriod([10, 12, 15, null, 14, null], 2, "higher")).toMatchObject({ change: -1, label: "Worse", earlierPosition: 2 });
  });

  test("Not enough data when the earlier position is before the first cell, or there is no value at all", () => {
    expect(changeOnPeriod([null, null, 5, null], 3, "higher")).toMatchObject({ label: "Not enough data", latestPosition: 2, earlierPosition: null });
    expect(changeOnPeriod([null, null, null], 1, "higher")).toMatchObject({ label: "Not enough data", latestPosition: null, latestValue: null });
  });

  test("equal values to 12 significant digits are No change, with a change of exactly 0", () => {
    expect(changeOnPeriod([0.3, 0.1 + 0.2], 1, "higher")).toMatchObject({ change: 0, percentChange: 0, label: "No change" });
    expect(changeOnPeriod([7, 7], 1, "neutral").label).toBe("No change");
  });

  test("the percentage change is empty when the earlier value is 0, and keeps the change's sign for negative values", () => {
    expect(changeOnPeriod([0, 4], 1, "higher")).toMatchObject({ change: 4, percentChange: null, label: "Better" });
    // a budget variance from -200 to -150: up 50, which is 25% of the size of -200
    expect(changeOnPeriod([-200, -150], 1, "higher")).toMatchObject({ change: 50, percentChange: 0.25, label: "Better" });
  });

  test("changeLabel follows polarity", () => {
    expect([changeLabel(1, "higher"), changeLabel(1, "lower"), changeLabel(1, "neutral")]).toEqual(["Better", "Worse", "Up"]);
    expect([changeLabel(-1, "higher"), changeLabel(-1, "lower"), changeLabel(-1, "neutral")]).toEqual(["Worse", "Better", "Down"]);
  });
});

describe("changeOnPeriod refuses a periods_back that is not a positive whole number or reaches before the series", () => {
  const cases: [number, string, string][] = [
    [0, "out_of_range", "periods_back 0 is out of range; use a whole number from 1 to 7 (values has 8 periods)"],
    [-4, "out_of_range", "periods_back -4 is out of range; use a whole number from 1 to 7 (values has 8 periods)"],
    [8, "out_of_range", "periods_back 8 is out of range; use a whole number from 1 to 7 (values has 8 periods)"],
    [1.5, "not_whole_number", "periods_back 1.5 is not a whole number; enter a whole number"],
    [Number.NaN, "out_of_range", "periods_back NaN is out of range; use a whole number from 1 to 7 (values has 8 periods)"],
  ];
  test.each(cases)("periods_back %p", (periodsBack, code, message) => {
    let caught: unknown;
    try {
      changeOnPeriod(councilTaxCollected, periodsBack, "higher");
    } catch (error) {
      caught = error;
    }
    expect(isKpiError(caught)).toBe(true);
    expect(caught).toMatchObject({ code, kind: "argument", message });
  });
});

describe("the usual range of a change (moving-range chart upper limit, Wheeler and Chambers 1992)", () => {
  test("a change within 3.267 times the mean change of the same span is within the usual range", () => {
    // 12 points alternating 50, 52: every change is 2, so the mean change is 2 and the limit 6.534
    const series = [50, 52, 50, 52, 50, 52, 50, 52, 50, 52, 50, 52];
    const usual = changeOnPeriod(series, 1, "higher").usualChange!;
    expect(usual.changes).toBe(11);
    expect(usual.meanChange).toBeCloseTo(2, 12);
    expect(usual.upperLimit).toBeCloseTo(3.267 * 2, 12);
    expect(usual.withinUsualRange).toBe(true);
  });

  test("a jump larger than the limit is outside it", () => {
    // 11 changes of 1 then a jump of 20: mean change (11*1 + 20) / 12 = 31/12, limit 3.267 * 31/12 = 8.44
    const series = [50, 51, 50, 51, 50, 51, 50, 51, 50, 51, 50, 51, 71];
    const usual = changeOnPeriod(series, 1, "higher").usualChange!;
    expect(usual.meanChange).toBeCloseTo(31 / 12, 12);
    expect(usual.withinUsualRange).toBe(false);
  });

  test("no usual range with fewer than 11 changes of that span", () => {
    expect(changeOnPeriod(councilTaxCollected, 1, "higher").usualChange).toBeNull();
    // 12 points give 11 changes one apart but only 8 changes four apart
    const twelve = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6];
    expect(changeOnPeriod(twelve, 1, "higher").usualChange).not.toBeNull();
    expect(changeOnPeriod(twelve, 4, "higher").usualChange).toBeNull();
  });
});

describe("on real council data: Trafford's recycling rate (DEFRA ENV18, test/fixtures/recycling)", () => {
  const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "recycling", "trafford-recycling.json"), "utf8"));
  test("2021/22 against 2020/21 and against 2016/17", () => {
    const trafford: number[] = fixture.series.Trafford;
    // DEFRA ENV18: 58.8% in 2021/22, 53.3% in 2020/21, 61.3% in 2016/17
    const onYear = changeOnPeriod(trafford, 1, "higher");
    expect(onYear.change).toBeCloseTo(58.8 - 53.3, 10);
    expect(onYear.percentChange).toBeCloseTo((58.8 - 53.3) / 53.3, 10);
    expect(onYear.label).toBe("Better");
    const onFiveYears = changeOnPeriod(trafford, 5, "higher");
    expect(onFiveYears.change).toBeCloseTo(58.8 - 61.3, 10);
    expect(onFiveYears.label).toBe("Worse");
    expect(fixture.periods[onFiveYears.earlierPosition!]).toBe("2016/17");
  });
});
