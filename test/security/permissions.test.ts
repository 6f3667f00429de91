/**
 * Least privilege (docs/DESIGN.md, rule 7; SECURITY.md): the Sheets script asks only for the spreadsheet
 * it is attached to and for showing its sidebar; the Excel add-in asks for the workbook it runs in
 * and nothing else (no mailbox, no sign-in, no other domains, no other hosts).
 */
import fs from "fs";
import path from "path";
import { DIST } from "../helpers/bundles";
import { tagsOf } from "./scan";

describe("dist/sheets-addon/appsscript.json", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "sheets-addon", "appsscript.json"), "utf8"));

  test("asks only for spreadsheets.currentonly and script.container.ui", () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
  });

  test("declares no URL fetch allow-list, no advanced services, no libraries and no web app", () => {
    expect(manifest.urlFetchWhitelist).toBeUndefined();
    expect(manifest.dependencies?.enabledAdvancedServices ?? []).toEqual([]);
    expect(manifest.dependencies?.libraries ?? []).toEqual([]);
    expect(manifest.webapp).toBeUndefined();
    expect(manifest.executionApi).toBeUndefined();
  });

  test("copies no error message (which may quote a cell) to Google Cloud Logging", () => {
    expect(manifest.exceptionLogging).toBe("NONE");
  });

  test("the script says @OnlyCurrentDoc, so Apps Script never asks for all spreadsheets", () => {
    expect(fs.readFileSync(path.join(DIST, "sheets-addon", "Code.js"), "utf8")).toMatch(/@OnlyCurrentDoc/);
  });
});

describe("dist/excel-addin/manifest.xml", () => {
  const xml = fs.readFileSync(path.join(DIST, "excel-addin", "manifest.xml"), "utf8");
  const tags = tagsOf(xml);
  const names = new Set(tags.map((tag) => tag.name));

  test("asks to read and write the open workbook, and writing is what the built pane does", () => {
    const permissions = [...xml.matchAll(/<Permissions>\s*([^<\s]+)\s*<\/Permissions>/g)].map((match) => match[1]);
    expect(permissions).toEqual(["ReadWriteDocument"]);
    // ReadWriteDocument is the least that covers the pane: it writes its report to a new sheet
    // (Range.values), draws SPC charts there (charts.add) and saves left-out periods with the
    // workbook (settings.add). Were these calls gone, ReadDocument would do and this test says so.
    const pane = fs.readFileSync(path.join(DIST, "excel-addin", "taskpane.js"), "utf8");
    expect(pane).toMatch(/getRangeByIndexes\([^)]*\)\.values=/);
    expect(pane).toMatch(/\.charts\.add\(/);
    expect(pane).toMatch(/\.settings\.add\(/);
  });

  test("the custom functions ask nothing of the workbook: they only compute from their arguments", () => {
    const functions = fs.readFileSync(path.join(DIST, "excel-addin", "functions.js"), "utf8");
    for (const call of ["Excel.run", "context.workbook", "getRangeByIndexes", "worksheets", "Office.context.document"]) expect(functions).not.toContain(call);
  });

  test("runs only in Excel workbooks", () => {
    const hosts = tags.filter((tag) => tag.name === "host").map((tag) => tag.attributes.get("name") ?? tag.attributes.get("xsi:type"));
    expect(new Set(hosts)).toEqual(new Set(["Workbook"]));
  });

  test("asks for no sign-in, no Microsoft Graph, no other domains and no mailbox", () => {
    for (const element of ["webapplicationinfo", "authorization", "scopes", "extendedpermissions", "mailbox"]) {
      expect(names.has(element)).toBe(false);
    }
    const appDomains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)];
    expect(appDomains).toEqual([]);
  });

  test("requires only the API sets it uses", () => {
    const sets = tags.filter((tag) => tag.name === "set").map((tag) => tag.attributes.get("name"));
    for (const set of sets) expect(["CustomFunctionsRuntime", "ExcelApi", "SharedRuntime", "DialogApi", "RibbonApi"]).toContain(set);
  });
});
