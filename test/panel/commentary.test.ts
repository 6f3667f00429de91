/**
 * Officer commentary and actions: read from quarterly and monthly council tables in both layouts
 * (test/panel/council-tables.ts), carried unchanged to the view and the report (text that looks
 * like markup or a formula stays text, and the host contract escapes a formula when writing), and
 * the exception without explanation: raised on every KPI that is Red, Worsening or Special cause
 * concerning at its latest point with no commentary for that period, and on no other.
 */
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { writtenValue } from "../../panel/host";
import { exceptionsFirst, filterViews, KpiView } from "../../panel/shared/kpi-view";
import { readInputs } from "../../panel/shared/pane-inputs";
import { emptySettings } from "../../panel/shared/settings";
import { viewOfKpi } from "../../panel/steps/analysis/view-of-kpi";
import { detectKpiTable, readKpis } from "../../panel/steps/find-data/kpi-table";
import { REPORT_COLUMNS } from "../../panel/steps/report/report-columns";
import { REPORT_HEADER_ROW, buildReportSheet } from "../../panel/steps/report/report-sheet";
import { roleFromHeader } from "../../panel/steps/find-data/table-shape";
import { FORMULA_ACTION, MONTHLY, MONTHS, QUARTERLY, QUARTERS, SCRIPT_COMMENT, longTable, wideTable } from "./council-tables";

const TABLES = {
  "quarterly, wide": wideTable(QUARTERLY, QUARTERS),
  "quarterly, long": longTable(QUARTERLY, QUARTERS),
  "monthly, wide": wideTable(MONTHLY, MONTHS),
  "monthly, long": longTable(MONTHLY, MONTHS),
};

function viewsOf(grid: ReturnType<typeof wideTable>): KpiView[] {
  return readKpis(grid, detectKpiTable(grid)).map((record, i) => viewOfKpi(readInputs(record, emptySettings()), i));
}

const byName = (views: readonly KpiView[], name: string) => views.find((view) => view.name === name) as KpiView;

describe("commentary columns are recognised by their headers", () => {
  test.each(["Commentary", "Comment", "Comments", "Update", "Progress update", "Action", "Actions", "Corrective action", "Management action / comment", "Officer comments", "Notes"])("%s", (header) => {
    expect(roleFromHeader(header)).toBe("commentary");
  });

  test("an owner stays an owner and a target a target", () => {
    expect(roleFromHeader("Responsible officer")).toBe("owner");
    expect(roleFromHeader("Target")).toBe("target");
    expect(roleFromHeader("Updated")).toBeUndefined();
  });

  test.each(Object.entries(TABLES))("%s: each commentary column is mapped, and the user can map it back to Not used", (_layout, grid) => {
    const mapping = detectKpiTable(grid);
    const header = grid[0];
    expect(mapping.roles.flatMap((role, c) => (role === "commentary" ? [header[c]] : []))).toEqual(["Comment", "Corrective action"]);
    const corrected = { ...mapping, roles: mapping.roles.map((role, c) => (header[c] === "Corrective action" ? "ignore" : role)) };
    const notes = readKpis(grid, corrected).flatMap((record) => record.commentary ?? []);
    expect(notes.some((note) => note.heading === "Corrective action")).toBe(false);
    expect(notes.some((note) => note.heading === "Comment")).toBe(true);
  });
});

