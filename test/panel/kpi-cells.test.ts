/**
 * The pane reads a KPI's cells as a person means them (panel/shared/kpi-cells.ts): text that is
 * not a figure is a gap named on the card, and in a percentage KPI "85%" is 85. The tables are the
 * ones typed in the issue that asked for these rules.
 */
import { isPercentKpi, readKpiCells, readOptionalFigure, unitOfKpi } from "../../panel/shared/kpi-cells";
import { readInputs } from "../../panel/shared/pane-inputs";
import { emptySettings } from "../../panel/shared/settings";
import { detectKpiTable, readKpis } from "../../panel/steps/find-data/kpi-table";
import { analyseRecord } from "../../panel/steps/analysis/analyse-all";
import { Cell } from "../../panel/host";

/** The table as typed: KPI | Polarity | Q1..Q4 2023/24, with "85%", "tbc" and "n/a". */
const TYPED: Cell[][] = [
  ["KPI", "Polarity", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"],
  ["Calls answered in 20s (%)", "Higher", "85%", "82%", "tbc", "88%"],
  ["Missed bins per 100k", "lower", 45, 60, "n/a", 38],
];

describe("a percentage KPI", () => {
  test("is one by its unit, or without a unit by its name or its figures", () => {
    expect(isPercentKpi("Calls answered in 20s (%)", "", [85])).toBe(true);
    expect(isPercentKpi("Satisfaction", "per cent", [85])).toBe(true);
    expect(isPercentKpi("Recycling rate", "", ["48%", 51])).toBe(true);
    expect(isPercentKpi("Missed bins per 100k", "", [45, 60])).toBe(false);
    // A unit that is written decides, whatever the name says.
    expect(isPercentKpi("Change in % of calls", "days", [3])).toBe(false);
    expect(unitOfKpi("Calls answered in 20s (%)", "", [85])).toBe("%");
    expect(unitOfKpi("Missed bins", "per 100k", [45])).toBe("per 100k");
  });

  test('reads "85%" as 85, as a plain 85 beside it', () => {
    expect(readKpiCells(["85%", 82, " 88 % "], ["Q1", "Q2", "Q4"], true).values).toEqual([85, 82, 88]);
    // Outside a percentage KPI the formulas' reading holds: 45% is the fraction 0.45.
    expect(readKpiCells(["45%"], ["Q1"], false).values).toEqual([0.45]);
  });

  test("fractions kept as fractions are left as they are (a cell formatted as % holds 0.85)", () => {
    expect(readKpiCells([0.85, 0.82], ["Q1", "Q2"], true).values).toEqual([0.85, 0.82]);
  });

  test("fractions mixed with percentages are refused, naming one of each and the fix", () => {
    expect(() => readKpiCells([0.85, 0.82, "88%"], ["Q1 2023/24", "Q2 2023/24", "Q4 2023/24"], true)).toThrow(
      'This KPI cannot be analysed: its figures mix fractions (0.85 in Q1 2023/24) and percentages ("88%" in Q4 2023/24), so they cannot be read on one scale. Enter them all one way: as percentages (85%) or as fractions (0.85).',
    );
  });
});

describe("text that is not a figure", () => {
  test("is a gap, with a note naming the cell; blanks and markers are gaps without one", () => {
    const read = readKpiCells([45, "tbc", "n/a", null, true, "#N/A"], ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6"], false);
    expect(read.values).toEqual([45, null, null, null, null, null]);
    expect(read.notes).toEqual([
      '"tbc" in Q2 is not a figure, so Q2 is a gap: enter the figure there, or leave it blank.',
      "TRUE in Q5 is not a figure, so Q5 is a gap: enter the figure there, or leave it blank.",
    ]);
  });

  test("in a target: the KPI is analysed without one, and the note says so", () => {
    expect(readOptionalFigure("tbc", "Target", false)).toEqual({ value: null, note: 'The target "tbc" is not a figure, so this KPI is analysed without one: enter the figure, or leave the cell blank.' });
    expect(readOptionalFigure("50%", "Target", true)).toEqual({ value: 50 });
  });
});

describe("the table typed in the issue", () => {
  const records = readKpis(TYPED, detectKpiTable(TYPED));

  test("keeps Q3 as a period though every cell of it is text", () => {
    expect(records.map((record) => record.periods)).toEqual([TYPED[0].slice(2), TYPED[0].slice(2)]);
  });

  test("reads the calls as 85, 82, a gap and 88 percent, naming the tbc", () => {
    const inputs = readInputs(records[0], emptySettings());
    expect(inputs.values).toEqual([85, 82, null, 88]);
    expect(inputs.unit).toBe("%");
    expect(inputs.cellNotes).toEqual(['"tbc" in Q3 2023/24 is not a figure, so Q3 2023/24 is a gap: enter the figure there, or leave it blank.']);
  });

  test("the card shows 88%, the chart keeps Q3 as a gap, and the words name the missing Q3", () => {
    const view = analyseRecord(records[0], 0, emptySettings());
    expect(view.problem).toBeNull();
    expect(view.latestValue).toBe(88);
    expect(view.unit).toBe("%");
    expect(view.chart?.periods).toEqual(TYPED[0].slice(2));
    expect(view.chart?.values).toEqual([85, 82, null, 88]);
    expect(view.narrative).toMatch(/was 88% in Q4 2023\/24, up 6 percentage points on Q2 2023\/24, the last quarter with a figure \(none for Q3 2023\/24\)/);
    expect(view.change).toMatch(/Q2 2023\/24.*Q3 2023\/24/);
  });

  test("the bins read n/a as a plain gap (a marker), with no note", () => {
    const view = analyseRecord(records[1], 1, emptySettings());
    expect(view.chart?.values).toEqual([45, 60, null, 38]);
    expect(view.cellNotes).toEqual([]);
    expect(view.narrative).toMatch(/down 22 \(37%\) on Q2 2023\/24, the last quarter with a figure \(none for Q3 2023\/24\)/);
  });
});
