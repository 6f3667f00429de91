/**
 * The balance of the KPI set (KPI.BALANCE's core): counts by category, the findings, recognised
 * spellings and typos. Counts and shares are worked by hand from the inputs.
 */
import { isKpiError } from "../../core/errors";
import { describeBalance } from "../../core/kpi-set/describe-balance";
import { editDistance } from "../../core/kpi-set/edit-distance";
import { kpiSetBalance } from "../../core/kpi-set/kpi-set-balance";
import { normaliseCategory, recogniseCategory } from "../../core/kpi-set/recognise-category";

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("kpiSetBalance: rows", () => {
  test("the five standard categories come first in their order, even when empty, then the council's own", () => {
    const balance = kpiSetBalance(["Housing", "Efficiency", "economy", "Housing", "Efficiency", "housing ", "Equity", "Waste"]);
    // by hand: 8 categorised KPIs
    expect(balance.rows.map((row) => [row.category, row.count, row.share, row.standard])).toEqual([
      ["Economy", 1, 1 / 8, true],
      ["Efficiency", 2, 2 / 8, true],
      ["Effectiveness", 0, 0, true],
      ["Equity", 1, 1 / 8, true],
      ["Citizen experience", 0, 0, true],
      ["Housing", 3, 3 / 8, false],
      ["Waste", 1, 1 / 8, false],
    ]);
    expect(balance.categorised).toBe(8);
  });

  test("common spellings are recognised in any case", () => {
    const balance = kpiSetBalance(["CUSTOMER EXPERIENCE", "Resident satisfaction", "citizens' experience", "Equality & Diversity", "Outcomes", "Productivity", "Economic"]);
    const counts = Object.fromEntries(balance.rows.map((row) => [row.category, row.count]));
    expect(counts).toEqual({ Economy: 1, Efficiency: 1, Effectiveness: 1, Equity: 1, "Citizen experience": 3 });
  });
});

describe("kpiSetBalance: findings", () => {
  test("Balanced when every category is there and economy and efficiency hold no more than half", () => {
    // 2 of 6 are economy or efficiency (33%)
    expect(kpiSetBalance(["Economy", "Efficiency", "Effectiveness", "Effectiveness", "Equity", "Customer experience"]).findings).toEqual(["Balanced"]);
    // exactly half is not "more than half": 3 of 6
    expect(kpiSetBalance(["Economy", "Efficiency", "Efficiency", "Effectiveness", "Equity", "Citizen experience"]).findings).toEqual(["Balanced"]);
  });

  test("a missing category is named", () => {
    expect(kpiSetBalance(["Economy", "Efficiency", "Effectiveness", "Citizen experience"]).findings).toEqual([
      "Missing category: no KPI measures Equity",
    ]);
  });

  test("a set dominated by economy and efficiency (more than half)", () => {
    // by hand: 5 of 8 = 62.5%, shown rounded to 63%
    const findings = kpiSetBalance(["Economy", "Economy", "Efficiency", "Efficiency", "Efficiency", "Effectiveness", "Equity", "Citizen experience"]).findings;
    expect(findings).toEqual(["Dominated by economy and efficiency: 5 of 8 KPIs (63%)"]);
  });

  test("several findings, in a fixed order, and uncategorised KPIs (blanks inside the table; blanks after it are ignored)", () => {
    const findings = kpiSetBalance(["Economy", null, "Efficiency", "", "Efficiency", "Effectiveness", null, "  "]).findings;
    // 4 categorised: 3 of 4 economy or efficiency; two blanks inside the list, two after the last category
    expect(findings).toEqual([
      "Missing category: no KPI measures Equity or Citizen experience",
      "Dominated by economy and efficiency: 3 of 4 KPIs (75%)",
      "Uncategorised: 2 KPIs have no category",
    ]);
  });

  test("a set using only the council's own categories misses all five", () => {
    expect(kpiSetBalance(["Housing", "Waste"]).findings).toEqual([
      "Missing category: no KPI measures Economy, Efficiency, Effectiveness, Equity or Citizen experience",
    ]);
  });
});

describe("kpiSetBalance: bad input", () => {
  test.each([
    ["Efficency", "Efficiency"],
    ["Effectivness", "Effectiveness"],
    ["Equty", "Equity"],
    ["Econmy", "Economy"],
    ["Citizen experiance", "Citizen experience"],
    ["Customer experiance", "Citizen experience"],
    ["Effcieincy", "Efficiency"],
  ])("a probable typo %p is refused with the suggestion %p", (typed, suggestion) => {
    const error = caught(() => kpiSetBalance(["Economy", "Equity", typed]));
    expect(isKpiError(error)).toBe(true);
    expect(error).toMatchObject({
      code: "unknown_option",
      kind: "argument",
      issue: { argument: "category 3", text: `"${typed}"`, suggestion },
      message: `category 3 "${typed}" is not recognised; use one of "Economy", "Efficiency", "Effectiveness", "Equity", "Citizen experience"; did you mean "${suggestion}"?`,
    });
  });

  test.each(["Ecology", "Environment", "Housing", "Energy", "Safety", "HR", "Children's services"])(
    "a genuinely different category %p is the council's own, not a typo",
    (own) => {
      expect(recogniseCategory(own)).toMatchObject({ kind: "other", name: own });
    },
  );

  test("no category at all is a missing argument", () => {
    expect(caught(() => kpiSetBalance([null, "", null]))).toMatchObject({
      code: "missing_argument",
      message:
        "categories is missing; give the Category column of the KPI table, one category per KPI (Economy, Efficiency, Effectiveness, Equity, Citizen experience or your own)",
    });
  });
});

describe("category spelling helpers", () => {
  test("normaliseCategory", () => {
    expect(normaliseCategory("  Citizens' Experience ")).toBe("citizens experience");
    expect(normaliseCategory("Equality & Diversity")).toBe("equality and diversity");
    expect(normaliseCategory("Equality, diversity and inclusion")).toBe("equality diversity and inclusion");
  });

  test("editDistance counts a swap of neighbouring letters as one edit (Damerau 1964)", () => {
    expect(editDistance("efficency", "efficiency")).toBe(1);
    expect(editDistance("equtiy", "equity")).toBe(1);
    expect(editDistance("ecology", "economy")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("describeBalance: the report's sentences on the set as a whole", () => {
  test("a balanced set", () => {
    const balance = kpiSetBalance(["Economy", "Efficiency", "Effectiveness", "Effectiveness", "Equity", "Customer experience"]);
    expect(describeBalance(balance)).toBe(
      "The 6 KPIs cover all five categories of a balanced set of measures. Economy and efficiency make up 2 of the 6 KPIs (33%).",
    );
  });

  test("missing categories, domination and uncategorised KPIs", () => {
    const balance = kpiSetBalance(["Economy", "Efficiency", null, "Efficiency", "Effectiveness"]);
    expect(describeBalance(balance)).toBe(
      "No KPI measures Equity or Citizen experience, so the set cannot show whether services are fair and reach all who need them, or how residents experience the services. " +
        "Economy and efficiency make up 3 of the 4 KPIs (75%): what is quick and cheap to count may be crowding out the rest. " +
        "1 KPI has no category and is not counted.",
    );
  });
});
