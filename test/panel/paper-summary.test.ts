/**
 * The committee paper's summary: every count and share equals what its COUNTIF formula gives over
 * the report's own columns (recomputed by the demo workbook's formula engine, demo/formulas.ts,
 * written from the documented COUNTIF rules), on the demo's sample and on generated tables with
 * awkward categories (wildcards, signs, case, quotes, long text). The sample's counts are also
 * worked out by hand.
 */
import fc from "fast-check";
import { figureStyle } from "../../panel/shared/figures";
import { problemView } from "../../panel/steps/analysis/view-of-kpi";
import { Cell, NewSheetSpec, SheetCell, columnLetters, isFormulaCell } from "../../panel/host";
import { NOT_COMPARED, ReportSummary, Tally, columnIndex, summariseReport } from "../../panel/steps/report/summary/summary";
import { countExpression, countFormula, reportRange, shareFormula } from "../../panel/steps/report/summary/summary-formulas";
import { summarySentences } from "../../panel/steps/report/summary/summary-sentences";
import { REPORT_HEADER_ROW, buildReportSheet } from "../../panel/steps/report/report-sheet";
import { FindingId, KpiView, QUARTILE_LABELS } from "../../panel/shared/kpi-view";
import { evaluateFormula, meetsCriterion } from "../../demo/formulas";
import { sampleKpis } from "./paper-sample";

/** The report sheet of the views, as the host writes it. */
function reportOf(views: KpiView[]): NewSheetSpec {
  return buildReportSheet(views, { source: "Generated!A1:T9", peers: "", excludedForAll: [] });
}

/** Every tally of a summary with the rows its share is of. */
function talliesOf(summary: ReportSummary): { tally: Tally; within: Tally["conditions"] }[] {
  const all = (counts: Omit<ReportSummary, "categories" | "exceptions">, within: Tally["conditions"]) =>
    [...counts.rag, ...counts.direction, ...counts.variation, ...counts.assurance, ...counts.pairs, ...counts.quartile, counts.notAnalysed, counts.exceptionCount].map((tally) => ({ tally, within }));
  return [...all(summary, []), ...summary.categories.flatMap((category) => all(category, category.conditions))];
}

/** The cells of a sheet of values (the report has no formulas). */
function valuesOf(sheet: NewSheetSpec): Cell[][] {
  return sheet.rows.map((row) => row.map((cell) => (isFormulaCell(cell) ? Number.NaN : cell)));
}

/** Checks every count and share of the summary against its formula evaluated over the sheet. */
function expectCountsMatchCountif(views: KpiView[]): ReportSummary {
  const sheet = reportOf(views);
  const cells = valuesOf(sheet);
  const evaluate = (formula: string) => evaluateFormula(formula, () => cells);
  const summary = summariseReport(views);
  const range = reportRange(views.length);
  expect(evaluate(`=${countExpression([], range)}`)).toBe(views.length);
  for (const { tally, within } of talliesOf(summary)) {
    expect([tally.label, evaluate(countFormula(tally, range))]).toEqual([tally.label, tally.count]);
    expect(evaluate(shareFormula(tally, range, within))).toBeCloseTo(tally.share, 12);
  }
  for (const category of summary.categories) expect(evaluate(`=${countExpression(category.conditions, range)}`)).toBe(category.total);
  // The exceptions listed are the exceptions counted.
  expect(summary.exceptionCount.count).toBe(summary.exceptions.length);
  // The same formulas work from another sheet.
  const elsewhere = reportRange(views.length, REPORT_HEADER_ROW, "KPI report (2)");
  for (const { tally } of talliesOf(summary).slice(0, 5)) expect(evaluate(countFormula(tally, elsewhere))).toBe(tally.count);
  return summary;
}

