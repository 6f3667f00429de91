/**
 * KPI.YTD and KPI.ROLLING through the BUILT bundles of both hosts, against figures worked by hand
 * (each working is written beside its expectation): an April-start year, monthly and quarterly,
 * with gaps and with numerators and denominators, periods in the forms councils type them and as
 * date cells (Excel hands a formula the date serial, Apps Script a Date), and the messages for
 * bad input, each naming its argument.
 */
import { grid, plain, tryExcel, trySheets } from "../helpers/bundles";
import { expectClose } from "../helpers/reference";

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

/** Cells of a result, numbers compared to 12 significant figures, empty cells as "". */
function expectCells(actual: unknown, expected: (number | "")[][]): void {
  const rows = plain(grid(actual)) as unknown[][];
  expect(rows.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const want = expected[r][c];
      if (want === "") expect(cell).toBe("");
      else expectClose(cell as number, want, 1e-12);
    }),
  );
}

// Sixteen months, February 2024 to May 2025, with August 2024 blank.
const MONTHS = ["Feb-24", "Mar-24", "Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24", "Sep-24", "Oct-24", "Nov-24", "Dec-24", "Jan-25", "Feb-25", "Mar-25", "Apr-25", "May-25"];
const MONTHLY = [30, 28, 12, 15, 9, 14, "", 11, 10, 13, 8, 16, 12, 10, 20, 18];

describe.each(hosts)("%s: KPI.YTD on months of an April-start year", (_host, call) => {
  test("sum: each year from April; the year begun before the data and the rest of a year with a gap are empty", () => {
    // Feb-24 and Mar-24 close 2023/24, whose April to January are not in the data: empty.
    // 2024/25: Apr 12; May 12 + 15 = 27; Jun 27 + 9 = 36; Jul 36 + 14 = 50; Aug is blank, so Aug to Mar are empty.
    // 2025/26: Apr 20; May 20 + 18 = 38.
    expectCells(call("YTD", [MONTHLY], [MONTHS]), [["", "", 12, 27, 36, 50, "", "", "", "", "", "", "", "", 20, 38]]);
  });

  test("mean and last, and a column in gives a column out", () => {
    // mean: Apr 12; May 27 / 2 = 13.5; Jun 36 / 3 = 12; Jul 50 / 4 = 12.5; 2025/26: 20, 38 / 2 = 19.
    expectCells(call("YTD", [MONTHLY], [MONTHS], "mean"), [["", "", 12, 13.5, 12, 12.5, "", "", "", "", "", "", "", "", 20, 19]]);
    // last: each month's own figure; only August's own blank is empty.
    expectCells(call("YTD", [MONTHLY], [MONTHS], "LAST"), [MONTHLY as (number | "")[]]);
    const column = call("YTD", MONTHLY.slice(2, 6).map((value) => [value]), MONTHS.slice(2, 6).map((label) => [label]));
    expectCells(column, [[12], [27], [36], [50]]);
  });

  test("months written every way councils write them read the same", () => {
    const spellings = ["April 2024", "May 2024", "2024-06", "07/2024", "Aug '24", "Sept 2024"];
    // 5 + 6 = 11; + 7 = 18; + 8 = 26; + 9 = 35; + 10 = 45.
    expectCells(call("YTD", [[5, 6, 7, 8, 9, 10]], [spellings]), [[5, 11, 18, 26, 35, 45]]);
  });

  test("a month missing from periods is a gap, like a blank value", () => {
    // Apr 5, May 5 + 6 = 11; June is not in periods, so July and the rest of 2024/25 are empty.
    expectCells(call("YTD", [[5, 6, 8, 9]], [["Apr-24", "May-24", "Jul-24", "Aug-24"]]), [[5, 11, "", ""]]);
  });

  test("a year from January with year_start 1", () => {
    // 2024 from January: Feb-24 and Mar-24 follow January, which is not in the data: empty. 2025: Jan 16; Feb 16 + 12 = 28; Mar 28 + 10 = 38.
    expectCells(call("YTD", [[30, 28, 16, 12, 10]], [["Feb-24", "Mar-24", "Jan-25", "Feb-25", "Mar-25"]], "sum", 1), [["", "", 16, 28, 38]]);
  });
});

// Planning applications decided in time, by quarter: decided in time (numerators) over decided (denominators).
const QUARTERS = ["Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25"];
const IN_TIME = [45, 50, 38, 52, 40, 47, 44];
const DECIDED = [50, 60, 40, 65, 50, 50, 55];

