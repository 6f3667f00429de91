/**
 * Counts and comparators in the pane, in headless Chromium on the BUILT demo: a KPI table with
 * Numerator and Denominator columns and a Fingertips download (test/fixtures/fingertips) used as
 * it comes, with England as the comparator; and bad input (text in a Count column, a denominator
 * of zero, an Area Type that matches no row) told in words, with the workbook unchanged.
 */
import { Page } from "playwright-core";
import { BrowserSession, kpiTableOn, openDemo, sheets, startBrowser } from "./browser";
import { readCsvCells } from "../helpers/csv";

type Cell = string | number | boolean | null;

const PROPORTION = "Test proportion (PHEindicatormethods phe_proportion test data)";
const download = readCsvCells("fingertips/fingertips_download_counts.csv");

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** Adds a sheet to the demo workbook and selects all of it. */
async function addSheet(page: Page, name: string, cells: Cell[][]): Promise<void> {
  await page.evaluate(
    ([sheet, rows]) => {
      const demo = (window as unknown as { kpiScrutinyDemo: { workbook: { addSheet(name: string, cells: unknown[][]): void; selectSheet(name: string): void } } }).kpiScrutinyDemo;
      demo.workbook.addSheet(sheet as string, rows as unknown[][]);
      demo.workbook.selectSheet(sheet as string);
    },
    [name, cells] as const,
  );
}

/** Our council's KPI in the long layout: the last year is Area8's 999 of 3,456. */
function kpiSheet(count: Cell = 999, earlierDenominator: Cell = 3470): Cell[][] {
  return [
    ["KPI", "Period", "Value", "Count", "Denominator", "Polarity", "Unit"],
    [PROPORTION, "2018/19", 27.4, 931, 3402, "higher", "%"],
    [PROPORTION, "2019/20", 28.0, 960, 3431, "higher", "%"],
    [PROPORTION, "2020/21", 27.8, 944, 3390, "higher", "%"],
    [PROPORTION, "2021/22", 28.4, 987, earlierDenominator, "higher", "%"],
    [PROPORTION, "2022/23", 28.9, count, 3456, "higher", "%"],
  ];
}

/** Uses the selection as the KPI table, then `peers` (a new sheet) as the peer table. */
async function useTables(page: Page, kpis: Cell[][], peers: Cell[][]): Promise<void> {
  await addSheet(page, "Our KPIs", kpis);
  await page.click("#use-selection");
  await kpiTableOn(page, "Our KPIs");
  await addSheet(page, "Fingertips download", peers);
  await page.evaluate(() => ((document.getElementById("peer-details") as HTMLDetailsElement).open = true));
  await page.click("#peers-selection");
  await page.waitForFunction(() => /Fingertips download/.test(document.getElementById("peer-summary")?.textContent ?? ""));
}

test("a table with Numerator and Denominator columns, and a Fingertips download as peers: the card and the report compare with England", async () => {
  const { page, problems } = await openDemo(session);
  await useTables(page, kpiSheet(), download);
  await expect(page.textContent("#kpi-summary .found")).resolves.toMatch(/Found 1 KPI on Our KPIs .*; numerators and denominators for 1 KPI\./);
  // Read as it comes: no column mapped by hand. England is the comparator, chosen by itself.
  await expect(page.textContent("#peer-summary .found")).resolves.toMatch(/: 8 councils, 3 KPIs, and England as comparator\./);
  await expect(page.inputValue("#comparator")).resolves.toBe("England");
  const before = await sheets(page);
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
  const card = page.locator("#cards .card").first();
  // PHEindicatormethods phe_proportion Area8: 95% 27.419 to 30.440, 99.8% 26.584 to 31.345; England (the sum of the
  // download's areas) 57.52%, above even the 99.8% limit, and higher is better.
  await expect(card.locator("dl.counts").textContent()).resolves.toBe(
    "Interval27.4% to 30.4% (95%, Wilson score method, 999 of 3,456)" +
      "ComparisonWorst: significantly worse, even at 99.8%, than England (57.5%), from the counts" +
      "FunnelBelow the 99.8% limit around the peers' 57.5% (7 peers): worse than chance alone explains",
  );
  expect(await sheets(page)).toEqual(before);
  await page.click("#write-report");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));
  const report = (await sheets(page))["KPI report"];
  const header = report[3] as string[];
  expect(report[4][header.indexOf("Comparison")]).toBe("Worst");
  expect(report[4][header.indexOf("Interval (95%)")]).toBe("27.4% to 30.4% (95%, Wilson score method, 999 of 3,456)");
  // A typed comparator instead: 29% lies inside the 95% interval.
  await page.evaluate(() => ((document.getElementById("comparator-details") as HTMLDetailsElement).open = true));
  await page.selectOption("#comparator", { label: "A value I type" });
  await page.fill("#comparator-value", "29%");
  await page.fill("#comparator-name", "the region");
  await page.click("#analyse");
  await page.waitForFunction(() => /the region/.test(document.querySelector("#cards .card dl.counts")?.textContent ?? ""));
  await expect(card.locator("dl.counts dd").nth(1).textContent()).resolves.toBe("Similar: not significantly different from the region (29%), from the counts");
  expect(problems).toEqual([]);
  await page.close();
});

test("bad input is told in words and changes nothing in the workbook: text in a Count column, a denominator of zero, an Area Type that matches no row", async () => {
  const { page, problems } = await openDemo(session);
  const areaType = (download[0] as string[]).indexOf("Area Type");
  const sex = (download[0] as string[]).indexOf("Sex");
  // Area1's rows become Districts & UAs, for males only: no row is Districts & UAs for Persons.
  const mixed = download.map((row) => (row[5] === "Area1" ? row.map((cell, c) => (c === areaType ? "Districts & UAs (from Apr 2023)" : c === sex ? "Male" : cell)) : row));
  const kpis = kpiSheet("tbc");
  kpis.push(...kpiSheet(999, 0).slice(1).map((row) => ["Second KPI", ...row.slice(1)]));
  await useTables(page, kpis, mixed);
  const before = await sheets(page);
  await page.selectOption("#peer-filter-areaType", "Districts & UAs (from Apr 2023)");
  await expect(page.textContent("#peer-summary .warning")).resolves.toBe(
    'No row of the peer table has Area Type "Districts & UAs (from Apr 2023)", Sex "Persons" and Category Type "(none)" together: choose another Area Type, Sex or Category Type.',
  );
  // No usable peer table, so no England to compare with.
  await expect(page.inputValue("#comparator")).resolves.toBe("");
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
  const problemsShown = await page.$$eval("#cards .card .problem", (items) => items.map((item) => item.textContent));
  expect(problemsShown.sort()).toEqual([
    'Could not analyse this KPI: denominators for 2021/22 is 0, which leaves nothing to divide by; enter the number of cases or the population (more than zero), or leave the cell blank',
    'Could not analyse this KPI: numerator (count) for 2022/23 ("tbc") is not a number; leave it blank or enter a number',
  ]);
  expect(await sheets(page)).toEqual(before);
  expect(problems).toEqual([]);
  await page.close();
});
