/**
 * The trend formulas through the BUILT bundles of both hosts: KPI.DIRECTION, KPI.MANNKENDALL,
 * KPI.SENSLOPE, KPI.ONTRACK and KPI.RECENTTREND, one KPI and a block of KPIs, and the exact
 * messages for bad input.
 */
import { grid, plain, single, tryExcel, trySheets } from "../helpers/bundles";
import { expectClose, loadReference } from "../helpers/reference";

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

// fingertips-open TrendMarkerCalculatorTest, GetTrendDataForProportion_Set1 (2014 to 2018):
// significant, chi-squared 47.90, counts rising.
const counts = [994, 1023, 1199, 1332, 1367];
const totals = [40299, 41527, 42811, 44064, 44701];

describe.each(hosts)("%s: trend formulas as built", (_host, call) => {
  test("KPI.DIRECTION: 5 rising points are Improving (exact p = 2/120); one inversion is No clear change", () => {
    // Kendall (1975): two-sided exact p = 2/120 for S = 10, 10/120 for S = 8 (n = 5)
    expect(single(call("DIRECTION", [[40, 42, 45, 47, 50]]))).toBe("Improving");
    expect(single(call("DIRECTION", [[40, 42, 45, 47, 50]], "lower"))).toBe("Worsening");
    expect(single(call("DIRECTION", [[40, 42, 47, 45, 50]]))).toBe("No clear change");
    expect(single(call("DIRECTION", [[1], [2], [3], [4]]))).toBe("Not enough data");
  });

  test("KPI.DIRECTION on a block: one label per KPI row, polarity per row, and excluded periods", () => {
    const block = [
      [40, 42, 45, 47, 50],
      [40, 42, 45, 47, 50],
      [50, 47, 45, 42, 40],
      [1, 2, "", "", 3],
    ];
    expect(plain(grid(call("DIRECTION", block, [["higher"], ["lower"], ["neutral"], ["higher"]])))).toEqual([
      ["Improving"],
      ["Worsening"],
      ["Decreasing"],
      ["Not enough data"],
    ]);
    // 40, 42, 45, 30, 47, 50: S = 9, exact p = 98/720 (Mahonian counts 1, 5, 14, 29 of 720), no clear change;
    // leaving out the 30 (a lockdown quarter) leaves 5 rising points.
    const values = [[40, 42, 45, 30, 47, 50]];
    expect(single(call("DIRECTION", values))).toBe("No clear change");
    expect(single(call("DIRECTION", values, "", "", [["", "", "", "covid", "", ""]]))).toBe("Improving");
    // A looser alpha is the user's call: p = 98/720 = 0.136 is below 0.2
    expect(single(call("DIRECTION", values, "higher", 0.2))).toBe("Improving");
  });

  test("KPI.MANNKENDALL and KPI.SENSLOPE on the shampoo series (pyMannKendall)", () => {
    const reference = loadReference<{ x: number[] }, Record<string, number>>("mannkendall.json");
    const shampoo = reference.cases.find((c) => c.name === "shampoo36_original_test")!;
    // pyMannKendall (commit ec2e3ab) Examples notebook: s = 440, Tau = 0.6984, slope = 11.509375
    const [s, tau, , , method] = grid(call("MANNKENDALL", [shampoo.input.x]))[0] as [number, number, number, number, string];
    expect(s).toBe(shampoo.expected.s);
    expectClose(tau, shampoo.expected.Tau, 1e-9);
    expect(method).toBe("normal");
    expectClose(single(call("SENSLOPE", [shampoo.input.x])) as number, shampoo.expected.slope, 1e-9);
  });

  test("KPI.ONTRACK: the 80% prediction interval against the target", () => {
    // [50, 52, 55, 57, 60], 2 periods ahead: projection 64.8, interval [63.93, 65.67] (SciPy 1.17.1)
    expect(single(call("ONTRACK", [[50, 52, 55, 57, 60]], 63, 2, "higher"))).toBe("On track");
    expect(single(call("ONTRACK", [[50, 52, 55, 57, 60]], 65, 2, "higher"))).toBe("At risk");
    expect(single(call("ONTRACK", [[50, 52, 55, 57, 60]], 70, 2))).toBe("Off track");
    expect(single(call("ONTRACK", [[50, 52, 55, "", ""]], 70, 2))).toBe("Not enough data");
  });

  test("KPI.ONTRACK on a block: target and polarity per KPI row", () => {
    const block = [
      [50, 52, 55, 57, 60],
      [60, 57, 55, 52, 50],
      [1, 2, "", "", ""],
      [50, 52, 55, 57, 60],
    ];
    // Row 2 mirrors row 1: projection 45.2, interval [44.33, 46.07]; 45 lies inside it.
    expect(plain(grid(call("ONTRACK", block, [[63], [45], [5], [""]], 2, [["higher"], ["lower"], ["higher"], ["higher"]])))).toEqual([
      ["On track"],
      ["At risk"],
      ["Not enough data"],
      ["No target"],
    ]);
  });

  test("KPI.RECENTTREND: the Fingertips marker, one KPI and a block", () => {
    expect(single(call("RECENTTREND", [counts], [totals], "higher"))).toBe("Increasing and getting better");
    expect(single(call("RECENTTREND", [counts], [totals]))).toBe("Increasing and getting better");
    expect(
      plain(
        grid(
          call(
            "RECENTTREND",
            [counts, counts.slice().reverse(), [209, 213, 213, 239, 210], [5, 3, 1, 1, 2]],
            [totals, totals.slice().reverse(), [1017, 1087, 1119, 1117, 1139], [5, 5, 5, 4, 4]],
            [["lower"], ["lower"], ["higher"], ["higher"]],
          ),
        ),
      ),
    ).toEqual([["Increasing and getting worse"], ["Decreasing and getting better"], ["No significant change"], ["Cannot be calculated"]]);
  });
});

