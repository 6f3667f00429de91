/**
 * The Excel host with office-addin-mock: Office.js objects whose properties must be loaded and
 * synced before they are read, over a small fake workbook. Writing a report adds one new sheet and
 * leaves every pre-existing cell of every sheet unchanged; a failure mid-write leaves no sheet.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelHost, ExcelRun, SETTINGS_KEY, splitAddress } from "../../excel-addin/excel-host";
import { Cell, blockAddress } from "../../panel/host";
import { buildReportSheet } from "../../panel/steps/report/report-sheet";
import { buildChartSheet } from "../../panel/steps/report/chart-sheet";
import { buildSummarySheet } from "../../panel/steps/report/summary/summary-sheet";
import { sampleKpiSheet } from "../../panel/steps/find-data/sample-data";
import { sampleViews } from "./views";

interface FakeSheet {
  name: string;
  cells: Cell[][];
  /** What Excel shows where it differs from the value (a date serial shown as "Apr-24"). */
  shown: Record<string, string>;
  formats: Record<string, unknown>;
  /** Number formats by cell address, as Range.numberFormat set them. */
  numberFormats: Record<string, string>;
  charts: { type: string; title: string }[];
  frozenRows: number;
  /** Formulas written with Range.formulas, by A1 address. */
  formulas: Record<string, string>;
  /** The sheet's page layout (an office-addin-mock object) and the print title rows set on it. */
  pageLayout: OfficeMockObject;
  printTitleRows: string;
}

/** A workbook as Excel would hold it, and the Office.js calls the host makes on it. */
class FakeExcel {
  sheets: FakeSheet[] = [];
  selection = { sheet: "", row: 0, column: 0, rows: 1, columns: 1 };
  settings = new Map<string, string>();
  /** The sheet shown (Worksheet.activate). */
  activeSheet = "";
  /** The next sync after a write fails (a failure part-way through a write). */
  failNextWriteSync = false;
  /** Excel refuses the page setup (a build where part of ExcelApi 1.9 fails). */
  refusePrintSetup = false;
  private wrote = false;
  /** Proxy objects of the current request context: context.sync() syncs them all, as Office.js does. */
  private tracked: OfficeMockObject[] = [];

  add(name: string, cells: Cell[][]): FakeSheet {
    const sheet: FakeSheet = { name, cells: cells.map((row) => [...row]), shown: {}, formats: {}, numberFormats: {}, charts: [], frozenRows: 0, formulas: {}, pageLayout: new OfficeMockObject({}), printTitleRows: "" };
    const layout = new OfficeMockObject({ orientation: "Portrait", zoom: { scale: 100 }, headersFooters: { defaultForAllPages: { centerHeader: "", centerFooter: "" } } });
    (layout as unknown as { setPrintTitleRows(rows: string): void }).setPrintTitleRows = (rows: string) => {
      if (this.refusePrintSetup) throw Object.assign(new Error("ApiNotFound: setPrintTitleRows"), { code: "ApiNotFound" });
      sheet.printTitleRows = rows;
    };
    sheet.pageLayout = layout;
    this.sheets.push(sheet);
    return sheet;
  }

  snapshot(): Record<string, Cell[][]> {
    return Object.fromEntries(this.sheets.map((sheet) => [sheet.name, sheet.cells.map((row) => [...row])]));
  }

