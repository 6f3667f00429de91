/**
 * The BUILT Excel pages (dist/excel-addin: taskpane.html, functions.html) under their own Content
 * Security Policy, with the real Office.js from the @microsoft/office-js package, loaded as Excel on
 * the web and Excel on the Mac load them. Any violation the page reports fails the test.
 *
 * Nothing goes to the network: every request is answered here (playwright's context.route).
 * - The add-in's address (https://localhost:3000/, the build's default KPI_BASE_URL) serves the
 *   build, and for anything not in it the package's whole dist folder, since Office.js loads
 *   sibling files (the host script, strings, telemetry) from beside itself.
 * - The pages load Office.js from https://appsforoffice.microsoft.com/lib/1/hosted/; that address
 *   is answered from the package's dist folder, as the CDN would answer it.
 * - Excel on the web is a stand-in page at an Office Online address that frames the add-in and
 *   answers Office.js's messages (its `_xdm_Info` handshake and getAppContextAsync) as
 *   office.js's own client code expects them: `OSF.InitializationHelper.setAgaveHostCommunication`
 *   and `getAppContext` in excel-web-16.00.js. Excel's API calls are left unanswered.
 * - Excel on the Mac is a stand-in for the WKWebView bridge (`window.webkit.messageHandlers.Agave`)
 *   that answers GetContext as excel-mac-16.00.js reads it (`OSF.Webkit.AppContextProperties`).
 * - Office tells Office.js which host it is in through `_host_Info` in the page's query string
 *   (`OSF._OfficeAppFactory._retrieveHostInfo` in office.js).
 * Anything else is refused and reported.
 */
import fs from "fs";
import path from "path";
import { Browser, BrowserContext, Frame, chromium } from "playwright-core";
import { LOCALE, ROOT, launchOptions } from "./browser";

const DIST = path.join(ROOT, process.env.KPI_DIST ?? "dist");
const BUILD = path.join(DIST, "excel-addin");
const OFFICE_JS = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** Office.js's telemetry module, which it loads from beside itself once it is running in a host. */
const TELEMETRY = "telemetry/oteljs_agave.js";
const ADDIN = "https://localhost:3000/";
/** An Excel on the web address on Office.js's list of Office Online hosts (`_isHostNameValidWacDomain`). */
const EXCEL_WEB = "https://excel.officeapps.live.com/";
/**
 * A Microsoft 365 address that Office.js 1.1.110's list does not name (Microsoft suggests it as a
 * frame ancestor of Excel on the web in OfficeDev/office-js-docs-pr issue 4911), so Office.js asks
 * the user whether to trust the host, in a frame from its own CDN.
 */
const EXCEL_WEB_UNLISTED = "https://excel.cloud.microsoft/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
};

/**
 * The file for `relative` under `root`, if any. The CDN answers any letter case (Office.js asks for
 * AgaveErrorUX/index.html, which the package ships as agaveerrorux/index.html), so the lower-case
 * name is tried too.
 */
