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
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { CataloguePlugin } = require("./tools/catalogue-plugin");
const { IconsPlugin } = require("./tools/icons");

const DEFAULT_BASE_URL = "https://localhost:3000/";

function options(env) {
  let baseUrl = (env && env.baseUrl) || process.env.KPI_BASE_URL || DEFAULT_BASE_URL;
  if (!/^https:\/\//.test(baseUrl) && !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(baseUrl)) {
    throw new Error(`KPI_BASE_URL must be an https:// address (Office add-ins are served over HTTPS); got ${baseUrl}`);
  }
  if (!baseUrl.endsWith("/")) baseUrl += "/";
  const dist = path.resolve(__dirname, (env && env.dist) || process.env.KPI_DIST || "dist");
  return { baseUrl, dist };
}

const typescriptRule = {
  test: /\.ts$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json") } },
};

function shared(mode) {
  return {
    mode,
    devtool: mode === "production" ? false : "source-map",
    resolve: { extensions: [".ts", ".js"], alias: { debug: path.resolve(__dirname, "tools/no-debug.js") } },
    module: { rules: [typescriptRule] },
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
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./excel-addin/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "functions.html", template: "./excel-addin/functions.html", chunks: ["functions"] }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "excel-addin/manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().replace(/\{\{BASE_URL\}\}/g, baseUrl),
          },
          { from: "panel/about.css", to: "panel.css" },
        ],
      }),
      new IconsPlugin(),
      new CataloguePlugin({ host: "excel", asset: "functions.js", libraryName: "KpiScrutinyExcel" }),
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
    entry: { Code: "./sheets-addon/entry.ts" },
    output: {
      path: path.join(dist, "sheets-addon"),
      filename: "[name].js",
      library: { name: "KpiScrutiny", type: "var" },
      globalObject: "globalThis",
      chunkFormat: false,
      chunkLoading: false,
      clean: true,
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "sheets-addon/appsscript.json", to: "appsscript.json" },
          { from: "sheets-addon/Sidebar.html", to: "Sidebar.html" },
        ],
      }),
      new CataloguePlugin({ host: "sheets", asset: "Code.js", libraryName: "KpiScrutiny", prefix: "KPI_" }),
    ],
  };

  const demo = {
    ...shared(mode),
    name: "demo",
    target: ["web", "es2019"],
    entry: { demo: "./panel/demo.ts" },
    output: { path: path.join(dist, "demo"), filename: "[name].js", clean: true },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./panel/demo.html", chunks: ["demo"] }),
      new CopyWebpackPlugin({ patterns: [{ from: "panel/about.css", to: "panel.css" }] }),
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
