/**
 * Offline checks of the built Excel manifest (Microsoft's validator needs its online service):
 * it parses, its URLs and resource ids resolve to built files, the KPI namespace is set and
 * CustomFunctionsRuntime 1.2 is required.
 */
import fs from "fs";
import path from "path";
import { DIST } from "../helpers/bundles";

const file = path.join(DIST, "excel-addin", "manifest.xml");
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
});