describe("the summary on the demo's sample", () => {
  const views = sampleKpis().map((kpi) => kpi.view);

  test("counts by hand: RAG, direction, variation by assurance, quartiles, categories and exceptions", () => {
    const summary = summariseReport(views);
    const count = (tallies: Tally[], label: string) => tallies.find((tally) => tally.label === label)?.count;
    // Recycling 58.8% against 55 (tolerance 2): Green; obesity 18.3% against 17 (tolerance 1, lower
    // is better): Red; tonnage has no target.
    expect(summary.rag.map((tally) => [tally.label, tally.count])).toEqual([["Green", 1], ["Amber", 0], ["Red", 1], ["No target", 1]]);
    // Mann-Kendall: recycling p = 0.45, obesity p = 0.063, tonnage p = 0.40 on eight values: none significant.
    expect(count(summary.direction, "No clear change")).toBe(3);
    // Recycling and obesity: 12 points, latest common cause, target inside the limits (hit and
    // miss); tonnage: 8 points, trial limits, no target.
    expect(summary.pairs.filter((pair) => pair.count > 0).map((pair) => [pair.variation, pair.assurance, pair.count])).toEqual([
      ["Common cause", "Hit and miss", 2],
      ["Not enough data", "No target", 1],
    ]);
    // QUARTILE.INC over the 16 councils (see test/browser/panel.test.ts): both in the top quartile; no peers for tonnage.
    expect(summary.quartile.map((tally) => [tally.label, tally.count])).toEqual([
      [QUARTILE_LABELS[1], 2],
      [QUARTILE_LABELS[2], 0],
      [QUARTILE_LABELS[3], 0],
      [QUARTILE_LABELS[4], 0],
      [NOT_COMPARED, 1],
    ]);
    expect(summary.categories.map((category) => [category.category, category.total, category.rag.map((tally) => tally.count)])).toEqual([
      ["Effectiveness", 2, [1, 0, 0, 1]],
      ["Equity", 1, [0, 0, 1, 0]],
    ]);
    // All three are exceptions: obesity is red (and red but top quartile); 2022/23 is missing for both waste KPIs.
    expect(summary.exceptions.map((exception) => exception.name)).toEqual([
      "Year 6 children with obesity, including severe obesity (%)",
      "Household waste sent for reuse, recycling or composting (%)",
      "Household waste sent for reuse, recycling or composting (tonnes)",
    ]);
    expect(summary.exceptionCount.count).toBe(3);
    expect(summary.rag[0].share).toBeCloseTo(1 / 3, 12);
    expect(summarySentences(summary)[0]).toBe("Against target, of 3 KPIs: 1 (33%) green, 1 (33%) red and 1 (33%) without a target.");
  });

  test("every count and share equals its COUNTIF over the report's columns", () => {
    expectCountsMatchCountif(views);
  });

  test("the formulas read as a clerk would write them", () => {
    const summary = summariseReport(views);
    const range = reportRange(views.length);
    // Column letters from the report's own columns, so that a column added before them moves them.
    const [rag, quartile] = [columnLetters(columnIndex("RAG")), columnLetters(columnIndex("Peer quartile"))];
    expect(countFormula(summary.rag[0], range)).toBe(`=COUNTIF($${rag}$5:$${rag}$7,"Green")`);
    expect(shareFormula(summary.rag[0], range)).toBe(`=IFERROR(COUNTIF($${rag}$5:$${rag}$7,"Green")/COUNTA($A$5:$A$7),0)`);
    expect(countFormula(summary.categories[0].rag[0], range)).toBe(`=COUNTIFS($B$5:$B$7,"Effectiveness",$${rag}$5:$${rag}$7,"Green")`);
    expect(countFormula(summary.quartile[4], range)).toBe(
      `=COUNTIFS($A$5:$A$7,"<>",$${quartile}$5:$${quartile}$7,"<>Top quartile",$${quartile}$5:$${quartile}$7,"<>Upper middle quartile",$${quartile}$5:$${quartile}$7,"<>Lower middle quartile",$${quartile}$5:$${quartile}$7,"<>Bottom quartile")`,
    );
    expect(countFormula(summary.rag[0], reportRange(3, REPORT_HEADER_ROW, "Bob's report"))).toBe(`=COUNTIF('Bob''s report'!$${rag}$5:$${rag}$7,"Green")`);
  });
});

describe("criteria stay literal", () => {
  test.each([
    ["*", "~*"],
    ["Why?", "Why~?"],
    ["~", "~~"],
    ["=1+1", "==1+1"],
    ["<5 years", "=<5 years"],
    ['Say "no"', 'Say ""no""'],
    ["", "="],
  ])("a category %p is matched as itself", (category, criterion) => {
    expect(countExpression([{ column: "Category", test: "equals", values: [category] }], reportRange(2))).toBe(`COUNTIF($B$5:$B$6,"${criterion}")`);
    // And the evaluator agrees it matches only that text (any case).
    const plain = criterion.replace(/""/g, '"');
    expect(meetsCriterion(category === "" ? null : category.toUpperCase(), plain)).toBe(true);
    expect(meetsCriterion(`${category}x`, plain)).toBe(false);
  });

  test("a criterion longer than COUNTIF takes becomes a SUMPRODUCT of comparisons", () => {
    const long = "L".repeat(300);
    expect(countExpression([{ column: "Category", test: "equals", values: [long] }, { column: "RAG", test: "equals", values: ["Red"] }], reportRange(2))).toBe(
      `SUMPRODUCT(($B$5:$B$6="${long}")*($${columnLetters(columnIndex("RAG"))}$5:$${columnLetters(columnIndex("RAG"))}$6="Red"))`,
    );
  });
});

