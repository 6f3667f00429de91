/**
 * npm run bench: speed, memory and size figures measured on this machine in one run, each beside
 * a baseline measured in the same run, and the target it is held to. Each time is the median of
 * several runs after a warm-up. Tests check behaviour; this reports numbers (the README's "Bench"
 * section says what the targets mean). The full analysis is measured against its floor, the same
 * statistics as bare typed-array loops (tools/bench-floor.js), on the same workload
 * (tools/bench-workload.js).
 *
 * Reads the built files in dist/ (KPI_DIST for another folder): dist/core/index.js (the core as a
 * Node library), dist/sheets-addon/Code.js (run in a vm as Apps Script runs it), and the Excel and
 * panel bundles for their sizes. A figure whose code is not built yet says so.
 *
 * Options: --runs N (default 7), --json (print the rows as JSON too).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const vm = require("vm");
const { spawnSync } = require("child_process");
const { benchKpis, series } = require("./bench-workload");
const { floorAnalysis, packKpis, scratchFor } = require("./bench-floor");
const { sizeRows } = require("./bench-sizes");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, process.env.KPI_DIST || "dist");
const argv = process.argv.slice(2);
const runsAt = argv.indexOf("--runs");
const RUNS = runsAt >= 0 ? Math.max(1, Math.round(Number(argv[runsAt + 1])) || 7) : 7;

/** The sizes of the benchmark workloads (the figures). */
const KPIS = 1000;
const PERIODS = 40;
const PEERS = 32;
const LONG_SERIES = 5000;

// ---------------------------------------------------------------------------------------------
// Measuring

/** Median wall time in milliseconds of `runs` calls of `fn`, after one warm-up call. */
function medianMs(fn, runs = RUNS) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/**
 * Times two functions in alternating rounds after one warm-up call of each: the median time of
 * each, in milliseconds, and the median of the per-round ratios first / second.
 */
function pairedMs(first, second, runs) {
  first();
  second();
  const firstTimes = [];
  const secondTimes = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    first();
    const middle = process.hrtime.bigint();
    second();
    const end = process.hrtime.bigint();
    firstTimes.push(Number(middle - start) / 1e6);
    secondTimes.push(Number(end - middle) / 1e6);
    ratios.push(Number(middle - start) / Number(end - middle));
  }
  return { first: median(firstTimes), second: median(secondTimes), ratio: median(ratios) };
}

function median(numbers) {
  const sorted = numbers.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Where a figure stands against its target: "yes", "NO", or "" when it has none. */
function verdict(ok) {
  return ok === undefined ? "" : ok ? "yes" : "NO";
}

const rows = [];
/**
 * One row of the table.
 * @param {{ figure: string, value?: number, unit: string, baseline?: string, ratio?: string, target?: string, met?: boolean, note?: string }} row
 */
function report(row) {
  rows.push(row);
}

function notBuilt(figure, what) {
  report({ figure, unit: "", note: `not built yet (${what})` });
}

function format(value, unit) {
  if (value === undefined) return "-";
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

// ---------------------------------------------------------------------------------------------
// Loading the built code

function loadCore() {
  const file = path.join(DIST, "core", "index.js");
  if (!fs.existsSync(file)) return undefined;
  return require(file);
}

function loadSheets() {
  const file = path.join(DIST, "sheets-addon", "Code.js");
  if (!fs.existsSync(file)) return undefined;
  const context = vm.createContext({});
  vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: "Code.js" });
  return context;
}

// ---------------------------------------------------------------------------------------------
// A child process measures peak memory (maxRSS) of one computation, against an idle child that
// only loads the core: the difference is the computation's own peak.