describe("the trend formulas give the same cells in both hosts", () => {
  const cases: [string, unknown[]][] = [
    ["DIRECTION", [[[40, 42, 45, 47, 50], [50, 47, 45, 42, 40]], "lower"]],
    ["ONTRACK", [[[50], [52], [55], [57], [60]], 63, 2]],
    ["RECENTTREND", [[counts], [totals], "neutral"]],
    ["MANNKENDALL", [[[40, 42, 45, 30, 47, 50]], [["", "", "", "x", "", ""]]]],
    ["SENSLOPE", [[[40, 42, 45, 30, 47, 50]], [["", "", "", "x", "", ""]]]],
  ];
  test.each(cases)("%s", (name, args) => {
    expect(plain(grid(trySheets(name, ...args)))).toEqual(plain(grid(tryExcel(name, ...args))));
  });
});

describe("bad input: the exact message in both hosts", () => {
  const failures: [string, string, unknown[], string][] = [
    [
      "an unknown polarity",
      "DIRECTION",
      [[[1, 2, 3, 4, 5]], "upwards"],
      'polarity "upwards" is not recognised; use one of "higher", "lower", "neutral", "up", "down", "higher is better", "lower is better", "1", "-1", "0"',
    ],
    ["alpha above 1", "DIRECTION", [[[1, 2, 3, 4, 5]], "higher", 5], "alpha 5 is out of range; use a number between 0 and 1, such as 0.05"],
    ["alpha of 0", "DIRECTION", [[[1, 2, 3, 4, 5]], "higher", 0], "alpha 0 is out of range; use a number between 0 and 1, such as 0.05"],
    ["periods_ahead of 0", "ONTRACK", [[[1, 2, 3, 4, 5]], 10, 0], "periods_ahead 0 is out of range; use a whole number of periods, 1 or more"],
    ["periods_ahead not whole", "ONTRACK", [[[1, 2, 3, 4, 5]], 10, 1.5], "periods_ahead 1.5 is not a whole number; enter a whole number"],
    ["periods_ahead left out", "ONTRACK", [[[1, 2, 3, 4, 5]], 10], "periods_ahead is missing; enter a whole number of periods, 1 or more"],
    ["target left out", "ONTRACK", [[[1, 2, 3, 4, 5]], "", 2], "target is missing; enter the target to project against"],
    [
      "a target range of the wrong size",
      "ONTRACK",
      [[[1, 2, 3, 4, 5], [5, 4, 3, 2, 1]], [[10], [10], [10]], 2],
      "target has 3 rows by 1 column but values has 2 series (one per row); give ranges of the same size",
    ],
    [
      "a numerator above its denominator",
      "RECENTTREND",
      [[[1, 12, 3, 4, 5]], [[10, 10, 10, 10, 10]]],
      "numerators value 2 (12) is more than its denominator (10); a numerator counts cases out of its denominator, so check that the two ranges line up",
    ],
    [
      "a numerator above its denominator in a block",
      "RECENTTREND",
      [
        [
          [1, 2, 3, 4, 5],
          [1, 2, 3, 40, 5],
        ],
        [
          [10, 10, 10, 10, 10],
          [10, 10, 10, 10, 10],
        ],
      ],
      "numerators row 2, value 4 (40) is more than its denominator (10); a numerator counts cases out of its denominator, so check that the two ranges line up",
    ],
    ["a negative numerator", "RECENTTREND", [[[1, -2, 3, 4, 5]], [[10, 10, 10, 10, 10]]], "numerators value 2 (-2) is negative; enter a count of zero or more"],
    [
      "a zero denominator",
      "RECENTTREND",
      [[[0, 2, 3, 4, 5]], [[0, 10, 10, 10, 10]]],
      "denominators value 1 (0) is not above zero; enter the number counted, more than zero, or leave the cell blank",
    ],
    [
      "ranges of different sizes",
      "RECENTTREND",
      [[[1, 2, 3, 4, 5]], [[10, 10, 10, 10]]],
      "denominators has 1 row by 4 columns but numerators has 1 row by 5 columns; give ranges of the same size",
    ],
    ["text among the counts", "RECENTTREND", [[[1, "tbc", 3, 4, 5]], [[10, 10, 10, 10, 10]]], 'numerator 2 ("tbc") is not a number; leave it blank or enter a number'],
  ];

  test.each(failures)("%s", (_what, name, args, message) => {
    expect(tryExcel(name, ...args)).toEqual({ failed: true, code: "#VALUE!", message: `KPI.${name}: ${message}` });
    expect(trySheets(name, ...args)).toEqual({ failed: true, code: "Error", message: `KPI_${name}: ${message}` });
  });
});
