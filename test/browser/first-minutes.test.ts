/**
 * The first ten minutes, in headless Chromium on the BUILT demo: the demo opens ready to analyse;
 * each wrong table gets its own message, clears the table in use and writes nothing; the table a
 * new user types (85%, tbc, n/a) gives Q3 as a gap, 88% and words about the missing Q3; the words
 * on a card open their definitions from the keyboard; confirmations appear beside the button and
 * the workbook shows the sheet written; a browser language Intl rejects still starts the pane.
 * Screenshots of the first screen, a card and the written report at 350 and 1,300 px are kept as
 * test artifacts.
 */
import fs from "fs";
import path from "path";
import { Page } from "playwright-core";
import { ARTIFACTS, BrowserSession, openDemo, startBrowser, tabTo } from "./browser";

type Cell = string | number | boolean | null;

interface DemoWindow {
  kpiScrutinyDemo: {
    workbook: {
      addSheet(name: string, cells: Cell[][]): void;
      selectSheet(name: string): void;
      snapshot(): Record<string, Cell[][]>;
      settings: string | null;
      active: string;
    };
  };
}

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** Adds a sheet to the demo workbook and selects all of it, as a click on its tab does. */
function addAndSelect(page: Page, name: string, cells: Cell[][]): Promise<void> {
  return page.evaluate(
    ({ name, cells }) => {
      const { workbook } = (window as unknown as DemoWindow).kpiScrutinyDemo;
      workbook.addSheet(name, cells);
      workbook.selectSheet(name);
    },
    { name, cells },
  );
}

/** What the workbook holds: every sheet's cells and the saved settings. */
function workbookState(page: Page): Promise<{ sheets: Record<string, Cell[][]>; settings: string | null }> {
  return page.evaluate(() => {
    const { workbook } = (window as unknown as DemoWindow).kpiScrutinyDemo;
    return { sheets: workbook.snapshot(), settings: workbook.settings };
  });
}

function statusText(page: Page): Promise<string> {
  return page.evaluate(() => document.getElementById("status")?.textContent ?? "");
}

