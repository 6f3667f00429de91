/**
 * Seasonality: a Kruskal-Wallis test of the period-to-period changes grouped by quarter or month
 * (seastests::kw(x, freq) with its default diff = TRUE), seasonal below p = 0.01.
 *
 * Expected statistics and p-values were computed independently with scipy 1.17.1:
 * `scipy.stats.kruskal(*groups)` where `groups[t % freq]` collects `x[t] - x[t-1]` for every t with
 * both cells present (the grouping of seastests::kw, which only differs in where the first season
 * starts, a relabelling that leaves H unchanged).
 */
import { changeOnComparablePeriod } from "../../core/trend/change";
import { comparisonPeriodsBack, isSeasonal, kruskalWallis } from "../../core/trend/seasonality";
import { expectClose, loadReference } from "../helpers/reference";

// Synthetic quarterly series: 50 + 0.5 t + seasonal effects (+6, -2, -7, +3) + noise in (-1, 1), rounded.
const syntheticSeasonal = [56.3, 48.1, 44.3, 53.7, 58.0, 50.5, 46.2, 56.2, 59.5, 52.2, 48.7, 57.8, 61.6, 54.8, 50.6, 61.5, 64.6, 56.4, 52.1, 62.8];
// Synthetic quarterly series: 50 + 0.5 t + noise in (-3, 3), rounded: a trend but no seasons.
const syntheticTrendOnly = [48.5, 51.7, 52.3, 54.4, 51.0, 52.2, 54.3, 54.9, 52.0, 51.6, 56.7, 52.7, 56.6, 55.0, 57.3, 57.6, 57.4, 56.6, 59.9, 60.8];

describe("kruskalWallis", () => {
  test("three separated pairs: H = 12/(6*7) * (9 + 49 + 121)/2 - 21 = 4.5714", () => {
    // Kruskal and Wallis (1952) formula by hand; scipy 1.17.1 stats.kruskal([1, 2], [3, 4], [5, 6]): H = 4.571428571428569, p = 0.10170139230422694
    const result = kruskalWallis([[1, 2], [3, 4], [5, 6]]);
    expectClose(result.statistic, 4.571428571428571, 1e-12);
    expectClose(result.pValue, 0.10170139230422684, 1e-6);
    expect(result.degreesOfFreedom).toBe(2);
  });

  test("ties are given mid-ranks and H is divided by the tie correction", () => {
    // scipy 1.17.1 stats.kruskal([1, 1, 2], [2, 3, 3], [3, 4, 4]): H = 6.4424778761061905, p = 0.03990558707075906
    expectClose(kruskalWallis([[1, 1, 2], [2, 3, 3], [3, 4, 4]]).statistic, 6.4424778761061905, 1e-9);
  });

  test("all values tied: no evidence of any difference", () => {
    expect(kruskalWallis([[2, 2], [2, 2]])).toMatchObject({ statistic: 0, pValue: 1 });
  });
});

