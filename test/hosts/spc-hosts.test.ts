/**
 * KPI.SPC, KPI.VARIATION and KPI.ASSURANCE through the BUILT bundles of both hosts: the same cells,
 * published values reproduced, and the same messages for bad input.
 */
import { grid, plain, single, tryExcel, trySheets } from "../helpers/bundles";
import { expectClose, loadReference } from "../helpers/reference";

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

const reference = loadReference<{ values: number[]; dates: string[]; rebase_dates: string[] }, { segments: { start_index: number; mean: number; lpl: number; upl: number }[]; point_type: string[] }>("spc.json");
const VIGNETTE = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];

describe("SPC formulas in both built hosts", () => {
  test.each(hosts)("%s: KPI SPC on the vignette data with the MDC rules (docs/SPC.md, 'Checked against')", (_host, call) => {
    const rows = plain(grid(call("SPC", [VIGNETTE], "higher")));
    expect(rows[0][5]).toBe("Variation (MDC rules, run of 7)");
    // NHSRplotthedots 0.2.2 vignette deviations.Rmd, screen_outliers = FALSE: limits 6.951503 / -3.062614
    expectClose(rows[5][2] as number, -3.062614, 1e-6);
    expectClose(rows[5][3] as number, 6.951503, 1e-6);
    expect(rows[5].slice(4)).toEqual(["Outside limits", "Special cause improving"]);
  });

  test.each(hosts)("%s: KPI SPC with NHSR rules and a rebase reproduces NHSRplotthedots (ae_all_attendances_rebase_2017_04)", (_host, call) => {
    const c = reference.cases.find((one) => one.name === "ae_all_attendances_rebase_2017_04")!;
    const position = c.input.dates.indexOf(c.input.rebase_dates[0]) + 1;
    const column = c.input.values.map((value) => [value]);
    const rows = plain(grid(call("SPC", column, "higher", "", "", false, "NHSR", "", position)));
    expect(rows).toHaveLength(36);
    // NHSRplotthedots tests/testthat/_snaps/integration_tests.md (v0.1.0.9000): segment mean and limits
    for (const segment of c.expected.segments) {
      const row = rows[segment.start_index];
      expectClose(row[1] as number, segment.mean, 1e-6);
      expectClose(row[2] as number, segment.lpl, 1e-6);
      expectClose(row[3] as number, segment.upl, 1e-6);
    }
    expect(rows.map((row) => row[5])).toEqual(c.expected.point_type.map(() => "Common cause"));
  });

  test.each(hosts)("%s: KPI VARIATION gives one label per KPI row", (_host, call) => {
    const block = [
      [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 9, 9, 9, 9, 9, 9, 9],
      [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5],
      [5, 6, 5, 6, 5, "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    ];
    expect(plain(grid(call("VARIATION", block, "lower")))).toEqual([["Special cause concerning"], ["Common cause"], ["Not enough data"]]);
    expect(single(call("VARIATION", [VIGNETTE], "higher", "NHSR"))).toBe("Common cause");
  });

  test.each(hosts)("%s: KPI ASSURANCE against a target per KPI", (_host, call) => {
    const steady = [80, 82, 81, 83, 80, 82, 81, 83, 80, 82, 81, 83];
    expect(plain(grid(call("ASSURANCE", [steady, steady, steady], [[70], [90], [""]], "higher")))).toEqual([
      ["Consistently passing"],
      ["Consistently failing"],
      ["No target"],
    ]);
    expect(single(call("ASSURANCE", [steady], 81, "higher", "NHSR"))).toBe("Hit and miss");
  });

  test.each(hosts)("%s: leaving periods out keeps them listed as Excluded", (_host, call) => {
    const values = [50, 53, 49, 52, 48, 51, 50, 54, 49, 52, 50, 47, 31, 29, 51, 53];
    const exclude = values.map((_, i) => (i === 12 || i === 13 ? "2020" : ""));
    const rows = plain(grid(call("SPC", [values], "higher", "", "", false, "", "", "", [exclude])));
    expect(rows.map((row) => row[5])).toEqual(values.map((_, i) => (i === 12 || i === 13 ? "Excluded" : "Common cause")));
    expect(rows[12][0]).toBe(31);
  });
});

describe("bad SPC input fails the same way in both hosts", () => {
  const failures: [string, string, unknown[], string, string][] = [
    ["a baseline under 12", "SPC", [[VIGNETTE], "", "", 11], "#VALUE!", "baseline_points 11 is out of range; use a whole number of 12 or more (Making Data Count fixes limits on at least 12 points)"],
    ["a rebase outside the series", "SPC", [[VIGNETTE], "", "", "", "", "", "", 0], "#VALUE!", "rebase 0 is out of range; use positions from 1 to 18 (the cells of values) where a new limit group starts"],
    ["a run length of 8", "VARIATION", [[VIGNETTE], "", "", 8], "#VALUE!", "run_length 8 is out of range; use 6 or 7"],
    ["an unknown profile", "ASSURANCE", [[VIGNETTE], 3, "", "SPC"], "#VALUE!", 'rules "SPC" is not recognised; use one of "MDC", "NHSR"'],
    ["one value", "SPC", [[[7]]], "#N/A", "at least 2 values are needed and values has 1; add more periods"],
  ];
  test.each(failures)("%s", (_what, name, args, excelCode, message) => {
    expect(tryExcel(name, ...args)).toEqual({ failed: true, code: excelCode, message: `KPI.${name}: ${message}` });
    expect(trySheets(name, ...args)).toEqual({ failed: true, code: "Error", message: `KPI_${name}: ${message}` });
  });
});
