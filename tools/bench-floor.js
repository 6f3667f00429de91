/**
 * The bench's floor: the statistics of the full analysis (analyseKpi) of many KPIs, written as bare
 * loops over typed arrays. No validation, no object per point, no text: each KPI's numbers go into
 * one row of a Float64Array. `npm run bench` times it in the same run as the analysis, on the same
 * KPIs, so the ratio between the two is what the analysis spends beyond the arithmetic itself.
 *
 * Each step names the core function it mirrors; test/tools/bench-floor.test.ts checks that the
 * floor's numbers equal the core's on the same series, so the floor cannot quietly do less.
 *
 * Input (see `packKpis`): values and peers packed in flat Float64Arrays (NaN = missing), one
 * target and one polarity (+1 higher is better, -1 lower, 0 neutral) per KPI, and the two-sided
 * 80% Student t quantile for each residual degree of freedom (a table filled once before timing,
 * as the core remembers the quantiles it has computed).
 */
const { shortfall, medianInPlace, quantileSorted, countBelow, countAtOrBelow, erfc } = require("./bench-floor-kernels");

/** Significance level of the direction of travel (core/trend/constants.ts DEFAULT_ALPHA). */
const ALPHA = 0.05;
/** Process limits at 2.66 mean moving ranges; the two-of-three band at two thirds of that (core/spc/constants.ts). */
const XMR_LIMIT_SCALE = 2.66;
const NEAR_LIMIT_SCALE = (2 / 3) * XMR_LIMIT_SCALE;
/** Points for firm limits, and in a shift or trend (core/spc/constants.ts, the MDC profile's defaults). */
const MIN_POINTS_FOR_LIMITS = 12;
const RUN_LENGTH = 7;

/** The columns of one KPI's row in the output. */
const FIELD = {
  n: 0,
  s: 1,
  varianceS: 2,
  z: 3,
  pValue: 4,
  /** +1 rising, -1 falling, 0 no clear change (the sign of S when p < alpha). */
  direction: 5,
  senSlope: 6,
  lsSlope: 7,
  lsIntercept: 8,
  residualSd: 9,
  projection: 10,
  projectionLower: 11,
  projectionUpper: 12,
  /** 1 on track, 0 at risk, -1 off track. */
  onTrack: 13,
  mean: 14,
  movingRangeMean: 15,
  lowerLimit: 16,
  upperLimit: 17,
  /** Points breaking at least one of the four rules. */
  specialPoints: 18,
  /** The last point: 0 common cause, 1 improving, -1 concerning, 2 neutral, NaN for trial limits. */
  variation: 19,
  /** 1 consistently passing, 0 hit and miss, -1 consistently failing, NaN for none. */
  assurance: 20,
  peerLower: 21,
  peerMedian: 22,
  peerUpper: 23,
  rank: 24,
  quartile: 25,
  percentile: 26,
  gapToMedian: 27,
  /** 1 green, 0 amber, -1 red. */
  rag: 28,
};
const FIELDS = 29;

/**
 * Packs KPIs given as the analysis takes them (`values` with null for a gap, `peers`, one
 * `target`, `polarity`) into the floor's typed arrays. Done once, outside the timing.
 *
 * @param {{ values: (number | null)[], peers: number[], target: number, polarity: string }[]} kpis
 * @param {(probability: number, degreesOfFreedom: number) => number} tQuantile fills the t table
 */
function packKpis(kpis, tQuantile) {
  const periods = Math.max(...kpis.map((kpi) => kpi.values.length));
  const peerCount = Math.max(...kpis.map((kpi) => kpi.peers.length));
  const values = new Float64Array(kpis.length * periods).fill(NaN);
  const peers = new Float64Array(kpis.length * peerCount).fill(NaN);
  const targets = new Float64Array(kpis.length);
  const polarities = new Int8Array(kpis.length);
  kpis.forEach((kpi, k) => {
    kpi.values.forEach((value, i) => {
      if (value !== null) values[k * periods + i] = value;
    });
    kpi.peers.forEach((peer, i) => {
      peers[k * peerCount + i] = peer;
    });
    targets[k] = kpi.target;
    polarities[k] = kpi.polarity === "higher" ? 1 : kpi.polarity === "lower" ? -1 : 0;
  });
  const t80 = new Float64Array(periods + 1);
  for (let df = 1; df <= periods; df++) t80[df] = tQuantile(0.9, df);
  return { count: kpis.length, periods, peerCount, values, peers, targets, polarities, t80 };
}

