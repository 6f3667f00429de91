/**
 * KPI.CHANGE and KPI.BALANCE through the BUILT bundles: the same cells and the same messages in
 * Excel (dist/excel-addin) and Google Sheets (dist/sheets-addon). Expected values are worked by
 * hand from the definitions (see test/core/change-on-period.test.ts and kpiset-balance.test.ts).
 */
import fs from "fs";
import path from "path";
import { grid, plain, single, tryExcel, trySheets } from "../helpers/bundles";
import { loadReference } from "../helpers/reference";

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

// A quarterly KPI table: three KPIs down, eight quarters (two years) across, a polarity column.
const quarterly = [
  [28.1, 55.0, 82.4, 96.2, 28.5, 55.9, 82.0, 96.0], // council tax collected (cumulative %), higher is better
  [22, 25, 21, 19, 20, 24, 22, 18], // days to process new benefit claims, lower is better
  [410, 455, 430, 398, 420, 470, 445, 401], // planning applications received, neutral
];
const polarity = [["higher"], ["lower"], ["neutral"]];

/** Rounds numbers so hand-worked fractions compare exactly. */
function rounded(cells: unknown[][]): unknown[][] {
  return cells.map((row) => row.map((cell) => (typeof cell === "number" ? Number(cell.toFixed(10)) : cell)));
}

describe.each(hosts)("%s: KPI CHANGE", (_host, call) => {
  test("on the previous quarter (periods_back 1), one row per KPI, each by its polarity", () => {
    // by hand: 96.0 - 82.0 = 14; 18 - 22 = -4; 401 - 445 = -44, each over the earlier value
    expect(rounded(plain(grid(call("CHANGE", quarterly, 1, polarity))))).toEqual(
      rounded([
        [14, 14 / 82, "Better"],
        [-4, -4 / 22, "Better"],
        [-44, -44 / 445, "Down"],
      ]),
    );
  });

  test("on the same quarter last year (periods_back 4)", () => {
    // by hand: 96.0 - 96.2 = -0.2; 18 - 19 = -1; 401 - 398 = 3
    expect(rounded(plain(grid(call("CHANGE", quarterly, 4, polarity))))).toEqual(
      rounded([
        [-0.2, -0.2 / 96.2, "Worse"],
        [-1, -1 / 19, "Better"],
        [3, 3 / 398, "Up"],
      ]),
    );
  });

  test("defaults: the previous period, higher is better, for one row or one column", () => {
    expect(plain(grid(call("CHANGE", [[60, 62, 59, 64, 63]])))).toEqual([[-1, -1 / 64, "Worse"]]);
    expect(plain(grid(call("CHANGE", [[60], [62], [59], [64], [63]], "", "lower is better")))).toEqual([[-1, -1 / 64, "Better"]]);
    expect(plain(grid(call("CHANGE", [[5, 5]])))).toEqual([[0, 0, "No change"]]);
  });

  test("Not enough data when the earlier cell is blank; an empty percentage when the earlier value is 0", () => {
    const block = [
      [10, 12, "", 15],
      [0, 3, 4, 6],
      [1, 0, 5, 2],
    ];
    // two back, by hand: 15 - 12 = 3 over 12; 6 - 3 = 3 over 3; 2 - 0 = 2 with an earlier value of 0
    expect(plain(grid(call("CHANGE", block, 2)))).toEqual([
      [3, 0.25, "Better"],
      [3, 1, "Better"],
      [2, "", "Better"],
    ]);
    // one back: row 1's earlier cell is blank; 6 - 4 = 2 over 4; 2 - 5 = -3 over 5
    expect(plain(grid(call("CHANGE", block)))).toEqual([
      ["", "", "Not enough data"],
      [2, 0.5, "Better"],
      [-3, -0.6, "Worse"],
    ]);
    expect(plain(grid(call("CHANGE", 42)))).toEqual([["", "", "Not enough data"]]);
  });

  test("on real data: Trafford's and England's recycling rate, 2021/22 on 2020/21 (DEFRA ENV18, OGL)", () => {
    const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "recycling", "trafford-recycling.json"), "utf8"));
    const block = [fixture.series.Trafford, fixture.series.England];
    // DEFRA ENV18: Trafford 53.3% -> 58.8%, England 42.3% -> 42.5%
    expect(rounded(plain(grid(call("CHANGE", block))))).toEqual(
      rounded([
        [58.8 - 53.3, (58.8 - 53.3) / 53.3, "Better"],
        [42.5 - 42.3, (42.5 - 42.3) / 42.3, "Better"],
      ]),
    );
  });
});

describe.each(hosts)("%s: KPI CHANGE on real monthly data", (_host, call) => {
  test("England A&E attendances (NHS England, OGL; test/reference/spc.json): March 2019 on February 2019 and on March 2018", () => {
    const attendances = loadReference<{ values: number[]; dates: string[] }>("spc.json").cases.find((c) => c.name === "ae_all_attendances")!.input;
    expect([attendances.dates[23], attendances.dates[34], attendances.dates[35]]).toEqual(["2018-03-01", "2019-02-01", "2019-03-01"]);
    // NHS England figures: 2,167,550 in March 2019, 1,954,947 in February 2019, 2,049,785 in March 2018
    expect(plain(grid(call("CHANGE", [attendances.values], 1, "neutral")))).toEqual([[2167550 - 1954947, (2167550 - 1954947) / 1954947, "Up"]]);
    expect(plain(grid(call("CHANGE", [attendances.values], 12, "neutral")))).toEqual([[2167550 - 2049785, (2167550 - 2049785) / 2049785, "Up"]]);
  });
});

