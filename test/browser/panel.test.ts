/**
 * The panel in headless Chromium, on the BUILT demo: the whole flow with the sample data, with the
 * mouse and with the keyboard alone; safety (a KPI name that is HTML, pre-existing cells, a failed
 * write); widths, contrast and accessible names; and a screenshot as a test artifact.
 */
import fs from "fs";
import path from "path";
import { Page } from "playwright-core";
import { ARTIFACTS, BrowserSession, openDemo, sheets, startBrowser, tabTo } from "./browser";
import { lowContrast, unnamedControls } from "./page-checks";

type Cell = string | number | boolean | null;

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowser();
});

afterAll(async () => {
  await session?.close();
});

async function analyseSample(page: Page): Promise<void> {
  await page.click("#use-selection");
  // The summary names the selected sheet once the selection is in use (the demo opens with the sample already in use).
  await page.waitForFunction(() => {
    const sheet = (window as unknown as { kpiScrutinyDemo: { workbook: { selection?: { sheet: string } } } }).kpiScrutinyDemo.workbook.selection?.sheet ?? "";
    return (document.querySelector("#kpi-summary .found")?.textContent ?? "").includes(`on ${sheet} (`);
  });
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
}

test("the demo opens with the sample data, finds the KPI table and analyses every KPI", async () => {
  const { page, problems } = await openDemo(session);
  await page.click("#use-selection");
  await expect(page.textContent("#kpi-summary .found")).resolves.toMatch(/Found 3 KPIs on Sample KPIs \(A1:U\d+\), KPIs down, periods across, 13 periods from 2010\/11 to 2022\/23/);
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
  const names = await page.$$eval("#cards .card h3", (headings) => headings.map((h) => h.textContent));
  expect(names.sort()).toEqual([
    "Household waste sent for reuse, recycling or composting (%)",
    "Household waste sent for reuse, recycling or composting (tonnes)",
    "Year 6 children with obesity, including severe obesity (%)",
  ]);
  await expect(page.textContent("#count")).resolves.toBe("Showing 3 of 3 KPIs, exceptions first.");
  // Each card says its findings in words and has a narrative; peers come from the preloaded peer table.
  const recycling = page.locator("#cards .card", { hasText: "recycling or composting (%)" });
  // Figures at the KPI's own precision (one place, as its values are written): the target 55 shows as 55.0%.
  await expect(recycling.locator("dl").textContent()).resolves.toMatch(/Latest \(2021\/22\)58\.8%Target55\.0%, RAG: Green/);
  // Quartiles by hand with QUARTILE.INC over the 16 councils in 2021/22 (DEFRA ENV18): upper quartile 54.75, so 58.8 is in the top quartile.
  // The median is 42.65, shown 42.7 at the KPI's one place; the gap is the two figures shown apart,
  // 58.8 - 42.7 = 16.1, in percentage points (a gap between percentages).
  await expect(recycling.locator("dl").textContent()).resolves.toMatch(/PeersTop quartile, 16\.1 percentage points better than the peer median of 42\.7%/);
  await expect(recycling.locator(".narrative").textContent()).resolves.toMatch(/\S/);
  // The SPC chart is drawn (uPlot canvas) and described in words for screen readers.
  await recycling.locator("canvas").first().waitFor();
  await expect(recycling.locator("[role=img]").getAttribute("aria-label")).resolves.toMatch(/^SPC chart of .*: 12 points from 2010\/11 to 2022\/23; mean .*; process limits .* to .*; target 55\.0%; /);
  expect(await recycling.locator(".questions li").count()).toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await page.close();
});

/** What one drawn chart shows, read from its uPlot instance and its canvas. */
interface DrawnKinds {
  /** Per series label: its point fill colour and the positions it draws. */
  series: { label: string; fill: string; positions: number[] }[];
  /** The canvas colour (#rrggbb) at the centre of each drawn point, by position. */
  centres: Record<number, string>;
}