describe.each(hosts)("%s: KPI.YTD on quarters", (_host, call) => {
  test("ratio: the year's numerators over its denominators, never a mean of the quarters' rates", () => {
    // 2023/24: Q1 45/50 = 0.9; Q2 (45+50)/(50+60) = 95/110; Q3 133/150; Q4 185/215.
    // 2024/25: Q1 40/50 = 0.8; Q2 87/100 = 0.87; Q3 131/155.
    // (The mean of the Q1 and Q2 2023/24 rates, (0.9 + 50/60) / 2 = 0.8667, is not 95/110 = 0.8636.)
    expectCells(call("YTD", [IN_TIME], [QUARTERS], "ratio", "", [DECIDED]), [[0.9, 95 / 110, 133 / 150, 185 / 215, 0.8, 0.87, 131 / 155]]);
  });

  test("ratio with a missing denominator: that quarter and the rest of its year are empty", () => {
    const decided = [50, 60, 40, 65, 50, "", 55];
    // 2024/25: Q1 40/50 = 0.8; Q2 has no denominator, so Q2 and Q3 are empty.
    expectCells(call("YTD", [IN_TIME], [QUARTERS], "ratio", "", [decided]), [[0.9, 95 / 110, 133 / 150, 185 / 215, 0.8, "", ""]]);
  });

  test("a block: one KPI per row under one row of periods, a method per row", () => {
    // Row 1 (sum): 45, 95, 133, 185 | 40, 87, 131. Row 2 (mean): 50, 55, 50, 53.75 | 50, 50, 155/3.
    expectCells(call("YTD", [IN_TIME, DECIDED], [QUARTERS], [["sum"], ["mean"]]), [
      [45, 95, 133, 185, 40, 87, 131],
      [50, 55, 50, 53.75, 50, 50, 155 / 3],
    ]);
  });

  test("quarters as spans of months and as quarter-end dates read as the financial quarters", () => {
    // Apr-Jun, Jul-Sep, Oct-Dec 2024, Jan-Mar 2025, then Apr-Jun 2025: 10, 10+20 = 30, 30+30 = 60, 60+40 = 100 | 50.
    const values = [[10, 20, 30, 40, 50]];
    const expected: (number | "")[][] = [[10, 30, 60, 100, 50]];
    expectCells(call("YTD", values, [["Apr-Jun 2024", "Jul-Sep 2024", "Oct-Dec 2024", "Jan-Mar 2025", "Apr-Jun 2025"]]), expected);
    // Quarter ends 30 Jun 2024, 30 Sep 2024, 31 Dec 2024, 31 Mar 2025, 30 Jun 2025 as Excel's serials
    // (DATE(2024,6,30) = 45473; +92, +92, +90, +91 days).
    const serials = [45473, 45565, 45657, 45747, 45838];
    const dates = serials.map((serial) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000));
    const cells = call === tryExcel ? [serials] : [dates.map((date) => new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))];
    expectCells(call("YTD", values, cells), expected);
  });

  test("month-start date cells read as months", () => {
    // 1 Mar, 1 Apr, 1 May 2024: DATE(2024,3,1) = 45352, then +31, +30 days. March closes 2023/24 (empty); Apr 7; May 7 + 8 = 15.
    const serials = [45352, 45383, 45413];
    const cells = call === tryExcel ? [serials] : [[new Date(2024, 2, 1), new Date(2024, 3, 1), new Date(2024, 4, 1)]];
    expectCells(call("YTD", [[6, 7, 8]], cells), [["", 7, 15]]);
  });
});

describe.each(hosts)("%s: KPI.ROLLING", (_host, call) => {
  test("sum and mean over 3 periods: empty until the window is full", () => {
    // 10+12+11 = 33; 12+11+13 = 36; 11+13+14 = 38. Means: 11, 12, 38/3.
    expectCells(call("ROLLING", [[10, 12, 11, 13, 14]], 3), [["", "", 33, 36, 38]]);
    expectCells(call("ROLLING", [[10, 12, 11, 13, 14]], 3, "mean"), [["", "", 11, 12, 38 / 3]]);
  });

  test("a window holding a gap is empty", () => {
    // Window 2: [10,12] 22; [12,-] and [-,13] hold the gap; [13,14] 27; [14,15] 29.
    expectCells(call("ROLLING", [[10, 12, "", 13, 14, 15]], 2), [["", 22, "", "", 27, 29]]);
  });

  test("ratio over four quarters: the numerators over the denominators of the last year", () => {
    // Q4 2023/24: 185/215; Q1 2024/25: (50+38+52+40)/(60+40+65+50) = 180/215; Q2: 177/205; Q3: (52+40+47+44)/(65+50+50+55) = 183/220.
    expectCells(call("ROLLING", [IN_TIME], 4, "ratio", [DECIDED]), [["", "", "", 185 / 215, 180 / 215, 177 / 205, 183 / 220]]);
  });

  test("a block of KPIs, one method per row", () => {
    expectCells(call("ROLLING", [[1, 2, 3], [4, 6, 8]], 2, [["sum"], ["mean"]]), [
      ["", 3, 5],
      ["", 5, 7],
    ]);
  });
});

