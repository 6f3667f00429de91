/**
 * npm run bench: speed and size figures measured on this machine, in one run. Each figure is the
 * median of several runs. Tests check behaviour; this reports numbers.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, process.env.KPI_DIST || "dist");
const core = require(path.join(DIST, "core", "index.js"));

/** Median wall time in milliseconds of `runs` calls of `fn`, after one warm-up. */
function medianMs(fn, runs = 7) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A reproducible pseudo-random series (a small linear congruential generator). */
function series(length, seed) {
  let state = seed;
  const values = [];
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    values.push(50 + i * 0.1 + (state / 2147483648) * 10);
  }
  return values;
}

const rows = [];
function report(name, value, unit, note = "") {
  rows.push([name, typeof value === "number" ? value.toFixed(value < 10 ? 2 : 0) : value, unit, note]);
}

// Trend on 1,000 KPIs of 40 periods, against a bare one-pass loop over the same numbers.
const kpis = Array.from({ length: 1000 }, (_, i) => series(40, i + 1));
const floor = medianMs(() => {
  let total = 0;
  for (const kpi of kpis) for (const value of kpi) total += value;
  return total;
});
report("floor: one pass over 1,000 x 40 values", floor, "ms");
report(
  "Mann-Kendall + Sen's slope, 1,000 KPIs x 40",
  medianMs(() => kpis.forEach((kpi) => (core.mannKendall(kpi), core.senSlope(kpi)))),
  "ms",
);

// One long series: Sen's slope over 12.5 million pairs.
const long = series(5000, 7);
const before = process.memoryUsage().rss;
report("Sen's slope, one 5,000-point series", medianMs(() => core.senSlope(long), 5), "ms");
report("Mann-Kendall, one 5,000-point series", medianMs(() => core.mannKendall(long), 5), "ms");
report("memory growth during the 5,000-point runs", (process.memoryUsage().rss - before) / 1048576, "MB", "resident set");

// The built Sheets bundle, as Apps Script runs it.
const code = fs.readFileSync(path.join(DIST, "sheets-addon", "Code.js"), "utf8");
const context = vm.createContext({});
vm.runInContext(code, context);
report("KPI_MANNKENDALL over a 1,000-row block (built Code.js)", medianMs(() => context.KPI_MANNKENDALL(kpis)), "ms");

// Sizes users load.
function size(file) {
  const buffer = fs.readFileSync(path.join(DIST, file));
  return [buffer.length / 1024, zlib.gzipSync(buffer).length / 1024];
}
for (const file of ["sheets-addon/Code.js", "excel-addin/functions.js", "excel-addin/taskpane.js", "demo/demo.js"]) {
  if (!fs.existsSync(path.join(DIST, file))) continue;
  const [raw, gz] = size(file);
  report(`size of ${file}`, raw, "KB", `${gz.toFixed(0)} KB gzipped`);
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`KPI Scrutiny bench (node ${process.version}, medians)`);
for (const [name, value, unit, note] of rows) {
  console.log(`${name.padEnd(width)}  ${String(value).padStart(8)} ${unit.padEnd(3)} ${note}`);
}
