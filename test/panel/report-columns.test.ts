/**
 * The report's columns are one table: each row of the report sheet is the columns' cells in order,
 * the header row their headers, the widths theirs, and the styles their own; so a new column is
 * one entry of REPORT_COLUMNS.
 */
import { REPORT_COLUMNS } from "../../panel/steps/report/report-columns";
import { REPORT_HEADER_ROW, buildReportSheet } from "../../panel/steps/report/report-sheet";
import { sampleViews } from "./views";

describe("REPORT_COLUMNS", () => {
  const views = sampleViews();
  const spec = buildReportSheet(views, { source: "Sample KPIs!A1:T4", peers: "", excludedForAll: [] });

  test("the header row, the widths and every KPI's row come from the columns, in order", () => {
    expect(spec.rows[REPORT_HEADER_ROW]).toEqual(REPORT_COLUMNS.map((column) => column.header));
    expect(spec.columnWidths).toEqual(REPORT_COLUMNS.map((column) => column.width));
    views.forEach((view, i) => expect(spec.rows[REPORT_HEADER_ROW + 1 + i]).toEqual(REPORT_COLUMNS.map((column) => column.cell(view))));
  });

  test("each cell's style is its column's", () => {
    views.forEach((view, i) =>
      REPORT_COLUMNS.forEach((column, c) => expect(spec.styles?.[`${REPORT_HEADER_ROW + 1 + i}:${c}`]).toBe(column.style?.(view))),
    );
  });

  test("a KPI that could not be analysed keeps its name, category and owner, says why under Commentary and leaves the judgements empty", () => {
    const row = spec.rows[REPORT_HEADER_ROW + 2];
    const cell = (header: string) => row[REPORT_COLUMNS.findIndex((column) => column.header === header)];
    expect(cell("KPI")).toBe("<img src=x onerror=alert(1)>");
    expect(cell("Commentary")).toBe('Could not be analysed: polarity: "sideways" is not one of higher, lower, neutral');
    for (const header of ["Latest period", "Latest value", "RAG", "Variation (SPC)", "Target findings", "Questions for scrutiny"]) expect(cell(header)).toBeNull();
  });
});