  private sheet(name: string): FakeSheet {
    const found = this.sheets.find((sheet) => sheet.name === name);
    if (!found) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: "ItemNotFound" });
    return found;
  }

  /** A loadable range (office-addin-mock: reading before load and sync gives an error value). */
  private readRange(sheet: FakeSheet, row: number, column: number, rows: number, columns: number): OfficeMockObject {
    const values = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.cells[row + r]?.[column + c] ?? ""));
    const quoted = /[^A-Za-z0-9_]/.test(sheet.name) ? `'${sheet.name.replace(/'/g, "''")}'` : sheet.name;
    const text = values.map((line, r) => line.map((value, c) => sheet.shown[blockAddress(row + r, column + c, 1, 1)] ?? (value === null ? "" : String(value))));
    const range = this.track(new OfficeMockObject({ address: `${quoted}!${blockAddress(row, column, rows, columns)}`, values, text, cellCount: rows * columns }));
    const extra = range as unknown as Record<string, unknown>;
    extra.isNullObject = false;
    extra.getSurroundingRegion = () => {
      const width = sheet.cells.reduce((w, r) => Math.max(w, r.length), 0);
      let end = 0;
      while (end < sheet.cells.length && sheet.cells[end].some((cell) => cell !== null && cell !== "")) end++;
      return this.readRange(sheet, 0, 0, Math.max(1, end), Math.max(1, width));
    };
    return range;
  }

  private track(mock: OfficeMockObject): OfficeMockObject {
    this.tracked.push(mock);
    return mock;
  }

  /** A range the host writes into: values and formats land in the fake sheet at once. */
  private writeRange(sheet: FakeSheet, row: number, column: number, rows: number, columns: number): unknown {
    const fake = this;
    const format = { font: {}, fill: {}, wrapText: false, columnWidth: 0, verticalAlignment: "" };
    sheet.formats[blockAddress(row, column, rows, columns)] = format;
    return {
      set values(values: Cell[][]) {
        fake.wrote = true;
        if (values.length !== rows || values.some((line) => line.length !== columns)) throw new Error("InvalidArgument: the values do not match the range");
        values.forEach((line, r) => {
          while (sheet.cells.length <= row + r) sheet.cells.push([]);
          line.forEach((cell, c) => (sheet.cells[row + r][column + c] = cell === "" ? null : cell));
        });
      },
      set formulas(formulas: string[][]) {
        fake.wrote = true;
        if (formulas.length !== rows || formulas.some((line) => line.length !== columns)) throw new Error("InvalidArgument: the formulas do not match the range");
        formulas.forEach((line, r) => line.forEach((formula, c) => (sheet.formulas[blockAddress(row + r, column + c, 1, 1)] = formula)));
      },
      format,
      set numberFormat(codes: string[][]) {
        if (codes.length !== rows || codes.some((line) => line.length !== columns)) throw new Error("InvalidArgument: the number formats do not match the range");
        codes.forEach((line, r) => line.forEach((code, c) => (sheet.numberFormats[blockAddress(row + r, column + c, 1, 1)] = code)));
      },
    };
  }

  private worksheet(sheet: FakeSheet): unknown {
    return {
      name: sheet.name,
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => this.writeRange(sheet, row, column, rows, columns),
      getUsedRangeOrNullObject: () => {
        const width = sheet.cells.reduce((w, r) => Math.max(w, r.length), 0);
        return this.readRange(sheet, 0, 0, Math.max(1, sheet.cells.length), Math.max(1, width));
      },
      freezePanes: { freezeRows: (count: number) => (sheet.frozenRows = count) },
      pageLayout: sheet.pageLayout,
      charts: {
        add: (type: string) => {
          const chart = { type, title: "" };
          sheet.charts.push(chart);
          return { title: { set text(text: string) { chart.title = text; } }, setPosition: () => undefined };
        },
      },
      delete: () => this.sheets.splice(this.sheets.indexOf(sheet), 1),
      activate: () => (this.activeSheet = sheet.name),
    };
  }

  /** Excel.run over an office-addin-mock request context. */
  run: ExcelRun = async (batch) => {
    const mock = new OfficeMockObject({ workbook: { settings: {} } });
    const context = mock as unknown as { workbook: Record<string, unknown>; sync(): Promise<void> };
    const sync = context.sync.bind(context);
    this.tracked = [];
    context.sync = async () => {
      await sync();
      for (const mock of this.tracked) await mock.sync();
      if (this.wrote && this.failNextWriteSync) {
        this.failNextWriteSync = false;
        this.wrote = false;
        throw Object.assign(new Error("GeneralException: the write failed part-way"), { code: "GeneralException" });
      }
      this.wrote = false;
    };
    const fake = this;
    context.workbook.getSelectedRange = () => {
      const { sheet, row, column, rows, columns } = this.selection;
      return this.readRange(this.sheet(sheet), row, column, rows, columns);
    };
    context.workbook.worksheets = {
      get items() {
        return fake.sheets.map((sheet) => fake.worksheet(sheet));
      },
      load: () => undefined,
      add: (name: string) => {
        if (this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
        return this.worksheet(this.add(name, []));
      },
      getItem: (name: string) => this.worksheet(this.sheet(name)),
    };
    context.workbook.settings = {
      getItemOrNullObject: (key: string) => {
        const setting = this.track(new OfficeMockObject({ value: this.settings.get(key) ?? "" }));
        (setting as unknown as { isNullObject: boolean }).isNullObject = !this.settings.has(key);
        return setting;
      },
      add: (key: string, value: string) => this.settings.set(key, value),
    };
    return batch(context as unknown as Excel.RequestContext);
  };
}

function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.add("Sample KPIs", sampleKpiSheet());
  excel.add("KPI report", [["last quarter's report, keep"]]);
  excel.add("Notes", [["Owner", "Phone"], ["Waste", "01234 567890"]]);
  excel.selection = { sheet: "Sample KPIs", row: 0, column: 0, rows: 1, columns: 1 };
  return excel;
}

