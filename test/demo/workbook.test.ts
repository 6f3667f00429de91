/**
 * Opened sheets in the demo workbook: new sheets with unused names, the first selected; dates
 * reach the pane as the text they show (as Excel's host hands them over); a range typed as in
 * Excel selects those cells; the download takes exactly the pane's report and chart sheets.
 */
import { addSheets } from "../../demo/files/add-to-workbook";
import { ImportedSheet } from "../../demo/files/imported-sheet";
import { parseRange, selectRange } from "../../demo/files/range";
import { REPORT_SHEET_NAMES, reportSheets } from "../../demo/files/report-sheets";
import { detectKpiTable } from "../../panel/steps/find-data/kpi-table";
import { DemoHost, DemoWorkbook } from "../../demo/demo-host";

function sheetOf(name: string, cells: ImportedSheet["cells"], shown: Record<string, string> = {}): ImportedSheet {
  return { name, cells, shown, numberFormats: Object.fromEntries(Object.keys(shown).map((key) => [key, "dd/mm/yyyy"])) };
}

describe("adding opened sheets", () => {
  test("each gets a name not yet used, existing sheets are untouched, the first is selected whole", async () => {
    const workbook = new DemoWorkbook();
    workbook.addSheet("KPIs", [["KPI", 2023], ["Calls", 85]]);
    const before = workbook.snapshot();
    const names = addSheets(workbook, [sheetOf("kpis", [["A", "B"], [1, 2, 3]]), sheetOf("Peers", [["x"]])]);
    expect(names).toEqual(["kpis (2)", "Peers"]);
    expect(workbook.snapshot().KPIs).toEqual(before.KPIs);
    expect(workbook.selection).toEqual({ sheet: "kpis (2)", row: 0, column: 0, rows: 2, columns: 3 });
    const selected = await new DemoHost(workbook).getSelection();
    expect(selected.address).toBe("A1:C2");
  });

  test("a date reaches the pane as the date it shows, and the pane reads those headers as periods", async () => {
    const workbook = new DemoWorkbook();
    addSheets(workbook, [sheetOf("Monthly", [["KPI", 45383, 45413, 45444], ["Calls", 85, 82, 88]], { "0:1": "01/04/2024", "0:2": "01/05/2024", "0:3": "01/06/2024" })]);
    const selected = await new DemoHost(workbook).getSelection();
    expect(selected.values[0]).toEqual(["KPI", "01/04/2024", "01/05/2024", "01/06/2024"]);
    expect(workbook.sheet("Monthly")!.cells[0][1]).toBe(45383);
    expect(detectKpiTable(selected.values).roles).toEqual(["name", "period", "period", "period"]);
  });
});

describe("selecting cells by address", () => {
  test("addresses as Excel writes them, corners in either order", () => {
    expect(parseRange("b2:$D$5")).toEqual({ row: 1, column: 1, rows: 4, columns: 3 });
    expect(parseRange("D5:B2")).toEqual({ row: 1, column: 1, rows: 4, columns: 3 });
    expect(parseRange("Sheet1!AA10")).toEqual({ row: 9, column: 26, rows: 1, columns: 1 });
  });

  test.each(["", "A0", "A1:B2:C3", "XFE1", "hello", "A1:"])("%p is refused with how to write a range", (address) => {
    expect(() => parseRange(address)).toThrow(/is not a range.*such as A1:F9/);
  });

  test("the selection is what the pane reads", async () => {
    const workbook = new DemoWorkbook();
    workbook.addSheet("Data", [["Title"], [], ["KPI", 2023, 2024], ["Calls", 85, 88]]);
    workbook.selectSheet("Data");
    expect(selectRange(workbook, "Data", "a3:c4")).toBe("A3:C4");
    const selected = await new DemoHost(workbook).getSelection();
    expect(selected).toEqual({ sheet: "Data", address: "A3:C4", values: [["KPI", 2023, 2024], ["Calls", 85, 88]] });
  });
});

describe("the sheets to download", () => {
  test("the pane's report and chart sheets (and their numbered copies), not other sheets, not a file's own sheet of that name", async () => {
    expect(REPORT_SHEET_NAMES).toEqual(["KPI report", "KPI SPC charts"]);
    const workbook = new DemoWorkbook();
    const host = new DemoHost(workbook);
    workbook.addSheet("Sample KPIs", [["KPI"]]);
    await host.createSheet({ baseName: "KPI report", rows: [["KPI report"]] });
    await host.createSheet({ baseName: "KPI SPC charts", rows: [["SPC charts"]] });
    await host.createSheet({ baseName: "KPI report", rows: [["KPI report"]] });
    await host.createSheet({ baseName: "KPI report card", rows: [["x"]] });
    addSheets(workbook, [sheetOf("KPI report", [["from a file"]])]);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sample KPIs", "KPI report", "KPI SPC charts", "KPI report (2)", "KPI report card", "KPI report (3)"]);
    expect(reportSheets(workbook).map((sheet) => sheet.name)).toEqual(["KPI report", "KPI SPC charts", "KPI report (2)"]);
  });
});