describe("bad input names its argument, the same in both hosts", () => {
  const failures: [string, string, unknown[], string][] = [
    ["a period that is not a period", "YTD", [[[1, 2]], [["Apr-24", "Wave 1"]]], 'periods period 2 ("Wave 1") is not a month, quarter or date with its year; write months as "Apr-24", "April 2024" or "2024-04", quarters as "Q1 2024/25", or use date cells'],
    ["a month without its year", "YTD", [[[1, 2]], [["April", "May"]]], 'periods period 1 ("April") is not a month, quarter or date with its year; write months as "Apr-24", "April 2024" or "2024-04", quarters as "Q1 2024/25", or use date cells'],
    ["periods out of order", "YTD", [[[1, 2, 3]], [["Apr-24", "Jun-24", "May-24"]]], 'periods lists "May-24" (period 3) after "Jun-24" (period 2), out of time order; put the periods in time order, oldest first, with values in the same order'],
    ["a period twice", "YTD", [[[1, 2]], [["Apr-24", "April 2024"]]], 'periods has the same period twice ("Apr-24", period 1, and "April 2024", period 2); give each period once'],
    ["months and quarters mixed", "YTD", [[[1, 2]], [["Apr-24", "Q2 2024/25"]]], 'periods mixes kinds of period ("Apr-24" is a month, "Q2 2024/25" a quarter); give one kind of period: all months, all quarters or all years'],
    ["years", "YTD", [[[1, 2]], [["2022/23", "2023/24"]]], 'periods holds years ("2022/23"), not months or quarters; a year-to-date figure needs monthly or quarterly periods; a yearly figure is its own year to date'],
    ["periods of another length", "YTD", [[[1, 2, 3]], [["Apr-24", "May-24"]]], "periods has 1 row by 2 columns but values has 3 periods; give ranges of the same size"],
    ["a year start inside a quarter", "YTD", [[[1, 2]], [["Q1 2024/25", "Q2 2024/25"]], "", 5], 'year_start 5 starts the year inside the quarter "Q1 2024/25"; give the month a quarter starts in (1, 4, 7, 10; 4 for the UK financial year)'],
    ["a year start of 13", "YTD", [[[1, 2]], [["Apr-24", "May-24"]], "", 13], "year_start 13 is out of range; use a month number from 1 (January) to 12 (December); 4 for the UK financial year"],
    ["an unknown method", "YTD", [[[1, 2]], [["Apr-24", "May-24"]], "total"], 'method "total" is not recognised; use one of "sum", "mean", "last", "ratio"'],
    ["ratio without denominators", "YTD", [[[1, 2]], [["Apr-24", "May-24"]], "ratio"], 'denominators is missing; give the denominator of each value (e.g. the cases due), the shape of values, for method "ratio"'],
    ["denominators with a sum", "ROLLING", [[[1, 2]], 2, "", [[3, 4]]], 'denominators are given, but only method "ratio" divides by them; enter "ratio" as the method, or leave denominators out'],
    ["a window of 0", "ROLLING", [[[1, 2, 3]], 0], "window 0 is out of range; use a whole number of periods, 1 or more (12 for a year of months, 4 for a year of quarters)"],
    ["a window of 2.5", "ROLLING", [[[1, 2, 3]], 2.5], "window 2.5 is not a whole number; enter a whole number"],
    ["no window", "ROLLING", [[[1, 2, 3]]], "window is missing; enter a whole number of periods, 1 or more (12 for a year of months, 4 for a year of quarters)"],
    ["last as a rolling method", "ROLLING", [[[1, 2, 3]], 2, "last"], 'method "last" is not recognised; use one of "sum", "mean", "ratio"'],
  ];

  test.each(failures)("%s", (_what, name, args, message) => {
    expect(tryExcel(name, ...args)).toEqual({ failed: true, code: "#VALUE!", message: `KPI.${name}: ${message}` });
    expect(trySheets(name, ...args)).toEqual({ failed: true, code: "Error", message: `KPI_${name}: ${message}` });
  });
});