if (argv[0] === "--child") {
  const core = loadCore();
  const what = argv[1];
  const long = series(LONG_SERIES, 7, false);
  const start = process.hrtime.bigint();
  if (what === "senSlope") core.senSlope(long);
  if (what === "mannKendall") core.mannKendall(long);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

function childPeakMb(what) {
  const peaks = [];
  for (let i = 0; i < 3; i++) {
    const run = (name) => {
      const result = spawnSync(process.execPath, [__filename, "--child", name], { encoding: "utf8", env: process.env });
      if (result.status !== 0) throw new Error(`bench child ${name} failed: ${result.stderr}`);
      return JSON.parse(result.stdout).maxRssKb;
    };
    peaks.push((run(what) - run("idle")) / 1024);
  }
  return Math.max(0, median(peaks));
}

// ---------------------------------------------------------------------------------------------
// The workloads

const kpis = benchKpis(KPIS, PERIODS, PEERS);
/**
 * The same steps as the full analysis, written the obvious way with simple-statistics: Mann-Kendall
 * by a double loop, Sen's slope as the median of an array of every pairwise slope, least squares
 * with its residual spread, XmR limits from the moving ranges, RAG, and the peer quartiles and rank.
 */
function naiveAnalysis(ss) {
  return kpis.map((kpi) => {
    const positions = [];
    const values = [];
    kpi.values.forEach((value, i) => {
      if (value !== null) {
        positions.push(i);
        values.push(value);
      }
    });
    const n = values.length;
    let s = 0;
    const slopes = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        s += Math.sign(values[j] - values[i]);
        slopes.push((values[j] - values[i]) / (positions[j] - positions[i]));
      }
    }
    const varianceS = (n * (n - 1) * (2 * n + 5)) / 18;
    const z = s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(varianceS);
    const pValue = 2 * (1 - ss.cumulativeStdNormalProbability(Math.abs(z)));
    const sen = ss.median(slopes);
    const line = ss.linearRegression(positions.map((x, i) => [x, values[i]]));
    const fit = ss.linearRegressionLine(line);
    const residualSd = ss.sampleStandardDeviation(positions.map((x, i) => values[i] - fit(x)));
    const movingRanges = values.slice(1).map((value, i) => Math.abs(value - values[i]));
    const mean = ss.mean(values);
    const spread = 2.66 * ss.mean(movingRanges);
    const outside = values.filter((value) => value > mean + spread || value < mean - spread).length;
    const latest = values[n - 1];
    const rag = kpi.polarity === "higher" ? latest >= kpi.target : latest <= kpi.target;
    const quartiles = ss.quantile(kpi.peers, [0.25, 0.5, 0.75]);
    const rank = 1 + kpi.peers.filter((peer) => (kpi.polarity === "higher" ? peer > latest : peer < latest)).length;
    return { pValue, sen, residualSd, outside, rag, quartiles, rank };
  });
}

// ---------------------------------------------------------------------------------------------
// The figures

const core = loadCore();
const ss = require("simple-statistics");

if (core === undefined) {
  notBuilt("full analysis, 1,000 KPIs x 40 periods, 32 peers", "dist/core: npm run build");
} else if (typeof core.analyseKpi !== "function") {
  notBuilt("full analysis, 1,000 KPIs x 40 periods, 32 peers", "analyseKpi is not in core yet");
} else {
  const inputs = kpis.map((kpi) => ({ name: kpi.name, values: kpi.values, targets: kpi.target, polarity: kpi.polarity, peers: kpi.peers, unit: "%" }));
  const packed = packKpis(kpis, core.tQuantile);
  const scratch = scratchFor(packed);
  // The analysis and its floor take turns in each round, so a burst of load elsewhere on the
  // machine falls on both; the ratio is the median of the rounds' ratios.
  const paired = pairedMs(
    () => inputs.forEach((input) => core.analyseKpi(input)),
    () => floorAnalysis(packed, scratch),
    RUNS * 3,
  );
  const naive = medianMs(() => naiveAnalysis(ss));
  report({
    figure: "full analysis (analyseKpi), 1,000 KPIs x 40 periods, 32 peers",
    value: paired.first,
    unit: "ms",
    baseline: `simple-statistics steps ${format(naive, "ms")}`,
    ratio: `${(paired.first / naive).toFixed(2)}x simple-statistics`,
    target: "< 250 ms",
    met: paired.first < 250,
  });
  report({
    figure: "floor: the same statistics as bare typed-array loops (tools/bench-floor.js)",
    value: paired.second,
    unit: "ms",
    baseline: "",
    target: "",
  });
  report({
    figure: "full analysis against the floor (median of paired rounds)",
    value: paired.ratio,
    unit: "x",
    baseline: `${format(paired.first, "ms")} against ${format(paired.second, "ms")}`,
    ratio: `simple-statistics steps ${(naive / paired.second).toFixed(1)}x floor`,
    target: "< 3x floor",
    met: paired.ratio < 3,
  });
}

