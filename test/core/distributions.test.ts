/**
 * The probability distributions in core/distributions.ts against scipy.stats.t, scipy.stats.chi2
 * and scipy.special.betainc (SciPy 1.17.1),
 * from small degrees of freedom to large ones, in the centre and far in the tails.
 */
import { chiSquaredCdf, chiSquaredQuantile, normalQuantile, regularizedBeta, tCdf, tQuantile } from "../../core";

describe("the regularised incomplete beta function matches scipy.special.betainc", () => {
  test.each([
    [0.5, 2, 3, 0.6875],
    [0.01, 0.5, 10, 0.3420718248432154],
    [0.999, 50, 0.5, 0.7523690199653766],
    [0.3, 200, 300, 1.049698524329301e-6],
  ])("I_%p(%p, %p) = %p", (x, a, b, expected) => {
    expect(Math.abs(regularizedBeta(x, a, b) - expected) / expected).toBeLessThan(1e-11);
  });
});

describe("Student's t matches scipy.stats.t", () => {
  test.each([
    [0.975, 1, 12.706204736174694],
    [0.975, 2, 4.302652729749462],
    [0.9, 10, 1.372183641110336],
    [0.975, 38, 2.0243941639119694],
    [0.9995, 1, 636.6192487687897],
    [0.999, 3, 10.214531852407383],
    [0.6, 5, 0.2671808657041451],
    [0.975, 1000, 1.9623390808264083],
    [0.975, 100000, 1.9599877075346095],
    [0.995, 2.5, 7.163728138948783],
  ])("qt(%p, %p) = %p", (probability, degreesOfFreedom, expected) => {
    expect(Math.abs(tQuantile(probability, degreesOfFreedom) - expected) / expected).toBeLessThan(1e-10);
    expect(Math.abs(tQuantile(1 - probability, degreesOfFreedom) + expected) / expected).toBeLessThan(1e-9);
  });

  test.each([
    [0.1, 5, 0.5378849294226697],
    [-2, 3, 0.06966298427942152],
    [30, 2, 0.9994453686590201],
    [1e-8, 10, 0.5000000038910839],
  ])("pt(%p, %p) = %p", (t, degreesOfFreedom, expected) => {
    expect(Math.abs(tCdf(t, degreesOfFreedom) - expected)).toBeLessThan(1e-14);
  });

  test("the edges: the median is 0, the ends are infinite, and a bad argument is NaN", () => {
    expect(tQuantile(0.5, 7)).toBe(0);
    expect(tQuantile(1, 7)).toBe(Infinity);
    expect(tQuantile(0, 7)).toBe(-Infinity);
    expect(tQuantile(1.5, 7)).toBeNaN();
    expect(tQuantile(0.9, 0)).toBeNaN();
  });
});

describe("chi-squared quantiles match scipy.stats.chi2.ppf", () => {
  test.each([
    [0.975, 2, 7.377758908227871],
    [0.025, 2, 0.05063561596857975],
    [0.0005, 2, 0.0010002500833645965],
    [0.001, 20, 5.92104074548752],
    [0.999, 20, 45.31474661812586],
    [0.5, 1, 0.454936423119572],
    [0.975, 0.5, 3.433235299960771],
    [0.975, 1000, 1089.5309127749135],
    [0.975, 1001, 1090.574735898763],
    // stdlib's chi-squared drifts from here (it gives 2126.1717065345633).
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

  test("the quantile inverts the CDF", () => {
    for (const degreesOfFreedom of [1, 2, 7, 999, 1000, 1001, 3000]) {
      for (const probability of [0.001, 0.025, 0.5, 0.975, 0.999]) {
        expect(chiSquaredCdf(chiSquaredQuantile(probability, degreesOfFreedom), degreesOfFreedom)).toBeCloseTo(probability, 9);
      }
    }
  });
});

describe("normal and t quantiles", () => {
  test("match scipy.stats.norm.ppf and scipy.stats.t.ppf", () => {
    // SciPy 1.17.1: norm.ppf(0.975) = 1.959963984540054; t.ppf(0.9, 10) = 1.372183641110336.
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(tQuantile(0.9, 10)).toBeCloseTo(1.372183641110336, 12);
  });
});
