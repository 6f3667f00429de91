/**
 * The committee paper in headless Chromium, on the BUILT demo (npm run demo): analyse the sample,
 * write the report (the report sheet, its summary of live counts and the key), and download the
 * Word pack, with the mouse and with the keyboard alone. The summary's counts are checked against
 * COUNTIF over the report's own columns, the pack is unzipped and read, and a screenshot of the
 * written report is kept under test-artifacts/.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { strFromU8, unzipSync } from "fflate";
import { Download, Page } from "playwright-core";
import { evaluateFormula } from "../../demo/formulas";
import { ARTIFACTS, BrowserSession, openDemo, startBrowser, tabTo } from "./browser";

type Cell = string | number | boolean | null;

/** A demo sheet as the page holds it. */
interface Sheet {
  name: string;
  cells: Cell[][];
  formulas: Record<string, string>;
  styles: Record<string, string>;
  print?: { landscape: boolean; fitToWidth: boolean; title: string; repeatRows?: { first: number; last: number } };
}

const SAMPLE = [
  "Household waste sent for reuse, recycling or composting (%)",
  "Household waste sent for reuse, recycling or composting (tonnes)",
  "Year 6 children with obesity, including severe obesity (%)",
];

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** Every sheet of the demo workbook, read from the page. */
function sheets(page: Page): Promise<Sheet[]> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { kpiScrutinyDemo: { workbook: { sheets: unknown[] } } }).kpiScrutinyDemo.workbook.sheets)));
}

/** The text of the pack's parts: the document and its relationships, and its pictures. */
function readPack(file: string): { document: string; pictures: Uint8Array[] } {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
  return {
    document: strFromU8(parts["word/document.xml"]),
    pictures: Object.entries(parts)
      .filter(([name]) => name.startsWith("word/media/"))
      .map(([, bytes]) => bytes),
  };
}

/** Saves a download to a temporary file and returns its path. */
async function saved(download: Download): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kpi-pack-")), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Checks the paper the demo wrote: three new sheets, the summary's counts equal to COUNTIF over the report. */
function checkPaper(all: Sheet[]): void {
  const names = all.map((sheet) => sheet.name);
  expect(names).toEqual(expect.arrayContaining(["KPI report", "KPI summary", "How to read this report"]));
  const byName = (name: string | null) => all.find((sheet) => sheet.name === name)!;
  const report = byName("KPI report");
  const summary = byName("KPI summary");
  expect(report.cells[0][0]).toBe("KPI report: Trafford, 2022/23");
  expect(report.print).toEqual({ landscape: true, fitToWidth: true, repeatRows: { first: 3, last: 3 }, title: "KPI report: Trafford, 2022/23" });
  const formulas = Object.entries(summary.formulas);
  expect(formulas.length).toBeGreaterThan(40);
  for (const [place, formula] of formulas) {
    const [r, c] = place.split(":").map(Number);
    expect([formula, summary.cells[r][c]]).toEqual([formula, evaluateFormula(formula, (name) => (name === null ? summary : byName(name)).cells)]);
  }
  // By hand from the report's rows: one green (recycling), one red (obesity), one without a target.
  const count = (label: string) => summary.cells.find((row) => row[0] === label)?.[1];
  expect([count("KPIs in the report"), count("Green"), count("Red"), count("No target")]).toEqual([3, 1, 1, 1]);
  expect(byName("How to read this report").cells[0][0]).toBe("How to read this report");
}

/** Checks the Word pack: a section per exception with its chart and alt text, every KPI in the table. */
function checkPack(file: string): void {
  expect(path.basename(file)).toBe("Trafford performance report 2022-23.docx");
  const { document, pictures } = readPack(file);
  // All three sample KPIs are exceptions (obesity is red; 2022/23 is missing for both waste KPIs).
  const headings = [...document.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]);
  for (const name of SAMPLE) expect(headings).toContain(name);
  expect(pictures).toHaveLength(3);
  for (const png of pictures) expect(Array.from(png.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
  const descriptions = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]);
  expect(descriptions).toHaveLength(3);
  for (const description of descriptions) expect(description).toMatch(/^SPC chart of .+: \d+ points from/);
}

async function analyseSample(page: Page): Promise<void> {
  await page.click("#use-selection");
  await page.waitForSelector("#kpi-summary .found");
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
}

test("with the mouse: analyse the sample, write the report and download the committee pack", async () => {
  const { page, problems } = await openDemo(session);
  await analyseSample(page);
  // Each card shows its Making Data Count icons as SVG, with their words beside them.
  const recycling = page.locator("#cards .card", { hasText: "recycling or composting (%)" });
  await expect(recycling.locator(".marks svg").count()).resolves.toBe(3);
  await expect(recycling.locator(".marks .mark-words").allTextContents()).resolves.toEqual(["Common cause", "Hit and miss", "No clear change (Level)"]);
  await expect(page.inputValue("#paper-council")).resolves.toBe("Trafford");
  await expect(page.inputValue("#paper-period")).resolves.toBe("2022/23");
  await page.click("#write-report");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));
  checkPaper(await sheets(page));
  // The written report, as the demo workbook shows it, kept as a test artifact.
  await page.click("#workbook .tab:text-is('KPI report')");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const shot = path.join(ARTIFACTS, "committee-report.png");
  // The whole sheet, not just the part the demo's scrolling view shows.
  await page.$eval("#workbook .grid-scroll", (view) => view.setAttribute("class", "grid-whole"));
  await page.locator("#workbook table.grid").screenshot({ path: shot });
  expect(fs.statSync(shot).size).toBeGreaterThan(20000);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-pack")]);
  checkPack(await saved(download));
  await page.waitForFunction(() => /Committee pack ready/.test(document.getElementById("status")?.textContent ?? ""));
  // The same file stays a link in the pane, in case the browser held the download back.
  await expect(page.getAttribute("#pack-link", "download")).resolves.toBe("Trafford performance report 2022-23.docx");
  expect(problems).toEqual([]);
  await page.close();
});

test("with the keyboard alone: the same paper, exceptions only, and the pack", async () => {
  const { page, problems } = await openDemo(session);
  await page.focus("body");
  await tabTo(page, "#use-selection");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#kpi-summary .found");
  await tabTo(page, "#analyse");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "results-heading");
  await tabTo(page, "#exceptions-only");
  await page.keyboard.press("Space");
  await tabTo(page, "#write-report");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));
  const all = await sheets(page);
  checkPaper(all);
  expect(all.find((sheet) => sheet.name === "KPI report")?.cells[1][0]).toMatch(/Exceptions only/);
  await tabTo(page, "#download-pack");
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  checkPack(await saved(download));
  expect(problems).toEqual([]);
  await page.close();
});
