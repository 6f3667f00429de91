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
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { CataloguePlugin } = require("./tools/catalogue-plugin");
const { IconsPlugin } = require("./tools/icons");
const { LicenceNoticesPlugin, noticesComment, NOTICES_HEADING } = require("./tools/licence-notices-plugin");

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
      sidebar: "./sheets-addon/sidebar.ts",
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
    entry: { demo: "./demo/demo.ts" },
    experiments: { outputModule: true },
    output: { path: path.join(dist, "demo"), filename: "[name].js", chunkFilename: "[name].js", module: true, chunkFormat: "module", chunkLoading: "import", clean: true },
    plugins: [
      // PapaParse's unused downloader is the one network call in the demo's libraries: the name
      // XMLHttpRequest is bound to a stand-in that refuses (demo/files/no-network.ts).
      new webpack.ProvidePlugin({ XMLHttpRequest: [path.resolve(__dirname, "demo/files/no-network.ts"), "default"] }),
      // The page as it is (it has no template expressions): html-webpack-plugin's template loader
      // uses a `with` statement, which an ES-module build warns of.
      new HtmlWebpackPlugin({ filename: "index.html", templateContent: () => fs.readFileSync(path.resolve(__dirname, "demo/demo.html"), "utf8"), chunks: ["demo"], scriptLoading: "module" }),
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
