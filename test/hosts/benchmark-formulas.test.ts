/**
 * The benchmarking and value-for-money formulas in the BUILT bundles: the layouts councils hold
 * peer data in, the quartile rule, value for money, and bad input with the same message in both hosts.
 */
import { grid, plain, single, tryExcel, trySheets } from "../helpers/bundles";

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

const PEERS = [[1, 2, 4, 7, 8, 9, 10, 12]];

describe("positions among peers", () => {
  test.each(hosts)("%s: QUARTILE.INC boundaries go to the better quartile for both polarities", (_host, call) => {
    // Excel QUARTILE.INC({1,2,4,7,8,9,10,12}) gives Q1 = 3.5, Q3 = 9.25.
    expect(plain(grid(call("QUARTILE", [[9.25], [7.5], [3.5], [3.4]], PEERS, "higher")))).toEqual([[1], [2], [3], [4]]);
    expect(plain(grid(call("QUARTILE", [[3.5], [7.5], [9.25], [9.3]], PEERS, "lower")))).toEqual([[1], [2], [3], [4]]);
  });

  test.each(hosts)("%s: one value, a shared peer column, and gaps", (_host, call) => {
    const column = PEERS[0].map((value) => [value]);
    expect(single(call("RANK", 7, column, "higher"))).toBe(5);
    expect(single(call("PERCENTILE", 7, column, "lower"))).toBe(56.25);
    expect(single(call("GAP", 7, [...column, ["n/a"], [""]], "top quartile", "higher"))).toBe(-2.25);
    expect(plain(grid(call("RANK", [[7], [""], [12]], column)))).toEqual([[5], [""], [1]]);
  });

  test.each(hosts)("%s: our row against the councils-by-years block gives one result per year", (_host, call) => {
    const block = [
      [10, 20, 30],
      [20, 10, ""],
      [30, 40, 10],
    ];
    expect(plain(grid(call("RANK", [[20, 10, 30]], block, "higher")))).toEqual([[2, 3, 1]]);
    expect(plain(grid(call("RANK", block, block, "lower")))).toEqual([
      [1, 2, 2],
      [2, 1, ""],
      [3, 3, 1],
    ]);
    expect(plain(grid(call("GAP", [[20, 10, 30]], block)))).toEqual([[0, -10, 10]]);
  });

  test.each(hosts)("%s: a column of KPIs, each against its own row of peers, with a polarity per KPI", (_host, call) => {
    const peers = [
      [1, 2, 3, 4],
      [10, 20, 30, 40],
    ];
    expect(plain(grid(call("RANK", [[4], [15]], peers, [["higher"], ["lower"]])))).toEqual([[1], [2]]);
  });
});

describe("intervals and comparison", () => {
  test.each(hosts)("%s: COMPARE follows polarity, scale and the two Fingertips levels", (_host, call) => {
    // Wilson 95% for 650/1000 is 0.620 to 0.679 (PHEindicatormethods wilson_lower/upper formula).
    expect(single(call("COMPARE", 650, 1000, 0.6, "higher"))).toBe("Better");
    expect(single(call("COMPARE", 650, 1000, 0.6, "lower"))).toBe("Worse");
    expect(single(call("COMPARE", 650, 1000, 0.6, "neutral"))).toBe("Higher");
    expect(single(call("COMPARE", 650, 1000, 65, "higher", "", "", 100))).toBe("Similar");
    expect(single(call("COMPARE", 650, 1000, "60%", "higher", "proportion", [[0.95, 0.998]]))).toBe("Best");
    expect(single(call("COMPARE", 20, 100000, 10, "lower", "rate"))).toBe("Worse");
    expect(plain(grid(call("COMPARE", [[650], [""]], [[1000], [1000]], 0.6)))).toEqual([["Better"], ["Not compared"]]);
  });

  test.each(hosts)("%s: PROPORTIONCI and RATECI give one row per area", (_host, call) => {
    const rows = plain(grid(call("PROPORTIONCI", [[65], [0]], [[100], [10]]))) as number[][];
    expect(rows.map((row) => row.length)).toEqual([3, 3]);
    expect(rows[1][0]).toBe(0);
    expect(rows[1][1]).toBe(0);
    const rates = plain(grid(call("RATECI", [[5]], [[1000]], 1000, 95))) as number[][];
    expect(rates[0][0]).toBe(5);
  });
});

describe("value for money", () => {
  test.each(hosts)("%s: REALTERMS, VFM and COSTQUADRANT", (_host, call) => {
    expect(plain(grid(call("REALTERMS", [[100, 110, 121]], [[90, 95, 100]], 1)))).toEqual([[100, (110 * 90) / 95, (121 * 90) / 100]]);
    // Mann-Kendall exact p for an unbroken run of 5 is 2/120 < 0.05 (Kendall 1975); a flat cost series has no trend.
    expect(plain(grid(call("VFM", [[10, 11, 12, 13, 14], [14, 13, 12, 11, 10], [10, 10, 10, 10, 10]], [[50, 52, 55, 57, 60], [50, 52, 55, 57, 60], [1, 2, 3, 4, 5]], [["higher"], ["lower"], ["higher"]])))).toEqual([
      ["Spending more, performing better"],
      ["Spending less, performing worse"],
      ["No clear change"],
    ]);
    expect(single(call("VFM", [[10, 11, 12, 13]], [[1, 2, 3, 4]]))).toBe("Not enough data");
    expect(plain(grid(call("COSTQUADRANT", [[9], [13], [10]], [[70], [60], [65]], [[8], [10], [12]], [[60], [65], [80]], "higher")))).toEqual([
      ["Low cost, high performance"],
      ["High cost, low performance"],
      ["Low cost, high performance"],
    ]);
    // One row of peers per council: a council whose peer row is empty gets "Not enough data", as
    // KPI.RANK leaves that cell empty, while the others are still placed (medians 10 and 65).
    expect(
      plain(grid(call("COSTQUADRANT", [[9], [13]], [[70], [60]], [[8, 10, 12], ["", "", ""]], [[60, 65, 80], [60, 65, 80]], "higher"))),
    ).toEqual([["Low cost, high performance"], ["Not enough data"]]);
  });
});

