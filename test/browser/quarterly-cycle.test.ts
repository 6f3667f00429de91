/**
 * The officer's quarterly cycle in the BUILT demo (headless Chromium): the officers' commentary on
 * the card and in the report, beside the generated paragraph; the exception without explanation,
 * first and as a filter; commentary that looks like markup or a formula staying text; the stepped
 * target on the chart; and the events list: an event added, a rebase moving the chart's limits as
 * KPI.SPC's rebase does, named in the report, and still there after the page is reloaded.
 */
import { Page } from "playwright-core";
import { invokeFunction } from "../../core/functions";
import { BrowserSession, openDemo, sheets, startBrowser } from "./browser";

type Cell = string | number | boolean | null;

const RECYCLING = "Household waste sent for reuse, recycling or composting (%)";
const OBESITY = "Year 6 children with obesity, including severe obesity (%)";
/** The sample's illustrative commentary for the recycling rate (panel/steps/find-data/sample-data.ts). */
const RECYCLING_NOTE = "Illustrative: the rate recovered after garden waste collections were paused in 2020/21. The target rises to 55% from 2021/22.\nAction: food waste caddies for flats from spring.";

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowser();
});

afterAll(async () => {
  await session?.close();
});

interface DemoWindow {
  kpiScrutinyDemo: {
    workbook: { settings: string | null; snapshot(): Record<string, Cell[][]>; addSheet(name: string, cells: Cell[][]): void; selectSheet(name: string): void };
    app: { analysed: { name: string; chart: { mean: (number | null)[]; lower: (number | null)[]; upper: (number | null)[] } | null }[] };
  };
}


/** One KPI's chart as the pane drew it: the mean and limits at each period. */
function chartOf(page: Page, name: string): Promise<{ mean: (number | null)[]; lower: (number | null)[]; upper: (number | null)[] }> {
  return page.evaluate((kpi) => {
    const view = (window as unknown as DemoWindow).kpiScrutinyDemo.app.analysed.find((candidate) => candidate.name === kpi);
    return { mean: view?.chart?.mean ?? [], lower: view?.chart?.lower ?? [], upper: view?.chart?.upper ?? [] };
  }, name);
}

async function analyse(page: Page): Promise<void> {
  await page.click("#analyse");
  await page.waitForFunction(() => /^Analysed/.test(document.getElementById("status")?.textContent ?? ""));
}

async function writeReport(page: Page): Promise<{ header: Cell[]; row: (name: string) => (column: string) => Cell }> {
  await page.click("#write-report");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));
  const all = await sheets(page);
  const name = Object.keys(all).filter((sheet) => sheet.startsWith("KPI report")).pop() as string;
  const report = all[name];
  const header = report[3];
  return { header, row: (kpi) => (column) => (report.find((cells) => cells[0] === kpi) as Cell[])[header.indexOf(column)] };
}

test("the officers' commentary sits beside the generated paragraph; a red KPI without it is an exception without explanation, first and as a filter", async () => {
  const { page, problems } = await openDemo(session);
  await page.click("#use-selection");
  await expect(page.textContent("#kpi-summary .found")).resolves.toMatch(/13 periods from 2010\/11 to 2022\/23\. 1 with a target for each period\.$/);
  await analyse(page);
  await expect(page.textContent("#status")).resolves.toBe("Analysed 3 KPIs: 3 need attention, 1 without an officer's explanation.");
  // Obesity is Red (18.3% against 17%) with no commentary for 2022/23.
  const first = page.locator("#cards .card").first();
  await expect(first.locator("h3").textContent()).resolves.toBe(OBESITY);
  await expect(first.locator(".badge").first().textContent()).resolves.toBe("Exception without explanation");
  await expect(first.locator(".officer-note").textContent()).resolves.toMatch(/^None given: ask the owner to explain this exception/);
  // The recycling rate's commentary, as written, line break included, right after the narrative.
  const recycling = page.locator("#cards .card", { hasText: RECYCLING });
  await expect(recycling.locator("h4", { hasText: "Officer commentary" }).textContent()).resolves.toBe("Officer commentary for 2021/22");
  await expect(recycling.locator(".officer-note .note-text").textContent()).resolves.toBe(RECYCLING_NOTE);
  // (The definitions of the paragraph's terms, when it has any, sit between them.)
  const order = (await recycling.evaluate((card) => Array.from(card.children, (child) => child.className || child.tagName))).filter((part) => part !== "terms" && part !== "definitions");
  expect(order[order.indexOf("narrative") + 1]).toBe("H4");
  // The target steps up, and the chart's text says so (45% to 55%, illustrative), at the KPI's
  // precision (its figures are written to one place).
  await expect(recycling.locator("[role=img]").getAttribute("aria-label")).resolves.toMatch(/; target 55\.0%; target changed to 50\.0% from 2013\/14, 52\.0% from 2018\/19, 55\.0% from 2021\/22; /);
  // The filter.
  await page.selectOption("#filter", "unexplained");
  await expect(page.textContent("#count")).resolves.toBe("Showing 1 of 3 KPIs, exceptions first.");
  await expect(page.$$eval("#cards .card h3", (headings) => headings.map((h) => h.textContent))).resolves.toEqual([OBESITY]);
  const { row } = await writeReport(page);
  expect(row(RECYCLING)("Officer commentary")).toBe(RECYCLING_NOTE);
  expect(row(OBESITY)("Officer commentary")).toBe("");
  expect(row(RECYCLING)("Target")).toBe(55);
  expect(problems).toEqual([]);
  await page.close();
});