const LABELS = {
  rag: ["Green", "Amber", "Red", "No target"],
  direction: ["Improving", "Worsening", "Increasing", "Decreasing", "No clear change", "Not enough data"],
  variation: ["Special cause improving", "Special cause concerning", "Special cause neutral", "Common cause", "Not enough data"],
  assurance: ["Consistently passing", "Hit and miss", "Consistently failing", "No target", "Not enough data"],
};

/** Categories as councils write them, and the ones that would break a careless COUNTIF. */
const CATEGORIES = ["", "Housing", "housing", "HOUSING", "Waste", "*", "?", "~", "~*", "H*", "=1+1", "<5", ">0", "<>", 'Say "no"', "Top quartile", "2024", "L".repeat(300)];

const FINDINGS: FindingId[] = ["concerning", "worsening", "red", "missing", "target", "green-bottom", "red-top", "improving"];

const generatedView = fc
  .record({
    problem: fc.integer({ min: 0, max: 9 }).map((roll) => roll === 0),
    category: fc.constantFrom(...CATEGORIES),
    rag: fc.constantFrom(...LABELS.rag),
    direction: fc.constantFrom(...LABELS.direction),
    variation: fc.constantFrom(...LABELS.variation),
    assurance: fc.constantFrom(...LABELS.assurance),
    quartile: fc.option(fc.constantFrom(1, 2, 3, 4), { nil: null, freq: 3 }),
    findings: fc.subarray(FINDINGS),
    name: fc.constantFrom("Visits", "=HYPERLINK(\"x\")", "Cost per case", "Top quartile"),
  })
  .map((g): KpiView => {
    if (g.problem) {
      return problemView({ name: g.name, periods: [], values: [], polarity: "higher", target: null, tolerance: null, unit: "", category: g.category, owner: "", row: 1 }, 0, "polarity is missing");
    }
    return {
      index: 0,
      name: g.name,
      category: g.category,
      owner: "",
      unit: "%",
      polarity: "higher",
      latestPeriod: "2023/24",
      latestValue: 50,
      target: g.rag === "No target" ? null : 55,
      rag: g.rag,
      direction: g.direction,
      change: "",
      variation: g.variation,
      assurance: g.assurance,
      quartile: g.quartile,
      quartileLabel: g.quartile === null ? "" : QUARTILE_LABELS[g.quartile],
      gap: null,
      peerNote: g.quartile === null ? "No peer data" : "rank 1 of 9",
      targetFindings: [],
      narrative: "Visits was 50% in 2023/24.",
      questions: [],
      peerMedian: null,
      figures: figureStyle("%", [50], 1),
      cellNotes: [],
      previousTarget: null,
      dataQuality: [],
      commentary: null,
      otherCommentary: [],
      events: [],
      chart: null,
      excludedPeriods: [],
      problem: null,
      findings: g.findings,
    };
  });

describe("the summary on generated tables", () => {
  test("every count and share equals its COUNTIF, whatever the categories", () => {
    fc.assert(
      fc.property(fc.array(generatedView, { minLength: 0, maxLength: 40 }), (generated) => {
        const views = generated.map((view, index) => ({ ...view, index }));
        const summary = expectCountsMatchCountif(views);
        expect(summary.total).toBe(views.length);
        expect(summary.rag.reduce((sum, tally) => sum + tally.count, 0) + summary.notAnalysed.count).toBe(views.length);
        expect(summary.quartile.reduce((sum, tally) => sum + tally.count, 0)).toBe(views.length);
        expect(summary.categories.reduce((sum, category) => sum + category.total, 0)).toBe(summary.categories.length === 0 ? 0 : views.length);
      }),
      { numRuns: 200, seed: process.env.KPI_PROPERTY_SEED === undefined ? undefined : Number(process.env.KPI_PROPERTY_SEED) },
    );
  });

  test("a table without categories has no category counts; cells never hold NaN", () => {
    const views = sampleKpis().map(({ view }) => ({ ...view, category: "" }));
    const summary = summariseReport(views);
    expect(summary.categories).toEqual([]);
    const cells: SheetCell[] = reportOf(views).rows.flat();
    expect(cells.some((cell) => typeof cell === "number" && !Number.isFinite(cell))).toBe(false);
  });
});
