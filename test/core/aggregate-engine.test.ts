/**
 * The year-to-date and rolling engines (core/aggregate): where each year starts, why a figure is
 * empty, and placing periods in time. Every expected figure is worked by hand beside it.
 */
import { placePeriods } from "../../core/aggregate/place-periods";
import { rolling } from "../../core/aggregate/rolling";
import { yearToDate } from "../../core/aggregate/year-to-date";

describe("placePeriods", () => {
  test("months, quarters and dates a quarter apart; a date in a row of quarters stands for its quarter of the year", () => {
    expect(placePeriods(["Apr-24", "May-24"], 4).perYear).toBe(12);
    expect(placePeriods(["Q1 2024/25", "", "Q3 2024/25"], 4).spans.map((span) => span?.first ?? null)).toEqual([24291, null, 24297]);
    // 15 May 2024 (DATE(2024,5,15) = 45427) and 15 Aug 2024 (+92): the quarters from April and from July 2024.
    const dates = placePeriods([45427, 45519], 4);
    expect(dates.perYear).toBe(4);
    expect(dates.spans.map((span) => span?.first)).toEqual([2024 * 12 + 3, 2024 * 12 + 6]);
    expect(dates.labels).toEqual(["15 May 2024", "15 Aug 2024"]);
  });

  test("dates neither a month nor a quarter apart are refused", () => {
    expect(() => placePeriods([45383, 45566], 4)).toThrow("periods holds dates about 6 months apart");
  });
});

describe("yearToDate", () => {
  const months = placePeriods(["Feb-24", "Mar-24", "Apr-24", "May-24", "Jun-24", "Jul-24", "Sep-24"], 4);

  test("says why a figure is empty", () => {
    const points = yearToDate([1, 2, 3, null, 5, 6, 7], months, "sum");
    // 2023/24 starts in April 2023, before the data; 2024/25: Apr 3, then May is blank.
    expect(points.map((point) => point.value)).toEqual([null, null, 3, null, null, null, null]);
    expect(points.map((point) => point.gap)).toEqual([
      "there is no period for Apr 2023",
      "there is no period for Apr 2023",
      undefined,
      "there is no figure for May-24",
      "there is no figure for May-24",
      "there is no figure for May-24",
      "there is no figure for May-24",
    ]);
    expect(points.map((point) => [point.year, point.periodOfYear])).toEqual([
      [2023, 11],
      [2023, 12],
      [2024, 1],
      [2024, 2],
      [2024, 3],
      [2024, 4],
      [2024, 6],
    ]);
  });

  test("a period missing from the labels is named, as a quarter for quarters", () => {
    expect(yearToDate([1, 2, 3, 4, 5, 6, 7], months, "sum")[6]).toEqual({ value: null, year: 2024, periodOfYear: 6, gap: "there is no period for Aug 2024" });
    const quarters = placePeriods(["Q1 2024/25", "Q3 2024/25"], 4);
    expect(yearToDate([1, 2], quarters, "mean")[1].gap).toBe("there is no period for Jul to Sep 2024");
  });

  test("a ratio over a total denominator of 0 has no figure but is no gap", () => {
    const quarters = placePeriods(["Q1 2024/25", "Q2 2024/25"], 4);
    // Q1: 0/0, no figure; Q2: (0 + 3) / (0 + 4) = 0.75.
    expect(yearToDate([0, 3], quarters, "ratio", 4, [0, 4]).map((point) => point.value)).toEqual([null, 0.75]);
  });
});

describe("rolling", () => {
  test("a window of 1 is the values; a window longer than the series is empty throughout", () => {
    expect(rolling([3, null, 5], 1, "sum")).toEqual([3, null, 5]);
    expect(rolling([3, 4, 5], 4, "mean")).toEqual([null, null, null]);
  });

  test("a gap leaves the window as soon as the window moves past it", () => {
    // Window 3 over [1, -, 2, 3, 4, 5]: [1,-,2] [-,2,3] hold the gap; 2+3+4 = 9; 3+4+5 = 12.
    expect(rolling([1, null, 2, 3, 4, 5], 3, "sum")).toEqual([null, null, null, null, 9, 12]);
  });
});
