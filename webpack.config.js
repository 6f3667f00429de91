/**
 * Builds both hosts from one catalogue:
 * - `excel`: dist/excel-addin (manifest.xml, functions.json, functions.js, functions.html, taskpane.html and script, icons)
 * - `sheets`: dist/sheets-addon (Code.js with KPI_* globals, appsscript.json, Sidebar.html)
 * - `demo`: dist/demo (the pane in any browser, for npm run demo and the browser tests)
 * - `core`: dist/core (the core as a Node library, for npm run bench and npm run docs)
 *
 * Options (environment variables or `--env name=value`):
 * - KPI_BASE_URL / baseUrl: the HTTPS address the Excel files are served from (default https://localhost:3000/)
 * - KPI_DIST / dist: output folder (default dist)
 */
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const fs = require("fs");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { CataloguePlugin } = require("./tools/catalogue-plugin");
const { IconsPlugin } = require("./tools/icons");

const DEFAULT_BASE_URL = "https://localhost:3000/";

/** The panel's style sheet: uPlot's own rules, then the panel's. */
const PANEL_CSS = [require.resolve("uplot/dist/uPlot.min.css"), path.resolve(__dirname, "panel/panel.css")];
function panelCss() {
  return PANEL_CSS.map((file) => require("fs").readFileSync(file, "utf8")).join("\n");
}

/**
 * Writes Sidebar.html as one self-contained file, as HtmlService serves it: the built sidebar script
 * and the panel's style sheet are inlined into sheets-addon/Sidebar.html (at its two placeholders),
 * and the separate script is dropped from the output.
 */
/** Emits one generated asset (the panel's style sheet) and rebuilds when its sources change. */
class PanelCssPlugin {
  constructor(name, make) {
    this.name = name;
    this.make = make;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PanelCssPlugin", (compilation) => {
      for (const file of PANEL_CSS) compilation.fileDependencies.add(file);
      compilation.hooks.processAssets.tap({ name: "PanelCssPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(this.name, new sources.RawSource(this.make()));
      });
    });
  }
}

class InlineSidebarPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InlineSidebarPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "InlineSidebarPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, (assets) => {
        if (!assets["sidebar.js"]) return;
        const template = require("fs").readFileSync(path.resolve(__dirname, "sheets-addon/Sidebar.html"), "utf8");
        const script = assets["sidebar.js"].source().toString().replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
        const css = panelCss().replace(/<\/(style)/gi, "<\\/$1");
        if (!template.includes("/*PANEL_CSS*/") || !template.includes("/*PANEL_JS*/")) {
          compilation.errors.push(new Error("sheets-addon/Sidebar.html needs the /*PANEL_CSS*/ and /*PANEL_JS*/ placeholders"));
          return;
        }
        const html = template.replace("/*PANEL_CSS*/", () => css).replace("/*PANEL_JS*/", () => script);
        compilation.emitAsset("Sidebar.html", new sources.RawSource(html));
        compilation.deleteAsset("sidebar.js");
      });
    });
    compiler.hooks.thisCompilation.tap("InlineSidebarPluginWatch", (compilation) => {
      for (const file of PANEL_CSS.concat(path.resolve(__dirname, "sheets-addon/Sidebar.html"))) compilation.fileDependencies.add(file);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Licence notices. The minimizer's default moves licence comments into a separate
// `<file>.LICENSE.txt`, which clasp does not push to Apps Script and nothing links to, so the
// notices never reached the deployed script. Instead, every script starts with one comment holding
// the licences of the npm packages bundled into it, found from the modules webpack actually put in
// that chunk. Each licence text is given once per licence: the part every package's LICENSE file
// shares, and each package's own part (its copyright line for MIT and ISC, its attribution section
// for the @stdlib packages), with each package's NOTICE file.
// ---------------------------------------------------------------------------------------------

/** First line of the notices comment; tools/catalogue-plugin.js keeps a comment starting so at the top of Code.js. */
const NOTICES_HEADING = "/*! Third-party software in this file, and the licences it is used under.";

/**
 * The npm packages webpack put in a chunk: their roots (node_modules/<name> or
 * node_modules/@scope/<name>) and the files of theirs it bundled.
 */
function bundledPackages(compilation, chunk) {
  const roots = new Set();
  const files = new Set();
  const visit = (module) => {
    if (module.modules) for (const inner of module.modules) visit(inner);
    const resource = module.resource;
    if (typeof resource !== "string") return;
    const file = resource.replace(/[?#].*$/, "");
    const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
    if (!match) return;
    roots.add(match[1]);
    files.add(file);
  };
  for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(module);
  return { roots: [...roots], files: [...files].sort() };
}

/**
 * The licence comments in bundled source files, the ones a minifier keeps by default (`/*!`,
 * `@license`, `@preserve`): a file may carry a notice its package's LICENSE lacks (the @stdlib
 * files name the FreeBSD, Go and Boost code they derive from). Returned as paragraphs, each once.
 */
function sourceNoticeParagraphs(files) {
  const seen = new Set();
  const found = [];
  for (const file of files) {
    for (const [comment] of fs.readFileSync(file, "utf8").matchAll(/\/\*[\s\S]*?\*\//g)) {
      if (!/^\/\*!|@license|@preserve/.test(comment)) continue;
      const text = comment
        .replace(/^\/\*!?\**/, "")
        .replace(/\*\/$/, "")
        .split("\n")
        .map((line) => line.replace(/^\s*\* ?/, ""))
        .join("\n");
      for (const paragraph of paragraphs(text)) {
        if (seen.has(paragraph.key)) continue;
        seen.add(paragraph.key);
        found.push(paragraph);
      }
    }
  }
  return found;
}

/**
 * A text split into paragraphs (blocks separated by blank lines; a ``` fenced block is one
 * paragraph, blank lines and all), each with a whitespace-collapsed key to compare by.
 */
function paragraphs(text) {
  const blocks = [];
  let block = [];
  let fenced = false;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (!fenced && line.trim() === "") {
      if (block.length > 0) blocks.push(block.join("\n"));
      block = [];
    } else block.push(line.replace(/\s+$/, ""));
  }
  if (block.length > 0) blocks.push(block.join("\n"));
  return blocks.map((text) => ({ text, key: text.replace(/\s+/g, " ").trim() }));
}

/** What a package says about its licence: name, version, SPDX id, LICENSE paragraphs, NOTICE text. */
function packageLicence(root) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const files = fs.readdirSync(root);
  const licenceFile = files.find((name) => /^(licen[cs]e|copying)([.-].*)?$/i.test(name));
  const noticeFile = files.find((name) => /^notice([.-].*)?$/i.test(name));
  const licence = typeof manifest.license === "string" ? manifest.license : (manifest.license && manifest.license.type) || "UNLICENSED";
  return {
    id: `${manifest.name} ${manifest.version}`,
    licence,
    paragraphs: licenceFile ? paragraphs(fs.readFileSync(path.join(root, licenceFile), "utf8")) : [{ text: `(the package has no licence file; its package.json says ${licence})`, key: "" }],
    notice: noticeFile ? fs.readFileSync(path.join(root, noticeFile), "utf8").trim() : "",
  };
}

/** Counts the paragraphs `lists` share at their start (fromEnd false) or end (fromEnd true). */
function sharedParagraphs(lists, fromEnd) {
  const shortest = Math.min(...lists.map((list) => list.length));
  let count = 0;
  while (count < shortest) {
    const at = (list) => list[fromEnd ? list.length - 1 - count : count].key;
    if (!lists.every((list) => at(list) === at(lists[0]))) break;
    count++;
  }
  return count;
}

/** Wraps a list of names into comment lines no wider than about 100 characters. */
function wrapList(names, indent) {
  const lines = [];
  let line = "";
  for (const name of names) {
    const next = line ? `${line}, ${name}` : name;
    if (next.length + indent.length > 100 && line) {
      lines.push(`${indent}${line},`);
      line = name;
    } else line = next;
  }
  if (line) lines.push(`${indent}${line}`);
  return lines;
}

/**
 * Groups packages whose LICENSE files share a paragraph of the licence proper (longer than 200
 * characters: the terms, not a title or a copyright line), so that one licence is printed once even
 * where package.json names it differently ("Apache-2.0" and "Apache-2.0 AND BSL-1.0").
 */
function licenceGroups(packages) {
  const parent = packages.map((_, k) => k);
  const find = (k) => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  const owner = new Map();
  packages.forEach((info, k) => {
    for (const paragraph of info.paragraphs) {
      if (paragraph.key.length <= 200) continue;
      if (owner.has(paragraph.key)) parent[find(k)] = find(owner.get(paragraph.key));
      else owner.set(paragraph.key, k);
    }
  });
  const groups = new Map();
  packages.forEach((info, k) => {
    const root = find(k);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root).push(info);
  });
  return [...groups.values()];
}

/** The notices comment for a set of packages, one section per licence text, then the notices in their source files. */
function noticesComment(packages, sourceNotices = []) {
  const lines = [NOTICES_HEADING, ""];
  const indented = (text, indent) => text.split("\n").map((line) => `${indent}${line}`.replace(/\s+$/, ""));
  const sorted = [...packages].sort((a, b) => a.id.localeCompare(b.id));
  const groups = licenceGroups(sorted).sort((a, b) => a[0].licence.localeCompare(b[0].licence) || a[0].id.localeCompare(b[0].id));
  for (const group of groups) {
    const licences = [...new Set(group.map((info) => info.licence))].join("; ");
    lines.push(`== ${licences}: ${group.length} package${group.length > 1 ? "s" : ""} ==`, ...wrapList(group.map((info) => info.id), ""), "");

    const notices = new Map();
    for (const info of group) if (info.notice) notices.set(info.notice, [...(notices.get(info.notice) || []), info.id]);
    const ranked = [...notices].sort((a, b) => b[1].length - a[1].length);
    ranked.forEach(([notice, ids], rank) => {
      if (ids.length === group.length) lines.push("NOTICE file of every package above:");
      else if (rank === 0 && ids.length > group.length / 2) lines.push("NOTICE file of every package above not named below:");
      else lines.push("NOTICE file of:", ...wrapList(ids, "  "));
      lines.push(...indented(notice, "    "), "");
    });

    const lists = group.map((info) => info.paragraphs);
    const head = sharedParagraphs(lists, false);
    const rests = lists.map((list) => list.slice(head));
    const tail = sharedParagraphs(rests, true);
    if (head > 0) {
      lines.push(group.length > 1 ? "Licence, as the LICENSE file of every package above gives it:" : "Licence, as its LICENSE file gives it:");
      for (const paragraph of lists[0].slice(0, head)) lines.push(...indented(paragraph.text, "    "), "");
    }
    const middles = new Map();
    group.forEach((info, k) => {
      const middle = rests[k].slice(0, rests[k].length - tail);
      if (middle.length === 0) return;
      const key = middle.map((p) => p.key).join("\n\n");
      if (!middles.has(key)) middles.set(key, { middle, ids: [] });
      middles.get(key).ids.push(info.id);
    });
    for (const { middle, ids } of middles.values()) {
      lines.push(`${head > 0 ? "Then, in the LICENSE file of" : "The LICENSE file of"}:`, ...wrapList(ids, "  "));
      for (const paragraph of middle) lines.push(...indented(paragraph.text, "    "), "");
    }
    if (tail > 0) {
      lines.push(head > 0 || middles.size > 0 ? "Then, in the LICENSE file of every package above:" : "Licence:");
      for (const paragraph of rests[0].slice(rests[0].length - tail)) lines.push(...indented(paragraph.text, "    "), "");
    }
  }
  if (sourceNotices.length > 0) {
    lines.push("== Notices in the bundled source files of these packages (each paragraph once) ==");
    for (const paragraph of sourceNotices) lines.push(...indented(paragraph.text, "    "), "");
  }
  while (lines[lines.length - 1] === "") lines.pop();
  const body = lines.slice(1).map((line) => (line ? ` * ${line}` : " *").replace(/\*\//g, "* /"));
  return [lines[0], ...body, " */"].join("\n") + "\n";
}

/** Puts the licence notices of the packages bundled into each script at the top of that script. */
class LicenceNoticesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LicenceNoticesPlugin", (compilation) => {
      // After minimizing (OPTIMIZE_SIZE), before the sidebar is inlined (OPTIMIZE_INLINE) and the
      // Sheets stubs are added (SUMMARIZE).
      compilation.hooks.processAssets.tap({ name: "LicenceNoticesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING }, () => {
        for (const chunk of compilation.chunks) {
          const { roots, files } = bundledPackages(compilation, chunk);
          if (roots.length === 0) continue;
          const comment = noticesComment(roots.map(packageLicence), sourceNoticeParagraphs(files));
          for (const file of chunk.files) {
            if (/\.js$/.test(file) && compilation.getAsset(file)) compilation.updateAsset(file, (old) => new sources.ConcatSource(comment, old));
          }
        }
      });
    });
  }
}