test("commentary that looks like markup or a formula shows as text, runs nothing and is written as written", async () => {
  const { page, problems } = await openDemo(session);
  const comment = "<img src=x onerror=alert(1)><script>alert(2)</script> Staff sickness in the contact centre.";
  const action = '=HYPERLINK("http://example.invalid","Recovery plan")';
  await page.evaluate(
    ([note, plan]) => {
      const demo = (window as unknown as DemoWindow).kpiScrutinyDemo;
      const quarters = ["2022/23", "2023/24", "2024/25"].flatMap((year) => [1, 2, 3, 4].map((q) => `Q${q} ${year}`));
      const values = [82, 85, 81, 84, 83, 86, 82, 85, 84, 83, 85, 74];
      demo.workbook.addSheet("Scorecard", [
        ["Measure", "Polarity", "Target", ...quarters, "Comment", "Corrective action"],
        ["Calls answered within 60 seconds (%)", "higher", 80, ...values, note, plan],
      ]);
      demo.workbook.selectSheet("Scorecard");
    },
    [comment, action],
  );
  await page.click("#use-selection");
  await analyse(page);
  const texts = await page.$$eval("#cards .card .officer-note .note-text", (notes) => notes.map((note) => note.textContent));
  expect(texts).toEqual([comment, action]);
  expect(await page.$$("#app img")).toHaveLength(0);
  expect(await page.$$("#cards script")).toHaveLength(0);
  const { row } = await writeReport(page);
  expect(row("Calls answered within 60 seconds (%)")("Officer commentary")).toBe(`Comment: ${comment}\nCorrective action: ${action}`);
  expect(problems).toEqual([]);
  await page.close();
});

test("a target table chosen like the peer table gives targets by period, in place of the KPI table's", async () => {
  const { page, problems } = await openDemo(session);
  await page.click("#use-selection");
  // Illustrative targets for the obesity KPI: 18% to 2019/20, then 17.5%, then 18.5% from 2022/23.
  await page.evaluate((kpi) => {
    const demo = (window as unknown as DemoWindow).kpiScrutinyDemo;
    const years = ["2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23"];
    demo.workbook.addSheet("Targets", [["KPI", ...years], [kpi, 18, 18, 18, 17.5, 17.5, 18.5]]);
  }, OBESITY);
  await page.click("#target-details summary");
  await page.focus("#target-sheet-select");
  await page.waitForSelector("#target-sheet-select option[value=Targets]", { state: "attached" });
  await page.selectOption("#target-sheet-select", "Targets");
  await page.click("#use-target-sheet");
  await expect(page.textContent("#target-summary .found")).resolves.toBe(
    "Target table on Targets (A1:G2): targets by period for 1 of 3 KPIs, used in place of the KPI table's targets.",
  );
  await analyse(page);
  // 18.3% in 2022/23 against the table's 18.5% there (lower is better): Green, where the KPI table's 17% made it Red.
  const card = page.locator("#cards .card", { hasText: OBESITY });
  await expect(card.locator("dl").textContent()).resolves.toMatch(/Target18\.5%, RAG: Green/);
  await expect(card.locator("[role=img]").getAttribute("aria-label")).resolves.toMatch(/target 18\.5%; target changed to 17\.5% from 2020\/21, 18\.5% from 2022\/23; /);
  await page.click("#target-summary button:text-is('Stop using this target table')");
  await analyse(page);
  // The target shows at the KPI's precision (its figures are written to one place): 17.0%.
  await expect(card.locator("dl").textContent()).resolves.toMatch(/Target17\.0%, RAG: Red/);
  expect(problems).toEqual([]);
  await page.close();
});