/** Scratch space, allocated once for a packed set of KPIs. */
function scratchFor(data) {
  const p = data.periods;
  return {
    x: new Float64Array(p),
    y: new Float64Array(p),
    sorted: new Float64Array(p),
    slopes: new Float64Array((p * (p - 1)) / 2),
    side: new Int8Array(p),
    outside: new Int8Array(p),
    near: new Uint8Array(p),
    twoOfThree: new Uint8Array(p),
    shiftEnd: new Int8Array(p),
    trendEnd: new Int8Array(p),
    peers: new Float64Array(data.peerCount),
    out: new Float64Array(data.count * FIELDS),
  };
}

/**
 * The floor: the analysis' statistics for every KPI. Returns the output rows (FIELDS numbers per KPI).
 */
function floorAnalysis(data, scratch = scratchFor(data)) {
  const { periods, peerCount, values, peers, targets, polarities, t80 } = data;
  const { x, y, sorted, slopes, side, outside, near, twoOfThree, shiftEnd, trendEnd, out } = scratch;
  for (let k = 0; k < data.count; k++) {
    const row = k * FIELDS;
    const polarity = polarities[k];
    const target = targets[k];

    // presentPoints (core/values/series.ts): the present values and their positions.
    let n = 0;
    for (let i = 0; i < periods; i++) {
      const value = values[k * periods + i];
      if (value === value) {
        x[n] = i;
        y[n] = value;
        n++;
      }
    }
    out[row + FIELD.n] = n;
    if (n < 5) continue; // the floor's data always has enough values for every step
    const lastPosition = x[n - 1];
    const latest = y[n - 1];

    // mannKendall (core/trend/mann-kendall.ts): S over all pairs, variance with the tie correction, z, p.
    let s = 0;
    for (let i = 0; i < n - 1; i++) {
      const earlier = y[i];
      for (let j = i + 1; j < n; j++) {
        const later = y[j];
        if (later > earlier) s++;
        else if (later < earlier) s--;
      }
    }
    for (let i = 0; i < n; i++) sorted[i] = y[i];
    sorted.subarray(0, n).sort();
    let tieTerm = 0;
    let run = 1;
    for (let i = 1; i <= n; i++) {
      if (i < n && sorted[i] === sorted[i - 1]) run++;
      else {
        if (run > 1) tieTerm += run * (run - 1) * (2 * run + 5);
        run = 1;
      }
    }
    const varianceS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
    const z = s === 0 || varianceS <= 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(varianceS);
    const pValue = Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
    out[row + FIELD.s] = s;
    out[row + FIELD.varianceS] = varianceS;
    out[row + FIELD.z] = z;
    out[row + FIELD.pValue] = pValue;
    // directionOfTravel (core/trend/direction-of-travel.ts): the sign of S when p < alpha.
    out[row + FIELD.direction] = pValue < ALPHA ? Math.sign(s) : 0;

    // senSlope (core/trend/sen-slope.ts): the median of the pairwise slopes, by quickselect.
    let pairs = 0;
    for (let i = 0; i < n - 1; i++) {
      const xi = x[i];
      const yi = y[i];
      for (let j = i + 1; j < n; j++) slopes[pairs++] = (y[j] - yi) / (x[j] - xi);
    }
    out[row + FIELD.senSlope] = medianInPlace(slopes, pairs);

    // leastSquares and predictionInterval (core/trend/least-squares.ts, prediction-interval.ts):
    // the line, its residual standard deviation and the 80% interval at the target's period, judged
    // as projectOnTrack does (core/trend/project-on-track.ts).
    let sumX = 0;
    let sumY = 0;
    for (let i = 0; i < n; i++) {
      sumX += x[i];
      sumY += y[i];
    }
    const meanX = sumX / n;
    const meanY = sumY / n;
    let sxx = 0;
    let sxy = 0;
    for (let i = 0; i < n; i++) {
      const dx = x[i] - meanX;
      sxx += dx * dx;
      sxy += dx * (y[i] - meanY);
    }
    const slope = sxy / sxx;
    const intercept = meanY - slope * meanX;
    let rss = 0;
    for (let i = 0; i < n; i++) {
      const residual = y[i] - (intercept + slope * x[i]);
      rss += residual * residual;
    }
    const residualSd = Math.sqrt(rss / (n - 2));
    // The target's period: the last one when the series ends in a gap, else the next (analyseKpi).
    const goal = lastPosition < periods - 1 ? periods - 1 : lastPosition + 1;
    const projection = intercept + slope * goal;
    const distance = goal - meanX;
    const halfWidth = t80[n - 2] * residualSd * Math.sqrt(1 + 1 / n + (distance * distance) / sxx);
    const lowerMeets = shortfall(projection - halfWidth, target, polarity) === 0;
    const upperMeets = shortfall(projection + halfWidth, target, polarity) === 0;
    out[row + FIELD.lsSlope] = slope;
    out[row + FIELD.lsIntercept] = intercept;
    out[row + FIELD.residualSd] = residualSd;
    out[row + FIELD.projection] = projection;
    out[row + FIELD.projectionLower] = projection - halfWidth;
    out[row + FIELD.projectionUpper] = projection + halfWidth;
    const straddles = polarity === 0 && projection - halfWidth < target && target < projection + halfWidth;
    out[row + FIELD.onTrack] = lowerMeets && upperMeets ? 1 : lowerMeets || upperMeets || straddles ? 0 : -1;

    // xmrLimits (core/spc/xmr-limits.ts): mean, mean moving range, limits and the two-sigma band.
    let sum = 0;
    for (let i = 0; i < n; i++) sum += y[i];
    const mean = sum / n;
    let rangeSum = 0;
    for (let i = 1; i < n; i++) rangeSum += Math.abs(y[i] - y[i - 1]);
    const movingRangeMean = rangeSum / (n - 1);
    const lower = mean - XMR_LIMIT_SCALE * movingRangeMean;
    const upper = mean + XMR_LIMIT_SCALE * movingRangeMean;
    const nearLower = mean - NEAR_LIMIT_SCALE * movingRangeMean;
    const nearUpper = mean + NEAR_LIMIT_SCALE * movingRangeMean;
    out[row + FIELD.mean] = mean;
    out[row + FIELD.movingRangeMean] = movingRangeMean;
    out[row + FIELD.lowerLimit] = lower;
    out[row + FIELD.upperLimit] = upper;

    // sideOfMean, outsideLimits (core/spc/rules/): each point's side and whether it is beyond a
    // limit; near a limit for two-of-three, the MDC profile counting points beyond the limits too.
    // shiftEnds and trendEnds: where a run of 7 on one side, or 7 rising or falling, ends.
    let sideRun = 0;
    let rising = 0;
    let falling = 0;
    for (let i = 0; i < n; i++) {
      const value = y[i];
      const sign = value > mean ? 1 : value < mean ? -1 : 0;
      side[i] = sign;
      outside[i] = value > upper ? 1 : value < lower ? -1 : 0;
      near[i] = value > nearUpper || value < nearLower ? 1 : 0;
      twoOfThree[i] = 0;
      sideRun = sign !== 0 && i > 0 && sign === side[i - 1] ? sideRun + 1 : sign !== 0 ? 1 : 0;
      shiftEnd[i] = sideRun >= RUN_LENGTH ? sign : 0;
      rising = i > 0 && value > y[i - 1] ? rising + 1 : 1;
      falling = i > 0 && value < y[i - 1] ? falling + 1 : 1;
      trendEnd[i] = rising >= RUN_LENGTH ? 1 : falling >= RUN_LENGTH ? -1 : 0;
    }
    // twoOfThreeWindows (core/spc/rules/two-of-three.ts): windows of 3 on one side with 2 near a limit.
    for (let start = 0; start + 3 <= n; start++) {
      const count = near[start] + near[start + 1] + near[start + 2];
      const sides = side[start] + side[start + 1] + side[start + 2];
      if (count >= 2 && (sides === 3 || sides === -3)) {
        twoOfThree[start] = 1;
        twoOfThree[start + 1] = 1;
        twoOfThree[start + 2] = 1;
      }
    }
    // partOfRun (core/spc/rules/part-of-run.ts) and variationLabel (core/spc/variation-label.ts):
    // a point is in a shift or trend when a run ends at it or within the next 6 points; the MDC
    // profile calls a point improving when any of its rules points the better way.
    let specialPoints = 0;
    let variation = 0;
    for (let i = 0; i < n; i++) {
      let shiftSide = 0;
      let risingTrend = 0;
      let fallingTrend = 0;
      const runEnd = Math.min(n, i + RUN_LENGTH);
      for (let j = i; j < runEnd; j++) {
        if (shiftEnd[j] !== 0) shiftSide = side[i];
        if (trendEnd[j] > 0) risingTrend = 1;
        if (trendEnd[j] < 0) fallingTrend = 1;
      }
      const inTwoOfThree = near[i] === 1 && twoOfThree[i] === 1 ? side[i] : 0;
      let better = 0;
      let signals = 0;
      if (outside[i] !== 0) {
        signals++;
        if (outside[i] === polarity) better = 1;
      }
      if (risingTrend) {
        signals++;
        if (polarity === 1) better = 1;
      }
      if (fallingTrend) {
        signals++;
        if (polarity === -1) better = 1;
      }
      if (inTwoOfThree !== 0) {
        signals++;
        if (inTwoOfThree === polarity) better = 1;
      }
      if (shiftSide !== 0) {
        signals++;
        if (shiftSide === polarity) better = 1;
      }
      if (signals > 0) specialPoints++;
      variation = signals === 0 ? 0 : polarity === 0 ? 2 : better ? 1 : -1;
    }
    out[row + FIELD.specialPoints] = specialPoints;
    out[row + FIELD.variation] = n < MIN_POINTS_FOR_LIMITS ? NaN : variation;
    // assuranceLabel (core/spc/assurance-label.ts): where the target lies against the limits.
    out[row + FIELD.assurance] =
      polarity === 0 || n < MIN_POINTS_FOR_LIMITS ? NaN : target < lower ? polarity : target > upper ? -polarity : 0;

    // peerGroup, quartileBoundaries, rankAmong, quartileAmong, percentileAmong, gapTo
    // (core/benchmark/): the peers sorted, QUARTILE.INC boundaries, rank, quartile, mid-rank
    // percentile and the gap to the median, by polarity (a neutral KPI is ranked highest first).
    const group = scratch.peers;
    for (let i = 0; i < peerCount; i++) group[i] = peers[k * peerCount + i];
    group.sort();
    const q1 = quantileSorted(group, 0.25);
    const q2 = quantileSorted(group, 0.5);
    const q3 = quantileSorted(group, 0.75);
    const below = countBelow(group, latest);
    const atOrBelow = countAtOrBelow(group, latest);
    out[row + FIELD.peerLower] = q1;
    out[row + FIELD.peerMedian] = q2;
    out[row + FIELD.peerUpper] = q3;
    out[row + FIELD.rank] = 1 + (polarity === -1 ? below : peerCount - atOrBelow);
    out[row + FIELD.quartile] =
      polarity === -1
        ? latest <= q1 ? 1 : latest <= q2 ? 2 : latest <= q3 ? 3 : 4
        : latest >= q3 ? 1 : latest >= q2 ? 2 : latest >= q1 ? 3 : 4;
    out[row + FIELD.percentile] = (100 * ((polarity === -1 ? peerCount - atOrBelow : below) + (atOrBelow - below) / 2)) / peerCount;
    out[row + FIELD.gapToMedian] = polarity === -1 ? q2 - latest : latest - q2;

    // ragRating (core/targets/rag.ts), tolerance 0: green when the target is met, else red.
    out[row + FIELD.rag] = shortfall(latest, target, polarity) === 0 ? 1 : -1;
  }
  return out;
}

module.exports = { FIELD, FIELDS, packKpis, scratchFor, floorAnalysis };
