/**
 * KPI Scrutiny in the browser on your own data, on the BUILT demo: a CSV and an .xlsx made here are
 * opened (by the file input, and by the keyboard through the browser's file chooser), a range is
 * selected, the KPIs are analysed, and the report downloads as an .xlsx that is read back here and
 * holds the KPI rows. A pasted table becomes a sheet; bad files change nothing. Every request the
 * page makes stays on 127.0.0.1 (the page's policy has connect-src 'none').
 */
import fs from "fs";
import path from "path";
import { Download, Page } from "playwright-core";
import readXlsxFile from "read-excel-file/browser";
import writeXlsxFile from "write-excel-file/browser";
import { REPORT_COLUMNS } from "../../panel/steps/report/report-columns";
import { REPORT_HEADER_ROW } from "../../panel/steps/report/report-sheet";
import { ARTIFACTS, BrowserSession, kpiTableOn, openDemo, startBrowser, tabTo } from "./browser";

type Cell = string | number | boolean | null;

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** Opens the demo and records every address the page asks for. */
async function open(): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const { page, problems } = await openDemo(session);
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  return { page, problems, requests };
}

/** Every request stayed on this computer: the demo's own files on 127.0.0.1, or the page's own memory (data:, blob: of the page). */
function expectLocalOnly(requests: readonly string[]): void {
  const origin = new URL(session.baseUrl).origin;
  for (const url of requests) expect(url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith(`blob:${origin}/`)).toBe(true);
  expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
}

function status(page: Page): Promise<string> {
  return page.$eval("#file-status", (element) => element.textContent ?? "");
}

function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { kpiScrutinyDemo: { workbook: { sheets: { name: string }[] } } }).kpiScrutinyDemo.workbook.sheets.map((sheet) => sheet.name));
}

function snapshot(page: Page): Promise<Record<string, Cell[][]>> {
  return page.evaluate(() => (window as unknown as { kpiScrutinyDemo: { workbook: { snapshot(): Record<string, Cell[][]> } } }).kpiScrutinyDemo.workbook.snapshot());
}

/** The downloaded workbook's sheets, read back in Node. */
async function downloaded(download: Download): Promise<{ sheet: string; data: Cell[][] }[]> {
  expect(download.suggestedFilename()).toMatch(/^KPI Scrutiny report \d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  return (await readXlsxFile(new Blob([bytes]))) as unknown as { sheet: string; data: Cell[][] }[];
}

/** The KPI rows of a downloaded report: name and latest value, below the header row. */
function kpiRows(report: Cell[][]): [Cell, Cell][] {
  const latest = REPORT_COLUMNS.findIndex((column) => column.header === "Latest value");
  return report.slice(REPORT_HEADER_ROW + 1).map((row) => [row[0], row[latest]] as [Cell, Cell]);
}

/** A council's own CSV: quoted names with commas and quotes, £ and % text, ten financial years. */
const YEARS = ["2013/14", "2014/15", "2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23"];
const CSV = [
  ["KPI", "Polarity", "Unit", ...YEARS].join(","),
  `"Rent collected, as a share of rent due (%)",Higher,%,${["96.1%", "96.4%", "96.0%", "96.8%", "97.2%", "97.0%", "96.5%", "95.1%", "95.9%", "96.6%"].join(",")}`,
  `"Cost per ""bin"" collected",Lower,£,${["£1.10", "£1.12", "£1.15", "£1.19", "£1.18", "£1.24", "£1.27", "£1.35", "£1.41", "£1.52"].join(",")}`,
  `Missed bins per 100k collections,Lower,,${[52, 48, 55, 47, 45, 44, 60, 58, 41, 39].join(",")}`,
].join("\r\n");

/** A council's own workbook: a cover sheet, and a monthly KPI table (dates across) below a title. */
async function councilWorkbook(): Promise<Buffer> {
  const months = Array.from({ length: 12 }, (_, m) => ({ value: new Date(Date.UTC(2023, 3 + m, 1)), type: Date, format: "mmm-yy" }));
  const blob = await writeXlsxFile([
    { sheet: "Cover", data: [["Performance pack"], ["Quarter 4, 2023/24"]] },
    {
      sheet: "Monthly KPIs",
      data: [
        ["Monthly KPIs, 2023/24"],
        [null],
        ["KPI", "Polarity", ...months],
        ["Calls answered in 20 seconds (%)", "Higher", 81, 83, 80, 84, 86, 85, 82, 87, 88, 86, 89, 90],
        ["Days to process a benefit claim", "Lower", 21, 19, 22, 20, 18, 19, 17, 18, 16, 17, 15, 16],
        [null],
        ["Notes: figures are provisional.", null],
      ],
    },
  ] as never).toBlob();
  return Buffer.from(await blob.arrayBuffer());
}

async function analyseAndWrite(page: Page, withCharts: boolean, sheet: string): Promise<void> {
  await page.click("#use-selection");
  await kpiTableOn(page, sheet);
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
  if (withCharts) await page.check("#with-charts");
  await page.click("#write-report");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));
}

