/**
 * The icons agree with the chart: for any series and any chart settings, KPI.VARIATION is the
 * variation of the latest point KPI.SPC draws, and KPI.ASSURANCE that point's assurance, through
 * both BUILT bundles. NHSRplotthedots users found its assurance icon judging the limits from before
 * a rebase while the chart drew the new ones
 * (https://github.com/nhs-r-community/NHSRplotthedots/issues/172); here both formulas take the
 * chart's settings (rules, run_length, exclude, baseline_points, rebase) and must agree with it.
 *
 * Generated: thousands of series of 2 to 48 periods shaped as councils' KPIs are (a level, noise,
 * a step change, a trend, a spike, gaps), with polarity, a target, both rule profiles, runs of 6
 * or 7 (6 with NHSR is refused, by all three formulas alike), periods left out, a baseline and up
 * to three rebase positions. What "the latest point" means is the rule documented in docs/SPC.md
 * ("Variation", "Trial limits"): the last row with a value that is not Excluded; its variation is
 * shown as Not enough data when its limit group rests on fewer than 12 points.
 * KPI_PROPERTY_SEED replays a run.
 */
import fc from "fast-check";
import { HostFailure, HostResult, grid, plain, single, tryExcel, trySheets } from "../helpers/bundles";

const RUNS = 2500;
const SEED = process.env.KPI_PROPERTY_SEED === undefined ? undefined : Number(process.env.KPI_PROPERTY_SEED);
/** Limits on fewer points than this are trial limits (Making Data Count; MIN_POINTS_FOR_LIMITS). */
const FIRM_LIMIT_POINTS = 12;
const MAX_LENGTH = 48;

interface Case {
  values: (number | "")[];
  polarity: string;
  target: number | "";
  rules: string;
  runLength: number | "";
  exclude: string[] | "";
  baseline: number | "";
  rebase: number[] | "";
}

const shapedSeries = fc
  .record({
    length: fc.integer({ min: 2, max: MAX_LENGTH }),
    level: fc.integer({ min: -50, max: 500 }),
    noise: fc.array(fc.integer({ min: -12, max: 12 }), { minLength: MAX_LENGTH, maxLength: MAX_LENGTH }),
    step: fc.option(fc.record({ at: fc.nat(MAX_LENGTH - 1), size: fc.integer({ min: -40, max: 40 }) })),
    slope: fc.option(fc.integer({ min: -4, max: 4 })),
    spike: fc.option(fc.record({ at: fc.nat(MAX_LENGTH - 1), size: fc.integer({ min: -80, max: 80 }) })),
    gaps: fc.array(fc.nat(MAX_LENGTH - 1), { maxLength: 4 }),
    decimals: fc.boolean(),
  })
  .map(({ length, level, noise, step, slope, spike, gaps, decimals }) =>
    Array.from({ length }, (_, i): number | "" => {
      if (gaps.includes(i)) return "";
      let value = level + noise[i] + (step && i >= step.at ? step.size : 0) + (slope ?? 0) * i + (spike && spike.at === i ? spike.size : 0);
      if (decimals) value = value / 10;
      return value;
    }),
  );

const cases: fc.Arbitrary<Case> = shapedSeries.chain((values) => {
  const n = values.length;
  return fc.record({
    values: fc.constant(values),
    polarity: fc.constantFrom("higher", "lower", "neutral"),
    target: fc.option(fc.integer({ min: -60, max: 560 }), { nil: "" as const }),
    rules: fc.constantFrom("", "MDC", "NHSR"),
    runLength: fc.constantFrom("" as const, 6, 7),
    exclude: fc.option(fc.array(fc.constantFrom("", "", "", "", "x"), { minLength: n, maxLength: n }), { nil: "" as const }),
    baseline: fc.option(fc.integer({ min: FIRM_LIMIT_POINTS, max: 30 }), { nil: "" as const }),
    rebase: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: n }), { minLength: 1, maxLength: 3 }), { nil: "" as const }),
  });
});

type Call = typeof tryExcel;

function isFailure(result: HostResult): result is HostFailure {
  return typeof result === "object" && result !== null && (result as HostFailure).failed === true;
}

/** A failure's reason without the formula's name, and whether it is too little data (#N/A). */
function reason(call: Call, failure: HostFailure): { data: boolean; text: string } {
  const text = failure.message.replace(/^KPI[._][A-Z]+: /, "");
  return { data: call === tryExcel ? failure.code === "#N/A" : /are needed and/.test(text), text };
}

