/**
 * The probability distributions in core/distributions.ts against scipy.stats.chi2 (SciPy 1.17.1,
 * which agrees with R's pchisq/qchisq), across the switch from the stdlib functions to the
 * regularised gamma function at 1,000 degrees of freedom.
 */
import { chiSquaredCdf, chiSquaredQuantile, normalQuantile, tQuantile } from "../../core";

describe("chi-squared quantiles match scipy.stats.chi2.ppf", () => {
  test.each([
    [0.975, 2, 7.377758908227871],
    [0.975, 1000, 1089.5309127749135],
    [0.975, 1001, 1090.574735898763],
    // stdlib drifts from here (it gives 2126.1717065345633); the regularised gamma function does not.
    [0.975, 2000, 2125.8423024497756],
    [0.001, 2000, 1810.2415818699533],
    [0.999, 5000, 5314.731358301196],
    [0.025, 20000, 19609.904934520368],
    [0.5, 200000, 199999.3333337284],
  ])("qchisq(%p, %p) = %p", (probability, degreesOfFreedom, expected) => {
    expect(Math.abs(chiSquaredQuantile(probability, degreesOfFreedom) - expected) / expected).toBeLessThan(1e-9);
  });
});

describe("the chi-squared CDF matches scipy.stats.chi2.cdf", () => {
  test.each([
    [3.841458820694124, 1, 0.95],
    [1050, 1001, 0.862713232627654],
    [2126.1717065345633, 2000, 0.9752908449491748],
    [20000, 20000, 0.5013298083399552],
  ])("pchisq(%p, %p) = %p", (x, degreesOfFreedom, expected) => {
    expect(Math.abs(chiSquaredCdf(x, degreesOfFreedom) - expected)).toBeLessThan(1e-10);
  });

  test("the quantile inverts the CDF on both sides of the switch", () => {
    for (const degreesOfFreedom of [999, 1000, 1001, 3000]) {
      for (const probability of [0.001, 0.025, 0.5, 0.975, 0.999]) {
        expect(chiSquaredCdf(chiSquaredQuantile(probability, degreesOfFreedom), degreesOfFreedom)).toBeCloseTo(probability, 9);
      }
    }
  });
});

describe("normal and t quantiles", () => {
  test("match R's qnorm and qt", () => {
    // R 4.x: qnorm(0.975) = 1.959963984540054; qt(0.9, 10) = 1.372183641110336.
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(tQuantile(0.9, 10)).toBeCloseTo(1.372183641110336, 12);
  });
});
