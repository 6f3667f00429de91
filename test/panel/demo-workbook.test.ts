/**
 * The demo workbook writes the paper as a spreadsheet would: the summary's formulas are kept and
 * calculated over the report sheet by the demo's formula engine (demo/formulas.ts), so each count
 * the demo shows is what COUNTIF gives over the report's own columns, and equals the summary's
 * own count of the same rows. The sample is the demo's (Trafford, DEFRA ENV18 and Fingertips 90323).
 */
import { DemoHost, DemoWorkbook } from "../../demo/demo-host";
import { evaluateFormula } from "../../demo/formulas";
import { isFormulaCell } from "../../panel/host";
import { readingKey } from "../../panel/shared/marks/reading-key";
import { buildKeySheet } from "../../panel/steps/report/key-sheet";
import { buildReportSheet } from "../../panel/steps/report/report-sheet";
import { summariseReport } from "../../panel/steps/report/summary/summary";
import { buildSummarySheet } from "../../panel/steps/report/summary/summary-sheet";
import { sampleKpis } from "./paper-sample";

describe("the paper in the demo workbook", () => {
  const views = sampleKpis().map((kpi) => kpi.view);
  const about = { source: "Sample KPIs!A1:T4", peers: "", excludedForAll: [], council: "Trafford", period: "2022/23" };

  test("each summary formula is kept and shows the count COUNTIF gives over the report sheet", async () => {
    const workbook = new DemoWorkbook();
    const host = new DemoHost(workbook);
    const report = await host.createSheet(buildReportSheet(views, about));
    const spec = buildSummarySheet(views, about, report);
    const name = await host.createSheet(spec);
    const sheet = workbook.sheet(name)!;
    const summary = summariseReport(views);
    const shown = (label: string) => sheet.cells.find((row) => row[0] === label)?.[1];
    expect(shown("KPIs in the report")).toBe(3);
    expect(shown("Exceptions (see the list below)")).toBe(summary.exceptions.length);
    expect(shown("Green")).toBe(1);
    expect(shown("Red")).toBe(1);
    expect(shown("No clear change")).toBe(3);
    spec.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isFormulaCell(cell)) return;
        expect(sheet.formulas[`${r}:${c}`]).toBe(cell.formula);
        expect(sheet.cells[r][c]).toBe(evaluateFormula(cell.formula, (other) => workbook.sheet(other ?? name)!.cells));
        expect(typeof sheet.cells[r][c]).toBe("number");
      }),
    );
    // A correction in the report is counted again: the summary's formulas are live.
    const reportSheet = workbook.sheet(report)!;
    const rag = reportSheet.cells[3].indexOf("RAG");
    const red = reportSheet.cells.findIndex((row) => row[rag] === "Red");
    reportSheet.cells[red][rag] = "Green";
    const green = spec.rows.findIndex((row) => row[0] === "Green");
    expect(evaluateFormula((spec.rows[green][1] as { formula: string }).formula, (other) => workbook.sheet(other ?? name)!.cells)).toBe(2);
  });

  test("the key sheet is written with its marks on their colours", async () => {
    const workbook = new DemoWorkbook();
    const name = await new DemoHost(workbook).createSheet(buildKeySheet(readingKey(), about));
    const sheet = workbook.sheet(name)!;
    expect(sheet.cells[0][0]).toBe("How to read this report");
    const concern = sheet.cells.findIndex((row) => String(row[1]).startsWith("Special cause, concern"));
    expect(sheet.cells[concern][0]).toBe("\u25C6");
    expect(sheet.styles[`${concern}:0`]).toBe("mark-concern");
    expect(sheet.print).toEqual({ landscape: false, fitToWidth: true, title: "How to read this report: Trafford, 2022/23" });
  });
});
