/**
 * The sidebar's server functions in the BUILT Code.js (loaded as Apps Script loads it), with a
 * fake SpreadsheetApp: writing the report adds one new sheet and leaves every pre-existing cell
 * unchanged; a failure mid-write leaves no sheet; values crossing to the sidebar are plain.
 * Also checks the built Sidebar.html is one self-contained file.
 */
import fs from "fs";
import path from "path";
import { DIST, loadSheetsBundle } from "../helpers/bundles";
import { Cell, blockAddress } from "../../panel/host";
import { buildReportSheet } from "../../panel/steps/report/report-sheet";
import { buildSummarySheet } from "../../panel/steps/report/summary/summary-sheet";
import { buildKeySheet } from "../../panel/steps/report/key-sheet";
import { readingKey } from "../../panel/shared/marks/reading-key";
import { buildChartSheet } from "../../panel/steps/report/chart-sheet";
import { sampleKpiSheet } from "../../panel/steps/find-data/sample-data";
import { sampleViews } from "./views";

type Value = string | number | boolean | Date;

interface FakeSheet {
  name: string;
  cells: Value[][];
  /** Formulas set with setFormulas, by A1 address. */
  formulas: Record<string, string>;
  formats: string[];
  charts: string[];
  frozenRows: number;
}

/** A spreadsheet as Apps Script exposes it, just the calls the server side makes. */
class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  active = { sheet: "", row: 1, column: 1, rows: 1, columns: 1 };
  properties = new Map<string, string>();
  /** The sheet shown (setActiveSheet). */
  activeSheet = "";
  /** The next setValues fails after writing half its rows (a failure part-way through a write). */
  failNextWrite = false;

  add(name: string, cells: Cell[][]): FakeSheet {
    const sheet: FakeSheet = { name, cells: cells.map((row) => row.map((cell) => (cell === null ? "" : cell))), formulas: {}, formats: [], charts: [], frozenRows: 0 };
    this.sheets.push(sheet);
    return sheet;
  }

  snapshot(): Record<string, Value[][]> {
    return Object.fromEntries(this.sheets.map((sheet) => [sheet.name, sheet.cells.map((row) => [...row])]));
  }

  private width(sheet: FakeSheet): number {
    return sheet.cells.reduce((w, row) => Math.max(w, row.length), 0);
  }

  private range(sheet: FakeSheet, row: number, column: number, rows: number, columns: number): unknown {
    const read = () => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.cells[row - 1 + r]?.[column - 1 + c] ?? ""));
    return {
      getValues: read,
      getDisplayValues: () => read().map((line) => line.map((value) => (value instanceof Date ? value.toISOString().slice(0, 7) : String(value)))),
      getA1Notation: () => blockAddress(row - 1, column - 1, rows, columns),
      getSheet: () => ({ getName: () => sheet.name }),
      getNumRows: () => rows,
      getNumColumns: () => columns,
      getDataRegion: () => {
        let end = 0;
        while (end < sheet.cells.length && sheet.cells[end].some((cell) => cell !== "")) end++;
        return this.range(sheet, 1, 1, Math.max(1, end), Math.max(1, this.width(sheet)));
      },
      setValues: (values: Value[][]) => {
        if (values.length !== rows || values.some((line) => line.length !== columns)) throw new Error("The number of rows or columns in the data does not match the range.");
        values.forEach((line, r) => {
          if (this.failNextWrite && r >= rows / 2) {
            this.failNextWrite = false;
            throw new Error("Service Spreadsheets timed out while accessing document");
          }
          while (sheet.cells.length < row + r) sheet.cells.push([]);
          line.forEach((value, c) => (sheet.cells[row - 1 + r][column - 1 + c] = value));
        });
        return this;
      },
      setFormulas: (formulas: string[][]) => {
        if (formulas.length !== rows || formulas.some((line) => line.length !== columns)) throw new Error("The number of rows or columns in the data does not match the range.");
        formulas.forEach((line, r) => line.forEach((formula, c) => (sheet.formulas[blockAddress(row - 1 + r, column - 1 + c, 1, 1)] = formula)));
        return this;
      },
    };
  }

  private sheetApi(sheet: FakeSheet): unknown {
    const formats = (addresses: string[]) => {
      const list: Record<string, unknown> = {};
      for (const method of ["setFontWeight", "setFontStyle", "setFontSize", "setFontColor", "setBackground", "setWrap", "setVerticalAlignment", "setHorizontalAlignment", "setNumberFormat"]) {
        list[method] = (value: unknown) => {
          sheet.formats.push(`${method}(${String(value)}) ${addresses.join(",")}`);
          return list;
        };
      }
      return list;
    };
    const builder: Record<string, unknown> = {};
    let title = "";
    for (const method of ["asLineChart", "addRange", "setNumHeaders", "setPosition"]) builder[method] = () => builder;
    builder.setOption = (name: string, value: string) => {
      if (name === "title") title = value;
      return builder;
    };
    builder.build = () => ({ title });
    return {
      getName: () => sheet.name,
      getRange: (row: number, column: number, rows: number, columns: number) => this.range(sheet, row, column, rows, columns),
      getDataRange: () => this.range(sheet, 1, 1, Math.max(1, sheet.cells.length), Math.max(1, this.width(sheet))),
      getRangeList: formats,
      setColumnWidth: () => undefined,
      setFrozenRows: (count: number) => (sheet.frozenRows = count),
      newChart: () => builder,
      insertChart: (chart: { title: string }) => sheet.charts.push(chart.title),
      sheet,
    };
  }

  services(): Record<string, unknown> {
    const spreadsheet = {
      getSheets: () => this.sheets.map((sheet) => this.sheetApi(sheet)),
      getSheetByName: (name: string) => {
        const sheet = this.sheets.find((s) => s.name === name);
        return sheet ? this.sheetApi(sheet) : null;
      },
      getNumSheets: () => this.sheets.length,
      insertSheet: (name: string) => {
        if (this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) throw new Error(`A sheet with the name "${name}" already exists.`);
        return this.sheetApi(this.add(name, []));
      },
      deleteSheet: (api: { sheet: FakeSheet }) => this.sheets.splice(this.sheets.indexOf(api.sheet), 1),
      setActiveSheet: (api: { sheet: FakeSheet }) => {
        this.activeSheet = api.sheet.name;
        return api;
      },
    };
    return {
      SpreadsheetApp: {
        getActiveSpreadsheet: () => spreadsheet,
        getActiveRange: () => {
          const sheet = this.sheets.find((s) => s.name === this.active.sheet);
          return sheet ? this.range(sheet, this.active.row, this.active.column, this.active.rows, this.active.columns) : null;
        },
        flush: () => undefined,
      },
      PropertiesService: {
        getDocumentProperties: () => ({
          getProperty: (key: string) => this.properties.get(key) ?? null,
          setProperty: (key: string, value: string) => this.properties.set(key, value),
        }),
      },
    };
  }
}