function fileIn(root: string, relative: string): string | undefined {
  for (const name of [relative, relative.toLowerCase()]) {
    const file = path.resolve(root, name);
    if (file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return undefined;
}

/** What one loading of a page did. */
interface Visit {
  /** CSP violations reported by any frame, and console messages about the Content Security Policy. */
  violations: string[];
  /** Requests for anything not answered here. */
  outside: string[];
  /** Files asked for from the Office.js CDN. */
  fromCdn: string[];
  /** Office.js's messages to the stand-in Excel on the web, by action name. */
  hostCalls: string[];
}

/** Reports every CSP violation in every frame to the console, where the test collects it. */
const REPORT_VIOLATIONS = `
document.addEventListener("securitypolicyviolation", (event) => {
  console.error("CSP violation in " + location.href.split(/[?#]/)[0] + ": " + event.effectiveDirective + " blocked " + (event.blockedURI || "inline") + " (" + event.sourceFile + ":" + event.lineNumber + ")");
});
`;

/**
 * Excel on the Mac's side of the WKWebView bridge: answers GetContext (method 5) with the context
 * as an array indexed by OSF.Webkit.AppContextProperties; other calls (Excel's API) go unanswered.
 */
const MAC_BRIDGE = `
(() => {
  const context = [];
  context[0] = [[], []];                 // Settings: keys, values
  context[1] = "kpi-scrutiny-test";      // SolutionReferenceId
  context[2] = 1;                        // AppType: OSF.AppName.Excel
  context[3] = 16; context[4] = 0; context[5] = 0; context[6] = 0; // Major, Minor, Revision, APIVersionSequence
  context[7] = 1;                        // AppCapabilities: read-write
  context[8] = "en-GB"; context[9] = "en-GB"; // UI and data locale
  context[10] = 0; context[11] = "file:///KPIs.xlsx"; context[12] = 0; context[13] = 1;
  context[14] = "";                      // SolutionToken: none, as for an add-in not from the store
  context[15] = ""; context[16] = "correlation"; context[17] = "instance"; context[18] = false; context[19] = true;
  context[20] = JSON.stringify({ excelapi: "1.15", customfunctionsruntime: "1.2" }); // RequirementMatrix
  context[21] = ""; context[22] = "16.80"; context[23] = 0;
  window.webkit = { messageHandlers: { Agave: { postMessage(json) {
    const call = JSON.parse(json);
    if (call.methodId === 5 && call.callbackId) setTimeout(() => window.OSF.ScriptMessaging.agaveHostCallback(call.callbackId, context), 1);
  } } } };
})();
`;

/** The stand-in Excel on the web: frames `src` and answers Office.js's requests except Excel's API calls. */
function excelOnTheWeb(src: string): string {
  return `<!doctype html><html><head><title>Excel on the web (stand-in)</title></head><body>
<iframe id="addin" style="width: 350px; height: 700px" src="${src}"></iframe>
<script>
const appContext = {
  _id: "kpi-scrutiny-test", _appName: 16 /* OSF.AppName.ExcelWebApp */, _appVersion: "16.0", _appUILocale: "en-GB", _dataLocale: "en-GB",
  _docUrl: "${EXCEL_WEB}KPIs.xlsx", _clientMode: 1, _settings: [], _reason: 0, _osfControlType: 1,
  _eToken: "" /* none, as for an add-in not from the store */, _correlationId: "correlation", _appInstanceId: "instance",
  _requirementMatrix: JSON.stringify({ excelapi: "1.15", customfunctionsruntime: "1.2" }), _hostFullVersion: "16.0.0.0",
};
window.hostCalls = [];
addEventListener("message", (event) => {
  let message;
  try { message = JSON.parse(event.data); } catch { return; }
  if (!message || message._messageType !== 0) return;
  window.hostCalls.push(message._actionName);
  if (message._actionName === "executeMethod") return;
  const data = message._actionName === "ContextActivationManager_getAppContextAsync" ? appContext : null;
  event.source.postMessage(JSON.stringify({
    _messageType: 1, _actionName: message._actionName, _conversationId: message._conversationId,
    _correlationId: message._correlationId, _data: data, _errorCode: 0, _responseType: 0,
  }), event.origin);
});
</script></body></html>`;
}

let browser: Browser;

beforeAll(async () => {
  for (const page of ["taskpane.html", "functions.html"]) {
    if (!fs.existsSync(path.join(BUILD, page))) throw new Error(`The Excel add-in is not built (${BUILD}); run npm run build first.`);
  }
  browser = await chromium.launch(await launchOptions());
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh browser context (fresh session storage, where Office.js keeps the host) that answers every request here. */
async function officeContext(visit: Visit, hosts: Record<string, string>): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: LOCALE });
  await context.addInitScript(REPORT_VIOLATIONS);
  context.on("console", (message) => {
    if (/CSP violation|Content Security Policy/i.test(message.text())) visit.violations.push(message.text());
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    const address = url.split(/[?#]/)[0];
    const serve = (file: string | undefined) =>
      file ? route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? "application/octet-stream", body: fs.readFileSync(file) }) : route.fulfill({ status: 404, body: "Not found" });
    if (address in hosts) return route.fulfill({ status: 200, contentType: TYPES[".html"], body: hosts[address] });
    if (address.startsWith(ADDIN)) {
      const relative = decodeURIComponent(address.slice(ADDIN.length));
      return serve(fileIn(BUILD, relative) ?? fileIn(OFFICE_JS, relative));
    }
    if (address.startsWith(CDN)) {
      const relative = decodeURIComponent(address.slice(CDN.length));
      visit.fromCdn.push(relative);
      return serve(fileIn(OFFICE_JS, relative));
    }
    visit.outside.push(url);
    return route.abort("blockedbyclient");
  });
  return context;
}

function newVisit(): Visit {
  return { violations: [], outside: [], fromCdn: [], hostCalls: [] };
}

/** Waits until `condition` holds (checked every 50 ms, for up to 20 s). */
async function until(condition: () => boolean, failure: string): Promise<void> {
  for (const start = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (Date.now() - start > 20000) throw new Error(failure);
  }
}

/** The query string Office gives the page: which host, platform, version and language. */
function hostInfo(platform: "Web" | "Mac"): string {
  return `?_host_Info=Excel$${platform}$16.00$en-GB$$$$0`;
}

/** Waits until Office.js in `frame` is ready in Excel and the page has started; returns Office.onReady's answer. */
async function ready(frame: Frame, page: string): Promise<{ host: string; platform: string }> {
  const info = await frame.evaluate(() => Office.onReady().then((answer) => ({ host: String(answer.host), platform: String(answer.platform) })));
  if (page === "taskpane.html") await frame.waitForSelector("#use-selection");
  else await frame.waitForFunction(() => typeof CustomFunctions !== "undefined");
  return info;
}

/** Opens `page` in the stand-in Excel on the web at `hostAddress`; returns the add-in's frame once it has loaded. */
async function openOnTheWeb(context: BrowserContext, visit: Visit, hostAddress: string): Promise<{ frame: Frame; close(): Promise<void> }> {
  const tab = await context.newPage();
  await tab.goto(`${hostAddress}host.html`);
  const frame = await (await tab.waitForSelector("#addin")).contentFrame();
  if (!frame) throw new Error("The stand-in Excel on the web has no add-in frame");
  await frame.waitForLoadState("load");
  return {
    frame,
    close: async () => {
      visit.hostCalls.push(...(await tab.evaluate(() => (window as unknown as { hostCalls: string[] }).hostCalls)));
      await tab.close();
    },
  };
}

/** The add-in address Excel on the web frames, with the handshake details after `#`. */
function webSource(page: string, hostAddress: string): string {
  return `${ADDIN}${page}${hostInfo("Web")}#&_xdm_Info=conversation$kpi-scrutiny-test$${encodeURIComponent(`${hostAddress}host.html`)}`;
}

describe.each(["taskpane.html", "functions.html"])("%s with the real Office.js", (page) => {
  test("in Excel on the web: Office.js starts, loads only from its CDN, and the page reports no CSP violation", async () => {
    const visit = newVisit();
    const context = await officeContext(visit, { [`${EXCEL_WEB}host.html`]: excelOnTheWeb(webSource(page, EXCEL_WEB)) });
    const { frame, close } = await openOnTheWeb(context, visit, EXCEL_WEB);
    await expect(ready(frame, page)).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    await until(() => visit.fromCdn.includes(TELEMETRY), "Office.js never loaded its telemetry module");
    await frame.page().waitForLoadState("networkidle");
    await close();
    await context.close();
    expect(visit.violations).toEqual([]);
    expect(visit.outside).toEqual([]);
    // Office.js and its web host script; its telemetry module is waited for above (it hands its events to the host).
    expect(visit.fromCdn).toContain(page === "taskpane.html" ? "office.js" : "custom-functions-runtime.js");
    expect(visit.fromCdn.some((file) => /^excel-web-16\.00(-core)?\.js$/.test(file))).toBe(true);
    expect(visit.hostCalls).toContain("ContextActivationManager_getAppContextAsync");
  });

  test("in Excel on the Mac: Office.js starts through the WKWebView bridge and the page reports no CSP violation", async () => {
    const visit = newVisit();
    const context = await officeContext(visit, {});
    await context.addInitScript(MAC_BRIDGE);
    const tab = await context.newPage();
    await tab.goto(`${ADDIN}${page}${hostInfo("Mac")}`);
    await expect(ready(tab.mainFrame(), page)).resolves.toEqual({ host: "Excel", platform: "Mac" });
    await until(() => visit.fromCdn.includes(TELEMETRY), "Office.js never loaded its telemetry module");
    await tab.waitForLoadState("networkidle");
    await context.close();
    expect(visit.violations).toEqual([]);
    expect(visit.outside).toEqual([]);
    expect(visit.fromCdn.some((file) => /^excel-mac-16\.00(-core)?\.js$/.test(file))).toBe(true);
  });

  test("in Excel on the web at an address Office.js does not list: its trust prompt is framed from its CDN with no CSP violation", async () => {
    const visit = newVisit();
    const context = await officeContext(visit, { [`${EXCEL_WEB_UNLISTED}host.html`]: excelOnTheWeb(webSource(page, EXCEL_WEB_UNLISTED)) });
    const { frame, close } = await openOnTheWeb(context, visit, EXCEL_WEB_UNLISTED);
    // Office.js frames (and may then navigate to) its AgaveErrorUX page from beside itself.
    await until(() => visit.fromCdn.includes("AgaveErrorUX/index.html"), "Office.js never asked for its trust prompt");
    await frame.page().waitForLoadState("networkidle");
    await close();
    await context.close();
    expect(visit.violations).toEqual([]);
    expect(visit.outside).toEqual([]);
  });
});

test("the check can fail: an inline style that is not Office.js's is reported", async () => {
  const visit = newVisit();
  const context = await officeContext(visit, {});
  await context.addInitScript(MAC_BRIDGE);
  const tab = await context.newPage();
  await tab.goto(`${ADDIN}taskpane.html${hostInfo("Mac")}`);
  await ready(tab.mainFrame(), "taskpane.html");
  await tab.evaluate(() => document.body.setAttribute("style", "background: red"));
  await until(() => visit.violations.length > 0, "no violation was reported");
  await context.close();
  expect(visit.violations.join("\n")).toMatch(/style-src-attr/);
});

test("the panel's whole flow (analyse, charts, report) runs under the task pane's policy", async () => {
  const taskpane = fs.readFileSync(path.join(BUILD, "taskpane.html"), "utf8");
  const policy = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(taskpane)?.[1];
  expect(policy).toBeDefined();
  const demo = path.join(DIST, "demo");
  const visit = newVisit();
  const context = await officeContext(visit, {});
  // The demo page with the task pane's policy as a header: both policies apply, so the panel runs
  // under the task pane's rules (the Excel task pane itself cannot run the flow without Excel).
  await context.route(`${ADDIN}demo/**`, (route) => {
    const file = fileIn(demo, decodeURIComponent(route.request().url().split(/[?#]/)[0].slice(`${ADDIN}demo/`.length)) || "index.html");
    return file
      ? route.fulfill({ status: 200, contentType: TYPES[path.extname(file)], headers: { "Content-Security-Policy": policy! }, body: fs.readFileSync(file) })
      : route.fulfill({ status: 404, body: "Not found" });
  });
  const tab = await context.newPage();
  await tab.goto(`${ADDIN}demo/`);
  await tab.click("#use-selection");
  await tab.waitForSelector("#kpi-summary .found");
  await tab.click("#analyse");
  await tab.waitForSelector("#cards .card canvas");
  await tab.check("#with-charts");
  await tab.click("#write-report");
  await tab.waitForFunction(() => /SPC charts are on the new sheet/.test(document.getElementById("status")?.textContent ?? ""));
  await context.close();
  expect(visit.violations).toEqual([]);
  expect(visit.outside).toEqual([]);
});