/**
 * Minifies JavaScript as webpack does by default (terser, two compress passes) but drops every
 * comment and writes no `<file>.LICENSE.txt`: the notices go into the scripts themselves.
 */
const minimizer = new MinimizerPlugin({
  test: /\.[cm]?js(\?.*)?$/i,
  minify: MinimizerPlugin.terserMinify,
  extractComments: false,
  minimizerOptions: { compress: { passes: 2 }, format: { comments: false } },
});

function options(env) {
  let baseUrl = (env && env.baseUrl) || process.env.KPI_BASE_URL || DEFAULT_BASE_URL;
  if (!/^https:\/\//.test(baseUrl) && !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(baseUrl)) {
    throw new Error(`KPI_BASE_URL must be an https:// address (Office add-ins are served over HTTPS); got ${baseUrl}`);
  }
  if (!baseUrl.endsWith("/")) baseUrl += "/";
  const dist = path.resolve(__dirname, (env && env.dist) || process.env.KPI_DIST || "dist");
  return { baseUrl, dist };
}

/**
 * The part of the Excel pages' Content Security Policy that depends on the build (SECURITY.md):
 * the pages connect nowhere, except that a development build is served by webpack-dev-server,
 * whose reload client opens a WebSocket back to the page's own address.
 */
function pagePolicy(mode) {
  return { connectSrc: mode === "development" ? "'self'" : "'none'" };
}

