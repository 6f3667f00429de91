/**
 * The built hosts, loaded as Excel and Apps Script load them: the same formulas, the same
 * parameters and the same results in dist/excel-addin and dist/sheets-addon.
 */
import fs from "fs";
import path from "path";
import { CATALOGUE } from "../../core/functions";
import { DIST, grid, loadExcelBundle, loadSheetsBundle, plain, single, tryExcel, trySheets } from "../helpers/bundles";
import { expectClose, loadReference } from "../helpers/reference";

describe("the built Sheets bundle (dist/sheets-addon/Code.js)", () => {
  const sheets = loadSheetsBundle();

  test("defines one top-level KPI_ function per catalogue entry, each with @customfunction JSDoc", () => {
    for (const spec of CATALOGUE) {
      expect(sheets.globals).toContain(`KPI_${spec.name}`);
      const params = spec.parameters.map((p) => p.name).join(", ");
      const stub = new RegExp(`@customfunction\\s*\\*/\\s*function KPI_${spec.name}\\(${params}\\)`);
      expect(sheets.code).toMatch(stub);
      for (const parameter of spec.parameters) {
        expect(sheets.code).toMatch(new RegExp(`@param \\{[^}]+\\} ${parameter.name} `));
      }
    }
  });

  test("declares @OnlyCurrentDoc and defines the menu globals", () => {
    expect(sheets.code).toMatch(/@OnlyCurrentDoc/);
    for (const name of ["onOpen", "onInstall", "showSidebar"]) expect(sheets.globals).toContain(name);
  });

  test("asks only for the current spreadsheet and the sidebar", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "sheets-addon", "appsscript.json"), "utf8"));
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
    expect(manifest.runtimeVersion).toBe("V8");
    expect(fs.existsSync(path.join(DIST, "sheets-addon", "Sidebar.html"))).toBe(true);
  });
});

describe("the built Excel bundle (dist/excel-addin/functions.js + functions.json)", () => {
  const excel = loadExcelBundle();

  test("registers exactly the functions listed in functions.json, which are the catalogue", () => {
    const ids = excel.metadata.functions.map((f) => f.id);
    expect([...excel.registry.keys()]).toEqual(ids);
    expect(ids).toEqual(CATALOGUE.map((spec) => spec.name));
  });

  test("functions.json carries descriptions and parameter help for autocomplete", () => {
    for (const spec of CATALOGUE) {
      const meta = excel.metadata.functions.find((f) => f.id === spec.name)!;
      expect(meta.name).toBe(spec.name);
      expect(meta.description).toBe(spec.description);
      expect(meta.parameters.map((p) => [p.name, p.description, p.optional])).toEqual(
        spec.parameters.map((p) => [p.name, p.description, p.optional === true]),
      );
    }
  });

  test("the other built files are there", () => {
    for (const file of ["manifest.xml", "functions.html", "taskpane.html", "taskpane.js", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-80.png"]) {
      expect(fs.existsSync(path.join(DIST, "excel-addin", file))).toBe(true);
    }
  });
});

describe("parity: both hosts expose the same formulas with the same results", () => {
  const cases: [string, unknown[]][] = [
    ["SENSLOPE", [[[1, 3, 5, 7]]]],
    ["SENSLOPE", [[[1], [""], [5]]]],
    ["SENSLOPE", [[[1, 2, 4], [3, 2, 1]]]],
    ["MANNKENDALL", [[[1, 2, 3, 4, 5]]]],
    ["MANNKENDALL", [[[3, 1, 4, 1, 5, 9, 2, 6], [2, 7, 1, 8, 2, 8, 1, 8]]]],
    ["RAG", [58, 60, "higher", 5]],
    ["RAG", [[[58], [61], [40]], [[60]], "higher", 5]],
  ];

  test.each(cases)("%s gives the same cells in Excel and Sheets", (name, args) => {
    const excel = plain(grid(tryExcel(name, ...args)));
    const sheets = plain(grid(trySheets(name, ...args)));
    expect(sheets).toEqual(excel);
  });

  test("the Sheets globals and the Excel registry name the same formulas with the same parameters", () => {
    const excel = loadExcelBundle().metadata.functions.map((f) => `${f.id}(${f.parameters.map((p) => p.name).join(",")})`);
    const sheetsCode = loadSheetsBundle().code;
    const sheets = [...sheetsCode.matchAll(/function KPI_([A-Z]+)\(([^)]*)\)/g)].map((m) => `${m[1]}(${m[2].replace(/\s/g, "")})`);
    expect(sheets).toEqual(excel);
  });
});