test("events: a rebase moves the chart's limits as KPI.SPC's rebase does, is named in the report, and is still there after a reload", async () => {
  const { page, problems } = await openDemo(session);
  await page.click("#use-selection");
  await analyse(page);
  const before = await chartOf(page, OBESITY);
  const summaryBefore = await page.locator("#cards .card", { hasText: OBESITY }).locator("[role=img]").getAttribute("aria-label");

  await page.click("#event-details summary");
  await page.selectOption("#event-scope", OBESITY);
  await page.selectOption("#event-period", "2016/17");
  await page.fill("#event-note", "New measurement protocol");
  await page.check("#event-rebase");
  await page.click("#add-event");
  await page.waitForFunction(() => /Event added for 2016\/17/.test(document.getElementById("status")?.textContent ?? ""));
  const saved = await page.evaluate(() => (window as unknown as DemoWindow).kpiScrutinyDemo.workbook.settings);
  expect(JSON.parse(saved ?? "null")).toEqual({ version: 1, excluded: {}, events: { [OBESITY]: [{ period: "2016/17", note: "New measurement protocol", rebase: true }] } });
  await expect(page.textContent("#event-list")).resolves.toMatch(/Year 6 children .*, 2016\/17: New measurement protocol \(a new process starts here: limits recalculated\)/);

  await analyse(page);
  const after = await chartOf(page, OBESITY);
  // Fingertips 90323, Trafford 2010/11 to 2022/23, 2020/21 missing: KPI.SPC with rebase 7 (2016/17) on the same cells.
  const values = [16.7, 17, 18.8, 17.2, 15.9, 17, 17.6, 16.5, 17.6, 17.8, null, 17.9, 18.3];
  const outcome = invokeFunction("SPC", [values.map((value) => [value]), "lower", "", "", false, "", "", [[7]]], "KPI.SPC");
  if (!outcome.ok) throw new Error(outcome.message);
  values.forEach((value, i) => {
    if (value === null) return;
    const [, mean, lower, upper] = outcome.cells[i] as number[];
    expect(after.mean[i]).toBeCloseTo(mean, 10);
    expect(after.lower[i]).toBeCloseTo(lower, 10);
    expect(after.upper[i]).toBeCloseTo(upper, 10);
  });
  expect(after.mean[6]).not.toBeCloseTo(before.mean[6] as number, 6);
  expect(after.mean[5]).not.toBeCloseTo(after.mean[6] as number, 6);
  const card = page.locator("#cards .card", { hasText: OBESITY });
  const summaryAfter = await card.locator("[role=img]").getAttribute("aria-label");
  expect(summaryAfter).not.toBe(summaryBefore);
  expect(summaryAfter).toMatch(/; events: 2016\/17: New measurement protocol \(a new process starts here: limits recalculated\)\.$/);
  await expect(card.locator("figcaption").textContent()).resolves.toMatch(/Events \(numbered vertical lines, solid where a new process starts\): 1\. 2016\/17: New measurement protocol/);
  await card.locator("canvas").first().waitFor();
  const { row } = await writeReport(page);
  expect(row(OBESITY)("Events on the chart")).toBe("2016/17: New measurement protocol (a new process starts here: limits recalculated)");
  expect(row(RECYCLING)("Events on the chart")).toBe("");

  // Reopened: the saved event is read back with the workbook and used again.
  await page.reload();
  await page.waitForSelector("#analyse");
  await page.click("#use-selection");
  await page.click("#event-details summary");
  await expect(page.textContent("#event-list")).resolves.toMatch(/2016\/17: New measurement protocol/);
  await analyse(page);
  expect(await chartOf(page, OBESITY)).toEqual(after);
  // Removed: the limits are one process again.
  await page.click("#event-list button");
  await page.waitForFunction(() => /Event removed/.test(document.getElementById("status")?.textContent ?? ""));
  expect(JSON.parse((await page.evaluate(() => (window as unknown as DemoWindow).kpiScrutinyDemo.workbook.settings)) ?? "null")).toEqual({ version: 1, excluded: {} });
  await analyse(page);
  expect(await chartOf(page, OBESITY)).toEqual(before);
  expect(problems).toEqual([]);
  await page.close();
});