const typescriptRule = {
  test: /\.ts$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json") } },
};

/**
 * The stdlib packages behind normalCdf and normalQuantile pick at load time between a built-in and
 * a polyfill (typed arrays, Object.defineProperty), and their index files attach `factory`
 * functions the core never calls. Every engine the bundles run on (Apps Script's V8, the browsers
 * Office add-ins support, Node) has the built-ins, so each such package resolves straight to its
 * own built-in or main file: the same functions, without the polyfills, the feature tests and the
 * printf-style error formatter the polyfill alone uses (about 10 KB of the minified Code.js).
 */
const STDLIB_BUILT_INS = {
  "@stdlib/utils-define-property": "lib/builtin.js",
  "@stdlib/array-float64": "lib/main.js",
  "@stdlib/array-uint32": "lib/main.js",
  "@stdlib/array-uint16": "lib/main.js",
  "@stdlib/array-uint8": "lib/main.js",
  "@stdlib/stats-base-dists-normal-cdf": "lib/main.js",
  "@stdlib/stats-base-dists-normal-quantile": "lib/main.js",
};
const stdlibAliases = Object.fromEntries(
  Object.entries(STDLIB_BUILT_INS).map(([name, file]) => [`${name}$`, path.join(path.dirname(require.resolve(`${name}/package.json`)), file)]),
);

