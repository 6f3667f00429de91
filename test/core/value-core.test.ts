/**
 * Value for money in core: real terms, cost against performance over time, and the cost quadrant.
 */
import { costQuadrant, mannKendall, realTerms, valueForMoney } from "../../core";

describe("realTerms", () => {
  test("prices of the last period by default, of any period on request", () => {
    // value x deflator[base] / deflator[i]
    expect(realTerms([100, 110, 121], [90, 95, 100])).toEqual([(100 * 100) / 90, (110 * 100) / 95, 121]);
    expect(realTerms([100, null, 121], [90, 95, 100], 0)).toEqual([100, null, (121 * 90) / 100]);
    // A blank last deflator: the base is the last period that has one.
    expect(realTerms([100, 110, null], [90, 100, null])).toEqual([(100 * 100) / 90, 110, null]);
  });

  test("bad deflators are named", () => {
    expect(() => realTerms([1, 2], [0, 1])).toThrow("deflator 1 is zero, so prices cannot be converted with it");
    expect(() => realTerms([1, 2], [-5, 1])).toThrow("deflator 1 is negative");
    expect(() => realTerms([1, 2], [null, 1])).toThrow("deflator 1 is missing but value 1 is not; enter the deflator for every period that has a value");
    expect(() => realTerms([1, 2, 3], [1, 2])).toThrow("deflators has 2 periods but values has 3 periods; give ranges of the same size");
  });
});

describe("valueForMoney", () => {
  test("a direction only where Mann-Kendall finds one in both series", () => {
    const up = [10, 11, 12, 13, 14];
    const down = [14, 13, 12, 11, 10];
    // An unbroken run of 5 has the exact two-sided p = 2/120 (Kendall 1975), below 0.05.
    expect(mannKendall(up).pValue).toBeCloseTo(2 / 120, 12);
    expect(valueForMoney(up, up, "higher")).toBe("Spending more, performing better");
    expect(valueForMoney(up, down, "higher")).toBe("Spending more, performing worse");
    expect(valueForMoney(down, down, "lower")).toBe("Spending less, performing better");
    expect(valueForMoney(down, up, "lower")).toBe("Spending less, performing worse");
    // A zig-zag has S = 0: no direction, whatever the other series does.
    expect(valueForMoney([10, 12, 10, 12, 10, 12], up.concat(15), "higher")).toBe("No clear change");
    expect(valueForMoney([10, null, 12, 13, 14], up, "higher")).toBe("Not enough data");
    expect(() => valueForMoney(up, up, "neutral")).toThrow('polarity "neutral" does not say whether performance got better or worse; give "higher" or "lower"');
  });
});

describe("costQuadrant", () => {
  test("against the peer medians, performance read by polarity, a median counting as low cost and high performance", () => {
    const costs = [8, 10, 12];
    expect(costQuadrant(10, 65, costs, [60, 65, 80], "higher")).toBe("Low cost, high performance");
    expect(costQuadrant(11, 64, costs, [60, 65, 80], "higher")).toBe("High cost, low performance");
    expect(costQuadrant(11, 64, costs, [60, 65, 80], "lower")).toBe("High cost, high performance");
    expect(costQuadrant(9, 70, costs, [60, 65, 80, null], "lower")).toBe("Low cost, low performance");
    expect(() => costQuadrant(9, 70, [null], [60], "higher")).toThrow("peer_unit_costs has no numbers");
  });
});