/** The drawn series of the card whose heading is `name`: labels, fills, positions and the pixels at the point centres. */
function drawnKinds(page: Page, name: string): Promise<DrawnKinds> {
  return page.evaluate((kpi) => {
    interface Plot {
      root: HTMLElement;
      series: { label?: string; points?: { fill?: (plot: unknown, index: number) => string } }[];
      data: (number | null)[][];
      ctx: CanvasRenderingContext2D;
      valToPos(value: number, scale: string, canvasPixels?: boolean): number;
    }
    const app = (window as unknown as { kpiScrutinyDemo: { app: { charts: Plot[] } } }).kpiScrutinyDemo.app;
    const plot = app.charts.find((chart) => chart.root.closest(".card")?.querySelector("h3")?.textContent === kpi);
    if (plot === undefined) throw new Error(`no chart drawn for ${kpi}`);
    const hex = (rgba: Uint8ClampedArray) => `#${Array.from(rgba.slice(0, 3), (v) => v.toString(16).padStart(2, "0")).join("")}`;
    const series: DrawnKinds["series"] = [];
    const centres: Record<number, string> = {};
    plot.series.forEach((entry, i) => {
      if (i === 0 || entry.points?.fill === undefined) return;
      const positions = plot.data[i].flatMap((value, k) => (value === null || value === undefined ? [] : [k]));
      series.push({ label: String(entry.label), fill: entry.points.fill(plot, i), positions });
      if (/^(Common cause|Special cause)/.test(String(entry.label))) {
        for (const k of positions) {
          const x = Math.round(plot.valToPos(k, "x", true));
          const y = Math.round(plot.valToPos(plot.data[i][k] as number, "y", true));
          centres[k] = hex(plot.ctx.getImageData(x, y, 1, 1).data);
        }
      }
    });
    return { series, centres };
  }, name);
}

test("chart points are drawn in the Making Data Count colours of their kind, and the recycling card names its run above average", async () => {
  const { page, problems } = await openDemo(session);
  await analyseSample(page);
  const recyclingName = "Household waste sent for reuse, recycling or composting (%)";
  const recycling = page.locator("#cards .card", { hasText: "recycling or composting (%)" });
  await recycling.locator("canvas").first().waitFor();
  // NHSRplotthedots ptd_spc_colours(): common cause #a6a6a6, improvement #00b0f0, concern #e46c0a, neutral #490092.
  // Trafford's recycling rate (DEFRA ENV18), higher is better: 2010/11 (below the lower limit) and
  // 2012/13 (two of three low) are concern; 2013/14 to 2019/20 a run of seven above the mean,
  // improvement; 2011/12, 2020/21 and 2021/22 common cause (test/core/spc-episodes.test.ts).
  const drawn = await drawnKinds(page, recyclingName);
  const byLabel = (start: string) => drawn.series.find((entry) => entry.label.startsWith(start));
  expect(byLabel("Common cause")).toMatchObject({ fill: "#a6a6a6", positions: [1, 10, 11] });
  expect(byLabel("Special cause, improvement")).toMatchObject({ fill: "#00b0f0", positions: [3, 4, 5, 6, 7, 8, 9] });
  expect(byLabel("Special cause, concern")).toMatchObject({ fill: "#e46c0a", positions: [0, 2] });
  expect(byLabel("Special cause, neither better nor worse, high")?.positions).toEqual([]);
  // The pixels under each point's centre are its kind's colour.
  const expected: Record<number, string> = { 0: "#e46c0a", 1: "#a6a6a6", 2: "#e46c0a", 10: "#a6a6a6", 11: "#a6a6a6" };
  for (let k = 3; k <= 9; k++) expected[k] = "#00b0f0";
  expect(drawn.centres).toEqual(expected);
  // Tonnage (neutral): two of three high in 2014/15 and 2016/17 on trial limits, purple triangles pointing up.
  const tonnes = await drawnKinds(page, "Household waste sent for reuse, recycling or composting (tonnes)");
  expect(tonnes.series.find((entry) => entry.label.startsWith("Special cause, neither better nor worse, high"))).toMatchObject({ fill: "#490092", positions: [4, 6] });
  expect([tonnes.centres[4], tonnes.centres[6]]).toEqual(["#490092", "#490092"]);
  // The caption says the kinds in words, and the paragraph names the run the chart marks.
  await expect(recycling.locator("figcaption").textContent()).resolves.toMatch(/improvement: large blue dots; concern: orange diamonds/);
  await expect(recycling.locator(".narrative").textContent()).resolves.toMatch(/a run of seven years above its average from 2013\/14 to 2019\/20, since when it has been within its usual range/);
  expect(problems).toEqual([]);
  await page.close();
});