describe("isSeasonal on synthetic series", () => {
  test("a quarterly series with a seasonal pattern on a trend is seasonal", () => {
    const result = isSeasonal(syntheticSeasonal, 4);
    // scipy 1.17.1 kruskal on the quarter-to-quarter changes: H = 16.924428822495603, p = 0.0007324897205465818
    expectClose(result.statistic!, 16.924428822495603, 1e-9);
    expectClose(result.pValue!, 0.0007324897205465818, 1e-6);
    expect(result).toMatchObject({ seasonal: true, tested: true, changes: 19, periodsPerYear: 4 });
    // effect size H / (n - 1)
    expectClose(result.strength!, 16.924428822495603 / 18, 1e-9);
    expect(result.reason).toBe(
      "Seasonal: the change from one quarter to the next depends on the time of year (Kruskal-Wallis test on 19 changes, p < 0.001, below 0.01); compare with the same quarter last year.",
    );
    expect(comparisonPeriodsBack(syntheticSeasonal, 4)).toBe(4);
  });

  test("a quarterly series with a trend but no seasons is not seasonal: differencing takes the trend out", () => {
    const result = isSeasonal(syntheticTrendOnly, 4);
    // scipy 1.17.1: H = 4.667368421052629, p = 0.19783848742899432
    expectClose(result.statistic!, 4.667368421052629, 1e-9);
    expectClose(result.pValue!, 0.19783848742899432, 1e-6);
    expect(result).toMatchObject({ seasonal: false, tested: true });
    expect(result.reason).toBe(
      "No clear seasonal pattern: the change from one quarter to the next does not depend clearly on the time of year (Kruskal-Wallis test on 19 changes, p = 0.2).",
    );
    expect(comparisonPeriodsBack(syntheticTrendOnly, 4)).toBe(1);
  });

  test("gaps drop the changes into and out of them", () => {
    const withGaps: (number | null)[] = syntheticSeasonal.slice();
    withGaps[5] = null;
    withGaps[13] = null;
    const result = isSeasonal(withGaps, 4);
    // scipy 1.17.1 on the 15 changes left: H = 13.073345259391775, p = 0.00448064714925009
    expect(result.changes).toBe(15);
    expectClose(result.statistic!, 13.073345259391775, 1e-9);
    expectClose(result.pValue!, 0.00448064714925009, 1e-6);
    expect(result.seasonal).toBe(true);
  });

  test("the same values, rotated so the year starts in another quarter, give the same answer", () => {
    const rotated: (number | null)[] = [...syntheticSeasonal.slice(1), null];
    expect(isSeasonal(rotated, 4).seasonal).toBe(true);
  });
});

describe("isSeasonal says why it did not test", () => {
  test("annual figures have no seasons", () => {
    expect(isSeasonal([55.1, 56.3, 57.0, 58.2], 1)).toMatchObject({
      seasonal: false,
      tested: false,
      reason: "Annual figures have no seasons to compare.",
      strength: null,
      pValue: null,
    });
    expect(comparisonPeriodsBack([55.1, 56.3, 57.0, 58.2], 1)).toBe(1);
  });

  test("fewer than three years of values", () => {
    expect(isSeasonal(syntheticSeasonal.slice(0, 11), 4)).toMatchObject({
      seasonal: false,
      tested: false,
      reason: "Too short to judge seasonality: it needs 3 years of quarterly values (12) and has 11.",
    });
    expect(isSeasonal(new Array(35).fill(3), 12).reason).toBe("Too short to judge seasonality: it needs 3 years of monthly values (36) and has 35.");
  });

  test("a season with fewer than two changes", () => {
    // 12 present values, but every second quarter's change is cut by gaps
    const gappy = [1, 2, null, 4, 5, 6, null, 8, 9, 10, null, 12, 13, 14, null, 16];
    const result = isSeasonal(gappy, 4);
    expect(result.tested).toBe(false);
    expect(result.reason).toBe("Too many gaps to judge seasonality: every quarter needs at least 2 changes from the quarter before.");
  });

  test("periods_per_year must be a whole number from 1 to 53", () => {
    expect(() => isSeasonal(syntheticSeasonal, 0)).toThrow(
      "periods_per_year 0 is out of range; use a whole number from 1 to 53, such as 4 for quarters or 12 for months",
    );
    expect(() => isSeasonal(syntheticSeasonal, 2.5)).toThrow("periods_per_year 2.5 is out of range");
  });
});

