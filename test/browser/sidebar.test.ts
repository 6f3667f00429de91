/**
 * The built Google Sheets sidebar (dist/sheets-addon/Sidebar.html, one self-contained file) in
 * headless Chromium, with a stand-in for google.script.run: the inlined panel starts, calls the
 * server functions by name with a failure handler, and shows a server failure in the panel.
 */
import fs from "fs";
import path from "path";
import { BrowserSession, ROOT, startBrowser } from "./browser";

const SIDEBAR = path.join(ROOT, process.env.KPI_DIST ?? "dist", "sheets-addon", "Sidebar.html");

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** A stand-in for google.script.run over an in-page spreadsheet; records every call. */
const FAKE_RUN = `
(() => {
  const sheets = [];
  const calls = [];
  const server = {
    kpiPanelListSheets: () => sheets.map((s) => s.name),
    kpiPanelLoadSettings: () => null,
    kpiPanelSaveSettings: () => undefined,
    kpiPanelActivateSheet: (name) => { window.fakeSheets.active = name; },
    kpiPanelCreateSheet: (spec) => {
      if (spec.baseName === "KPI report") throw new Error("Service Spreadsheets failed while accessing document");
      sheets.push({ name: spec.baseName, rows: spec.rows });
      return spec.baseName;
    },
    kpiPanelReadSheet: (name) => {
      const sheet = sheets.find((s) => s.name === name);
      const width = Math.max(...sheet.rows.map((r) => r.length));
      return { sheet: name, address: "A1", values: sheet.rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i]))) };
    },
    kpiPanelSelection: () => { throw new Error("Nothing is selected."); },
  };
  function runner(success, failure) {
    const target = {
      withSuccessHandler: (handler) => runner(handler, failure),
      withFailureHandler: (handler) => runner(success, handler),
    };
    for (const name of Object.keys(server)) {
      target[name] = (...args) => {
        calls.push({ name, hasFailureHandler: typeof failure === "function" });
        setTimeout(() => {
          try { const value = server[name](...JSON.parse(JSON.stringify(args))); success && success(value); }
          catch (error) { failure && failure(error); }
        }, 1);
      };
    }
    return target;
  }
  window.google = { script: { run: runner() } };
  window.fakeSheets = { sheets, calls };
})();
`;

test("the sidebar runs its inlined panel against google.script.run, every call with a failure handler", async () => {
  const page = await session.context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.addInitScript(FAKE_RUN);
  await page.route("http://sidebar.test/", (route) => route.fulfill({ status: 200, contentType: "text/html", body: fs.readFileSync(SIDEBAR, "utf8") }));
  await page.goto("http://sidebar.test/");
  await page.click("#insert-sample");
  await page.waitForSelector("#kpi-summary .found");
  await expect(page.textContent("#kpi-summary .found")).resolves.toMatch(/^Found 3 KPIs on Sample KPIs/);
  // The sample sheet is shown in the spreadsheet (setActiveSheet on the server side), and nothing went wrong.
  await page.waitForFunction(() => (window as unknown as { fakeSheets: { active?: string } }).fakeSheets.active === "Sample KPIs");
  await expect(page.isHidden("#error")).resolves.toBe(true);
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
  await page.click("#write-report");
  await page.waitForSelector("#error:not([hidden])");
  await expect(page.textContent("#error")).resolves.toMatch(/Service Spreadsheets failed while accessing document.*What to do next/);
  const calls = await page.evaluate(() => (window as unknown as { fakeSheets: { calls: { name: string; hasFailureHandler: boolean }[] } }).fakeSheets.calls);
  expect(calls.map((call) => call.name)).toEqual(expect.arrayContaining(["kpiPanelLoadSettings", "kpiPanelListSheets", "kpiPanelCreateSheet", "kpiPanelReadSheet", "kpiPanelActivateSheet"]));
  expect(calls.every((call) => call.hasFailureHandler)).toBe(true);
  expect(problems).toEqual([]);
  await page.close();
});
