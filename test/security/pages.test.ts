/**
 * The pages users open (docs/DESIGN.md, rule 7; SECURITY.md): the Excel task pane, the Excel functions
 * page and the browser demo each carry a Content Security Policy that lets them load scripts only
 * from themselves and Office.js from Microsoft's Office.js folder, and connect nowhere else; the
 * Excel pages allow inline styles only by the hashes of the browser's XML error report, which
 * Office.js makes (test/browser/excel-pages.test.ts runs them with the real Office.js); the Sheets sidebar, which
 * Google serves from its own sandbox, loads nothing from elsewhere and its inline script makes no
 * network calls.
 */
import fs from "fs";
import path from "path";
import { DIST } from "../helpers/bundles";
import { inlineScripts, loadedAddresses, networkProblems, pagePolicy, sourcesOf } from "./scan";

const OFFICE = "https://appsforoffice.microsoft.com";
/** The folder Office.js and the files it loads from beside itself live in (the pages load lib/1/hosted/office.js). */
const OFFICE_FOLDER = `${OFFICE}/lib/1/hosted/`;

/** The pages with a policy of their own, and where each may load scripts from. */
const PAGES: [string, string[]][] = [
  ["excel-addin/taskpane.html", ["'self'", OFFICE_FOLDER]],
  ["excel-addin/functions.html", ["'self'", OFFICE_FOLDER]],
  ["demo/index.html", ["'self'"]],
];

/**
 * The style attributes of the XML parser's error report (the same in Blink and WebKit), which
 * Office.js's telemetry makes when it parses an empty add-in token: the only inline styles the
 * Excel pages allow (SECURITY.md; office-js issue 1687).
 */
const XML_ERROR_REPORT_STYLES = ["'unsafe-hashes'", "'sha256-ICa0DhwZQJsOd/Rn0N8H6FdQ71GfNL+op2zhAQ+Y4mM='", "'sha256-ZD0chCyBaNHl+4UwQHJIHGoYhKwMeyCXGgJTKW5/67E='"];

function read(file: string): string {
  return fs.readFileSync(path.join(DIST, file), "utf8");
}

describe.each(PAGES)("%s", (file, scriptSources) => {
  const html = read(file);
  const policy = pagePolicy(html);

  test("declares a Content Security Policy that blocks everything by default", () => {
    expect(policy).toBeDefined();
    expect(policy!.get("default-src")).toEqual(["'none'"]);
    expect(policy!.get("base-uri")).toEqual(["'none'"]);
    expect(policy!.get("form-action")).toEqual(["'none'"]);
  });

  test("runs scripts only from the add-in itself and Office.js, never inline or eval", () => {
    const sources = sourcesOf(policy!, "script-src");
    for (const source of sources) expect(scriptSources).toContain(source);
    expect(sources).not.toContain("'unsafe-eval'");
    expect(sources).not.toContain("'unsafe-inline'");
  });

  test("connects to nothing but the add-in's own address, and loads nothing from arbitrary hosts", () => {
    for (const source of sourcesOf(policy!, "connect-src")) expect(["'self'", "'none'"]).toContain(source);
    for (const [directive, sources] of policy!) {
      for (const source of sources) {
        // Wildcards and bare schemes would open the page to any host.
        expect(`${directive} ${source}`).not.toMatch(/ (\*|https?:|wss?:|\S*\*\S*)$/);
        if (/^https?:\/\//.test(source)) expect(`${directive} ${source}`).toBe(`${directive} ${OFFICE_FOLDER}`);
      }
    }
  });

  if (file.startsWith("excel-addin/")) {
    test("allows no inline style but the XML error report's, and no style sheet but its own", () => {
      expect(sourcesOf(policy!, "style-src-attr")).toEqual(XML_ERROR_REPORT_STYLES);
      expect(sourcesOf(policy!, "style-src")).toEqual(file.endsWith("taskpane.html") ? ["'self'"] : ["'none'"]);
      // In a production build the pages connect nowhere, not even to their own address.
      expect(sourcesOf(policy!, "connect-src")).toEqual(["'none'"]);
    });
  }

  test("loads only its own files and Office.js", () => {
    for (const address of loadedAddresses(html)) {
      // data: addresses (an empty icon) are inside the page; any other scheme or host must be Office.js.
      if (/^data:/i.test(address)) continue;
      if (/^[a-z]+:/i.test(address) || address.startsWith("//")) expect(address).toMatch(new RegExp(`^${OFFICE}/lib/1/hosted/`));
    }
    expect(networkProblems(inlineScripts(html))).toEqual([]);
  });
});

describe("sheets-addon/Sidebar.html (served by Google's HtmlService)", () => {
  const html = read("sheets-addon/Sidebar.html");

  test("loads nothing from another address", () => {
    for (const address of loadedAddresses(html)) expect(address).not.toMatch(/^([a-z]+:|\/\/)/i);
    expect(html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
  });

  test("its inline script makes no network calls (google.script.run talks only to this spreadsheet's script)", () => {
    expect(networkProblems(inlineScripts(html))).toEqual([]);
    expect(networkProblems(html.replace(/<base target="_top"\s*\/?>/, ""))).toEqual([]);
  });
});

describe("the policy reader", () => {
  test("reads directives and falls back to default-src", () => {
    const policy = pagePolicy(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' ${OFFICE}" />`)!;
    expect(sourcesOf(policy, "script-src")).toEqual(["'self'", OFFICE]);
    expect(sourcesOf(policy, "connect-src")).toEqual(["'none'"]);
    expect(pagePolicy("<html><head></head></html>")).toBeUndefined();
    // A production build drops attribute quotes.
    expect(pagePolicy(`<meta charset=utf-8><meta http-equiv=Content-Security-Policy content="default-src 'none'">`)!.get("default-src")).toEqual(["'none'"]);
  });

  test("finds the addresses a page loads and its inline scripts", () => {
    const html = `<script src="a.js"></script><link href="https://fonts.example.com/x.css" rel="stylesheet"><script>fetch("/x")</script>`;
    expect(loadedAddresses(html)).toEqual(["a.js", "https://fonts.example.com/x.css"]);
    expect(networkProblems(inlineScripts(html))).toEqual(["uses fetch"]);
  });
});
