/**
 * Offline checks of the built Excel manifest (Microsoft's validator needs its online service):
 * it parses, its URLs and resource ids resolve to built files, the KPI namespace is set and
 * CustomFunctionsRuntime 1.2 is required; and tools/validate-manifest.js, which checks the
 * structure the manifest schema and reference state, passes it and fails a copy broken in each
 * way it checks (the rules and their sources are listed at the top of that file).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { DIST } from "../helpers/bundles";

const { checkManifest } = require("../../tools/validate-manifest.js") as { checkManifest: (distDir?: string) => Promise<string[]> };
const { iconPng } = require("../../tools/icons.js") as { iconPng: (size: number) => Buffer };

const BUILT = path.join(DIST, "excel-addin");
const file = path.join(BUILT, "manifest.xml");
const xml = fs.readFileSync(file, "utf8");
const BASE = "https://localhost:3000/";

describe("dist/excel-addin/manifest.xml", () => {
  test("parses with office-addin-manifest", async () => {
    const { OfficeAddinManifest } = await import("office-addin-manifest");
    const info = await OfficeAddinManifest.readManifestFile(file);
    expect(info.displayName).toBe("KPI Scrutiny");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.defaultSettings?.sourceLocation).toBe(`${BASE}taskpane.html`);
  });

  test("every URL points at a built file under the base URL", () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(BASE)).toBe(true);
      const relative = url.slice(BASE.length);
      expect(fs.existsSync(path.join(DIST, "excel-addin", relative))).toBe(true);
    }
    expect(xml).not.toMatch(/\{\{BASE_URL\}\}/);
  });

  test("every resid used is defined once in Resources", () => {
    const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined).toContain(id);
  });

  test("the formulas are in the KPI namespace and need CustomFunctionsRuntime 1.2", () => {
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="KPI"\/>/);
    expect(xml).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1.2"\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  test("has no empty container element (an empty <AppDomains/> fails the schema)", () => {
    expect(xml).not.toMatch(/<AppDomains\s*\/>|<AppDomains>\s*<\/AppDomains>/);
  });

  test("passes every offline check of tools/validate-manifest.js", async () => {
    expect(await checkManifest(BUILT)).toEqual([]);
  });
});

/** Replaces text that must be in the manifest (so a broken copy really differs from the built one). */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the built manifest has no ${String(from)} to change`);
  return changed;
}

/** Copies the built add-in, breaks the copy and returns what the validator says about it. */
async function problemsOf(breakManifest: (manifest: string) => string, breakFiles?: (dir: string) => void): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-manifest-"));
  try {
    fs.cpSync(BUILT, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "manifest.xml"), breakManifest(xml));
    if (breakFiles) breakFiles(dir);
    return await checkManifest(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const long = (count: number) => "x".repeat(count);
const unchanged = (manifest: string) => manifest;

describe("tools/validate-manifest.js fails a manifest broken against each rule it checks", () => {
  const cases: [string, (manifest: string) => string, RegExp][] = [
    [
      "an empty <AppDomains/> (the reference: this element can't be empty)",
      (m) => replaceOnce(m, "  <Hosts>", "  <AppDomains/>\n  <Hosts>"),
      /<AppDomains> \(line \d+\) is empty: the manifest schema requires <AppDomain> in it/,
    ],
    ["an empty <Hosts> in OfficeApp", (m) => replaceOnce(m, /<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/, "<Hosts></Hosts>"), /<Hosts> \(line \d+\) is empty/],
    ["an empty ribbon <Icon>", (m) => replaceOnce(m, /<Icon>[\s\S]*?<\/Icon>/, "<Icon/>"), /<Icon> \(line \d+\) is empty: the manifest schema requires <Image>/],
    ["an empty <Sets>", (m) => replaceOnce(m, /<Sets DefaultMinVersion="1.1">[\s\S]*?<\/Sets>/, '<Sets DefaultMinVersion="1.1"></Sets>'), /<Sets> \(line \d+\) is empty/],
    ["a required element left out (<Permissions>)", (m) => replaceOnce(m, /\s*<Permissions>ReadWriteDocument<\/Permissions>/, ""), /<OfficeApp> \(line \d+\) lacks <Permissions>/],
    [
      "OfficeApp children out of order (<Version> before <Id>)",
      (m) => replaceOnce(m, /(\s*<Id>[^<]*<\/Id>)(\s*<Version>[^<]*<\/Version>)/, "$2$1"),
      /<Id> \(line \d+\) is out of order in <OfficeApp> \(line \d+\): the schema puts it before <Version>/,
    ],
    [
      "OfficeApp children out of order (<Permissions> before <DefaultSettings>)",
      (m) => replaceOnce(m, /(\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*<Permissions>[^<]*<\/Permissions>)/, "$2$1"),
      /<DefaultSettings> \(line \d+\) is out of order in <OfficeApp>/,
    ],
    [
      "VersionOverrides children out of order (<Resources> before <Hosts>)",
      (m) => replaceOnce(m, /(\s*<Hosts>\s*<Host xsi:type="Workbook">[\s\S]*?<\/Hosts>)(\s*<Resources>[\s\S]*?<\/Resources>)/, "$2$1"),
      /<Hosts> \(line \d+\) is out of order in <VersionOverrides>/,
    ],
    [
      "custom functions extension point out of order (<Page> before <Script>)",
      (m) => replaceOnce(m, /(\s*<Script>[\s\S]*?<\/Script>)(\s*<Page>[\s\S]*?<\/Page>)/, "$2$1"),
      /<Script> \(line \d+\) is out of order in <ExtensionPoint>/,
    ],
    [
      "an element the schema does not allow in OfficeApp",
      (m) => replaceOnce(m, "  <Hosts>", "  <AppDomain>https://localhost:3000</AppDomain>\n  <Hosts>"),
      /<AppDomain> \(line \d+\) is not an element the manifest schema allows in <OfficeApp>/,
    ],
    [
      "a resid over 32 characters",
      (m) => m.replace(/"OpenPane\.Tooltip"/g, `"OpenPane.Tooltip.${long(16)}"`),
      /resid: has 33 characters; a resource id \(ReferenceId\) allows at most 32/,
    ],
    ["a URL over 2048 characters", (m) => replaceOnce(m, /<SupportUrl DefaultValue="([^"]*)"/, `<SupportUrl DefaultValue="$1?${long(2100)}"`), /<SupportUrl> \(line \d+\) DefaultValue: has \d+ characters; a URL allows at most 2048/],
    [
      "a ShortStrings String over 125 characters",
      (m) => replaceOnce(m, /(<bt:String id="GetStarted.Title" DefaultValue=")[^"]*"/, `$1${long(126)}"`),
      /<bt:String> id="GetStarted.Title" \(line \d+\) DefaultValue: has 126 characters; a ShortString allows at most 125/,
    ],
    [
      "a LongStrings String over 250 characters",
      (m) => replaceOnce(m, /(<bt:String id="OpenPane.Tooltip" DefaultValue=")[^"]*"/, `$1${long(251)}"`),
      /<bt:String> id="OpenPane.Tooltip" \(line \d+\) DefaultValue: has 251 characters; a LongString allows at most 250/,
    ],
    ["a DisplayName over 125 characters", (m) => replaceOnce(m, /<DisplayName DefaultValue="[^"]*"/, `<DisplayName DefaultValue="${long(126)}"`), /<DisplayName> \(line \d+\) DefaultValue: has 126 characters; a ShortString allows at most 125/],
    ["a Description over 250 characters", (m) => replaceOnce(m, /<Description DefaultValue="[^"]*"/, `<Description DefaultValue="${long(251)}"`), /<Description> \(line \d+\) DefaultValue: has 251 characters; a LongString allows at most 250/],
    ["a Version of five numbers", (m) => replaceOnce(m, /<Version>[^<]*<\/Version>/, "<Version>0.1.0.0.0</Version>"), /<Version> \(line \d+\): "0.1.0.0.0" is not a version of up to four numbers/],
    ["an unknown Permissions value", (m) => replaceOnce(m, "ReadWriteDocument", "ReadWriteEverything"), /<Permissions> \(line \d+\): "ReadWriteEverything" is not one of Restricted/],
    [
      "a resource id defined twice",
      (m) => replaceOnce(m, /(\s*<bt:String id="Group.Label" [^>]*\/>)/, "$1$1"),
      /resource id "Group.Label" is defined twice \(<bt:String> id="Group.Label" \(line \d+\) and <bt:String> id="Group.Label" \(line \d+\)\)/,
    ],
    ["a resid that names no resource", (m) => replaceOnce(m, 'resid="OpenPane.Tooltip"', 'resid="OpenPane.Help"'), /resid "OpenPane.Help" in <Description> \(line \d+\) names no resource; define it as a String in <bt:LongStrings>/],
    [
      "a resid that names the wrong kind of resource (a Label naming a LongStrings String)",
      (m) => replaceOnce(m, '<Label resid="Group.Label"/>', '<Label resid="OpenPane.Tooltip"/>'),
      /resid "OpenPane.Tooltip" in <Label> \(line \d+\) must name a String in <bt:ShortStrings>, but it names a String in <bt:LongStrings>/,
    ],
    [
      "a Control id used twice",
      (m) => replaceOnce(m, /(\s*<Control xsi:type="Button"[\s\S]*?<\/Control>)/, "$1$1"),
      /Control id "KpiScrutiny.OpenPane" is used twice/,
    ],
    ["a ribbon Icon without the mandatory 80-pixel image", (m) => replaceOnce(m, /\s*<bt:Image size="80" resid="Icon.80"\/>/, ""), /<Icon> \(line \d+\) in <Group> id="KpiScrutiny.Group" \(line \d+\) lacks the mandatory image size 80/],
    ["a ribbon icon size the reference does not support", (m) => replaceOnce(m, '<bt:Image size="16" resid="Icon.16"/>', '<bt:Image size="17" resid="Icon.16"/>'), /has size 17; supported sizes are 16, 20, 24, 32, 40, 48, 64, 80/],
    [
      "a ribbon image whose file is not the size it declares",
      (m) => replaceOnce(m, /(<bt:Image id="Icon.80" DefaultValue="[^"]*)icon-80.png"/, '$1icon-64.png"'),
      /icon "Icon.80" \(https:\/\/localhost:3000\/assets\/icon-64.png\) is 64 x 64 pixels, but <bt:Image> \(line \d+\) declares size 80/,
    ],
    [
      "a HighResolutionIconUrl that is not 64 x 64",
      (m) => replaceOnce(m, /(<HighResolutionIconUrl DefaultValue="[^"]*)icon-64.png"/, '$1icon-128.png"'),
      /<HighResolutionIconUrl> https:\/\/localhost:3000\/assets\/icon-128.png is 128 x 128 pixels; a TaskPaneApp icon there must be 64 x 64/,
    ],
    ["a URL outside the base URL", (m) => replaceOnce(m, /<SupportUrl DefaultValue="[^"]*"/, '<SupportUrl DefaultValue="https://example.org/help.html"'), /https:\/\/example.org\/help.html \(<SupportUrl> \(line \d+\)\) is not under the base URL/],
    ["malformed XML", (m) => replaceOnce(m, "</Hosts>", ""), /manifest.xml does not parse/],
  ];

  test.each(cases)("%s", async (_rule, breakManifest, expected) => {
    const problems = await problemsOf(breakManifest);
    expect(problems.join("\n")).toMatch(expected);
  });

  test("an IconUrl file that is not 32 x 32 pixels (sizes are read from the built PNG)", async () => {
    const problems = await problemsOf(unchanged, (dir) => fs.writeFileSync(path.join(dir, "assets", "icon-32.png"), iconPng(20)));
    expect(problems).toContain("<IconUrl> https://localhost:3000/assets/icon-32.png is 20 x 20 pixels; a TaskPaneApp icon there must be 32 x 32");
    expect(problems.join("\n")).toMatch(/icon "Icon.32" \(https:\/\/localhost:3000\/assets\/icon-32.png\) is 20 x 20 pixels, but <bt:Image> \(line \d+\) declares size 32/);
  });

  test("an icon that is not a PNG cannot pass", async () => {
    const problems = await problemsOf(unchanged, (dir) => fs.writeFileSync(path.join(dir, "assets", "icon-16.png"), "GIF89a"));
    expect(problems.join("\n")).toMatch(/icon "Icon.16": https:\/\/localhost:3000\/assets\/icon-16.png is not a PNG file/);
  });

  test("an unchanged copy passes, so each failure above is the broken rule's", async () => {
    expect(await problemsOf(unchanged)).toEqual([]);
  });
});