function spreadsheet(): { fake: FakeSpreadsheet; call: (name: string, ...args: unknown[]) => unknown } {
  const fake = new FakeSpreadsheet();
  fake.add("Sample KPIs", sampleKpiSheet());
  fake.add("KPI report", [["last quarter's report, keep"]]);
  const dated = fake.add("Dates", [["KPI", "Period"], ["Recycling", ""]]);
  dated.cells[1][1] = new Date(Date.UTC(2024, 3, 1));
  fake.active = { sheet: "Sample KPIs", row: 2, column: 1, rows: 1, columns: 1 };
  const bundle = loadSheetsBundle(fake.services());
  const call = (name: string, ...args: unknown[]) => {
    const fn = bundle.context[name];
    if (typeof fn !== "function") throw new Error(`Code.js has no global ${name}`);
    return fn(...args);
  };
  return { fake, call };
}

/** What crosses google.script.run: JSON-like values only (no Date, no functions). */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe("the sidebar's server functions (built Code.js, fake SpreadsheetApp)", () => {
  test("every server function is a top-level global of Code.js", () => {
    const { call } = spreadsheet();
    expect(() => call("kpiPanelListSheets")).not.toThrow();
    const code = fs.readFileSync(path.join(DIST, "sheets-addon", "Code.js"), "utf8");
    for (const name of ["kpiPanelSelection", "kpiPanelListSheets", "kpiPanelReadSheet", "kpiPanelCreateSheet", "kpiPanelActivateSheet", "kpiPanelLoadSettings", "kpiPanelSaveSettings"]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, "m"));
    }
  });

  test("the selection widens from one cell to the table; dates cross as the text the sheet shows", () => {
    const { fake, call } = spreadsheet();
    const selection = call("kpiPanelSelection") as { sheet: string; address: string; values: Cell[][] };
    expect(selection.sheet).toBe("Sample KPIs");
    expect(selection.address).toBe("A1:U5"); // the sample's table: header, three KPIs and a target row; periods, then Commentary
    expect(selection.values[0][7]).toBe("2010/11");
    expect(selection.values[1][19]).toBeNull();
    const dates = call("kpiPanelReadSheet", "Dates") as { values: Cell[][] };
    expect(dates.values[1][1]).toBe("2024-04");
    expect(plain(dates)).toEqual(dates);
    expect(call("kpiPanelListSheets")).toEqual(["Sample KPIs", "KPI report", "Dates"]);
    expect(() => call("kpiPanelReadSheet", "Gone")).toThrow(/no sheet named "Gone"/);
    expect(fake.sheets).toHaveLength(3);
  });

  test("the report goes to a new sheet with a unique name; every pre-existing cell is unchanged", () => {
    const { fake, call } = spreadsheet();
    const before = fake.snapshot();
    const spec = plain(buildReportSheet(sampleViews(), { source: "Sample KPIs!A1:T4", peers: "", excludedForAll: [] }));
    const name = call("kpiPanelCreateSheet", spec);
    expect(name).toBe("KPI report (2)");
    const after = fake.snapshot();
    for (const [sheet, cells] of Object.entries(before)) expect(after[sheet]).toEqual(cells);
    const report = after["KPI report (2)"];
    expect(report[3].slice(0, 2)).toEqual(["KPI", "Category"]);
    expect(report[4][0]).toBe(sampleViews()[0].name);
    expect(report[5][0]).toBe("<img src=x onerror=alert(1)>");
    const column = (header: string) => report[3].indexOf(header);
    // A question that starts with "=" stays text.
    expect(report[4][column("Questions for scrutiny")]).toBe("What would it take to meet the target consistently?\n=1+1 is not a formula here");
    // The officer's commentary, written as text: a note that starts like a formula gets the leading apostrophe.
    expect(report[4][column("Officer commentary")]).toBe(`'${sampleViews()[0].commentary?.[0].text}`);
    expect(fake.sheets.find((sheet) => sheet.name === name)?.frozenRows).toBe(4);
    // Number cells get the KPI's format with setNumberFormat: the latest value 17.9, target 17 and previous target 16.5 at one place with a %,
    // the gap of 0.4 as percentage points with its direction (sampleViews: a 1-decimal percentage KPI).
    const formats = fake.sheets.find((sheet) => sheet.name === name)?.formats ?? [];
    // Addresses from the report's own headers, so a column added before them moves them.
    const at = (header: string) => blockAddress(4, column(header), 1, 1);
    expect(formats).toContain(`setNumberFormat(#,##0.0"%") ${["Latest value", "Target", "Previous target (changed this year)"].map(at).join(",")}`);
    expect(formats).toContain(`setNumberFormat(#,##0.0" percentage points better";#,##0.0" percentage points worse";"level") ${at("Gap to peer median")}`);
  });

  test("a sheet is shown with setActiveSheet, and a sheet that is gone is said", () => {
    const { fake, call } = spreadsheet();
    const before = fake.snapshot();
    call("kpiPanelActivateSheet", "KPI report");
    expect(fake.activeSheet).toBe("KPI report");
    expect(() => call("kpiPanelActivateSheet", "Gone")).toThrow(/no sheet named "Gone"/);
    expect(() => call("kpiPanelActivateSheet", 7)).toThrow(/the sheet name must be text/);
    expect(fake.snapshot()).toEqual(before);
  });

  test("the summary's counts are written as formulas over the report sheet, with the shares as percentages", () => {
    const { fake, call } = spreadsheet();
    const views = sampleViews();
    const about = { source: "Sample KPIs!A1:T4", peers: "", excludedForAll: [], council: "Trafford", period: "2021/22" };
    const report = call("kpiPanelCreateSheet", plain(buildReportSheet(views, about))) as string;
    const spec = buildSummarySheet(views, about, report);
    const name = call("kpiPanelCreateSheet", plain(spec));
    const sheet = fake.sheets.find((s) => s.name === name)!;
    expect(sheet.cells[0][0]).toBe("Summary: Trafford, 2021/22");
    // Every formula cell of the spec, and nothing else, holds a formula; its value cell is left empty.
    const expected: Record<string, string> = {};
    spec.rows.forEach((row, r) => row.forEach((cell, c) => (typeof cell === "object" && cell !== null ? (expected[blockAddress(r, c, 1, 1)] = cell.formula) : undefined)));
    expect(Object.keys(expected).length).toBeGreaterThan(40);
    expect(sheet.formulas).toEqual(expected);
    expect(sheet.formulas.B4).toBe(`=COUNTA('KPI report (2)'!$A$5:$A$6)`);
    for (const address of Object.keys(expected)) expect(sheet.cells[Number(address.replace(/^[A-Z]+/, "")) - 1][address.charCodeAt(0) - 65]).toBe("");
    expect(sheet.formats.some((format) => format.startsWith("setNumberFormat(0%)"))).toBe(true);
  });

  test("the report is set up for print as far as Apps Script allows: frozen header rows, wrapped text; the key sheet is written too", () => {
    const { fake, call } = spreadsheet();
    const name = call("kpiPanelCreateSheet", plain(buildReportSheet(sampleViews(), { source: "Sample KPIs!A1:T4", peers: "", excludedForAll: [] })));
    const sheet = fake.sheets.find((s) => s.name === name)!;
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.formats.some((format) => format.startsWith("setWrap(true)"))).toBe(true);
    expect(sheet.formats.filter((format) => format.startsWith("setHorizontalAlignment(center)"))).toHaveLength(1);
    const key = call("kpiPanelCreateSheet", plain(buildKeySheet(readingKey(), { council: "Trafford", period: "2021/22" })));
    expect(key).toBe("How to read this report");
    expect(fake.sheets.find((s) => s.name === key)?.cells[0][0]).toBe("How to read this report");
  });

  test("charts are embedded on the chart sheet", () => {
    const { fake, call } = spreadsheet();
    const name = call("kpiPanelCreateSheet", plain(buildChartSheet(sampleViews())));
    expect(fake.sheets.find((sheet) => sheet.name === name)?.charts).toEqual([sampleViews()[0].name]);
  });

  test("a failure mid-write removes the new sheet and says so", () => {
    const { fake, call } = spreadsheet();
    const before = fake.snapshot();
    fake.failNextWrite = true;
    const spec = plain(buildReportSheet(sampleViews(), { source: "Sample KPIs!A1:T4", peers: "", excludedForAll: [] }));
    expect(() => call("kpiPanelCreateSheet", spec)).toThrow(/could not be written, so it was removed and nothing else changed: Service Spreadsheets timed out/);
    expect(fake.snapshot()).toEqual(before);
  });

  test("settings are document properties, not cells", () => {
    const { fake, call } = spreadsheet();
    const before = fake.snapshot();
    expect(call("kpiPanelLoadSettings")).toBeNull();
    call("kpiPanelSaveSettings", '{"version":1,"excluded":{"*":["2020/21"]}}');
    expect(call("kpiPanelLoadSettings")).toBe('{"version":1,"excluded":{"*":["2020/21"]}}');
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("dist/sheets-addon/Sidebar.html", () => {
  const html = fs.readFileSync(path.join(DIST, "sheets-addon", "Sidebar.html"), "utf8");

  test("is one self-contained file: the panel's script and styles inline, nothing loaded from elsewhere", () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toMatch(/PANEL_(JS|CSS)/);
    expect(html).toMatch(/kpiPanelCreateSheet/);
    expect(html).toMatch(/\.u-over/); // uPlot's styles
    expect((html.match(/<\/script>/gi) ?? []).length).toBe(1);
  });
});
