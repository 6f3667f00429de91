/**
 * The bench's workload: KPI-like series made the same way on every run, so that the analysis and
 * its floor are timed on the same numbers (tools/bench.js) and checked against each other
 * (test/tools/bench-floor.test.ts).
 */

/** A reproducible pseudo-random source (a linear congruential generator). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** A KPI-like series: a level, a gentle trend, noise, and now and then a missing period. */
function series(length, seed, gaps = true) {
  const next = random(seed);
  const level = 20 + next() * 60;
  const trend = (next() - 0.5) * 0.4;
  return Array.from({ length }, (_, i) => (gaps && next() < 0.03 ? null : Math.round((level + trend * i + (next() - 0.5) * 8) * 100) / 100));
}

/**
 * `count` KPIs of `periods` values (a few missing) with `peers` peer values each, a target of 50,
 * every third KPI lower-is-better.
 */
function benchKpis(count, periods, peers) {
  return Array.from({ length: count }, (_, i) => ({
    name: `KPI ${i + 1}`,
    values: series(periods, i + 1),
    peers: series(peers, 100000 + i, false),
    target: 50,
    polarity: i % 3 === 0 ? "lower" : "higher",
  }));
}

module.exports = { random, series, benchKpis };
