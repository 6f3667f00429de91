/**
 * The browser harness for the panel's tests: a Chromium found by find-browser.ts (CHROMIUM_PATH, an
 * installed Chromium, Chrome or Edge, else the one inside @sparticuz/chromium) driven by
 * playwright-core, a fresh profile in a temporary folder, and the BUILT demo (dist/demo) served on
 * 127.0.0.1 by tools/demo-server.js on a free port.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { AddressInfo } from "net";
import { BrowserContext, LaunchOptions, Page, chromium } from "playwright-core";
import { FoundBrowser, findBrowser, thisMachine } from "./find-browser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createDemoServer } = require("../../tools/demo-server.js") as { createDemoServer: (root?: string) => http.Server };

export const ROOT = path.resolve(__dirname, "../..");
export const DEMO = path.join(ROOT, process.env.KPI_DIST ?? "dist", "demo");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");

let found: Promise<FoundBrowser> | undefined;

/** The browser for this test run (looked for once per test file). */
export function browserForTests(): Promise<FoundBrowser> {
  found ??= findBrowser(thisMachine());
  return found;
}

/**
 * The pages' language: a UK council's browser. Set per context because a browser started with
 * LANG=C (a bare container) reports navigator.language "en-US@posix", which Intl rejects.
 */
export const LOCALE = "en-GB";

/** playwright-core's launch options for the browser found, headless, with its flags. */
export async function launchOptions(): Promise<LaunchOptions> {
  const browser = await browserForTests();
  return {
    executablePath: browser.executablePath,
    channel: browser.channel,
    headless: true,
    args: browser.args,
    env: browser.env ? { ...process.env, ...browser.env } : undefined,
  };
}

export interface BrowserSession {
  context: BrowserContext;
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts the demo server and the browser (fails with a clear message when either is missing). */
export async function startBrowser(): Promise<BrowserSession> {
  if (!fs.existsSync(path.join(DEMO, "index.html"))) throw new Error(`The demo is not built (${DEMO}); run npm run build first.`);
  const options = await launchOptions();
  const server = createDemoServer(DEMO);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-panel-"));
  const context = await chromium.launchPersistentContext(profile, { ...options, locale: LOCALE, viewport: { width: 1100, height: 900 } });
  return {
    context,
    baseUrl: `http://127.0.0.1:${port}/`,
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the demo in a new page; records console errors, failed requests and dialogs. */
export async function openDemo(session: BrowserSession): Promise<{ page: Page; problems: string[] }> {
  const page = await session.context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(session.baseUrl) && !request.url().startsWith("data:")) problems.push(`request outside the page: ${request.url()}`);
  });
  await page.goto(session.baseUrl);
  await page.waitForSelector("#analyse");
  // The demo puts the sample tables in use as it opens; a test's own table comes after.
  await page.evaluate(() => (window as unknown as { kpiScrutinyDemo?: { ready?: Promise<void> } }).kpiScrutinyDemo?.ready);
  return { page, problems };
}

/**
 * Waits until the KPI table in use is the one on `sheet` and returns the pane's summary of it: the
 * demo opens with the sample table in use, so a summary is there before a test's own table's.
 */
export async function kpiTableOn(page: Page, sheet: string): Promise<string> {
  await page.waitForFunction((name) => (document.querySelector("#kpi-summary .found")?.textContent ?? "").includes(` on ${name} (`), sheet);
  return page.$eval("#kpi-summary .found", (element) => element.textContent ?? "");
}

/** Presses Tab until `selector` has the focus (at most `limit` times); fails when it never does. */
export async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** A cell of the demo workbook as the page holds it. */
export type DemoCell = string | number | boolean | null;

/** The demo workbook's sheets, read from the page. */
export function sheets(page: Page): Promise<Record<string, DemoCell[][]>> {
  return page.evaluate(() => (window as unknown as { kpiScrutinyDemo: { workbook: { snapshot(): Record<string, DemoCell[][]> } } }).kpiScrutinyDemo.workbook.snapshot());
}
