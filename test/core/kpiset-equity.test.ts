/**
 * Equity in the balance of the KPI set: a category or a KPI name that marks an equity measure
 * counts as Equity. The rule's words come from the LGA guide's equity (services "fair and
 * accessible to all who need them") and from how public health names its equity indicators
 * (PHOF and Fingertips: "Slope index of inequality in life expectancy at birth", "Gap in the
 * employment rate between ..."); core/kpi-set/constants.ts, EQUITY_WORDS and EQUITY_GAP.
 */
import { kpiSetBalance } from "../../core/kpi-set/kpi-set-balance";
import { mentionsEquity } from "../../core/kpi-set/mentions-equity";
import { recogniseCategory } from "../../core/kpi-set/recognise-category";

const countOf = (balance: ReturnType<typeof kpiSetBalance>, category: string) => balance.rows.find((row) => row.category === category)?.count;

describe("mentionsEquity", () => {
  test.each([
    "Slope index of inequality in life expectancy at birth (male)",
    "Inequality in life expectancy at birth",
    "Year 6 obesity: most deprived decile",
    "Admissions by deprivation decile",
    "Gap in the employment rate between those with a learning disability and the overall employment rate",
    "Health inequalities",
    "Equality & diversity",
    "Tackling Deprivation",
  ])("%p marks an equity measure", (text) => {
    expect(mentionsEquity(text)).toBe(true);
  });

  test.each(["Budget gap", "Funding gap to 2026/27", "Household waste recycled", "Housing", "Equipment loans", "Frequency of collections", ""])("%p does not", (text) => {
    expect(mentionsEquity(text)).toBe(false);
  });
});

describe("the Equity category counts equity measures", () => {
  test("by category: deprivation and inequality words are Equity, no longer a typo or the council's own", () => {
    // "Inequalities" is two edits from "equalities": before this rule it was refused as a probable typo of Equity.
    expect(recogniseCategory("Inequalities")).toEqual({ kind: "standard", category: "Equity" });
    expect(recogniseCategory("Health inequalities")).toEqual({ kind: "standard", category: "Equity" });
    expect(recogniseCategory("Deprivation")).toEqual({ kind: "standard", category: "Equity" });
    const balance = kpiSetBalance(["Economy", "Health inequalities", "Efficiency", "Effectiveness", "Customer experience"]);
    expect(countOf(balance, "Equity")).toBe(1);
    expect(balance.findings).toEqual(["Balanced"]);
  });

  test("by name: a blank or own category with an equity name counts as Equity; a standard category is kept", () => {
    const categories = ["Economy", "Public health", null, "Effectiveness", "Housing"];
    const names = ["Cost per visit", "Slope index of inequality in life expectancy", "Obesity by deprivation decile", "Gap in attainment between disadvantaged pupils and others", "Homes let"];
    const balance = kpiSetBalance(categories, undefined, names);
    // 2 by name (Public health, blank); the Effectiveness KPI stays Effectiveness; Housing stays the council's own.
    expect(balance.rows.map((row) => [row.category, row.count])).toEqual([
      ["Economy", 1],
      ["Efficiency", 0],
      ["Effectiveness", 1],
      ["Equity", 2],
      ["Citizen experience", 0],
      ["Housing", 1],
    ]);
    expect([balance.categorised, balance.uncategorised]).toEqual([5, 0]);
  });

  test("without names nothing changes, and a name after the last category still counts", () => {
    expect(kpiSetBalance(["Economy", "Housing", null]).rows).toEqual(kpiSetBalance(["Economy", "Housing"]).rows);
    const balance = kpiSetBalance(["Economy", null], undefined, ["Cost", "Deprivation gap", "Inequality in smoking"]);
    expect(countOf(balance, "Equity")).toBe(2);
    expect(balance.uncategorised).toBe(0);
  });

  test("a probable typo is still refused, whatever the name says", () => {
    expect(() => kpiSetBalance(["Econmy"], undefined, ["Inequality in cost"])).toThrow('category 1 "Econmy" is not recognised');
  });
});
