/**
 * Sen's slope by randomised selection gives exactly the median a full sort of every pairwise
 * slope gives, on smooth data, heavily tied data, gaps and both parities of the pair count.
 */
import { medianOfStoredSlopes, medianPairwiseSlope } from "../../core/trend/median-pairwise-slope";
import { senSlope } from "../../core/trend/sen-slope";
import { expectClose, loadReference } from "../helpers/reference";

/** The textbook definition: sort every slope, take the middle (mean of the two middles). */
function medianBySorting(positions: number[], values: number[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < values.length - 1; i++) {
    for (let j = i + 1; j < values.length; j++) slopes.push((values[j] - values[i]) / (positions[j] - positions[i]));
  }
  slopes.sort((a, b) => a - b);
  const middle = Math.floor(slopes.length / 2);
  return slopes.length % 2 === 1 ? slopes[middle] : (slopes[middle - 1] + slopes[middle]) / 2;
}

/** A reproducible pseudo-random sequence in [0, 1). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe("selection without storing every slope equals the full sort", () => {
  const random = generator(7);
  const cases: [string, number[], number[]][] = [];
  const smooth = Array.from({ length: 302 }, (_, i) => 50 + 0.1 * i + 10 * random());
  cases.push(["302 noisy values (odd number of pairs)", smooth.map((_, i) => i), smooth]);
  const tied = Array.from({ length: 401 }, () => Math.floor(random() * 4));
  cases.push(["401 values from {0,1,2,3}: most slopes tied (even number of pairs)", tied.map((_, i) => i), tied]);
  const gapped = Array.from({ length: 250 }, (_, i) => i * 3 + Math.floor(random() * 3));
  cases.push(["250 values at irregular positions", gapped, gapped.map((x) => Math.sin(x / 20) * 5 + random())]);
  const constant = new Array<number>(300).fill(4);
  cases.push(["a constant series", constant.map((_, i) => i), constant]);
  const step = Array.from({ length: 300 }, (_, i) => (i < 150 ? 0 : 1));
  cases.push(["a step: slopes are 0 or small positive fractions", step.map((_, i) => i), step]);

  test.each(cases)("%s", (_name, positions, values) => {
    const expected = medianBySorting(positions, values);
    expect(medianPairwiseSlope(positions, values, 64)).toBe(expected);
    expect(medianPairwiseSlope(positions, values, 5_000)).toBe(expected);
    expect(medianOfStoredSlopes(positions, values)).toBe(expected);
  });
});

describe("Sen's slope on the long pyMannKendall series through the selection path", () => {
  const reference = loadReference<{ x: (number | null)[] }, Record<string, number>>("mannkendall.json");
  test.each(["arbitrary360_sens_slope", "daily_female_births_1959_original_test"])("%s", (name) => {
    const c = reference.cases.find((entry) => entry.name === name)!;
    const positions: number[] = [];
    const values: number[] = [];
    c.input.x.forEach((value, i) => {
      if (value !== null) {
        positions.push(i);
        values.push(value);
      }
    });
    // pyMannKendall (commit ec2e3ab) tests/test_pymannkendall.py and Examples notebook: sens_slope(x)
    expectClose(medianPairwiseSlope(positions, values, 1_000), c.expected.slope, 1e-9, 1e-15);
    expectClose(senSlope(c.input.x).slope, c.expected.slope, 1e-9, 1e-15);
  });
});

describe("Sen's slope intercepts pyMannKendall rounds", () => {
  const reference = loadReference<{ x: (number | null)[] }, Record<string, number>>("mannkendall.json");
  const cases = reference.cases.filter((c) => c.test === "sens_slope" && c.expected.intercept_rounded !== undefined);
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    // pyMannKendall (commit ec2e3ab) tests/test_pymannkendall.py: round(sens_slope(x).intercept)
    expect(Math.round(senSlope(c.input.x).intercept)).toBe(c.expected.intercept_rounded);
    expect(senSlope(c.input.x).slope).toBe(c.expected.slope);
  });
});