test("a CSV opened in the browser is analysed and its report downloads as an .xlsx with its KPI rows", async () => {
  const { page, problems, requests } = await open();
  await page.setInputFiles("#open-file-input", { name: "council-kpis.csv", mimeType: "text/csv", buffer: Buffer.from(CSV, "utf8") });
  await page.waitForFunction(() => /Opened "council-kpis\.csv"/.test(document.getElementById("file-status")?.textContent ?? ""));
  expect(await status(page)).toMatch(/as the new sheet "council-kpis"\. "council-kpis" is selected \(A1:M4\)/);
  await expect(page.textContent("#workbook caption")).resolves.toBe("council-kpis (selected: A1:M4)");
  await page.click("#use-selection");
  await expect(kpiTableOn(page, "council-kpis")).resolves.toMatch(/Found 3 KPIs on council-kpis \(A1:M4\).*10 periods from 2013\/14 to 2022\/23/);
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
  const names = await page.$$eval("#cards .card h3", (headings) => headings.map((h) => h.textContent));
  expect(names.sort()).toEqual(['Cost per "bin" collected', "Missed bins per 100k collections", "Rent collected, as a share of rent due (%)"]);
  await page.click("#write-report");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-report")]);
  const sheets = await downloaded(download);
  expect(sheets.map((sheet) => sheet.sheet)).toEqual(["KPI report"]);
  const report = sheets[0].data;
  expect(report[REPORT_HEADER_ROW].slice(0, REPORT_COLUMNS.length)).toEqual(REPORT_COLUMNS.map((column) => column.header));
  const rows = kpiRows(report);
  expect(rows.map(([name]) => name).sort()).toEqual(['Cost per "bin" collected', "Missed bins per 100k collections", "Rent collected, as a share of rent due (%)"]);
  expect(rows.find(([name]) => name === "Missed bins per 100k collections")?.[1]).toBe(39);
  expect(rows.find(([name]) => name === 'Cost per "bin" collected')?.[1]).toBeCloseTo(1.52, 10);
  // The downloaded cells are the cells of the report sheet in the page.
  const inPage = (await snapshot(page))["KPI report"];
  expect(report.slice(REPORT_HEADER_ROW).map((row) => row[0])).toEqual(inPage.slice(REPORT_HEADER_ROW).map((row) => row[0]));
  await page.waitForFunction(() => /Downloaded "KPI Scrutiny report/.test(document.getElementById("file-status")?.textContent ?? ""));
  expect(problems).toEqual([]);
  expectLocalOnly(requests);
  await page.close();
});

test("an .xlsx with several sheets: a range typed as in Excel is selected, dates read as periods, report and chart sheets download", async () => {
  const { page, problems, requests } = await open();
  await page.setInputFiles("#open-file-input", { name: "performance-pack.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await councilWorkbook() });
  await page.waitForFunction(() => /Opened "performance-pack\.xlsx"/.test(document.getElementById("file-status")?.textContent ?? ""));
  expect(await status(page)).toMatch(/as 2 new sheets \("Cover" and "Monthly KPIs"\)/);
  await page.click("#workbook .tab >> text=Monthly KPIs");
  // The dates show as dates in the workbook view.
  await expect(page.locator("#workbook table tr").nth(2).textContent()).resolves.toMatch(/^KPIPolarity01\/04\/202301\/05\/2023/);
  await page.fill("#range-address", "A3:N5");
  await page.press("#range-address", "Enter");
  await page.waitForFunction(() => /Selected A3:N5 on "Monthly KPIs"/.test(document.getElementById("file-status")?.textContent ?? ""));
  await expect(page.textContent("#workbook caption")).resolves.toBe("Monthly KPIs (selected: A3:N5)");
  await analyseAndWrite(page, true, "Monthly KPIs");
  await expect(page.textContent("#kpi-summary .found")).resolves.toMatch(/Found 2 KPIs on Monthly KPIs \(A3:N5\).*12 periods from 01\/04\/2023 to 01\/03\/2024/);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-report")]);
  const sheets = await downloaded(download);
  expect(sheets.map((sheet) => sheet.sheet)).toEqual(["KPI report", "KPI SPC charts"]);
  const rows = kpiRows(sheets[0].data);
  expect(Object.fromEntries(rows)).toEqual({ "Calls answered in 20 seconds (%)": 90, "Days to process a benefit claim": 16 });
  expect(sheets[0].data[REPORT_HEADER_ROW + 1][REPORT_COLUMNS.findIndex((column) => column.header === "Latest period")]).toBe("01/03/2024");
  // The chart sheet's data blocks: a Period column with the twelve months.
  const periods = sheets[1].data.filter((row) => typeof row[0] === "string" && /^\d{2}\/\d{2}\/\d{4}$/.test(row[0] as string));
  expect(periods).toHaveLength(24);
  expect(problems).toEqual([]);
  expectLocalOnly(requests);
  await page.close();
});

test("by keyboard alone: Open a file through the file chooser, analyse, write and Download the report", async () => {
  const { page, problems, requests } = await open();
  // Listening first: playwright intercepts the file chooser only once it is listened for.
  const choosing = page.waitForEvent("filechooser", { timeout: 60000 });
  await page.focus("body");
  await tabTo(page, "#open-file");
  await page.keyboard.press("Enter");
  const chooser = await choosing;
  await chooser.setFiles({ name: "council-kpis.csv", mimeType: "text/csv", buffer: Buffer.from(CSV, "utf8") });
  await page.waitForFunction(() => /Opened "council-kpis\.csv"/.test(document.getElementById("file-status")?.textContent ?? ""));
  await page.focus("body");
  await tabTo(page, "#use-selection");
  await page.keyboard.press("Enter");
  await kpiTableOn(page, "council-kpis");
  await tabTo(page, "#analyse");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#cards .card");
  await tabTo(page, "#write-report");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));
  await tabTo(page, "#download-report", 200);
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const rows = kpiRows((await downloaded(download))[0].data);
  expect(rows).toHaveLength(3);
  expect(rows.find(([name]) => name === "Rent collected, as a share of rent due (%)")?.[1]).toBeDefined();
  expect(problems).toEqual([]);
  expectLocalOnly(requests);
  await page.close();
});

test("a table pasted from Excel or Sheets becomes a new sheet, selected and ready to analyse", async () => {
  const { page, problems } = await open();
  await page.click("#paste-table");
  await expect(page.getAttribute("#paste-table", "aria-expanded")).resolves.toBe("true");
  const clipboard = "KPI\tPolarity\tQ1 2023/24\tQ2 2023/24\tQ3 2023/24\tQ4 2023/24\r\nCalls answered in 20s (%)\tHigher\t85%\t82%\ttbc\t88%\r\nMissed bins per 100k\tlower\t45\t60\tn/a\t38\r\n";
  await page.fill("#paste-text", clipboard);
  await page.click("#add-pasted");
  await page.waitForFunction(() => /Added the pasted table as the new sheet "Pasted table"/.test(document.getElementById("file-status")?.textContent ?? ""));
  expect((await snapshot(page))["Pasted table"]).toEqual([
    ["KPI", "Polarity", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"],
    ["Calls answered in 20s (%)", "Higher", "85%", "82%", "tbc", "88%"],
    ["Missed bins per 100k", "lower", 45, 60, "n/a", 38],
  ]);
  await expect(page.isHidden("#paste-area")).resolves.toBe(true);
  await page.click("#use-selection");
  await expect(kpiTableOn(page, "Pasted table")).resolves.toMatch(/Found 2 KPIs on Pasted table \(A1:F3\)/);
  expect(problems).toEqual([]);
  await page.close();
});

test("bad files get their own message and change nothing; downloading before a report says what to do", async () => {
  const { page, problems } = await open();
  const before = await snapshot(page);
  const cases: [{ name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
    [{ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) }, /Nothing was changed\. "empty\.csv" is empty \(0 bytes\)/],
    [{ name: "photo.xlsx", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, /Nothing was changed\. "photo\.xlsx" is named like an Excel workbook but is not one/],
    [{ name: "old.xls", mimeType: "application/vnd.ms-excel", buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) }, /Excel 97-2003 workbook \(\.xls\)/],
    [{ name: "other.csv", mimeType: "text/csv", buffer: Buffer.from([0x4b, 0x50, 0x49, 0x2c, 0x81, 0x8d, 0x0a]) }, /not UTF-8, UTF-16 or Windows-1252/],
  ];
  for (const [file, message] of cases) {
    await page.setInputFiles("#open-file-input", file);
    await page.waitForFunction((pattern) => new RegExp(pattern).test(document.getElementById("file-status")?.textContent ?? ""), message.source);
    expect(await snapshot(page)).toEqual(before);
  }
  await page.click("#download-report");
  await page.waitForFunction(() => /There is no report to download yet/.test(document.getElementById("file-status")?.textContent ?? ""));
  await page.fill("#range-address", "B2:");
  await page.click("#select-range");
  await page.waitForFunction(() => /"B2:" is not a range/.test(document.getElementById("file-status")?.textContent ?? ""));
  expect(await sheetNames(page)).toEqual(Object.keys(before));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, "demo-own-data.png") });
  expect(problems).toEqual([]);
  await page.close();
});