test("writing the report adds its new sheets (report, summary, key) and leaves every existing cell unchanged", async () => {
  const { page, problems } = await openDemo(session);
  await analyseSample(page);
  const before = await sheets(page);
  await page.click("#write-report");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));
  const after = await sheets(page);
  for (const [name, cells] of Object.entries(before)) expect(after[name]).toEqual(cells);
  const added = Object.keys(after).filter((name) => !(name in before));
  expect(added).toEqual(["KPI report", "KPI summary", "How to read this report"]);
  const report = after["KPI report"];
  expect(report[3].slice(0, 3)).toEqual(["KPI", "Category", "Owner"]);
  expect(report.slice(4).map((row) => row[0]).sort()).toEqual([
    "Household waste sent for reuse, recycling or composting (%)",
    "Household waste sent for reuse, recycling or composting (tonnes)",
    "Year 6 children with obesity, including severe obesity (%)",
  ]);
  const header = report[3] as string[];
  const row = (name: string) => {
    const found = report.find((cells) => cells[0] === name) as Cell[];
    return (column: string) => found[header.indexOf(column)];
  };
  const recycling = row("Household waste sent for reuse, recycling or composting (%)");
  // DEFRA ENV18: Trafford 58.8% in 2021/22 (2022/23 not yet published); illustrative target 55%, so Green.
  expect([recycling("Latest period"), recycling("Latest value"), recycling("Target"), recycling("RAG")]).toEqual(["2021/22", 58.8, 55, "Green"]);
  // By hand with QUARTILE.INC over the 16 councils: median 42.65, upper quartile 54.75.
  expect(recycling("Peer quartile")).toBe("Top quartile");
  // The gap as shown, computed once in core: 58.8 - 42.7 (the median 42.65 at one place) = 16.1.
  expect(recycling("Gap to peer median")).toBe(16.1);
  const obesity = row("Year 6 children with obesity, including severe obesity (%)");
  // Fingertips 90323: Trafford 18.3% in 2022/23; lower is better; target 17 with tolerance 1, so Red.
  expect([obesity("Latest period"), obesity("Latest value"), obesity("Target"), obesity("RAG")]).toEqual(["2022/23", 18.3, 17, "Red"]);
  // By hand: the 16 councils' lower quartile is 19.7 and median 22.25 (shown 22.3), so 18.3 is top quartile, 22.3 - 18.3 = 4.0 better.
  expect(obesity("Peer quartile")).toBe("Top quartile");
  expect(obesity("Gap to peer median")).toBe(4);
  for (const name of ["Direction of travel", "Variation (SPC)", "Assurance (SPC)", "Commentary", "Questions for scrutiny"]) {
    expect(typeof obesity(name) === "string" && (obesity(name) as string).length > 0).toBe(true);
  }
  // A second report never overwrites the first: it gets a new, unique name.
  await page.click("#write-report");
  await page.waitForFunction(() => /KPI report \(2\)/.test(document.getElementById("status")?.textContent ?? ""));
  const again = await sheets(page);
  expect(again["KPI report"]).toEqual(report);
  expect(problems).toEqual([]);
  await page.close();
});

test("a failure mid-write leaves no half-written sheet and says what to do next", async () => {
  const { page } = await openDemo(session);
  await analyseSample(page);
  const before = await sheets(page);
  await page.evaluate(() => {
    (window as unknown as { kpiScrutinyDemo: { workbook: { failAfterRows?: number } } }).kpiScrutinyDemo.workbook.failAfterRows = 5;
  });
  await page.click("#write-report");
  await page.waitForSelector("#error:not([hidden])");
  await expect(page.textContent("#error")).resolves.toMatch(/stopped the write part-way.*What to do next:/);
  expect(await sheets(page)).toEqual(before);
  await page.close();
});

