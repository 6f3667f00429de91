/**
 * periodsPerYearFromLabels: how councils write their period headings, and how many a year they make.
 */
import fs from "fs";
import path from "path";
import { periodsPerYearFromLabels } from "../../core/values/periods";

describe("periodsPerYearFromLabels", () => {
  test.each([
    ["financial years", ["2021/22", "2022/23", "2023/24"], 1],
    ["financial years with a hyphen", ["2021-22", "2022-23"], 1],
    ["financial years in full", ["2022/2023", "2023/2024"], 1],
    ["financial years with FY", ["FY 2022/23", "FY2023/24"], 1],
    ["short financial years", ["22/23", "23/24"], 1],
    ["financial years around a century", ["1999/00", "2000/01"], 1],
    ["calendar years", ["2022", "2023", "2024"], 1],
    ["calendar years as numbers", [2022, 2023, 2024], 1],
    ["quarters of financial years", ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"], 4],
    ["quarters after the year", ["2024/25 Q1", "2024/25 Q2"], 4],
    ["calendar quarters", ["2024 Q1", "2024 Q2", "2024-Q3", "2024Q4"], 4],
    ["quarters spelt out", ["Quarter 1 2024/25", "Qtr 2 2024/25", "q3 2024/25"], 4],
    ["quarters alone", ["Q1", "Q2", "Q3", "Q4"], 4],
    ["three-month spans", ["Apr-Jun 2024", "Jul-Sep 2024", "Oct - Dec 24", "January to March 2025"], 4],
    ["months as Excel shows them", ["Apr-24", "May-24", "Jun-24"], 12],
    ["months with the year", ["Jan 2024", "February 2024", "Mar 2024", "Sept 2024", "Sep '24"], 12],
    ["months alone", ["April", "May", "June"], 12],
    ["ISO months", ["2024-01", "2024-02", "2024-03"], 12],
    ["month numbers before the year", ["01/2024", "02/2024"], 12],
    ["monthly dates", ["2024-01-31", "2024-02-29", "2024-03-31"], 12],
    ["quarterly dates, UK order", ["30/06/2024", "30/09/2024", "31/12/2024"], 4],
    ["annual dates", ["31/03/2023", "31/03/2024"], 1],
  ] as [string, unknown[], number][])("%s", (_what, labels, expected) => {
    expect(periodsPerYearFromLabels(labels)).toBe(expected);
  });

  test("blank labels are skipped", () => {
    expect(periodsPerYearFromLabels(["", "Q1 2024/25", null, "Q2 2024/25", "  "])).toBe(4);
  });

  test("a label that fits two readings is settled by the others", () => {
    // "2011-12" is the financial year 2011/12 or December 2011
    expect(periodsPerYearFromLabels(["2011-12"])).toBeUndefined();
    expect(periodsPerYearFromLabels(["2011-12", "2012-13"])).toBe(1);
    expect(periodsPerYearFromLabels(["2011-11", "2011-12"])).toBe(12);
  });

  test.each([
    ["years mixed with quarters", ["2023/24", "Q1 2024/25"]],
    ["a heading that is not a period", ["Q1 2024/25", "Target"]],
    ["half-years", ["H1 2024/25", "H2 2024/25"]],
    ["two-month spans", ["Apr-May 2024", "Jun-Jul 2024"]],
    ["years that do not follow", ["2023/25"]],
    ["weekly dates", ["2024-01-01", "2024-01-08", "2024-01-15"]],
    ["nothing at all", ["", null]],
  ] as [string, unknown[]][])("undefined for %s", (_what, labels) => {
    expect(periodsPerYearFromLabels(labels)).toBeUndefined();
  });

  test("the DEFRA recycling fixture's financial years (test/fixtures/recycling)", () => {
    const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "recycling", "trafford-recycling.json"), "utf8"));
    expect(periodsPerYearFromLabels(fixture.periods)).toBe(1);
  });
});
