/**
 * The bench's floor (tools/bench-floor.js) must do the same statistics as the analysis it is
 * measured against, or the ratio `npm run bench` prints would flatter or shame the analysis for
 * nothing. Each number the floor computes is checked here against the core's on the same KPIs:
 * the bench's own workload and a few series made to break the SPC rules and to have ties.
 */
import { analyseKpi, leastSquares, mannKendall, quartileBoundaries, tQuantile } from "../../core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FIELD, FIELDS, floorAnalysis, packKpis } = require("../../tools/bench-floor");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { benchKpis, series } = require("../../tools/bench-workload");

interface BenchKpi {
  name: string;
  values: (number | null)[];
  peers: number[];
  target: number;
  polarity: "higher" | "lower" | "neutral";
}

const PERIODS = 40;
const PEERS = 32;

/** Forty values: a flat, noisy start, then whatever `tail` makes of the last points. */
function made(name: string, seed: number, polarity: BenchKpi["polarity"], tail: (values: (number | null)[]) => void): BenchKpi {
  const values: (number | null)[] = series(PERIODS, seed).map((value: number | null) => (value === null ? null : Math.round(value)));
  tail(values);
  return { name, values, peers: series(PEERS, seed + 500, false), target: 50, polarity };
}

const KPIS: BenchKpi[] = [
  ...benchKpis(24, PERIODS, PEERS),
  // Eight rising points at the end: the trend rule.
  made("rising tail", 7, "higher", (values) => {
    for (let i = 32; i < 40; i++) values[i] = 60 + 3 * (i - 32);
  }),
  // Ten points well above the rest: a shift, two-of-three and points beyond the upper limit.
  made("shift", 8, "lower", (values) => {
    for (let i = 30; i < 40; i++) values[i] = (values[29] ?? 50) + 12;
  }),
  // One point far below: outside the lower limit; whole numbers give many ties.
  made("outlier and ties", 9, "higher", (values) => {
    values[39] = -50;
  }),
  // A latest value missing: the target period is the last one, not the next.
  made("missing latest", 10, "lower", (values) => {
    values[39] = null;
    values[38] = null;
  }),
  made("neutral", 11, "neutral", () => undefined),
];

const VARIATION: Record<string, number> = {
  "Common cause": 0,
  "Special cause improving": 1,
  "Special cause concerning": -1,
  "Special cause neutral": 2,
};
const ASSURANCE: Record<string, number> = { "Consistently passing": 1, "Hit and miss": 0, "Consistently failing": -1 };
const ON_TRACK: Record<string, number> = { "On track": 1, "At risk": 0, "Off track": -1 };

const packed = packKpis(KPIS, tQuantile);
const rows: Float64Array = floorAnalysis(packed);

function floorRow(k: number): (field: string) => number {
  return (field) => rows[k * FIELDS + FIELD[field]];
}

function analysed(kpi: BenchKpi): ReturnType<typeof analyseKpi> {
  return analyseKpi({ name: kpi.name, values: kpi.values, targets: kpi.target, polarity: kpi.polarity, peers: kpi.peers, unit: "%" });
}

describe("the bench's floor computes the analysis' numbers", () => {
  test.each(KPIS.map((kpi, k) => [kpi.name, k]))("%s", (_name, k) => {
    const kpi = KPIS[k as number];
    const floor = floorRow(k as number);
    const analysis = analysed(kpi);
    const positions: number[] = [];
    const present: number[] = [];
    kpi.values.forEach((value, i) => {
      if (value !== null) {
        positions.push(i);
        present.push(value);
      }
    });

    // Mann-Kendall: S and its tie-corrected variance exactly; the p-value to the floor's erfc (1.2e-7).
    const test = mannKendall(kpi.values);
    expect(floor("n")).toBe(analysis.direction.count);
    expect(floor("s")).toBe(test.s);
    expect(floor("varianceS")).toBe(test.varianceS);
    expect(floor("z")).toBe(test.z);
    expect(Math.abs(floor("pValue") - analysis.direction.pValue!)).toBeLessThanOrEqual(1e-6 * analysis.direction.pValue!);
    const rising = analysis.direction.label === "No clear change" ? 0 : Math.sign(test.s);
    expect(floor("direction")).toBe(rising);

    // Sen's slope: the same median of the same divisions.
    expect(floor("senSlope")).toBe(analysis.direction.slope);

    // Least squares and the on-track interval.
    const fit = leastSquares(positions, present);
    expect(floor("lsSlope")).toBe(fit.slope);
    expect(floor("lsIntercept")).toBe(fit.intercept);
    expect(floor("residualSd")).toBe(fit.residualSd);
    const onTrack = analysis.onTrack!;
    expect(floor("projection")).toBeCloseTo(onTrack.projection!, 10);
    expect(floor("projectionLower")).toBeCloseTo(onTrack.lower!, 10);
    expect(floor("projectionUpper")).toBeCloseTo(onTrack.upper!, 10);
    expect(floor("onTrack")).toBe(ON_TRACK[onTrack.label]);

    // XmR limits, the points breaking a rule, the last point's variation and the assurance.
    const chart = analysis.spc!;
    const group = chart.groups[0];
    expect(floor("mean")).toBe(group.mean);
    expect(floor("movingRangeMean")).toBe(group.movingRangeMean);
    expect(floor("lowerLimit")).toBe(group.lower);
    expect(floor("upperLimit")).toBe(group.upper);
    expect(floor("specialPoints")).toBe(chart.points.filter((point) => point.rules.length > 0).length);
    expect(floor("variation")).toBe(VARIATION[chart.variation]);
    if (kpi.polarity === "neutral") expect(floor("assurance")).toBeNaN();
    else expect(floor("assurance")).toBe(ASSURANCE[chart.assurance]);

    // The peers: quartile boundaries, rank, quartile, percentile and gap to the median.
    const boundaries = quartileBoundaries(kpi.peers);
    expect(floor("peerLower")).toBe(boundaries.lower);
    expect(floor("peerMedian")).toBe(boundaries.median);
    expect(floor("peerUpper")).toBe(boundaries.upper);
    if (kpi.polarity !== "neutral") {
      const benchmark = analysis.benchmark!;
      expect(floor("peerMedian")).toBe(benchmark.median);
      expect(floor("rank")).toBe(benchmark.rank);
      expect(floor("quartile")).toBe(benchmark.quartile);
      expect(floor("percentile")).toBe(benchmark.percentile);
      expect(floor("gapToMedian")).toBe(benchmark.gapToMedian);
    }

    // RAG against the target (no tolerance: green or red).
    expect(floor("rag")).toBe(analysis.target!.rag === "Green" ? 1 : -1);
  });

  test("the made series reach the rules, so the comparisons above are not all common cause", () => {
    const special = KPIS.map((_, k) => floorRow(k)("specialPoints"));
    expect(special.filter((count) => count > 0).length).toBeGreaterThanOrEqual(4);
    const variations = new Set(KPIS.map((_, k) => floorRow(k)("variation")));
    expect(variations.has(1) || variations.has(-1)).toBe(true);
    expect(variations.has(0)).toBe(true);
  });
});
