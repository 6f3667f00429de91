/**
 * Licence notices travel inside the scripts users load: clasp pushes only Code.js, Sidebar.html and
 * appsscript.json, so a separate Code.js.LICENSE.txt never reached the deployed script. Each built
 * script begins with one comment holding the licence and NOTICE texts of every npm package bundled
 * into it, and the licence comments of its bundled source files. Which packages are bundled is
 * found here independently of the build's own plugin: from the module list of a webpack build of
 * the same configuration (its stats), not from a list written in the test.
 */
import fs from "fs";
import os from "os";
import path from "path";
import vm from "vm";
import { DIST, loadSheetsBundle } from "../helpers/bundles";

const ROOT = path.resolve(__dirname, "../..");
const { NOTICES_HEADING } = require("../../webpack.config.js") as { NOTICES_HEADING: string };

/** The built scripts and the entry (chunk) each is built from. */
const SCRIPTS: { file: string; config: "excel" | "sheets"; chunk: string }[] = [
  { file: "sheets-addon/Code.js", config: "sheets", chunk: "Code" },
  { file: "sheets-addon/Sidebar.html", config: "sheets", chunk: "sidebar" },
  { file: "excel-addin/functions.js", config: "excel", chunk: "functions" },
  { file: "excel-addin/taskpane.js", config: "excel", chunk: "taskpane" },
];