describe.each(hosts)("%s: KPI BALANCE", (_host, call) => {
  test("the five categories, the council's own, then one line of findings", () => {
    const categories = [["Economy"], ["efficiency"], ["Customer experience"], ["Housing"], ["Efficiency"], ["Equity"], ["Effectiveness"], ["Housing"]];
    // by hand: 8 KPIs; economy and efficiency 3 of 8 (no more than half); every category present
    expect(plain(grid(call("BALANCE", categories)))).toEqual([
      ["Economy", 1, 0.125],
      ["Efficiency", 2, 0.25],
      ["Effectiveness", 1, 0.125],
      ["Equity", 1, 0.125],
      ["Citizen experience", 1, 0.125],
      ["Housing", 2, 0.25],
      ["Balanced", "", ""],
    ]);
  });

  test("findings for a set that misses categories and is dominated by economy and efficiency", () => {
    const result = plain(grid(call("BALANCE", [["Economy", "Efficiency", "Efficiency", "Equity"]])));
    expect(result[result.length - 1]).toEqual([
      "Missing category: no KPI measures Effectiveness or Citizen experience; Dominated by economy and efficiency: 3 of 4 KPIs (75%)",
      "",
      "",
    ]);
  });
});

describe("KPI CHANGE and KPI BALANCE give the same cells in both hosts", () => {
  test.each([
    ["CHANGE", [quarterly, 4, polarity]],
    ["CHANGE", [quarterly, "", "neutral"]],
    ["BALANCE", [[["Equity"], [""], ["Citizens' experience"], ["Waste"]]]],
  ] as [string, unknown[]][])("%s", (name, args) => {
    expect(plain(grid(trySheets(name, ...args)))).toEqual(plain(grid(tryExcel(name, ...args))));
  });
});

describe("bad input names the argument and the fix, with the same message in both hosts", () => {
  const failures: [string, string, unknown[], string][] = [
    ["periods_back 0", "CHANGE", [quarterly, 0], "periods_back 0 is out of range; use a whole number from 1 to 7 (values has 8 periods)"],
    ["periods_back beyond the series", "CHANGE", [quarterly, 8], "periods_back 8 is out of range; use a whole number from 1 to 7 (values has 8 periods)"],
    ["periods_back not whole", "CHANGE", [quarterly, 1.5], "periods_back 1.5 is not a whole number; enter a whole number"],
    ["periods_back as text", "CHANGE", [quarterly, "four"], 'periods_back ("four") is not a number; leave it blank or enter a number'],
    [
      "periods_back for a single value",
      "CHANGE",
      [42, 1],
      "periods_back 1 is out of range; use a whole number of periods, and give values with at least two periods to compare",
    ],
    [
      "a polarity column of the wrong length",
      "CHANGE",
      [quarterly, 1, [["higher"], ["lower"]]],
      "polarity has 2 rows by 1 column but values has 3 series (one per row); give ranges of the same size",
    ],
    [
      "a probable typo of a category",
      "BALANCE",
      [[["Economy"], ["Equity"], ["Effectivness"]]],
      'category 3 "Effectivness" is not recognised; use one of "Economy", "Efficiency", "Effectiveness", "Equity", "Citizen experience"; did you mean "Effectiveness"?',
    ],
    [
      "a typo in a block names row and column",
      "BALANCE",
      [[["Economy", "Equity"], ["Citizen experiance", "Efficiency"]]],
      'row 2, category 1 "Citizen experiance" is not recognised; use one of "Economy", "Efficiency", "Effectiveness", "Equity", "Citizen experience"; did you mean "Citizen experience"?',
    ],
    [
      "numbers instead of categories",
      "BALANCE",
      [[["Economy"], [58.8]]],
      "category 2 (58.8) is a number, not a category; give the Category column of the KPI table, with words such as Economy or Equity",
    ],
    [
      "no categories",
      "BALANCE",
      [[[""], ["n/a"]]],
      "categories is missing; give the Category column of the KPI table, one category per KPI (Economy, Efficiency, Effectiveness, Equity, Citizen experience or your own)",
    ],
  ];

  test.each(failures)("%s", (_what, name, args, message) => {
    expect(tryExcel(name, ...args)).toEqual({ failed: true, code: "#VALUE!", message: `KPI.${name}: ${message}` });
    expect(trySheets(name, ...args)).toEqual({ failed: true, code: "Error", message: `KPI_${name}: ${message}` });
  });

  test("a single-cell result is a plain value in Sheets", () => {
    expect(single(trySheets("BALANCE", "Economy"))).toEqual(plain(grid(trySheets("BALANCE", "Economy"))));
  });
});