describe("isSeasonal on real monthly and quarterly series (test/reference)", () => {
  const spc = loadReference<{ values: number[]; dates: string[] }>("spc.json");
  const attendances = spc.cases.find((c) => c.name === "ae_all_attendances")!.input;
  const performance = spc.cases.find((c) => c.name === "ae_all_performance")!.input;
  const mk = loadReference<{ x: number[] }>("mannkendall.json");
  const passengers = mk.cases.find((c) => c.name === "air_passengers144_seasonal_test")!.input.x;
  const shampoo = mk.cases.find((c) => c.name === "shampoo36_original_test")!.input.x;

  test("England A&E attendances, April 2016 to March 2019 (NHS England, OGL): seasonal by month", () => {
    expect(attendances.dates[0]).toBe("2016-04-01");
    const result = isSeasonal(attendances.values, 12);
    // scipy 1.17.1: H = 32.57936507936509, p = 0.0006153739546262224 on 35 month-to-month changes
    expectClose(result.statistic!, 32.57936507936509, 1e-9);
    expectClose(result.pValue!, 0.0006153739546262224, 1e-6);
    expect(result.seasonal).toBe(true);
    expect(comparisonPeriodsBack(attendances.values, 12)).toBe(12);
  });

  test("England A&E 4-hour performance, same months: not seasonal at the 1% level", () => {
    const result = isSeasonal(performance.values, 12);
    // scipy 1.17.1: H = 21.48095238095243, p = 0.0287171834548581
    expectClose(result.statistic!, 21.48095238095243, 1e-9);
    expectClose(result.pValue!, 0.0287171834548581, 1e-6);
    expect(result.seasonal).toBe(false);
  });

  test("the same attendances summed to 12 quarters: too short for the 1% level, so compared with last quarter", () => {
    const quarters = [0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33].map((i) => attendances.values[i] + attendances.values[i + 1] + attendances.values[i + 2]);
    const result = isSeasonal(quarters, 4);
    // scipy 1.17.1: H = 5.287878787878789, p = 0.15189085471281216 on 11 changes
    expectClose(result.statistic!, 5.287878787878789, 1e-9);
    expectClose(result.pValue!, 0.15189085471281216, 1e-6);
    expect(result).toMatchObject({ tested: true, seasonal: false });
  });

  test("the classic AirPassengers series (Box and Jenkins) is seasonal; the shampoo sales series is not", () => {
    const air = isSeasonal(passengers, 12);
    // scipy 1.17.1: H = 119.20249444132745, p = 2.62e-20
    expectClose(air.statistic!, 119.20249444132745, 1e-9);
    expect(air.seasonal).toBe(true);
    const sales = isSeasonal(shampoo, 12);
    // scipy 1.17.1: H = 3.550793650793679, p = 0.9812680048882385
    expectClose(sales.statistic!, 3.550793650793679, 1e-9);
    expectClose(sales.pValue!, 0.9812680048882385, 1e-6);
    expect(sales.seasonal).toBe(false);
  });
});

describe("changeOnComparablePeriod: the narrative's comparison", () => {
  test("a seasonal quarterly series is compared with the same quarter last year", () => {
    const result = changeOnComparablePeriod(syntheticSeasonal, 4, "higher");
    // latest 62.8 (position 19) against 61.5 (position 15), by hand: +1.3
    expect(result).toMatchObject({ periodsBack: 4, comparedWith: "same period last year", latestPosition: 19, earlierPosition: 15, label: "Better" });
    expect(result.change).toBeCloseTo(1.3, 10);
    expect(result.seasonality.seasonal).toBe(true);
  });

  test("a series without seasons is compared with the previous quarter; annual figures with the previous year", () => {
    const result = changeOnComparablePeriod(syntheticTrendOnly, 4, "lower");
    // latest 60.8 against 59.9, by hand: +0.9, Worse when lower is better
    expect(result).toMatchObject({ periodsBack: 1, comparedWith: "previous period", earlierPosition: 18, label: "Worse" });
    expect(result.change).toBeCloseTo(0.9, 10);
    expect(changeOnComparablePeriod([55.1, 56.3], 1, "higher")).toMatchObject({ periodsBack: 1, change: 56.3 - 55.1, label: "Better" });
  });

  test("one value has nothing to compare with", () => {
    expect(changeOnComparablePeriod([42], 4, "higher")).toMatchObject({ label: "Not enough data", latestValue: 42, change: null, periodsBack: 1 });
  });
});
