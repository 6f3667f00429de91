/**
 * Targets that change over time, on the pane's side: a Target column in the long layout, a
 * "<KPI> target" row under the KPI or a target table in the wide layout, all giving analyseKpi one
 * target per period; the target in force at the latest period rates the KPI, and the chart draws
 * the target as steps. Tables from test/panel/council-tables.ts (the missed-bins target steps from
 * 60 to 55 in April 2024).
 */
import { Cell } from "../../panel/host";
import { readInputs } from "../../panel/shared/pane-inputs";
import { emptySettings } from "../../panel/shared/settings";
import { targetSteps } from "../../panel/steps/analysis/cards/spc-chart";
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { kpiInput, previousTargetOf, viewOfKpi } from "../../panel/steps/analysis/view-of-kpi";
import { detectKpiTable, readKpis } from "../../panel/steps/find-data/kpi-table";
import { isTargetRowOf } from "../../panel/steps/find-data/target-rows";
import { kpisWithTargets, readTargetTable, withTargetTable } from "../../panel/steps/find-data/target-table";
import { buildChartSheet } from "../../panel/steps/report/chart-sheet";
import { MONTHLY, MONTHS, QUARTERLY, QUARTERS, longTable, wideTable } from "./council-tables";

const BINS = "Missed bins per 100,000 collections";
const STEPPED = MONTHLY[0].target as number[];

function records(grid: Cell[][]) {
  return readKpis(grid, detectKpiTable(grid));
}

describe("a target row under its KPI", () => {
  test.each([
    ["Missed bins target", true],
    ["Missed bins (target)", true],
    ["MISSED BINS (Target)", true],
    ["Missed bins [target]", true],
    ["Missed  bins - target", true],
    ["Missed bins: Target", true],
    ["Missed bins targets", false],
    ["Missed bins per 1,000", false],
    ["Target missed bins", false],
  ])("%s names the target row of Missed bins: %s", (row, expected) => {
    expect(isTargetRowOf(row, "Missed bins")).toBe(expected);
  });

  test("gives the KPI above it a target for each period and is not a KPI itself", () => {
    const kpis = records(wideTable(MONTHLY, MONTHS));
    expect(kpis.map((kpi) => kpi.name)).toEqual(MONTHLY.map((kpi) => kpi.name));
    const bins = kpis[0];
    expect(bins.targets).toEqual(STEPPED);
    expect(bins.target).toBeNull();
    // A single Target column serves every period, as before.
    expect(kpis[1].targets).toBeUndefined();
    expect(kpis[1].target).toBe(80);
  });

  test("only directly under the KPI: a row of that name further down is a KPI", () => {
    const grid: Cell[][] = [
      ["KPI", "2022/23", "2023/24"],
      ["Missed bins", 58, 57],
      ["Rent collected (%)", 97.8, 98],
      ["Missed bins target", 60, 55],
    ];
    expect(records(grid).map((kpi) => kpi.name)).toEqual(["Missed bins", "Rent collected (%)", "Missed bins target"]);
  });
});

describe("a long table's Target column gives one target per period", () => {
  test("the stepped target is read per row", () => {
    const [bins, calls] = records(longTable(MONTHLY, MONTHS));
    expect(bins.targets).toEqual(STEPPED);
    expect(calls.targets).toEqual(MONTHS.map(() => 80));
  });

  test("wide and long give analyseKpi the same targets", () => {
    const wide = kpiInput(readInputs(records(wideTable(MONTHLY, MONTHS))[0], emptySettings()));
    const long = kpiInput(readInputs(records(longTable(MONTHLY, MONTHS))[0], emptySettings()));
    expect(wide.targets).toEqual(STEPPED);
    expect(long.targets).toEqual(STEPPED);
  });

  test("a target cell that is not a number is a period without a target, named on the card", () => {
    // The pane's rule for text in a KPI's cells (README, "How the pane reads your cells"): a gap with a note naming the cell.
    const grid = longTable(MONTHLY.slice(0, 1), MONTHS);
    grid[3][4] = "tbc";
    const parsed = readInputs(records(grid)[0], emptySettings());
    expect(parsed.targets?.[2]).toBeNull();
    expect(parsed.cellNotes).toEqual([expect.stringMatching(/target "tbc" for Jun-23 is not a figure/)]);
  });
});