test("a KPI named <img src=x onerror=alert(1)> shows as text and runs nothing", async () => {
  const { page, problems } = await openDemo(session);
  const name = "<img src=x onerror=alert(1)>";
  await page.evaluate((kpi) => {
    const demo = (window as unknown as { kpiScrutinyDemo: { workbook: { addSheet(name: string, cells: unknown[][]): void; selectSheet(name: string): void } } }).kpiScrutinyDemo;
    const periods = Array.from({ length: 14 }, (_, i) => `${2010 + i}/${String(11 + i).slice(-2)}`);
    demo.workbook.addSheet("Odd names", [["KPI", "Polarity", ...periods], [kpi, "lower", ...periods.map((_, i) => 20 + (i % 3))]]);
    demo.workbook.selectSheet("Odd names");
  }, name);
  await analyseSample(page);
  await expect(page.textContent("#cards .card h3")).resolves.toBe(name);
  await page.click("#write-report");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));
  expect(await page.$$("img")).toHaveLength(0);
  expect((await sheets(page))["KPI report"][4][0]).toBe(name);
  expect(problems).toEqual([]);
  await page.close();
});

test("the whole flow works with the keyboard alone", async () => {
  const { page, problems } = await openDemo(session);
  await page.focus("body");
  await tabTo(page, "#use-selection");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#kpi-summary .found");
  await tabTo(page, "#analyse");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#cards .card");
  // Focus moves to the results so a screen reader hears them.
  await page.waitForFunction(() => document.activeElement?.id === "results-heading");
  await tabTo(page, "#filter");
  await page.keyboard.press("ArrowDown"); // Exceptions only
  await tabTo(page, "#with-charts");
  await page.keyboard.press("Space");
  await tabTo(page, "#write-report");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /SPC charts are on the new sheet/.test(document.getElementById("status")?.textContent ?? ""));
  expect(Object.keys(await sheets(page))).toEqual(expect.arrayContaining(["KPI report", "KPI SPC charts"]));
  const charts = await page.evaluate(() =>
    (window as unknown as { kpiScrutinyDemo: { workbook: { sheet(name: string): { charts: { title: string }[] } } } }).kpiScrutinyDemo.workbook.sheet("KPI SPC charts").charts.map((chart) => chart.title),
  );
  expect(charts.sort()).toEqual([
    "Household waste sent for reuse, recycling or composting (%)",
    "Household waste sent for reuse, recycling or composting (tonnes)",
    "Year 6 children with obesity, including severe obesity (%)",
  ]);
  expect(problems).toEqual([]);
  await page.close();
});

test.each([320, 500])("at %i px the panel fits, its text has 4.5:1 contrast and every control has a name", async (width) => {
  const { page } = await openDemo(session);
  await page.setViewportSize({ width, height: 900 });
  await analyseSample(page);
  await page.click("#peer-details summary");
  await page.click("#exclusion-details summary");
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const overflow = await page.$eval("#app", (app) => app.scrollWidth - app.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await lowContrast(page, "#app")).toEqual([]);
  expect(await unnamedControls(page, "body")).toEqual([]);
  if (width === 320) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator("#app").screenshot({ path: path.join(ARTIFACTS, "panel-320.png") });
    expect(fs.statSync(path.join(ARTIFACTS, "panel-320.png")).size).toBeGreaterThan(10000);
  }
  await page.close();
});