describe("first formulas end to end against published values", () => {
  const reference = loadReference<{ x: (number | null)[] }, Record<string, number>>("mannkendall.json");
  const births = reference.cases.find((c) => c.name === "daily_female_births_1959_original_test")!;
  const shampoo = reference.cases.find((c) => c.name === "shampoo36_original_test")!;

  test.each([
    ["Excel", tryExcel],
    ["Sheets", trySheets],
  ] as const)("%s: KPI MANNKENDALL and SENSLOPE on the daily births series (pyMannKendall)", (_host, call) => {
    const column = births.input.x.map((value) => [value === null ? "" : value]);
    // pyMannKendall (commit ec2e3ab) tests/test_pymannkendall.py, test_original_test on daily-total-female-births
    const [s, tau, z, p, method] = grid(call("MANNKENDALL", column))[0] as [number, number, number, number, string];
    expect(s).toBe(births.expected.s);
    expectClose(tau, births.expected.Tau, 1e-9);
    expectClose(z, births.expected.z, 1e-9);
    expectClose(p, births.expected.p, 1e-6);
    expect(method).toBe("normal");
    expectClose(single(call("SENSLOPE", column)) as number, births.expected.slope, 1e-9);
  });

  test.each([
    ["Excel", tryExcel],
    ["Sheets", trySheets],
  ] as const)("%s: KPI SENSLOPE on the shampoo sales series (pyMannKendall)", (_host, call) => {
    // pyMannKendall (commit ec2e3ab): sens_slope of the 36-month shampoo series = 11.509375
    expectClose(single(call("SENSLOPE", [shampoo.input.x])) as number, shampoo.expected.slope, 1e-9);
  });

  test.each([
    ["Excel", tryExcel],
    ["Sheets", trySheets],
  ] as const)("%s: a block of KPIs gives one row each, and a short row is left empty", (_host, call) => {
    const result = plain(grid(call("MANNKENDALL", [[1, 2, 3, 4, 5], [5, 4, "", "", ""]])));
    // S = 10, var(S) = 5*4*15/18, z = (S - 1)/sqrt(var S); exact p = 2/120 (Kendall 1975)
    expect(result[0]).toEqual([10, 1, 9 / Math.sqrt(300 / 18), 2 / 120, "exact"]);
    expect(result[1]).toEqual(["", "", "", "", ""]);
  });

  test.each([
    ["Excel", tryExcel],
    ["Sheets", trySheets],
  ] as const)("%s: KPI RAG fills a column, follows polarity and the amber tolerance", (_host, call) => {
    expect(plain(grid(call("RAG", [[58], [61], [40], [""]], 60, "higher", 5)))).toEqual([["Amber"], ["Green"], ["Red"], ["Not enough data"]]);
    expect(single(call("RAG", 9, 10, "lower"))).toBe("Green");
    expect(single(call("RAG", [[12]], [[10]], [["lower is better"]], [[1]]))).toBe("Red");
    expect(single(call("RAG", 0.1 + 0.2, 0.3, "higher"))).toBe("Green");
  });
});

describe("the two kinds of failure, with the same message in both hosts", () => {
  const failures: [string, string, unknown[], string, string][] = [
    ["text in a number range", "SENSLOPE", [[[1, 2, "tbc"]]], "#VALUE!", 'value 3 ("tbc") is not a number; leave it blank or enter a number'],
    [
      "an unknown polarity",
      "RAG",
      [5, 6, "upwards"],
      "#VALUE!",
      'polarity "upwards" is not recognised; use one of "higher", "lower", "neutral", "up", "down", "higher is better", "lower is better", "1", "-1", "0"',
    ],
    [
      "ranges of different sizes",
      "RAG",
      [[[1], [2], [3]], [[1], [2]]],
      "#VALUE!",
      "target has 2 rows by 1 column but value has 3 rows by 1 column; give ranges of the same size",
    ],
    ["a negative tolerance", "RAG", [5, 6, "higher", -1], "#VALUE!", "tolerance -1 is out of range; use zero or a positive number"],
    [
      "an exclude range of another shape",
      "SENSLOPE",
      [[[1, 2, 3]], [["x", ""]]],
      "#VALUE!",
      "exclude has 1 row by 2 columns but values has 1 row by 3 columns; give ranges of the same size",
    ],
    ["too little data for a number", "MANNKENDALL", [[[1, 2]]], "#N/A", "at least 3 values are needed and values has 2; add more periods"],
    ["too little data for a slope", "SENSLOPE", [[[1, "", ""]]], "#N/A", "at least 2 values are needed and values has 1; add more periods"],
  ];

  test.each(failures)("%s", (_what, name, args, excelCode, message) => {
    expect(tryExcel(name, ...args)).toEqual({ failed: true, code: excelCode, message: `KPI.${name}: ${message}` });
    expect(trySheets(name, ...args)).toEqual({ failed: true, code: "Error", message: `KPI_${name}: ${message}` });
  });

  test("a wrong argument never reaches Excel as an uncaught exception", () => {
    const result = tryExcel("MANNKENDALL", { valueOf: () => { throw new Error("boom"); } });
    expect(result).toMatchObject({ failed: true, code: "#VALUE!" });
  });
});
