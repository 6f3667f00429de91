/**
 * House rules that keep the project honest: core knows nothing of hosts, and the formula
 * reference is generated from the catalogue.
 */
import fs from "fs";
import path from "path";
import { catalogueMetadata } from "../../core/functions";

const ROOT = path.resolve(__dirname, "../..");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe("core is pure (docs/DESIGN.md, rule 1)", () => {
  const sources = filesUnder(path.join(ROOT, "core")).filter((file) => file.endsWith(".ts"));
  test.each(sources.map((file) => [path.relative(ROOT, file), file]))("%s uses no host or platform globals", (_name, file) => {
    const text = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(text).not.toMatch(/\b(window|document|Office|Excel|CustomFunctions|SpreadsheetApp|HtmlService|google|process|require)\s*[.(]/);
    expect(text).not.toMatch(/from "(fs|path|vm|http|https|child_process)"/);
  });
});

describe("the formula reference (docs/FORMULAS.md) is generated from the catalogue", () => {
  test("the committed reference is up to date (run npm run docs after changing the catalogue)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { renderReference } = require(path.join(ROOT, "tools", "generate-reference.js"));
    const expected = renderReference(catalogueMetadata());
    expect(fs.readFileSync(path.join(ROOT, "docs", "FORMULAS.md"), "utf8")).toBe(expected);
  });

  test("every catalogue entry has a description, help for every parameter and an example", () => {
    for (const meta of catalogueMetadata()) {
      expect(meta.description.length).toBeGreaterThan(20);
      for (const parameter of meta.parameters) expect(parameter.description.length).toBeGreaterThan(10);
      expect(meta.example.formula).toMatch(new RegExp(`^=KPI\\.${meta.name}\\(`));
      expect(meta.name).toMatch(/^[A-Z]+$/);
    }
  });
});
