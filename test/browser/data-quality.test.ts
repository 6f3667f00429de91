/**
 * Data quality in the panel, in headless Chromium on the BUILT demo: a long table (one row per KPI
 * and period) with a row keyed twice, a year that no row has and a figure far outside its series.
 * The summary names the missing year, each card has its Data quality section, the KPIs are
 * exceptions, and the report names the duplicate (both rows) and the gap; the table itself is
 * never changed.
 */
import { BrowserSession, kpiTableOn, openDemo, sheets, startBrowser } from "./browser";

type Cell = string | number | boolean | null;

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowser();
});

afterAll(async () => {
  await session?.close();
});

/**
 * Complaints (a row for 2022/23 keyed twice: 38, then 31, as the cabinet's corrected figure was)
 * and a cost per planning application with £27,218 between £4,879 and £4,702 (Glasgow City, LGBF
 * ECON2, 2012-13). No row has 2019/20. The header is on row 1, so the data rows are 2 to 15.
 */
const TABLE: Cell[][] = [
  ["KPI", "Period", "Value", "Polarity", "Unit"],
  ["Complaints upheld", "2016/17", 44, "lower", "count"],
  ["Complaints upheld", "2017/18", 41, "lower", "count"],
  ["Complaints upheld", "2018/19", 40, "lower", "count"],
  ["Complaints upheld", "2020/21", 35, "lower", "count"],
  ["Complaints upheld", "2021/22", 36, "lower", "count"],
  ["Complaints upheld", "2022/23", 38, "lower", "count"],
  ["Complaints upheld", "2022/23", 31, "lower", "count"],
  ["Cost per planning application", "2016/17", 4879, "lower", "£"],
  ["Cost per planning application", "2017/18", 27218, "lower", "£"],
  ["Cost per planning application", "2018/19", 4702, "lower", "£"],
  ["Cost per planning application", "2020/21", 4683, "lower", "£"],
  ["Cost per planning application", "2021/22", 4916, "lower", "£"],
  ["Cost per planning application", "2022/23", 4486, "lower", "£"],
];

test("a long table with a duplicate row and a missing year: the pane and the report name both", async () => {
  const { page, problems } = await openDemo(session);
  await page.evaluate((cells) => {
    const demo = (window as unknown as { kpiScrutinyDemo: { workbook: { addSheet(name: string, cells: unknown[][]): void; selectSheet(name: string): void } } }).kpiScrutinyDemo;
    demo.workbook.addSheet("Long table", cells);
    demo.workbook.selectSheet("Long table");
  }, TABLE);
  const before = await sheets(page);
  await page.click("#use-selection");
  await expect(kpiTableOn(page, "Long table")).resolves.toMatch(/^Found 2 KPIs on Long table .*one row per KPI and period, 7 periods from 2016\/17 to 2022\/23/);
  const warnings = await page.$$eval("#kpi-summary .warning", (paragraphs) => paragraphs.map((p) => p.textContent));
  expect(warnings).toEqual([
    "Missing period: no row of the table has 2019/20; it is kept as a gap, so the trend counts the time between.",
    "1 KPI has duplicate rows or a stale latest figure: their cards and the report say which.",
  ]);
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");

  const duplicate = "Duplicate rows: rows 7 and 8 both give 2022/23 (38 and 31); 38 from row 7 is used. Delete or correct the other.";
  const complaints = page.locator("#cards .card", { hasText: "Complaints upheld" });
  await expect(complaints.locator(".data-quality li").allTextContents()).resolves.toEqual([duplicate]);
  await expect(complaints.locator(".badges").textContent()).resolves.toContain("Data quality");
  const cost = page.locator("#cards .card", { hasText: "Cost per planning application" });
  await expect(cost.locator(".data-quality li").allTextContents()).resolves.toEqual([
    "Likely keying error: 27,218 in 2017/18 is 5.6 times the figures either side (4,879 in 2016/17, 4,702 in 2018/19); check for a slipped decimal point or a digit too many or too few.",
  ]);
  // Both are exceptions, and the filter finds them by their finding.
  await page.selectOption("#filter", "data-quality");
  await expect(page.textContent("#count")).resolves.toMatch(/^Showing 2 of 2 KPIs/);

  await page.click("#write-report");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));
  const after = await sheets(page);
  for (const [name, cells] of Object.entries(before)) expect(after[name]).toEqual(cells);
  const report = after["KPI report"];
  expect(String(report[1][0])).toContain("Missing period: no row of the table has 2019/20; it is kept as a gap");
  const column = report[3].indexOf("Data quality");
  expect(column).toBeGreaterThan(0);
  const row = report.find((cells) => cells[0] === "Complaints upheld")!;
  expect(row[column]).toBe(duplicate);
  expect(problems).toEqual([]);
  await page.close();
});