/** The text of a built script: for Sidebar.html, its inlined script. */
function scriptText(file: string): string {
  const text = fs.readFileSync(path.join(DIST, file), "utf8");
  if (!file.endsWith(".html")) return text;
  const scripts = [...text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const withNotices = scripts.find((script) => script.trimStart().startsWith(NOTICES_HEADING));
  return withNotices ? withNotices.trimStart() : scripts.join("\n");
}

/** The notices comment a script begins with (up to its first closing "*\/"), or "" if it does not begin with one. */
function leadingNotices(script: string): string {
  if (!script.startsWith(NOTICES_HEADING)) return "";
  return script.slice(0, script.indexOf("*/") + 2);
}

/** Text with whitespace collapsed; `fromComment` also drops the " * " each comment line starts with. */
const flatten = (text: string, fromComment = false) => (fromComment ? text.replace(/^ \*( |$)/gm, "") : text).replace(/\s+/g, " ").trim();

interface StatsModule {
  name?: string;
  modules?: StatsModule[];
}

/** The npm package roots of the modules in each chunk, from the stats of a build of the excel and sheets configurations. */
async function bundledPackageRootsByChunk(): Promise<Map<string, Set<string>>> {
  const webpack = require("webpack");
  const makeConfigs = require("../../webpack.config.js");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-licences-"));
  try {
    const configs = makeConfigs({ dist: out }, { mode: "production" })
      .filter((config: { name: string }) => config.name === "excel" || config.name === "sheets")
      // Minifying changes no module in a chunk, only the time the build takes.
      .map((config: { optimization?: object }) => ({ ...config, optimization: { ...config.optimization, minimize: false } }));
    const stats = await new Promise<{ hasErrors(): boolean; toJson(options: object): { children: { chunks: { names: string[]; modules: StatsModule[] }[] }[] } }>((resolve, reject) => {
      webpack(configs, (error: Error | null, result: never) => (error ? reject(error) : resolve(result)));
    });
    expect(stats.hasErrors()).toBe(false);
    const byChunk = new Map<string, Set<string>>();
    const listing = { all: false, chunks: true, chunkModules: true, nestedModules: true, chunkModulesSpace: Infinity, nestedModulesSpace: Infinity, dependentModules: true, runtimeModules: false };
    for (const child of stats.toJson(listing).children) {
      for (const chunk of child.chunks) {
        const roots = new Set<string>();
        const visit = (module: StatsModule) => {
          for (const inner of module.modules ?? []) visit(inner);
          const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(module.name ?? "");
          if (match) roots.add(path.resolve(ROOT, match[1]));
        };
        for (const module of chunk.modules) visit(module);
        for (const name of chunk.names) byChunk.set(name, roots);
      }
    }
    return byChunk;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

describe("licence notices in the built scripts", () => {
  test("no separate LICENSE.txt file is left in dist for the add-in's bundles", () => {
    const leftovers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/LICEN[CS]E/i.test(entry.name)) leftovers.push(path.relative(DIST, file));
      }
    };
    for (const folder of ["excel-addin", "sheets-addon", "demo"]) walk(path.join(DIST, folder));
    expect(leftovers).toEqual([]);
  });

  describe("each script begins with the notices of exactly the packages bundled into it", () => {
    let byChunk: Map<string, Set<string>>;
    beforeAll(async () => {
      byChunk = await bundledPackageRootsByChunk();
    }, 180000);

    test.each(SCRIPTS)("$file", ({ file, chunk }) => {
      const roots = [...(byChunk.get(chunk) ?? [])];
      expect(roots.length).toBeGreaterThan(0);
      const notices = leadingNotices(scriptText(file));
      expect(notices).not.toBe("");
      const listed = [...notices.matchAll(/^ \* ((?:@[\w.-]+\/)?[\w.-]+ \d+\.\d+\.\d+[\w.-]*(?:, |,$|$))+/gm)]
        .flatMap((m) => m[0].replace(/^ \* /, "").split(/,\s*/))
        .filter((entry) => entry !== "");
      const expected = roots.map((root) => {
        const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
        return `${manifest.name} ${manifest.version}`;
      });
      expect([...new Set(listed)].sort()).toEqual([...new Set(expected)].sort());

      const flat = flatten(notices, true);
      for (const root of roots) {
        for (const name of fs.readdirSync(root)) {
          if (!/^(licen[cs]e|copying|notice)([.-].*)?$/i.test(name)) continue;
          for (const paragraph of fs.readFileSync(path.join(root, name), "utf8").split(/\r?\n\s*\r?\n/)) {
            if (paragraph.trim() === "") continue;
            expect({ package: path.relative(ROOT, root), file: name, found: flat.includes(flatten(paragraph)) }).toEqual({ package: path.relative(ROOT, root), file: name, found: true });
          }
        }
      }
    });
  });

  test.each(SCRIPTS)("$file still parses as JavaScript after its notices", ({ file }) => {
    expect(() => new vm.Script(scriptText(file), { filename: file })).not.toThrow();
  });

  test("the notices keep the third-party copyright lines of the bundled @stdlib sources (FreeBSD, Go, Boost)", () => {
    const flat = flatten(leadingNotices(scriptText("sheets-addon/Code.js")), true);
    for (const line of ["Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.", "Copyright (c) 2009 The Go Authors. All rights reserved.", "(C) Copyright John Maddock 2006."]) {
      expect(flat).toContain(line);
    }
  });

  test("Code.js still declares @OnlyCurrentDoc and its @customfunction stubs still load and run", () => {
    const code = fs.readFileSync(path.join(DIST, "sheets-addon", "Code.js"), "utf8");
    const notices = leadingNotices(code);
    expect(code.slice(notices.length)).toMatch(/^\n\/\*\*\n \* KPI Scrutiny for Google Sheets[\s\S]*?@OnlyCurrentDoc[\s\S]*?\*\//);
    expect(code).toMatch(/@customfunction\s*\*\/\s*function KPI_SENSLOPE\(values, exclude\)/);
    const context = vm.createContext({});
    vm.runInContext(code, context, { filename: "Code.js" });
    expect(context.KPI_SENSLOPE([[1], [3], [5], [7]])).toBe(2);
    expect(loadSheetsBundle().globals).toContain("KPI_SENSLOPE");
  });

  test("the MIT licence is given once, with each MIT package's own copyright line", () => {
    const notices = leadingNotices(scriptText("excel-addin/taskpane.js"));
    const mit = notices.slice(notices.indexOf("== MIT"));
    expect(mit).toMatch(/uplot \d+\.\d+\.\d+/);
    expect(mit).toMatch(/Copyright \(c\) \d{4} Leon Sorokin/);
    expect(mit.match(/Permission is hereby granted, free of charge/g)).toHaveLength(1);
  });
});