/** Settings of the bundles users load (Excel, Sheets, the demo): minified without comments, notices on top. */
function shared(mode) {
  return {
    mode,
    devtool: mode === "production" ? false : "source-map",
    resolve: { extensions: [".ts", ".js"], alias: stdlibAliases },
    module: { rules: [typescriptRule] },
    optimization: { minimizer: [minimizer] },
    performance: { hints: false },
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const { baseUrl, dist } = options(env);

  const excel = {
    ...shared(mode),
    name: "excel",
    target: ["web", "es2019"],
    entry: {
      functions: { import: "./excel-addin/functions.ts", library: { name: "KpiScrutinyExcel", type: "var" } },
      taskpane: "./excel-addin/taskpane.ts",
    },
    output: { path: path.join(dist, "excel-addin"), filename: "[name].js", clean: true },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./excel-addin/taskpane.html", chunks: ["taskpane"], templateParameters: pagePolicy(mode) }),
      new HtmlWebpackPlugin({ filename: "functions.html", template: "./excel-addin/functions.html", chunks: ["functions"], templateParameters: pagePolicy(mode) }),
      new PanelCssPlugin("panel.css", panelCss),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "excel-addin/manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().replace(/\{\{BASE_URL\}\}/g, baseUrl),
          },
        ],
      }),
      new IconsPlugin(),
      new CataloguePlugin({ host: "excel", asset: "functions.js", libraryName: "KpiScrutinyExcel" }),
      new LicenceNoticesPlugin(),
    ],
    devServer: {
      static: { directory: path.join(dist, "excel-addin") },
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };

  const sheets = {
    ...shared(mode),
    name: "sheets",
    target: ["es2019"],
    entry: {
      Code: { import: "./sheets-addon/entry.ts", library: { name: "KpiScrutiny", type: "var" } },
      sidebar: "./panel/sheets.ts",
    },
    output: {
      path: path.join(dist, "sheets-addon"),
      filename: "[name].js",
      globalObject: "globalThis",
      chunkFormat: false,
      chunkLoading: false,
      clean: true,
    },
    // Apps Script loads one file and caches nothing between builds, so module ids need not be
    // stable: the shortest ones save about 0.5 KB of Code.js.
    optimization: { minimizer: [minimizer], moduleIds: "size" },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "sheets-addon/appsscript.json", to: "appsscript.json" },
        ],
      }),
      new CataloguePlugin({ host: "sheets", asset: "Code.js", libraryName: "KpiScrutiny", prefix: "KPI_" }),
      new InlineSidebarPlugin(),
      new LicenceNoticesPlugin(),
    ],
  };

  // The demo is an ES module: the file readers and the .xlsx writer (demo/files) are separate
  // scripts it loads with import() only when a file is opened or the report downloaded, so the first
  // screen does not wait for them. Native import() keeps the page's policy (script-src 'self', no
  // eval) and adds no script element at run time, as webpack's default chunk loading would.
  const demo = {
    ...shared(mode),
    name: "demo",
    target: ["web", "es2020"],
    entry: { demo: "./panel/demo.ts" },
    experiments: { outputModule: true },
    output: { path: path.join(dist, "demo"), filename: "[name].js", chunkFilename: "[name].js", module: true, chunkFormat: "module", chunkLoading: "import", clean: true },
    plugins: [
      // PapaParse's unused downloader is the one network call in the demo's libraries: the name
      // XMLHttpRequest is bound to a stand-in that refuses (demo/files/no-network.ts).
      new webpack.ProvidePlugin({ XMLHttpRequest: [path.resolve(__dirname, "demo/files/no-network.ts"), "default"] }),
      // The page as it is (it has no template expressions): html-webpack-plugin's template loader
      // uses a `with` statement, which an ES-module build warns of.
      new HtmlWebpackPlugin({ filename: "index.html", templateContent: () => fs.readFileSync(path.resolve(__dirname, "panel/demo.html"), "utf8"), chunks: ["demo"], scriptLoading: "module" }),
      new PanelCssPlugin("panel.css", panelCss),
      new LicenceNoticesPlugin(),
    ],
  };

  // The core as a Node library, for npm run bench, npm run docs and other tools.
  const core = {
    ...shared(mode),
    name: "core",
    target: ["node20"],
    entry: { index: "./core/index.ts" },
    output: { path: path.join(dist, "core"), filename: "[name].js", library: { type: "commonjs2" }, clean: true },
    optimization: { minimize: false },
  };

  return [excel, sheets, demo, core];
};

module.exports.noticesComment = noticesComment;
module.exports.NOTICES_HEADING = NOTICES_HEADING;
