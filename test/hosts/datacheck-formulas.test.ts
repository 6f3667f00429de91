/**
 * KPI.DATACHECK as built for both hosts: the same cells in Excel and Sheets, one column of
 * findings for one KPI, one row per KPI for a block (findings across), month headers that are
 * dates read as the months they show, and clear messages for bad input. The sentences are the
 * core's (test/core/data-quality-checks.test.ts works them out).
 */
import { grid, plain, single, tryExcel, trySheets } from "../helpers/bundles";

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

const YEARS = [["2018/19", "2019/20", "2020/21", "2021/22", "2022/23"]];

describe("KPI.DATACHECK in both hosts", () => {
  test.each(hosts)("%s: one KPI gives a column, a finding a cell; a clean KPI says so", (_host, call) => {
    expect(plain(grid(call("DATACHECK", [[45.3, 44.9, 452, 46.1, 45.8]], YEARS)))).toEqual([
      [
        "Likely keying error: 452 in 2020/21 is 9.8 times the figures either side (44.9 in 2019/20, 46.1 in 2021/22); check for a slipped decimal point or a digit too many or too few.",
      ],
    ]);
    const twoFindings = plain(grid(call("DATACHECK", [[98], [101], [63.5], [63.5], [63.5], [63.5]], "", "%")));
    expect(twoFindings.map((row) => String(row[0]).split(":")[0])).toEqual(["Percentage out of range", "Figure rolled forward"]);
    expect(single(call("DATACHECK", [[50, 52, 51, 53, 55]], YEARS, "%"))).toBe("No problems found");
  });

  test.each(hosts)("%s: a block gives one row per KPI, findings across, padded to the widest row", (_host, call) => {
    const values = [
      [50, 52, 51, 53, 55],
      [12, -3, 14, 14, 14],
      ["", "", "", "", ""],
    ];
    const result = plain(grid(call("DATACHECK", values, [["2018/19", "2019/20", "2021/22", "2022/23", "2023/24"]], [["%"], ["count"], [""]])));
    expect(result).toEqual([
      ["Missing period: no 2020/21 between 2019/20 and 2021/22; add it, blank if there is no figure, so the gap keeps its place.", ""],
      [
        "Missing period: no 2020/21 between 2019/20 and 2021/22; add it, blank if there is no figure, so the gap keeps its place.",
        "Negative count: 2019/20 is -3; a count cannot be below 0.",
      ],
      ["Missing period: no 2020/21 between 2019/20 and 2021/22; add it, blank if there is no figure, so the gap keeps its place.", ""],
    ]);
    const noPeriods = plain(grid(call("DATACHECK", values, "", "count")));
    expect(noPeriods.map((row) => row[0])).toEqual(["No problems found", "Negative count: value 2 is -3; a count cannot be below 0.", "Not enough data"]);
  });

  test.each(hosts)("%s: numerators and denominators the shape of values", (_host, call) => {
    const result = plain(grid(call("DATACHECK", [[90, 95, 92]], "", "%", [[108, 131, 46]], [[120, 120, 50]])));
    expect(result).toEqual([
      ["Numerator above denominator: value 2 has 131 out of 120; a part cannot be more than its whole."],
      ["Denominator jump: from 120 in value 2 to 50 in value 3 (down 58%); check whether the definition, the boundary or the recording changed."],
    ]);
  });

  test("month headers that are dates: a Date in Sheets, a serial in Excel, read as the months they show", () => {
    // Excel: DATE(2024,4,1) = 45383, DATE(2024,5,1) = 45413, DATE(2024,7,1) = 45474.
    const expected = "Missing period: no Jun 2024 between May 2024 and Jul 2024; add it, blank if there is no figure, so the gap keeps its place.";
    expect(single(trySheets("DATACHECK", [[50, 52, 54]], [[new Date(2024, 3, 1), new Date(2024, 4, 1), new Date(2024, 6, 1)]]))).toBe(expected);
    expect(single(tryExcel("DATACHECK", [[50, 52, 54]], [[45383, 45413, 45474]]))).toBe(expected);
  });

  test("both hosts give the same cells", () => {
    const args = [[[45.3, 44.9, 452, 46.1, 45.8], [1, 1, 1, 1, 1]], YEARS, "", [[1, 2, 3, 4, 5], [1, 1, 1, 1, 1]], [[10, 10, 10, 10, 10], [2, 2, 20, 2, 2]]];
    expect(plain(grid(trySheets("DATACHECK", ...args)))).toEqual(plain(grid(tryExcel("DATACHECK", ...args))));
  });
});

describe("bad input names the argument and the fix, in both hosts", () => {
  const failures: [string, unknown[], string][] = [
    ["a period label short", [[[1, 2, 3]], [["2021/22", "2022/23"]]], "periods has 2 cells but values has 3 periods; give one label per period, as a single row or column (e.g. the header row)"],
    ["a numerators range of another size", [[[1, 2, 3]], "", "", [[1, 2]]], "numerators has 1 row by 2 columns but values has 1 row by 3 columns; give ranges of the same size"],
    ["a denominator in words", [[[1, 2, 3]], "", "", "", [[10, "ten", 10]]], 'denominator 2 ("ten") is not a number; leave it blank or enter a number'],
    ["a number where the unit goes", [[[1, 2, 3]], "", 100], 'unit is the number 100, which is not a unit; give a unit word such as "%", "£" or "days", or leave it blank for a count'],
    ["a value in words", [[[1, "tbc", 3]]], 'value 2 ("tbc") is not a number; leave it blank or enter a number'],
  ];

  test.each(failures)("%s", (_what, args, message) => {
    expect(tryExcel("DATACHECK", ...args)).toEqual({ failed: true, code: "#VALUE!", message: `KPI.DATACHECK: ${message}` });
    expect(trySheets("DATACHECK", ...args)).toEqual({ failed: true, code: "Error", message: `KPI_DATACHECK: ${message}` });
  });
});
