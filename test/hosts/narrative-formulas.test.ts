/**
 * KPI.NARRATIVE and KPI.QUESTIONS as built for both hosts: the same text in Excel and Sheets, one
 * paragraph per KPI, a column of questions, and clear messages for bad input.
 */
import { grid, plain, single, tryExcel, trySheets } from "../helpers/bundles";

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

const YEARS = [["2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24"]];

describe("KPI.NARRATIVE in both hosts", () => {
  test.each(hosts)("%s: one paragraph, periods named as written", (_host, call) => {
    const text = single(call("NARRATIVE", "Household waste recycled", [[40, 41, 43, 44, 46, 47, 48, 50]], YEARS, 45, "higher", [[40, 42, 44, 46, 48, 50, 52, 54, 56]], "%"));
    expect(text).toBe(
      "Household waste recycled was 50% in 2023/24, up 2 percentage points on 2022/23. " +
        "Over eight years it has improved, by about 1.4 percentage points a year, and a trend test shows this is unlikely to be chance. " +
        "It meets its target of 45% and ranks 4th of 9 in its peer group (upper middle quarter).",
    );
  });

  test.each(hosts)("%s: a block of KPIs gives one paragraph per row", (_host, call) => {
    const result = plain(grid(call("NARRATIVE", [["Visits"], ["Complaints"]], [[10, 11, 12, 13, 14], [5, 4, 6, 5, 5]], "", "", [["higher"], ["neutral"]])));
    expect(result.length).toBe(2);
    expect(String(result[0][0])).toMatch(/^Visits was 14 in the latest period, up 1 \(7\.7%\) on the period before\. /);
    expect(String(result[1][0])).toMatch(/^Complaints was 5 in the latest period, unchanged on the period before\. /);
  });
});

describe("month headers that are dates", () => {
  const values = [[50, 52, 54]];
  test("Sheets hands a date cell over as a Date: it reads as the month it shows", () => {
    const months = [[new Date(2024, 3, 1), new Date(2024, 4, 1), new Date(2024, 5, 1)]];
    expect(single(trySheets("NARRATIVE", "Visits", values, months))).toMatch(/^Visits was 54 in Jun 2024, up 2 \(3\.8%\) on May 2024\. With three months of data/);
  });

  test("Excel hands it over as a date serial: 45383 is 1 Apr 2024, and a year such as 2024 stays a year", () => {
    // Excel: DATE(2024,4,1) = 45383, DATE(2024,5,1) = 45413, DATE(2024,6,15) = 45458.
    expect(single(tryExcel("NARRATIVE", "Visits", values, [[45383, 45413, 45458]]))).toMatch(/^Visits was 54 in 15 Jun 2024, up 2 \(3\.8%\) on May 2024\./);
    expect(single(tryExcel("NARRATIVE", "Visits", values, [[2022, 2023, 2024]]))).toMatch(/^Visits was 54 in 2024, up 2 \(3\.8%\) on 2023\. With three years of data/);
  });
});

describe("KPI.QUESTIONS in both hosts", () => {
  test.each(hosts)("%s: a soft target is questioned first, in a column", (_host, call) => {
    const result = plain(grid(call("QUESTIONS", [[70, 72, 71, 73, 74, 72, 75, 73]], 66)));
    expect(result[0]).toEqual(["The target has been met every period by a wide margin: is it stretching enough, and who agreed it?"]);
    for (const row of result) expect(row.length).toBe(1);
  });
});

describe("parity and bad input", () => {
  test("both hosts give the same narrative and questions", () => {
    const args = ["Cost per visit", [[4.1, 4.3, 4.4, 4.5, 4.6, 4.8, 4.9, ""]], YEARS, "", "lower", [[3, 3.5, 4, 4.2, 4.4, 5, 6]], "£"];
    expect(plain(grid(trySheets("NARRATIVE", ...args)))).toEqual(plain(grid(tryExcel("NARRATIVE", ...args))));
    expect(plain(grid(trySheets("QUESTIONS", [[1, 2, 3, 4, 5, 6]], 10, "lower")))).toEqual(plain(grid(tryExcel("QUESTIONS", [[1, 2, 3, 4, 5, 6]], 10, "lower"))));
  });

  const failures: [string, string, unknown[], string][] = [
    ["no name", "NARRATIVE", ["", [[1, 2, 3]]], "name is missing; enter the KPI's name, or point at the cell that holds it"],
    ["periods of another length", "NARRATIVE", ["Visits", [[1, 2, 3]], [["2021/22", "2022/23"]]], "periods has 2 cells but values has 3 periods; give one label per period, as a single row or column (e.g. the header row)"],
    ["a target range shorter than values", "QUESTIONS", [[[1, 2, 3, 4]], [[5, 5]]], "target has 2 cells but values has 4; give one target per value (a range the size of values, blank where there is none) or a single target"],
  ];
  test.each(failures)("%s", (_what, name, args, message) => {
    expect(tryExcel(name, ...args)).toEqual({ failed: true, code: "#VALUE!", message: `KPI.${name}: ${message}` });
    expect(trySheets(name, ...args)).toEqual({ failed: true, code: "Error", message: `KPI_${name}: ${message}` });
  });
});