const sheets = loadSheets();
const block = kpis.map((kpi) => kpi.values.map((value) => (value === null ? "" : value)));
const column = series(1000, 11).map((value) => [value === null ? "" : value]);
for (const [name, args, shape] of [
  ["DIRECTION", [block, "higher"], "a block of 1,000 KPIs x 40"],
  ["SPC", [column], "a column of 1,000 periods"],
]) {
  const figure = `KPI_${name} on ${shape} (built Code.js in a vm)`;
  if (sheets === undefined) {
    notBuilt(figure, "dist/sheets-addon: npm run build");
    continue;
  }
  if (typeof sheets[`KPI_${name}`] !== "function") {
    notBuilt(figure, `KPI_${name} is not in the catalogue yet`);
    continue;
  }
  const fn = sheets[`KPI_${name}`];
  let failure;
  try {
    fn(...args);
  } catch (error) {
    failure = error.message;
  }
  if (failure !== undefined) {
    report({ figure, unit: "", note: `failed: ${failure}` });
    continue;
  }
  const time = medianMs(() => fn(...args));
  const direct = core && typeof core.invokeFunction === "function" ? medianMs(() => core.invokeFunction(name, args, name)) : undefined;
  report({
    figure,
    value: time,
    unit: "ms",
    baseline: direct === undefined ? "" : `core directly ${format(direct, "ms")}`,
    ratio: direct === undefined ? "" : `${(time / direct).toFixed(2)}x core`,
    target: "< 1 s",
    met: time < 1000,
  });
}

if (core !== undefined) {
  const long = series(LONG_SERIES, 7, false);
  const longFloor = medianMs(() => {
    let total = 0;
    for (const value of long) total += value;
    return total;
  });
  for (const [name, fn] of [
    ["senSlope", () => core.senSlope(long)],
    ["mannKendall", () => core.mannKendall(long)],
  ]) {
    const time = medianMs(fn, Math.min(RUNS, 5));
    const peak = childPeakMb(name);
    report({
      figure: `${name === "senSlope" ? "Sen's slope" : "Mann-Kendall"}, one 5,000-point series (12.5 million pairs)`,
      value: time,
      unit: "ms",
      baseline: `one pass ${format(longFloor, "ms")}`,
      ratio: `peak memory ${format(peak, "MB")}`,
      target: "< 1 s, < 200 MB",
      met: time < 1000 && peak < 200,
    });
  }
}

for (const row of sizeRows(DIST, format)) report(row);

// ---------------------------------------------------------------------------------------------
// The table

const headers = ["figure", "measured", "baseline (same run)", "ratio", "target", "met"];
const table = rows.map((row) => [row.figure, row.note ?? format(row.value, row.unit), row.baseline ?? "", row.ratio ?? "", row.target ?? "", verdict(row.met)]);
const widths = headers.map((header, i) => Math.max(header.length, ...table.map((cells) => cells[i].length)));
const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
const load = os.loadavg().map((value) => value.toFixed(2)).join(" ");
console.log(`KPI Scrutiny bench: node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown"}), load ${load}`);
console.log(`Times are medians of ${RUNS} runs after a warm-up; peak memory is the median of 3 child processes, less an idle child.`);
console.log("");
console.log(line(headers));
console.log(line(widths.map((width) => "-".repeat(width))));
for (const cells of table) console.log(line(cells));
if (argv.includes("--json")) console.log(JSON.stringify(rows, null, 2));
