/**
 * Properties that must hold for any input (fast-check): change on an earlier period, the
 * seasonality test and the balance of the KPI set.
 */
import fc from "fast-check";
import { STANDARD_CATEGORIES } from "../../core/kpi-set/constants";
import { kpiSetBalance } from "../../core/kpi-set/kpi-set-balance";
import { recogniseCategory } from "../../core/kpi-set/recognise-category";
import { changeOnPeriod } from "../../core/trend/change";
import { isSeasonal, kruskalWallis } from "../../core/trend/seasonality";

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const series = fc.array(fc.option(value, { nil: null, freq: 4 }), { minLength: 2, maxLength: 40 });

describe("changeOnPeriod properties", () => {
  test("the label follows the sign of the change and the polarity; neutral never says Better or Worse", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 39 }), (values, back) => {
        fc.pre(back <= values.length - 1);
        const higher = changeOnPeriod(values, back, "higher");
        const lower = changeOnPeriod(values, back, "lower");
        const neutral = changeOnPeriod(values, back, "neutral");
        if (higher.change === null) {
          return [higher.label, lower.label, neutral.label].every((label) => label === "Not enough data");
        }
        const sign = Math.sign(higher.change);
        const expected = { 1: ["Better", "Worse", "Up"], [-1]: ["Worse", "Better", "Down"], 0: ["No change", "No change", "No change"] }[sign]!;
        return [higher.label, lower.label, neutral.label].join() === expected.join() && higher.change === lower.change;
      }),
    );
  });

  test("the change is latest minus earlier, its positions are periods_back apart, and no result is NaN or infinite", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 39 }), (values, back) => {
        fc.pre(back <= values.length - 1);
        const result = changeOnPeriod(values, back, "higher");
        if (result.change === null) return true;
        const numbers = [result.change, result.percentChange ?? 0, result.usualChange?.upperLimit ?? 0];
        return (
          result.latestPosition! - result.earlierPosition! === back &&
          values[result.earlierPosition!] === result.earlierValue &&
          numbers.every(Number.isFinite) &&
          (result.change === 0 || result.change === result.latestValue! - result.earlierValue!)
        );
      }),
    );
  });
});

describe("Kruskal-Wallis and seasonality properties", () => {
  test("H is between 0 and n - 1 and p between 0 and 1; relabelling the groups changes nothing", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 6 }), (groups) => {
        const result = kruskalWallis(groups);
        const reversed = kruskalWallis(groups.slice().reverse());
        return (
          result.statistic >= 0 &&
          result.statistic <= result.n - 1 + 1e-9 &&
          result.pValue >= 0 &&
          result.pValue <= 1 &&
          Math.abs(result.statistic - reversed.statistic) <= 1e-9 * Math.max(1, result.statistic)
        );
      }),
    );
  });

  test("adding a constant or a straight-line trend to a series does not change the verdict", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 12, maxLength: 40 }),
        fc.integer({ min: -1000, max: 1000 }),
        (values, shift) => {
          const base = isSeasonal(values, 4);
          const moved = isSeasonal(values.map((x, t) => x + shift + 3 * t), 4);
          return base.seasonal === moved.seasonal && (base.statistic ?? 0) === (moved.statistic ?? 0);
        },
      ),
    );
  });
});

describe("kpiSetBalance properties", () => {
  test("counts add up to the categorised KPIs, shares to 1, and a standard spelling in any case is recognised", () => {
    const category = fc.constantFrom(...STANDARD_CATEGORIES, "Housing", "Waste", "Libraries");
    fc.assert(
      fc.property(fc.array(fc.tuple(category, fc.boolean()), { minLength: 1, maxLength: 30 }), (cells) => {
        const typed = cells.map(([name, upper]) => (upper ? name.toUpperCase() : name.toLowerCase()));
        const balance = kpiSetBalance(typed);
        const total = balance.rows.reduce((sum, row) => sum + row.count, 0);
        const shares = balance.rows.reduce((sum, row) => sum + row.share, 0);
        return total === typed.length && Math.abs(shares - 1) < 1e-9 && balance.findings.length >= 1;
      }),
    );
  });

  test("every standard category is recognised from its own name, whatever the case and spacing", () => {
    for (const name of STANDARD_CATEGORIES) {
      expect(recogniseCategory(`  ${name.toUpperCase().replace(" ", "   ")} `)).toEqual({ kind: "standard", category: name });
    }
  });
});
