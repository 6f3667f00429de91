/**
 * A deprivation table in the panel, in headless Chromium on the BUILT demo: a KPI by deprivation
 * decile, used as the peer table, is summarised as deciles, and the KPI's card gets its inequality
 * section with the slope index of the latest year and the sentence in its commentary; a table with
 * a decile of zero population gets the message on the card instead, the rest of the card as before.
 * The deciles are PHEindicatormethods 2.1.0's SII test data ("proportion (e.g. child obesity)",
 * test/reference/sii.json) as percentages, so the slope index is the sheet's -5.82 percentage points.
 */
import { Page } from "playwright-core";
import { loadReference } from "../helpers/reference";
import { BrowserSession, openDemo, startBrowser } from "./browser";

type Cell = string | number | null;

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowser();
});

afterAll(async () => {
  await session?.close();
});

const reference = loadReference<{ population: number[]; value: number[]; lower_cl: number[]; upper_cl: number[] }>("sii.json");
const area = (name: string) => reference.cases.find((c) => c.name === name)!.input;

/** Category, Time period, Value, Lower CI 95.0 limit, Upper CI 95.0 limit, Denominator: Fingertips' names for the columns. */
function decileTable(population = (people: number) => people): Cell[][] {
  const rows: Cell[][] = [["Category", "Time period", "Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Denominator"]];
  for (const [year, name] of [
    ["2017/18", "proportion_default_parameters_area1"],
    ["2019/20", "proportion_default_parameters_area2"],
  ]) {
    const data = area(name);
    data.value.forEach((value, d) =>
      rows.push([`Decile ${d + 1}`, year, value * 100, data.lower_cl[d] * 100, data.upper_cl[d] * 100, d === 4 ? population(data.population[d]) : data.population[d]]),
    );
  }
  return rows;
}

const KPIS: Cell[][] = [
  ["Indicator", "Unit", "Polarity", "2017/18", "2018/19", "2019/20"],
  ["Year 6 obesity", "%", "lower", 18.4, 18.1, 9.6],
];

/** Adds the two sheets, uses the KPI sheet as the selection and the decile sheet as the peer table (as the demo preloads its peers), and analyses; returns the KPI's card. */
async function analyseWith(page: Page, deciles: Cell[][]) {
  await page.evaluate(
    async ([kpis, table]) => {
      type Demo = {
        workbook: { addSheet(name: string, cells: unknown[][]): void; selectSheet(name: string): void };
        host: { readSheet(name: string): Promise<unknown> };
        app: { setPeerSource(data: unknown): void };
      };
      const demo = (window as unknown as { kpiScrutinyDemo: Demo }).kpiScrutinyDemo;
      demo.workbook.addSheet("Deciles", table);
      demo.workbook.addSheet("Obesity", kpis);
      demo.workbook.selectSheet("Obesity");
      demo.app.setPeerSource(await demo.host.readSheet("Deciles"));
    },
    [KPIS, deciles] as const,
  );
  await page.click("#use-selection");
  await page.waitForSelector("#kpi-summary .found");
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
  return page.locator("#cards .card", { hasText: "Year 6 obesity" });
}

test("a decile table gives the KPI's card its inequality section and sentence", async () => {
  const { page, problems } = await openDemo(session);
  const card = await analyseWith(page, decileTable());
  await expect(page.textContent("#peer-summary p")).resolves.toBe(
    "Deprivation table on Deciles (A1:F21): 10 deprivation deciles, most deprived first, with 95% limits, populations. Each KPI it has gets the gap between the most and least deprived.",
  );
  const section = card.locator("dl.inequality");
  await expect(section.textContent()).resolves.toMatch(/^Slope index \(2019\/20\)-5\.8 percentage points \(95% interval -6\.\d to -5\.\d\), higher among the most deprivedRelative index0\.55/);
  await expect(section.textContent()).resolves.toContain("ChangeNarrowed since 2017/18");
  await expect(card.locator(".narrative").textContent()).resolves.toMatch(/The gap between the most and least deprived was about 5\.8 percentage points in 2019\/20, higher among the most deprived, and has narrowed since 2017\/18\.$/);
  expect(problems).toEqual([]);
  await page.close();
});

test("a decile of zero population: the message on the card, the rest of the card unchanged", async () => {
  const { page, problems } = await openDemo(session);
  const card = await analyseWith(page, decileTable(() => 0));
  await expect(card.locator(".problem").textContent()).resolves.toBe(
    "The gap between the most and least deprived could not be worked out: the population of Decile 5 in 2019/20 is 0: enter the population (or denominator) of every deprivation group, above zero.",
  );
  await expect(card.locator(".narrative").textContent()).resolves.not.toMatch(/deprived/);
  await expect(card.locator("dl.facts").first().textContent()).resolves.toMatch(/^Latest \(2019\/20\)9\.6%/);
  expect(problems).toEqual([]);
  await page.close();
});
