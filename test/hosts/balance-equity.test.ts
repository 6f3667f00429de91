/**
 * KPI.BALANCE's Equity rule through the BUILT bundles: a category or an optional KPI name that
 * marks an equity measure (deprivation, inequality, a gap between groups) counts as Equity, with
 * the same cells and messages in Excel and Google Sheets. Counts worked by hand from the rule in
 * core/kpi-set/constants.ts (EQUITY_WORDS, EQUITY_GAP).
 */
import { grid, plain, tryExcel, trySheets } from "../helpers/bundles";

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

describe.each(hosts)("%s: KPI BALANCE with names", (_host, call) => {
  test("an inequality category and an equity name count as Equity", () => {
    const categories = [["Economy"], ["Health inequalities"], ["Public health"], ["Efficiency"], ["Customer experience"]];
    const names = [["Cost per visit"], ["Smoking in pregnancy"], ["Slope index of inequality in life expectancy"], ["Cost per case"], ["Satisfied residents"]];
    // by hand: Equity 2 of 5 (one by category, one by name); Effectiveness missing; economy and efficiency 2 of 5.
    expect(plain(grid(call("BALANCE", categories, names)))).toEqual([
      ["Economy", 1, 0.2],
      ["Efficiency", 1, 0.2],
      ["Effectiveness", 0, 0],
      ["Equity", 2, 0.4],
      ["Citizen experience", 1, 0.2],
      ["Missing category: no KPI measures Effectiveness", "", ""],
    ]);
  });

  test("names of another length are refused with the fix", () => {
    const message = "names has 1 cell but categories has 2 cells; give ranges of the same size";
    const failure = call("BALANCE", [["Economy"], ["Equity"]], [["Cost"]]);
    expect(failure).toMatchObject({ failed: true, message: expect.stringContaining(message) });
  });
});