/** The table typed in the issue: percentages as text, a quarter of notes, a marker. */
const TYPED: Cell[][] = [
  ["KPI", "Polarity", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"],
  ["Calls answered in 20s (%)", "Higher", "85%", "82%", "tbc", "88%"],
  ["Missed bins per 100k", "lower", 45, 60, "n/a", 38],
];

test("the demo opens ready to analyse, with both tables in use and their sheets shown", async () => {
  const { page, problems } = await openDemo(session);
  await page.waitForSelector("#kpi-summary .found");
  await expect(page.isEnabled("#analyse")).resolves.toBe(true);
  await expect(page.textContent("#analyse")).resolves.toBe("Analyse 3 KPIs");
  await page.waitForSelector("#peer-summary .found");
  await expect(page.inputValue("#sheet-select")).resolves.toBe("Sample KPIs");
  await expect(page.inputValue("#peer-sheet-select")).resolves.toBe("Sample peers");
  // The headings say which table they check, and "Our council" says what it does.
  const headings = await page.$$eval("details.mapping summary", (summaries) => summaries.map((summary) => summary.textContent));
  expect(headings).toEqual(["Check the columns of the KPI table", "Check the columns of the peer table"]);
  await expect(page.textContent("#our-council-hint")).resolves.toMatch(/^Your council's row in this table\. Its figures are checked against your KPI table/);
  await expect(page.getAttribute("#our-council", "aria-describedby")).resolves.toBe("our-council-hint");
  expect(problems).toEqual([]);
  await page.close();
});

test("Insert sample data, with the sample already there, goes to it and copies nothing", async () => {
  const { page, problems } = await openDemo(session);
  const before = await workbookState(page);
  await addAndSelect(page, "Notes", [["a note", "kept"], ["and", "another"]]);
  await page.click("#insert-sample");
  await page.waitForFunction(() => /already in this workbook/.test(document.getElementById("status")?.textContent ?? ""));
  const after = await workbookState(page);
  expect(Object.keys(after.sheets)).toEqual([...Object.keys(before.sheets), "Notes"]);
  await expect(page.evaluate(() => (window as unknown as DemoWindow).kpiScrutinyDemo.workbook.active)).resolves.toBe("Sample KPIs");
  await expect(page.textContent("#kpi-summary .found")).resolves.toMatch(/^Found 3 KPIs on Sample KPIs/);
  // The confirmation is beside the button pressed.
  await expect(page.evaluate(() => document.getElementById("insert-sample")?.closest(".buttons")?.nextElementSibling?.nextElementSibling?.id)).resolves.toBe("status");
  expect(problems).toEqual([]);
  await page.close();
});

describe("each wrong table gets its own message, clears the table in use and writes nothing", () => {
  const wrongTables: [string, Cell[][], RegExp, RegExp][] = [
    ["an empty range", [[null, null], [null, ""]], /The selected range \(A1:B2\) is empty\./, /Select your KPI table from its header row/],
    ["a header row alone", [TYPED[0]], /Only a header row was found \("KPI", "Polarity", "Q1 2023\/24"\.\.\.\): there are no KPIs below it\./, /Select the header row together with the rows of KPIs/],
    ["a table with no header row", TYPED.slice(1).map((row) => row.map((cell) => (cell === "tbc" || cell === "n/a" ? 0 : cell))), /The first row of the table holds figures/, /Add a header row above the KPIs/],
    ["a single cell", [["Calls answered"]], /Only one cell holds anything here \(A1\): "Calls answered"/, /widens to the table around it/],
  ];

  test.each(wrongTables)("%s", async (name, cells, message, fix) => {
    const { page, problems } = await openDemo(session);
    await page.waitForSelector("#kpi-summary .found");
    await addAndSelect(page, name, cells);
    const before = await workbookState(page);
    await page.click("#use-selection");
    await page.waitForSelector("#error:not([hidden])");
    const error = (await page.textContent("#error")) ?? "";
    expect(error).toMatch(message);
    expect(error).toMatch(new RegExp(`What to do next: .*${fix.source}`));
    // The sample table is no longer in use: no summary, nothing to analyse.
    await expect(page.textContent("#kpi-summary")).resolves.toBe("");
    await expect(page.isDisabled("#analyse")).resolves.toBe(true);
    await expect(statusText(page)).resolves.toBe("");
    expect(await workbookState(page)).toEqual(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("the peer table as the KPI table: two KPIs with one name, and the advice to use it as peers", async () => {
    const { page } = await openDemo(session);
    await page.waitForSelector("#kpi-summary .found");
    await page.evaluate(() => (window as unknown as DemoWindow).kpiScrutinyDemo.workbook.selectSheet("Sample peers"));
    const before = await workbookState(page);
    await page.click("#use-selection");
    await page.waitForSelector("#kpi-summary .warning");
    await expect(page.textContent("#kpi-summary .warning")).resolves.toMatch(/^16 rows have the same KPI name, "Household waste .*\(rows 2, 3, 4\.\.\.\).*This looks like a peer table/);
    await expect(page.isDisabled("#analyse")).resolves.toBe(true);
    expect(await workbookState(page)).toEqual(before);
    await page.close();
  });

  test("the KPI table as peers: a council column that holds categories", async () => {
    const { page } = await openDemo(session);
    await page.waitForSelector("#peer-summary .found");
    const before = await workbookState(page);
    await page.click("#peer-details summary").catch(() => undefined);
    await page.evaluate(() => ((document.getElementById("peer-details") as HTMLDetailsElement).open = true));
    await page.selectOption("#peer-sheet-select", "Sample KPIs");
    await page.click("#use-peer-sheet");
    await page.waitForSelector("#error:not([hidden])");
    await expect(page.textContent("#error")).resolves.toMatch(/The column taken for the council names, "Category", holds categories \("Effectiveness", "Equity"\), not councils\..*What to do next: This looks like a KPI table/);
    // The peer table before is no longer in use, and the KPI table still is.
    await expect(page.textContent("#peer-summary")).resolves.toBe("");
    await expect(page.isEnabled("#analyse")).resolves.toBe(true);
    expect(await workbookState(page)).toEqual(before);
    await page.close();
  });

  test("a text column marked as values is named as soon as the mapping changes", async () => {
    const { page } = await openDemo(session);
    await page.waitForSelector("#kpi-summary .found");
    await page.evaluate(() => document.querySelectorAll("details").forEach((details) => ((details as HTMLDetailsElement).open = true)));
    await page.selectOption('select[data-kind="kpi"][data-column="2"]', "period");
    await expect(page.textContent("#kpi-summary .warning")).resolves.toBe(
      'The column "Owner" is marked as values, but it holds text ("Waste and recycling", "Public health"), not figures. Mark it as what it holds (Owner, Category...) or Not used.',
    );
    await expect(page.isDisabled("#analyse")).resolves.toBe(true);
    await expect(statusText(page)).resolves.not.toMatch(/Found/);
    await page.close();
  });
});

test("the table typed in the issue: Q3 is a gap on the chart, 88% not 0.88, and the words name the missing Q3", async () => {
  const { page, problems } = await openDemo(session);
  await addAndSelect(page, "Typed", TYPED);
  await page.click("#use-selection");
  await page.waitForFunction(() => /on Typed/.test(document.querySelector("#kpi-summary .found")?.textContent ?? ""));
  await expect(page.textContent("#kpi-summary .found")).resolves.toMatch(/Found 2 KPIs on Typed \(A1:F3\), KPIs down, periods across, 4 periods from Q1 2023\/24 to Q4 2023\/24/);
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
  const calls = page.locator("#cards .card", { hasText: "Calls answered in 20s (%)" });
  await expect(calls.locator("dl").textContent()).resolves.toMatch(/Latest \(Q4 2023\/24\)88%/);
  // The chart runs over all four quarters, three of them with a point.
  await calls.locator("canvas").first().waitFor();
  await expect(calls.locator("[role=img]").getAttribute("aria-label")).resolves.toMatch(/^SPC chart of Calls answered in 20s \(%\): 3 points from Q1 2023\/24 to Q4 2023\/24/);
  await expect(calls.locator(".narrative").textContent()).resolves.toMatch(/was 88% in Q4 2023\/24, up 6 percentage points on Q2 2023\/24, the last quarter with a figure \(none for Q3 2023\/24\)/);
  await expect(calls.locator(".cell-notes").textContent()).resolves.toBe('"tbc" in Q3 2023/24 is not a figure, so Q3 2023/24 is a gap: enter the figure there, or leave it blank.');
  await expect(calls.textContent()).resolves.not.toMatch(/0\.88/);
  expect(problems).toEqual([]);
  await page.close();
});

test("each word on a card opens its definition from the keyboard", async () => {
  const { page, problems } = await openDemo(session);
  await page.waitForSelector("#kpi-summary .found");
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
  const terms = await page.$$eval("#cards .card button.term", (buttons) => Array.from(new Set(buttons.map((button) => button.getAttribute("data-term")))));
  expect(terms).toEqual(expect.arrayContaining(["directionOfTravel", "variation", "assurance", "quartile", "processLimits"]));
  await tabTo(page, '#cards .card button.term[data-term="assurance"]');
  const definition = await page.evaluate(() => document.activeElement?.getAttribute("aria-controls") ?? "");
  await expect(page.isHidden(`#${definition}`)).resolves.toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.isVisible(`#${definition}`)).resolves.toBe(true);
  await expect(page.textContent(`#${definition}`)).resolves.toMatch(/^Assurance: Whether the KPI can be relied on to meet its target.*This is not audit assurance/);
  await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-expanded"))).resolves.toBe("true");
  await page.keyboard.press("Space");
  await expect(page.isHidden(`#${definition}`)).resolves.toBe(true);
  expect(problems).toEqual([]);
  await page.close();
});

test("leaving 2020/21 out says which KPI loses its variation and assurance, and the change skips it", async () => {
  const { page, problems } = await openDemo(session);
  await page.waitForSelector("#kpi-summary .found");
  await page.click("#exclusion-details summary");
  await page.click("#exclusions label:text-is('2020/21')");
  await page.waitForSelector("#exclusion-consequences .warning");
  await expect(page.textContent("#exclusion-consequences .warning")).resolves.toMatch(/takes 1 KPI under the 12 figures an SPC chart needs, so its variation and assurance will say Not enough data/);
  // DEFRA ENV18: Trafford has 12 published years to 2021/22, so 11 once 2020/21 is left out.
  await expect(page.textContent("#exclusion-consequences .losses")).resolves.toBe("Household waste sent for reuse, recycling or composting (%): 11 figures left of 12");
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
  // DEFRA ENV18: 58.8 in 2021/22 against 56.9 in 2019/20, the period before the one left out.
  const recycling = page.locator("#cards .card", { hasText: "recycling or composting (%)" });
  await expect(recycling.locator("dl").textContent()).resolves.toMatch(/Direction of travel.*\(Better than 2019\/20, the last period kept \(2020\/21 left out\)\)/);
  expect(problems).toEqual([]);
  await page.close();
});

test("reports: the confirmation is beside the button, the workbook shows the new sheet, a second report says it is a new sheet", async () => {
  const { page, problems } = await openDemo(session);
  await page.waitForSelector("#kpi-summary .found");
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
  await page.click("#write-report");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));
  await expect(page.evaluate(() => document.getElementById("write-report")?.closest(".buttons")?.nextElementSibling?.nextElementSibling?.id)).resolves.toBe("status");
  await expect(page.evaluate(() => (window as unknown as DemoWindow).kpiScrutinyDemo.workbook.active)).resolves.toBe("KPI report");
  await expect(page.textContent('.tab[aria-pressed="true"]')).resolves.toBe("KPI report");
  // The workbook view shows the cells as formatted: the gap with its unit and direction.
  // Fingertips 90323 2022/23: median of the 16 councils 22.25, shown 22.3; Trafford 18.3; 22.3 - 18.3 = 4.0.
  await expect(page.textContent("#workbook .grid")).resolves.toMatch(/4\.0 percentage points better/);
  await expect(page.textContent("#workbook .grid")).resolves.not.toMatch(/3\.9499|16\.149/);
  await page.click("#write-report");
  await page.waitForFunction(() => /KPI report \(2\)/.test(document.getElementById("status")?.textContent ?? ""));
  await expect(statusText(page)).resolves.toBe(
    'A sheet named "KPI report" is already in the workbook and is kept as it was, so this report is on a new sheet, "KPI report (2)", now shown in the workbook. Its summary is on the new sheet "KPI summary (2)" and the key on "How to read this report (2)".',
  );
  expect(problems).toEqual([]);
  await page.close();
});

test("a browser language Intl rejects (en-US@posix, from LANG=C) falls back to en-GB and the pane works", async () => {
  const page = await session.context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "language", { configurable: true, get: () => "en-US@posix" }));
  await page.goto(session.baseUrl);
  await page.waitForSelector("#kpi-summary .found");
  await expect(page.evaluate(() => navigator.language)).resolves.toBe("en-GB");
  await page.click("#analyse");
  await page.locator("#cards .card canvas").first().waitFor();
  expect(problems).toEqual([]);
  await page.close();
});

test.each([350, 1300])("screenshots at %i px: the first screen, a card and the written report", async (width) => {
  const { page, problems } = await openDemo(session);
  await page.setViewportSize({ width, height: 900 });
  await page.waitForSelector("#kpi-summary .found");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const shots = { first: path.join(ARTIFACTS, `first-screen-${width}.png`), card: path.join(ARTIFACTS, `card-${width}.png`), report: path.join(ARTIFACTS, `report-${width}.png`) };
  await page.screenshot({ path: shots.first });
  await page.click("#analyse");
  const card = page.locator("#cards .card").first();
  await card.locator("canvas").first().waitFor();
  await card.locator("button.term").first().click();
  await card.screenshot({ path: shots.card });
  await page.click("#write-report");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));
  await page.locator("#workbook").screenshot({ path: shots.report });
  for (const shot of Object.values(shots)) expect(fs.statSync(shot).size).toBeGreaterThan(5000);
  const overflow = await page.$eval("#app", (app) => app.scrollWidth - app.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
  await page.close();
});