/** The chart's latest point as KPI.SPC draws it: its variation and assurance, or why there is no chart. */
function latestOfChart(call: Call, c: Case): { failure: { data: boolean; text: string } } | { variation: string; assurance: string | undefined } {
  const target = c.target === "" ? "" : c.target;
  const chart = call("SPC", [c.values], c.polarity, target, c.baseline, false, c.rules, c.runLength, c.rebase === "" ? "" : [c.rebase], c.exclude === "" ? "" : [c.exclude]);
  if (isFailure(chart)) return { failure: reason(call, chart) };
  const rows = plain(grid(chart)) as (string | number)[][];
  const usable = rows.map((row) => row[0] !== "" && row[5] !== "Excluded");
  const last = usable.lastIndexOf(true);
  // The last limit group starts at the last rebase position (1 counts the first period).
  const start = c.rebase === "" ? 0 : Math.max(...c.rebase) - 1;
  const pointsInGroup = usable.slice(start).filter(Boolean).length;
  return {
    variation: pointsInGroup < FIRM_LIMIT_POINTS ? "Not enough data" : String(rows[last][5]),
    assurance: c.target === "" ? undefined : String(rows[last][6]),
  };
}

describe.each([
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const)("%s: KPI.VARIATION and KPI.ASSURANCE agree with KPI.SPC", (_host, call) => {
  test(`on ${RUNS} generated series with rebases, baselines, exclusions and both profiles`, () => {
    let charted = 0;
    let rebased = 0;
    fc.assert(
      fc.property(cases, (c) => {
        const rebase = c.rebase === "" ? "" : [c.rebase];
        const exclude = c.exclude === "" ? "" : [c.exclude];
        const variation = call("VARIATION", [c.values], c.polarity, c.rules, c.runLength, exclude, c.baseline, rebase);
        const assurance = call("ASSURANCE", [c.values], c.target, c.polarity, c.rules, exclude, c.runLength, c.baseline, rebase);
        const chart = latestOfChart(call, c);
        if ("failure" in chart) {
          if (!chart.failure.data) {
            // A setting the chart refuses is refused by the icons with the same words.
            expect(isFailure(variation) && reason(call, variation).text).toBe(chart.failure.text);
            expect(isFailure(assurance) && reason(call, assurance).text).toBe(chart.failure.text);
            return;
          }
          // Fewer than 2 values: no chart, so not enough data, and no target to judge without one.
          expect(single(variation)).toBe("Not enough data");
          expect(single(assurance)).toBe(c.target === "" || c.polarity === "neutral" ? "No target" : "Not enough data");
          return;
        }
        charted += 1;
        if (c.rebase !== "" && Math.max(...c.rebase) > 1) rebased += 1;
        expect(single(variation)).toBe(chart.variation);
        expect(single(assurance)).toBe(chart.assurance ?? "No target");
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The generated cases really draw charts, rebased ones among them.
    expect(charted).toBeGreaterThan(RUNS / 2);
    expect(rebased).toBeGreaterThan(RUNS / 10);
  });
});

describe.each([
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const)("%s: a rebase changes the icons as it changes the chart (NHSRplotthedots issue 172)", (_host, call) => {
  test("20 points failing a target of 90, then 14 points around it: rebased at point 21, Hit and miss", () => {
    // 60 to 69 twice, then 86 to 95 and 86 to 89 (MDC limits: mean ± 2.66 × mean moving range).
    // One group of 34: mean 2545/34 = 74.85, moving ranges (27 + 17 + 21)/33 = 1.970, limits 69.6 to
    // 80.1; the target 90 lies above them: Consistently failing.
    // Rebased at point 21, the last group of 14: mean 1255/14 = 89.64, moving ranges 21/13 = 1.615,
    // limits 85.35 to 93.94, which straddle 90: Hit and miss, as the issue expected.
    const values = [...Array.from({ length: 20 }, (_, i) => 60 + (i % 10)), ...Array.from({ length: 14 }, (_, i) => 86 + (i % 10))];
    expect(single(call("ASSURANCE", [values], 90, "higher"))).toBe("Consistently failing");
    const chart = plain(grid(call("SPC", [values], "higher", 90, "", false, "", "", 21))) as (string | number)[][];
    expect(chart[33].slice(1, 4).map((cell) => Math.round((cell as number) * 100) / 100)).toEqual([89.64, 85.35, 93.94]);
    expect(chart[33][6]).toBe("Hit and miss");
    expect(single(call("ASSURANCE", [values], 90, "higher", "", "", "", "", 21))).toBe("Hit and miss");
    expect(single(call("VARIATION", [values], "higher", "", "", "", "", 21))).toBe(chart[33][5]);
  });
});