describe("bad input names itself and says how to fix it, the same in both hosts", () => {
  const failures: [string, string, unknown[], string, string][] = [
    [
      "numerator above denominator",
      "PROPORTIONCI",
      [120, 100],
      "#VALUE!",
      'numerator is 120, more than the denominator 100, so it is not a proportion; check that the two ranges are not swapped; for counts that can exceed the population use a rate (KPI.RATECI, or type "rate")',
    ],
    [
      "numerator above denominator in a column",
      "COMPARE",
      [[[5], [120]], [[10], [100]], 0.5],
      "#VALUE!",
      'numerator in row 2 is 120, more than the denominator 100, so it is not a proportion; check that the two ranges are not swapped; for counts that can exceed the population use a rate (KPI.RATECI, or type "rate")',
    ],
    [
      "a percentage comparator where a proportion of 1 is expected, in a column (the row named once)",
      "COMPARE",
      [[[5], [6]], [[10], [10]], [[0.5], [50]]],
      "#VALUE!",
      "comparator in row 2 is 50, more than 1, so it is not a proportion of 1; give it as a proportion (0.806 or 80.6%), or set per to 100 for percentages",
    ],
    [
      "a published interval upside down, in a column",
      "COMPARE",
      [[[5], [9]], [[7], [8]], 6, "higher", "interval"],
      "#VALUE!",
      'numerator in row 2 (the lower limit, 9) is above the denominator (the upper limit, 8); with type "interval" give the lower limit as numerator and the upper limit as denominator',
    ],
    ["a negative count", "RATECI", [-3, 1000], "#VALUE!", "count is -3, which is negative; enter a count of zero or more"],
    ["a negative numerator", "PROPORTIONCI", [-1, 10], "#VALUE!", "numerator is -1, which is negative; enter a count of zero or more"],
    [
      "a zero population",
      "RATECI",
      [5, 0],
      "#VALUE!",
      "population is 0, which leaves nothing to divide by; enter the population (or number of cases), which must be more than zero",
    ],
    [
      "a zero denominator",
      "PROPORTIONCI",
      [0, 0],
      "#VALUE!",
      "denominator is 0, so there is nothing to take a proportion of; enter the number of cases, which must be more than zero",
    ],
    [
      "a confidence level of 1.5",
      "PROPORTIONCI",
      [5, 10, 1.5],
      "#VALUE!",
      "confidence 1.5 is out of range; use a level above 0 and up to 1 such as 0.95, or a percentage such as 95",
    ],
    [
      "a pair of levels other than Fingertips'",
      "COMPARE",
      [5, 10, 0.5, "higher", "proportion", [[0.9, 0.95]]],
      "#VALUE!",
      "confidence has 2 levels; give one level such as 0.95, or the two Fingertips levels 0.95 and 0.998",
    ],
    [
      "peers all missing",
      "QUARTILE",
      [5, [["", "n/a", "-"]]],
      "#VALUE!",
      "peer_values has no numbers (every cell is blank or marked missing); select the range that holds the peer group's values",
    ],
    [
      "a deflator of zero",
      "REALTERMS",
      [[[100, 110, 120]], [[95, 0, 100]]],
      "#VALUE!",
      "deflator 2 is zero, so prices cannot be converted with it; enter the price index for that period (a positive number, such as 100 for the base year)",
    ],
    [
      "a percentage comparator for a proportion",
      "COMPARE",
      [65, 100, 60],
      "#VALUE!",
      "comparator is 60, more than 1, so it is not a proportion of 1; give it as a proportion (0.806 or 80.6%), or set per to 100 for percentages",
    ],
    [
      "a peer block that does not line up",
      "RANK",
      [[[1], [2], [3]], [[1, 2], [3, 4]]],
      "#VALUE!",
      "peer_values (2 rows by 2 columns) does not line up with value (3 rows by 1 column); give a single row or column shared by every value, or one row of peers per value",
    ],
    ["an unknown gap target", "GAP", [5, [[1, 2, 3]], "top"], "#VALUE!", 'to "top" is not recognised; use one of "median", "mean", "top quartile", "best"'],
    ["a neutral VFM", "VFM", [[[1, 2, 3, 4, 5]], [[1, 2, 3, 4, 5]], "neutral"], "#VALUE!", 'polarity "neutral" does not say whether performance got better or worse; give "higher" or "lower"'],
  ];

  test.each(failures)("%s", (_what, name, args, excelCode, message) => {
    expect(tryExcel(name, ...args)).toEqual({ failed: true, code: excelCode, message: `KPI.${name}: ${message}` });
    expect(trySheets(name, ...args)).toEqual({ failed: true, code: "Error", message: `KPI_${name}: ${message}` });
  });

  test.each(hosts)("%s: confidence 95 is read as 0.95 (as PHEindicatormethods)", (_host, call) => {
    expect(plain(grid(call("PROPORTIONCI", 65, 100, 95)))).toEqual(plain(grid(call("PROPORTIONCI", 65, 100, 0.95))));
  });
});
