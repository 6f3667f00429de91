/**
 * Properties of the trend engine that must hold for any input (fast-check): mirror symmetries
 * of polarity, interval ordering, and the exactness of Sen's slope by selection.
 */
import fc from "fast-check";
import { directionOfTravel } from "../../core/trend/direction-of-travel";
import { mannKendall } from "../../core/trend/mann-kendall";
import { medianOfStoredSlopes, medianPairwiseSlope } from "../../core/trend/median-pairwise-slope";
import { projectOnTrack } from "../../core/trend/project-on-track";
import { recentTrendTest } from "../../core/trend/recent-trend";

const value = fc.integer({ min: -1000, max: 1000 }).map((n) => n / 10);
const series = (minLength: number, maxLength: number) => fc.array(fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) }), { minLength, maxLength });

describe("direction of travel", () => {
  test("negating the values swaps Improving and Worsening; lower polarity does the same", () => {
    fc.assert(
      fc.property(series(5, 14), (values) => {
        const negated = values.map((x) => (x === null ? null : -x));
        const swap: Record<string, string> = { Improving: "Worsening", Worsening: "Improving" };
        const label = directionOfTravel(values, "higher").label;
        const mirrored = swap[label] ?? label;
        expect(directionOfTravel(negated, "higher").label).toBe(mirrored);
        expect(directionOfTravel(values, "lower").label).toBe(mirrored);
      }),
      { numRuns: 300 },
    );
  });

  test("S is minus S reversed, and the p-value lies in (0, 1]", () => {
    fc.assert(
      fc.property(series(3, 14), (values) => {
        fc.pre(values.filter((x) => x !== null).length >= 3);
        const forward = mannKendall(values);
        const backward = mannKendall(values.slice().reverse());
        expect(backward.s + forward.s).toBe(0);
        expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
        expect(forward.pValue).toBeGreaterThan(0);
        expect(forward.pValue).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("on track", () => {
  test("the interval holds the projection, and lower polarity mirrors higher on negated data", () => {
    fc.assert(
      fc.property(series(4, 12), value, fc.integer({ min: 1, max: 8 }), (values, target, ahead) => {
        const result = projectOnTrack(values, target, ahead, "higher");
        if (result.label === "Not enough data") return;
        expect(result.lower as number).toBeLessThanOrEqual(result.projection as number);
        expect(result.projection as number).toBeLessThanOrEqual(result.upper as number);
        const negated = values.map((x) => (x === null ? null : -x));
        expect(projectOnTrack(negated, -target, ahead, "lower").label).toBe(result.label);
      }),
      { numRuns: 300 },
    );
  });
});

describe("recent trend", () => {
  test("counting the other outcome (n - r) keeps chi-squared and reverses the direction", () => {
    const point = fc.integer({ min: 20, max: 5000 }).chain((total) => fc.tuple(fc.integer({ min: 1, max: total - 1 }), fc.constant(total)));
    fc.assert(
      fc.property(fc.array(point, { minLength: 5, maxLength: 5 }), (points) => {
        const counts = points.map(([count]) => count);
        const totals = points.map(([, total]) => total);
        const result = recentTrendTest(counts, totals, "neutral");
        const other = recentTrendTest(
          counts.map((count, i) => totals[i] - count),
          totals,
          "neutral",
        );
        expect(other.chiSquared as number).toBeCloseTo(result.chiSquared as number, 6);
        const flip: Record<string, string> = { Increasing: "Decreasing", Decreasing: "Increasing" };
        expect(other.label).toBe(flip[result.label] ?? result.label);
      }),
      { numRuns: 300 },
    );
  });
});

describe("Sen's slope by selection", () => {
  test("equals the stored median for any series, with or without ties", () => {
    const small = fc.integer({ min: 0, max: 6 });
    fc.assert(
      fc.property(fc.array(fc.oneof(value, small), { minLength: 30, maxLength: 90 }), fc.integer({ min: 8, max: 200 }), (values, storeUpTo) => {
        const positions = values.map((_, i) => i * 3 + (i % 3));
        expect(medianPairwiseSlope(positions, values, storeUpTo)).toBe(medianOfStoredSlopes(positions, values));
      }),
      { numRuns: 100 },
    );
  });
});