describe("ExcelHost (Office.js through office-addin-mock)", () => {
  test("a single selected cell widens to the table around it; sheets and their used ranges are read", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.run);
    const selection = await host.getSelection();
    expect(selection.sheet).toBe("Sample KPIs");
    expect(selection.address).toBe("A1:U5"); // the sample's table: header, three KPIs and a target row; periods, then Commentary
    expect(selection.values[1][0]).toBe("Household waste sent for reuse, recycling or composting (%)");
    expect(selection.values[1][19]).toBeNull(); // an empty cell comes back as null, not ""
    await expect(host.listSheets()).resolves.toEqual(["Sample KPIs", "KPI report", "Notes"]);
    const notes = await host.readSheet("Notes");
    expect(notes.values).toEqual([["Owner", "Phone"], ["Waste", "01234 567890"]]);
    await expect(host.readSheet("Missing")).rejects.toThrow(/could not read the sheet "Missing"/);
  });

  test("dates Excel hands over as serials come back as the label the sheet shows; numbers in other formats stay numbers", async () => {
    const excel = new FakeExcel();
    // Month headers typed as dates (Excel: DATE(2024,4,1) = 45383, shown "Apr-24"), a value shown
    // as "12 days" by a custom number format, and a percentage shown "97%".
    const sheet = excel.add("Monthly", [
      ["Measure", 45383, 45413],
      ["Days to relet", 12, 11],
      ["Rent collected", 0.97, 0.98],
      ["Precision", 3, 2],
    ]);
    sheet.shown = { B1: "Apr-24", C1: "May-24", B2: "12 days", C2: "11 days", B3: "97%", C3: "98%", B4: "3 decimals", C4: "01/05/2024" };
    excel.selection = { sheet: "Monthly", row: 0, column: 0, rows: 4, columns: 3 };
    const selection = await new ExcelHost(excel.run).getSelection();
    expect(selection.values).toEqual([
      ["Measure", "Apr-24", "May-24"],
      ["Days to relet", 12, 11],
      ["Rent collected", 0.97, 0.98],
      // "decimals" is not "Dec"; a day/month/year date is a date.
      ["Precision", 3, "01/05/2024"],
    ]);
  });

  test("the report goes to a new sheet with a unique name; every pre-existing cell is unchanged", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.run);
    const before = excel.snapshot();
    const spec = buildReportSheet(sampleViews(), { source: "Sample KPIs!A1:T4", peers: "", excludedForAll: ["2020/21"] });
    const name = await host.createSheet(spec);
    expect(name).toBe("KPI report (2)");
    const after = excel.snapshot();
    for (const [sheet, cells] of Object.entries(before)) expect(after[sheet]).toEqual(cells);
    const report = after[name];
    expect(report[3][0]).toBe("KPI");
    expect(report[4][0]).toBe(sampleViews()[0].name);
    expect(report[1][0]).toMatch(/Left out of the analysis for every KPI: 2020\/21/);
    // The officer's commentary, written as text: a note that starts like a formula gets the leading apostrophe.
    expect(report[4][report[3].indexOf("Officer commentary")]).toBe(`'${sampleViews()[0].commentary?.[0].text}`);
    const written = excel.sheets.find((sheet) => sheet.name === name);
    expect(written?.frozenRows).toBe(4);
    // Number cells get the KPI's format (sampleViews: a percentage KPI written to one place): the
    // latest value, target and the target it replaced with a %, the gap as percentage points with its direction.
    // Addresses from the report's own headers, so a column added before them moves them.
    const at = (header: string) => blockAddress(4, (report[3] as Cell[]).indexOf(header), 1, 1);
    expect(written?.numberFormats).toEqual({
      [at("Latest value")]: '#,##0.0"%"',
      [at("Target")]: '#,##0.0"%"',
      [at("Previous target (changed this year)")]: '#,##0.0"%"',
      [at("Gap to peer median")]: '#,##0.0" percentage points better";#,##0.0" percentage points worse";"level"',
    });
  });

  test("a sheet is shown with Worksheet.activate; no cell changes", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.run);
    const before = excel.snapshot();
    await host.activate("Notes");
    expect(excel.activeSheet).toBe("Notes");
    await expect(host.activate("Missing")).rejects.toThrow(/could not show the sheet "Missing"/);
    expect(excel.snapshot()).toEqual(before);
  });

  test("text that looks like a formula is written as text", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.run);
    const name = await host.createSheet({ baseName: "Check", rows: [["=HYPERLINK(\"http://example.invalid\")", 1]] });
    expect(excel.snapshot()[name][0]).toEqual(["'=HYPERLINK(\"http://example.invalid\")", 1]);
  });

  test("native SPC charts are added to the chart sheet", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.run);
    const name = await host.createSheet(buildChartSheet(sampleViews()));
    const sheet = excel.sheets.find((s) => s.name === name);
    expect(sheet?.charts.map((chart) => chart.type)).toEqual(sampleViews().filter((view) => view.chart).map(() => "Line"));
    expect(sheet?.charts[0].title).toBe(sampleViews()[0].name);
  });

  test("a failure mid-write removes the new sheet: the workbook is as it was", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.run);
    const before = excel.snapshot();
    excel.failNextWriteSync = true;
    const spec = buildReportSheet(sampleViews(), { source: "Sample KPIs!A1:T4", peers: "", excludedForAll: [] });
    await expect(host.createSheet(spec)).rejects.toThrow(/could not write the new sheet "KPI report" \(nothing was changed\): GeneralException/);
    expect(excel.snapshot()).toEqual(before);
  });

  test("settings are kept in the workbook's settings, not in cells", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.run);
    await expect(host.loadSettings()).resolves.toBeNull();
    const before = excel.snapshot();
    await host.saveSettings('{"version":1,"excluded":{"*":["2020/21"]}}');
    expect(excel.settings.get(SETTINGS_KEY)).toBe('{"version":1,"excluded":{"*":["2020/21"]}}');
    await expect(host.loadSettings()).resolves.toBe('{"version":1,"excluded":{"*":["2020/21"]}}');
    expect(excel.snapshot()).toEqual(before);
  });

  test("the summary's counts are written as formulas (Range.formulas) after the values, its shares as percentages", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.run);
    const views = sampleViews();
    const about = { source: "Sample KPIs!A1:T4", peers: "", excludedForAll: [], council: "Trafford", period: "2021/22" };
    const report = await host.createSheet(buildReportSheet(views, about));
    const spec = buildSummarySheet(views, about, report);
    const name = await host.createSheet(spec);
    const sheet = excel.sheets.find((s) => s.name === name)!;
    const expected: Record<string, string> = {};
    spec.rows.forEach((row, r) => row.forEach((cell, c) => (typeof cell === "object" && cell !== null ? (expected[blockAddress(r, c, 1, 1)] = cell.formula) : undefined)));
    expect(sheet.formulas).toEqual(expected);
    expect(sheet.formulas.B4).toBe(`=COUNTA('KPI report (2)'!$A$5:$A$6)`);
    expect(sheet.cells[0][0]).toBe("Summary: Trafford, 2021/22");
    expect(Object.values(sheet.numberFormats)).toContain("0%");
  });

  test("the report is set up for print: landscape, one page wide, the header row on every page, the title and page numbers on each page", async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.run);
    const name = await host.createSheet(buildReportSheet(sampleViews(), { source: "Sample KPIs!A1:T4", peers: "", excludedForAll: [], council: "Health & care", period: "2021/22" }));
    const sheet = excel.sheets.find((s) => s.name === name)!;
    const layout = sheet.pageLayout as unknown as { orientation: string; zoom: unknown; headersFooters: { defaultForAllPages: { centerHeader: string; centerFooter: string } } };
    expect(layout.orientation).toBe("Landscape");
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheet.printTitleRows).toBe("$4:$4");
    // "&" starts a header code in Excel, so the council's "&" is doubled; &P and &N are the page codes.
    expect(layout.headersFooters.defaultForAllPages.centerHeader).toBe("KPI report: Health && care, 2021/22");
    expect(layout.headersFooters.defaultForAllPages.centerFooter).toBe("Page &P of &N");
    expect(sheet.frozenRows).toBe(4);
    expect(Object.values(sheet.formats).some((format) => (format as { wrapText: boolean }).wrapText)).toBe(true);
  });

  test("where Excel refuses the page setup, the report is still written", async () => {
    const excel = workbook();
    excel.refusePrintSetup = true;
    const host = new ExcelHost(excel.run);
    const name = await host.createSheet(buildReportSheet(sampleViews(), { source: "Sample KPIs!A1:T4", peers: "", excludedForAll: [] }));
    expect(excel.snapshot()[name][4][0]).toBe(sampleViews()[0].name);
  });

  test("on the Mac, where the pane cannot download, the pack is not started and the pane says how to get it", async () => {
    const host = new ExcelHost(workbook().run, () => true);
    const saved = await host.saveFile("Trafford performance report 2021-22.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new Uint8Array([80, 75]));
    expect(saved.started).toBe(false);
    expect(saved.url).toBeUndefined();
    expect(saved.message).toMatch(/Excel on the Mac does not let an add-in download a file\. Open this workbook in Excel on the web/);
  });

  test("addresses with quoted sheet names are split", () => {
    expect(splitAddress("'Q1 ''23 KPIs'!B2:D9")).toEqual({ sheet: "Q1 '23 KPIs", cells: "B2:D9" });
    expect(splitAddress("Sheet1!A1")).toEqual({ sheet: "Sheet1", cells: "A1" });
  });
});
