/**
 * The panel in rooms: each step is its own folder that imports only what the steps share (the
 * host contract, panel/shared, core) and its own files, never another step or the app; hosts
 * live in their own folders; files stay small enough to read; and the Apps Script bundle, which
 * every spreadsheet formula loads, stays free of the schema library the pane uses.
 */
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(relative);
    return entry.name.endsWith(".ts") ? [relative] : [];
  });
}

/** The module specifiers a source file imports (type-only imports included). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  return Array.from(text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm), (match) => match[1]);
}

/** A relative import as a path from the repository's root, without extension. */
function resolved(file: string, specifier: string): string {
  return path.normalize(path.join(path.dirname(file), specifier));
}

const PANEL_AND_HOSTS = ["panel", "excel-addin", "sheets-addon", "demo"].flatMap(sourcesUnder);

describe("files stay small enough to read", () => {
  test.each(PANEL_AND_HOSTS)("%s has at most 350 lines", (file) => {
    expect(fs.readFileSync(path.join(ROOT, file), "utf8").split("\n").length).toBeLessThanOrEqual(350);
  });

  test("panel/app.ts only composes the steps: under 250 lines", () => {
    expect(fs.readFileSync(path.join(ROOT, "panel/app.ts"), "utf8").split("\n").length).toBeLessThan(250);
  });
});

describe("each step is a room", () => {
  const steps = fs.readdirSync(path.join(ROOT, "panel/steps"));

  test("the four steps have their folders", () => {
    expect(steps.sort()).toEqual(["analysis", "find-data", "periods", "report"]);
  });

  test.each(steps.flatMap((step) => sourcesUnder(path.join("panel/steps", step)).map((file) => [file, step])))("%s imports no other step and not the app", (file, step) => {
    for (const specifier of importsOf(file).filter((s) => s.startsWith("."))) {
      const target = resolved(file, specifier);
      const allowed = target.startsWith(path.join("panel/steps", step)) || target.startsWith("panel/shared/") || target === "panel/host" || target.startsWith("core/");
      expect({ specifier, allowed }).toEqual({ specifier, allowed: true });
    }
  });

  test("panel/shared imports no step and not the app", () => {
    for (const file of sourcesUnder("panel/shared")) {
      for (const specifier of importsOf(file).filter((s) => s.startsWith("."))) {
        expect(resolved(file, specifier)).not.toMatch(/^panel\/(steps\/|app$)/);
      }
    }
  });

  test("only the hosts' entry points start the panel", () => {
    const starters = PANEL_AND_HOSTS.filter((file) => importsOf(file).some((specifier) => specifier.startsWith(".") && resolved(file, specifier) === "panel/app"));
    expect(starters.sort()).toEqual(["demo/demo.ts", "excel-addin/taskpane.ts", "sheets-addon/sidebar.ts"]);
  });
});

describe("the Apps Script bundle stays free of zod", () => {
  test("nothing reachable from sheets-addon/entry.ts imports zod (it would add about 27 KB to Code.js)", () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of importsOf(file)) {
        if (!specifier.startsWith(".")) {
          external.add(specifier);
          continue;
        }
        const target = resolved(file, specifier);
        const candidates = [`${target}.ts`, path.join(target, "index.ts")];
        const found = candidates.find((candidate) => fs.existsSync(path.join(ROOT, candidate)));
        if (found !== undefined) visit(found);
      }
    };
    visit("sheets-addon/entry.ts");
    expect(seen.has("sheets-addon/panel-server.ts")).toBe(true);
    expect(Array.from(external).filter((name) => name.startsWith("zod"))).toEqual([]);
  });
});