test("periods left out are saved with the workbook and named in the report", async () => {
  const { page, problems } = await openDemo(session);
  await page.click("#use-selection");
  await page.click("#exclusion-details summary");
  await page.click("#exclusions label:text-is('2020/21')");
  await page.waitForFunction(() => /Saved with the workbook/.test(document.getElementById("status")?.textContent ?? ""));
  const saved = () => page.evaluate(() => (window as unknown as { kpiScrutinyDemo: { workbook: { settings: string | null } } }).kpiScrutinyDemo.workbook.settings);
  expect(JSON.parse((await saved()) ?? "null")).toEqual({ version: 1, excluded: { "*": ["2020/21"] } });
  // One KPI only: the obesity series also leaves out 2019/20.
  await page.selectOption("#exclude-scope", "Year 6 children with obesity, including severe obesity (%)");
  await page.click("#exclusions label:text-is('2019/20')");
  await page.waitForFunction(() => /2019\/20/.test(document.getElementById("exclusion-summary")?.textContent ?? ""));
  expect(JSON.parse((await saved()) ?? "null").excluded["Year 6 children with obesity, including severe obesity (%)"]).toEqual(["2019/20"]);
  await page.click("#analyse");
  await page.waitForSelector("#cards .card");
  await page.click("#write-report");
  await page.waitForFunction(() => /Report written/.test(document.getElementById("status")?.textContent ?? ""));
  const report = (await sheets(page))["KPI report"];
  expect(report[1][0]).toMatch(/Left out of the analysis for every KPI: 2020\/21\./);
  const leftOut = Object.fromEntries(report.slice(4).map((row) => [row[0], row[report[3].indexOf("Periods left out")]]));
  expect(leftOut["Year 6 children with obesity, including severe obesity (%)"]).toBe("2020/21, 2019/20");
  expect(leftOut["Household waste sent for reuse, recycling or composting (%)"]).toBe("2020/21");
  expect(problems).toEqual([]);
  await page.close();
});

test("hundreds of KPIs: the analysis shows its progress, yields to the page and draws cards a page at a time", async () => {
  const { page, problems } = await openDemo(session);
  await page.evaluate(() => {
    const demo = (window as unknown as { kpiScrutinyDemo: { workbook: { addSheet(name: string, cells: unknown[][]): void; selectSheet(name: string): void } } }).kpiScrutinyDemo;
    const periods = Array.from({ length: 24 }, (_, i) => `Q${(i % 4) + 1} ${2019 + Math.floor(i / 4)}`);
    let state = 7;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const rows = Array.from({ length: 400 }, (_, k) => [`KPI ${k + 1}`, k % 2 === 0 ? "higher" : "lower", 50, ...periods.map((_, i) => Math.round((45 + i * (k % 3) * 0.2 + random() * 10) * 10) / 10)]);
    demo.workbook.addSheet("Big table", [["KPI", "Polarity", "Target", ...periods], ...rows]);
    demo.workbook.selectSheet("Big table");
  });
  await page.click("#use-selection");
  // The demo opens with the sample in use: wait for the new table's summary to replace it.
  await page.waitForFunction(() => /on Big table/.test(document.querySelector("#kpi-summary .found")?.textContent ?? ""));
  await expect(page.textContent("#kpi-summary .found")).resolves.toMatch(/^Found 400 KPIs/);
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statusSeen: string[] }).statusSeen = seen;
    new MutationObserver(() => seen.push(document.getElementById("status")?.textContent ?? "")).observe(document.getElementById("status") as Node, { childList: true, characterData: true, subtree: true });
  });
  await page.click("#analyse");
  await page.waitForFunction(() => /Showing 400 of 400/.test(document.getElementById("count")?.textContent ?? ""), undefined, { timeout: 30000 });
  const seen = await page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
  const partial = seen.filter((text) => {
    const match = /Analysing KPI (\d+) of 400/.exec(text);
    return match !== null && Number(match[1]) > 0 && Number(match[1]) < 400;
  });
  expect(partial.length).toBeGreaterThan(0);
  expect(await page.$$("#cards .card")).toHaveLength(20);
  await expect(page.textContent("#cards .more")).resolves.toBe("Show 20 more of 380");
  await page.click("#cards .more");
  expect(await page.$$("#cards .card")).toHaveLength(40);
  expect(problems).toEqual([]);
  await page.close();
});
