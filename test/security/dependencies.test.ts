/**
 * The production dependency tree is a short, reviewed list (SECURITY.md): every package that ships
 * inside the add-in was chosen on purpose. A new runtime dependency fails this test until it is
 * reviewed and added here, with the reason.
 *
 * (`npm audit` needs npm's advisory service; run it where that service can be reached.)
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

/** Direct runtime dependencies, each with why it is there. */
const DIRECT: Record<string, string> = {
  zod: "parses and validates arguments at the edge (docs/DESIGN.md, rule 4)",
  "simple-statistics": "descriptive statistics and selection",
  "@stdlib/stats-base-dists-normal-cdf": "normalCdf in core/distributions.ts (p-values)",
  "@stdlib/stats-base-dists-normal-quantile": "normalQuantile in core/distributions.ts (confidence intervals)",
};

/** Packages the @stdlib packages bring with them: the @stdlib scope itself, and these few. */
const STDLIB_SCOPE = "@stdlib/";
const TRANSITIVE: Record<string, string> = {
  debug: "required by @stdlib/utils-library-manifest (Node only); never reached in the bundles",
  ms: "required by debug",
  resolve: "required by @stdlib/utils-library-manifest to find native add-ons in Node; never reached in the bundles",
  "es-errors": "required by resolve",
  "is-core-module": "required by resolve",
  hasown: "required by is-core-module",
  "function-bind": "required by hasown",
  "path-parse": "required by resolve",
  "supports-preserve-symlinks-flag": "required by resolve",
};

interface NpmTree {
  dependencies?: Record<string, NpmTree & { version?: string }>;
}

/** Every package in the production tree (`npm ls --omit=dev --all`), by name. */
function productionPackages(): Set<string> {
  const result = spawnSync("npm", ["ls", "--omit=dev", "--all", "--json"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const tree = JSON.parse(result.stdout) as NpmTree;
  const names = new Set<string>();
  const walk = (node: NpmTree) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      if (names.has(name)) continue;
      names.add(name);
      walk(child);
    }
  };
  walk(tree);
  return names;
}

describe("the production dependency tree", () => {
  test("package.json lists exactly the reviewed runtime dependencies", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(Object.keys(DIRECT).sort());
  });

  test("npm ls --omit=dev shows nothing outside the allow-list", () => {
    const packages = productionPackages();
    expect(packages.size).toBeGreaterThan(Object.keys(DIRECT).length);
    const outside = [...packages].filter((name) => !(name in DIRECT) && !(name in TRANSITIVE) && !name.startsWith(STDLIB_SCOPE));
    expect(outside).toEqual([]);
    for (const name of Object.keys(DIRECT)) expect(packages).toContain(name);
  });

  test("runtime dependencies are pinned to exact versions", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    for (const [name, version] of Object.entries<string>(manifest.dependencies ?? {})) {
      expect(`${name}@${version}`).toMatch(/@\d+\.\d+\.\d+$/);
    }
  });
});
