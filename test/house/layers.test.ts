/**
 * Sealed layers: the import graph of the product's sources (core/, panel/, excel-addin/,
 * sheets-addon/, and demo/ when there is one), read with the TypeScript compiler's own import
 * scanner, has no cycle, and core imports only downwards through its layers. (That core uses no
 * host global is checked in test/core/house.test.ts.)
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_FOLDERS = ["core", "panel", "excel-addin", "sheets-addon", "demo"];

/**
 * The layers of core, bottom first. A core file may import files of its own layer or of a layer
 * below, never above; every core file belongs to exactly one layer (a new folder must be placed).
 */
const CORE_LAYERS: readonly { name: string; paths: readonly string[] }[] = [
  {
    name: "values and distributions",
    paths: ["core/errors.ts", "core/labels.ts", "core/values", "core/distributions.ts", "core/regularized-beta.ts", "core/regularized-gamma.ts", "core/seeded-random.ts"],
  },
  { name: "engines", paths: ["core/trend", "core/spc", "core/benchmark", "core/public-health", "core/targets", "core/value-for-money", "core/kpi-set", "core/data-quality", "core/aggregate"] },
  { name: "analysis, narrative and questions", paths: ["core/analysis"] },
  { name: "formula catalogue", paths: ["core/functions"] },
  { name: "index", paths: ["core/index.ts"] },
];

/**
 * Import cycles known and being removed, each as its files (relative to the root, sorted). Delete
 * an entry once its cycle is gone; this test fails on an entry that no longer matches a cycle.
 */
const KNOWN_CYCLES: readonly (readonly string[])[] = [];

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Root-relative, forward slashes. */
const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

const sources = SOURCE_FOLDERS.flatMap((folder) => filesUnder(path.join(ROOT, folder)))
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"))
  .map(relative)
  .sort();

/** The file a relative import names (`./x` is x.ts, x.tsx or x/index.ts), or undefined when it is a package. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
  const found = candidates.find((candidate) => fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile());
  if (found === undefined) throw new Error(`${from} imports ${specifier}, which is not a file`);
  return found;
}

/** Every relative import (import, import type, export ... from, dynamic import) of every source, by file. */
const graph = new Map<string, string[]>(
  sources.map((file) => {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    const imports = ts
      .preProcessFile(text, true, true)
      .importedFiles.map((imported) => resolveImport(file, imported.fileName))
      .filter((target): target is string => target !== undefined);
    return [file, [...new Set(imports)]];
  }),
);

/** The strongly connected components with more than one file (or a file importing itself): the cycles. */
function cycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The layer of a core file: the position in CORE_LAYERS of the path it falls under. */
function layerOf(file: string): number {
  return CORE_LAYERS.findIndex((layer) => layer.paths.some((place) => file === place || file.startsWith(`${place}/`)));
}

describe("the import graph", () => {
  test("is read from every source folder", () => {
    for (const folder of ["core", "panel", "excel-addin", "sheets-addon"]) expect(sources.some((file) => file.startsWith(`${folder}/`))).toBe(true);
    expect(graph.get("core/analysis/analyse-kpi.ts")).toContain("core/analysis/narrate.ts");
  });

  test("has no import cycle (besides the known ones listed above)", () => {
    const key = (files: readonly string[]) => files.join(" <-> ");
    const known = new Set(KNOWN_CYCLES.map((files) => key([...files].sort())));
    const found = cycles(graph).map(key);
    expect(found.filter((cycle) => !known.has(cycle))).toEqual([]);
    // A known cycle that is gone must leave the list, so that it cannot come back unnoticed.
    expect([...known].filter((cycle) => !found.includes(cycle))).toEqual([]);
  });

  test("the cycle finder finds a cycle", () => {
    const edges = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cycles(edges)).toEqual([["a", "b", "c"]]);
  });
});

describe("core is sealed", () => {
  const coreFiles = sources.filter((file) => file.startsWith("core/"));

  test("every core file belongs to one layer", () => {
    expect(coreFiles.filter((file) => layerOf(file) === -1)).toEqual([]);
  });

  test("core imports nothing outside core", () => {
    const outside = coreFiles.flatMap((file) => graph.get(file)!.filter((target) => !target.startsWith("core/")).map((target) => `${file} -> ${target}`));
    expect(outside).toEqual([]);
  });

  test("core imports only downwards: values and distributions, engines, analysis, formula catalogue, index", () => {
    const upward = coreFiles.flatMap((file) =>
      graph
        .get(file)!
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${file} (${CORE_LAYERS[layerOf(file)].name}) -> ${target} (${CORE_LAYERS[layerOf(target)].name})`),
    );
    expect(upward).toEqual([]);
  });

  test("core's folders import one another without a cycle (the engines stay separable)", () => {
    const folderOf = (file: string) => file.split("/").slice(0, 2).join("/");
    const folders = new Map<string, string[]>();
    for (const file of coreFiles) {
      const targets = graph.get(file)!.map(folderOf).filter((target) => target !== folderOf(file));
      folders.set(folderOf(file), [...new Set([...(folders.get(folderOf(file)) ?? []), ...targets])]);
    }
    expect(cycles(folders)).toEqual([]);
  });

  test("the layers put the engines below the analysis, and the unit wording below the engines", () => {
    expect(layerOf("core/targets/check-target.ts")).toBeLessThan(layerOf("core/analysis/types.ts"));
    expect(layerOf("core/values/units.ts")).toBeLessThan(layerOf("core/targets/check-target.ts"));
  });
});