describe("a target table shaped like the KPI table", () => {
  const targetGrid: Cell[][] = [["Measure", ...MONTHS], [BINS, ...STEPPED], ["Rent collected (%)", ...MONTHS.map((month) => (month.endsWith("-23") ? 97 : 97.5))]];
  const table = readTargetTable(targetGrid, detectKpiTable(targetGrid));
  const kpis = records(wideTable(MONTHLY, MONTHS).filter((row) => row[1] !== `${BINS} (target)`));

  test("its targets replace the KPI table's for the KPIs it names; the others keep theirs", () => {
    expect(kpis[0].targets).toBeUndefined();
    const used = withTargetTable(kpis, table);
    expect(used[0].targets).toEqual(STEPPED);
    expect(used[2].targets?.slice(-1)).toEqual([97.5]);
    expect(used[1]).toBe(kpis[1]);
    expect(kpisWithTargets(kpis, table)).toBe(2);
  });

  test("gives the same analysis as the target row", () => {
    const fromRow = viewOfKpi(readInputs(records(wideTable(MONTHLY, MONTHS))[0], emptySettings()), 0);
    const fromTable = viewOfKpi(readInputs(withTargetTable(kpis, table)[0], emptySettings()), 0);
    expect(fromTable.rag).toBe(fromRow.rag);
    expect(fromTable.target).toBe(fromRow.target);
    expect(fromTable.chart?.targets).toEqual(fromRow.chart?.targets);
  });
});

describe("the target in force rates the KPI and the chart steps", () => {
  test("missed bins: 58 in March 2025 is Red against 55, the target in force since April 2024 (it met the old 60)", () => {
    for (const grid of [wideTable(MONTHLY, MONTHS), longTable(MONTHLY, MONTHS)]) {
      const view = viewOfKpi(readInputs(records(grid)[0], emptySettings()), 0);
      expect([view.latestPeriod, view.latestValue, view.target, view.rag]).toEqual(["Mar-25", 58, 55, "Red"]);
      expect(view.chart?.targets).toEqual(STEPPED);
      expect(targetSteps(view.chart!)).toEqual([{ period: "Apr-24", target: 55 }]);
    }
  });

  test("a target given for some periods only holds until the next one on the chart", () => {
    // Without the single Target column; targets for the first quarter of each year only.
    const grid = wideTable(QUARTERLY.slice(0, 1), QUARTERS).map((row) => [...row.slice(0, 3), ...row.slice(4)]);
    grid.splice(2, 0, [null, `${BINS} target`, null, 65, null, null, null, 62, null, null, null, 60, null, null, null, 58, null, null, null]);
    const view = viewOfKpi(readInputs(records(grid)[0], emptySettings()), 0);
    expect(view.chart?.targets).toEqual([65, 65, 65, 65, 62, 62, 62, 62, 60, 60, 60, 60, 58, 58, 58, 58]);
    expect(view.target).toBe(58);
  });

  test("the target replaced this year is read from the analysis (target.previous), never worked out by the pane", () => {
    expect(previousTargetOf(undefined)).toBeNull();
    expect(previousTargetOf({ value: 55, rag: "Red" })).toBeNull();
    const changed = { value: 55, rag: "Red" as const, previous: { value: 60, period: "Mar-24", changedIn: "Apr-24" } };
    expect(previousTargetOf(changed)).toEqual({ value: 60, period: "Mar-24", changedIn: "Apr-24" });
    for (const grid of [wideTable(MONTHLY, MONTHS), longTable(MONTHLY, MONTHS)]) {
      const inputs = readInputs(records(grid)[0], emptySettings());
      expect(viewOfKpi(inputs, 0).previousTarget).toEqual(previousTargetOf(analyseKpi(kpiInput(inputs)).target));
    }
  });

  test("the chart sheet writes the target in force in each period", () => {
    const view = viewOfKpi(readInputs(records(wideTable(MONTHLY, MONTHS))[0], emptySettings()), 0);
    const sheet = buildChartSheet([view]);
    const dataRow = sheet.charts?.[0].dataRow ?? 0;
    expect(sheet.rows.slice(dataRow + 1, dataRow + 1 + MONTHS.length).map((row) => row[5])).toEqual(STEPPED);
  });
});