describe("commentary is read and carried unchanged", () => {
  test.each(Object.entries(TABLES))("%s: the latest period's notes, as written, under their column's heading", (layout, grid) => {
    const views = viewsOf(grid);
    if (layout.startsWith("quarterly")) {
      const housing = byName(views, "Households in temporary accommodation");
      expect(housing.commentary).toEqual([
        { period: "Q4 2024/25", heading: "Comment", text: SCRIPT_COMMENT },
        { period: "Q4 2024/25", heading: "Corrective action", text: FORMULA_ACTION },
      ]);
      // Line breaks inside a note are kept.
      expect(byName(views, "Missed bins per 100,000 collections").commentary?.[1].text).toBe("Supervisors ride with each crew for four weeks.\nDaily review of every missed bin.");
      // "n/a" in a comment cell is a missing marker, not an explanation.
      expect(byName(views, "Fly-tipping incidents cleared within 2 working days (%)").commentary).toEqual([]);
    } else {
      const bins = byName(views, "Missed bins per 100,000 collections");
      expect(bins.commentary).toEqual([{ period: "Mar-25", heading: "Comment", text: "Round changes bedding in; the stepped target asks for 55 from April." }]);
      // The long layout keeps every period's notes; the wide layout has one column, for the latest period.
      const earlier = layout.endsWith("long") ? [{ period: "Nov-24", heading: "Comment", text: "Leaf fall slowed two rounds." }] : [];
      expect(bins.otherCommentary).toEqual(earlier);
      const calls = byName(views, "Calls answered within 60 seconds (%)");
      expect(calls.commentary).toEqual([]);
      expect(calls.otherCommentary.map((note) => note.period)).toEqual(layout.endsWith("long") ? ["Feb-25"] : []);
    }
  });

  test("a wide table's commentary is for the latest period with a figure, not an empty last column", () => {
    const grid = [
      ["KPI", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Update"],
      ["Complaints answered in 10 days (%)", 81, 84, null, "Q3 figures are due on 20 January."],
    ];
    const [record] = readKpis(grid, detectKpiTable(grid));
    expect(record.commentary).toEqual([{ period: "Q2 2024/25", heading: "Update", text: "Q3 figures are due on 20 January." }]);
  });

  test("a table without a commentary column has no commentary and raises no exception without explanation", () => {
    const grid = wideTable(QUARTERLY, QUARTERS).map((row) => row.slice(0, -2));
    const views = viewsOf(grid);
    expect(views.every((view) => view.commentary === null && !view.findings.includes("unexplained"))).toBe(true);
    expect(byName(views, "Calls answered within 60 seconds (%)").rag).toBe("Red");
  });

  test("the report's Officer commentary column holds the text unchanged, beside the generated paragraph; the host escapes a formula when writing", () => {
    const views = viewsOf(TABLES["quarterly, wide"]);
    const spec = buildReportSheet(exceptionsFirst(views), { source: "Scorecard!A1:V9", peers: "", excludedForAll: [] });
    const header = spec.rows[REPORT_HEADER_ROW];
    const column = header.indexOf("Officer commentary");
    expect(header[column - 1]).toBe("Commentary");
    const row = (name: string) => spec.rows.find((cells) => cells[0] === name) as unknown[];
    expect(row("Households in temporary accommodation")[column]).toBe(`Comment: ${SCRIPT_COMMENT}\nCorrective action: ${FORMULA_ACTION}`);
    expect(row("Major planning applications decided in time (%)")[column]).toBe("Agency planner kept on to March.");
    expect(REPORT_COLUMNS[column].style?.(views[0])).toBe("wrap");
    // A single note that is a formula is written as text (panel/host.ts, writtenValue).
    const formulaOnly = { ...views[0], commentary: [{ period: "Q4 2024/25", heading: "Corrective action", text: FORMULA_ACTION }] };
    const cell = REPORT_COLUMNS[column].cell(formulaOnly);
    expect(cell).toBe(FORMULA_ACTION);
    expect(writtenValue(cell)).toBe(`'${FORMULA_ACTION}`);
  });
});

describe("exception without explanation", () => {
  /** Red, Worsening or Special cause concerning at the latest point: what an officer is asked to explain. */
  const needsExplaining = (view: KpiView) => view.rag === "Red" || view.direction === "Worsening" || view.variation === "Special cause concerning";

  test.each(Object.entries(TABLES))("%s: raised on every red, worsening or concerning KPI without commentary, and on no other", (_layout, grid) => {
    const views = viewsOf(grid);
    for (const view of views) {
      expect({ name: view.name, unexplained: view.findings.includes("unexplained") }).toEqual({ name: view.name, unexplained: needsExplaining(view) && view.commentary?.length === 0 });
    }
  });

  test("the quarterly scorecard: which KPIs, and why (by hand from the fixture)", () => {
    const views = viewsOf(TABLES["quarterly, wide"]);
    const unexplained = filterViews(views, "", "unexplained").map((view) => view.name);
    expect(unexplained).toEqual([
      // Red: 78% against a target of 80%, within its limits.
      "Calls answered within 60 seconds (%)",
      // Worsening: claims take longer every quarter.
      "Average days to process new Housing Benefit claims",
      // Red and concerning; its comment cell says only "n/a".
      "Fly-tipping incidents cleared within 2 working days (%)",
      // Concerning only: 3.4 days is far above the limits of 2.1 to 2.4.
      "Working days lost to sickness per FTE",
    ]);
    // Explained: red and concerning with a comment; concerning with a comment; green with or without one.
    expect(byName(views, "Missed bins per 100,000 collections").findings).toEqual(expect.arrayContaining(["red", "concerning"]));
    expect(byName(views, "Households in temporary accommodation").findings).toContain("concerning");
    expect(byName(views, "Working days lost to sickness per FTE").findings).toEqual(["unexplained", "concerning"]);
    expect(byName(views, "Calls answered within 60 seconds (%)").variation).toBe("Common cause");
  });

  test("the monthly dashboard: a comment on an earlier month does not explain the latest", () => {
    for (const grid of [TABLES["monthly, wide"], TABLES["monthly, long"]]) {
      expect(filterViews(viewsOf(grid), "", "unexplained").map((view) => view.name)).toEqual(["Calls answered within 60 seconds (%)"]);
    }
  });

  test("it sorts first among the exceptions", () => {
    const sorted = exceptionsFirst(viewsOf(TABLES["quarterly, wide"]));
    const firstExplained = sorted.findIndex((view) => !view.findings.includes("unexplained"));
    expect(sorted.slice(0, firstExplained).every((view) => view.findings.includes("unexplained"))).toBe(true);
    expect(sorted.slice(firstExplained).some((view) => view.findings.includes("unexplained"))).toBe(false);
    expect(firstExplained).toBe(4);
  });

  test("core: first among the codes, only when commentary is given, judged at the latest value's period", () => {
    const values = [20, 21, 20, 22, 21, 20, 21, 22, 20, 21, 22, 21];
    const base = { name: "Calls", values, polarity: "higher" as const, targets: 25, periods: values.map((_, i) => `M${i + 1}`) };
    expect(analyseKpi(base).exceptions).not.toContain("exception_without_explanation");
    const silent = analyseKpi({ ...base, commentary: values.map(() => null) });
    expect(silent.exceptions[0]).toBe("exception_without_explanation");
    expect(silent.exceptions).toContain("red");
    const blank = analyseKpi({ ...base, commentary: [...values.map(() => null).slice(1), "   "] });
    expect(blank.exceptions[0]).toBe("exception_without_explanation");
    const explained = analyseKpi({ ...base, commentary: [...values.map(() => null).slice(1), "Two advisers on long-term sick leave."] });
    expect(explained.exceptions).not.toContain("exception_without_explanation");
    // The latest value is in M11 (M12 is missing): a note on M12 does not explain it.
    const gap = analyseKpi({ ...base, values: [...values.slice(0, 11), null], commentary: [...values.map(() => null).slice(1), "Figures late."] });
    expect(gap.exceptions).toContain("exception_without_explanation");
    // Green and steady: nothing to explain.
    expect(analyseKpi({ ...base, targets: 15, commentary: values.map(() => null) }).exceptions).not.toContain("exception_without_explanation");
  });
});
