import { CONFIDENCE_95, MIN_PEERS } from "../benchmark/constants";
import { gapTo } from "../benchmark/gap-to";
import { PeerGroup, peerGroupIfAny } from "../benchmark/peer-group";
import { percentileAmong } from "../benchmark/percentile-among";
import { quartileAmong } from "../benchmark/quartile-among";
import { rankAmong } from "../benchmark/rank-among";
import { wilsonInterval } from "../benchmark/wilson-interval";
import { DIRECTION_LABELS, NOT_ENOUGH_DATA, VARIATION_LABELS } from "../labels";
import { changeSummary } from "./change-summary";
import { narrate } from "./narrate";
import { shownFigures } from "./shown-figures";
import { askQuestions } from "./questions";
import { readUnit } from "../values/units";
import { checkTarget } from "../targets/check-target";
import { valueForMoney } from "../value-for-money/value-for-money";
import { ragRating } from "../targets/rag";
import { targetInForce } from "../targets/target-in-force";
import { XmrChart, xmrChart } from "../spc/xmr-chart";
import { DEFAULT_ALPHA, MIN_POINTS_DIRECTION } from "../trend/constants";
import { directionOfTravel } from "../trend/direction-of-travel";
import { projectOnTrack } from "../trend/project-on-track";
import { medianPairwiseSlope } from "../trend/median-pairwise-slope";
import { Polarity, Series, checkNumber, countPresent, presentPoints } from "../values";
import { BenchmarkSummary, DirectionSummary, ExceptionCode, KpiAnalysis, KpiInput } from "./types";

/**
 * Direction of travel from the trend engine, with Sen's slope for the size of the change (the
 * slope alone: senSlope's median pairwise slope, without the intercept the analysis does not use).
 */
function directionOf(series: Series, polarity: Polarity, alpha: number): DirectionSummary {
  const count = countPresent(series);
  const result = directionOfTravel(series, polarity, alpha);
  if (result.test === undefined) return { label: result.label, count };
  const { positions, values } = presentPoints(series);
  return { label: result.label, count, pValue: result.test.pValue, method: result.test.method, slope: medianPairwiseSlope(positions, values) };
}

/** Rank, quartile, percentile and gap to the median among the peers (the benchmark engine: KPI.RANK, KPI.QUARTILE, KPI.PERCENTILE, KPI.GAP). */
function benchmarkOf(value: number, peers: readonly number[], group: PeerGroup | undefined, polarity: Polarity): BenchmarkSummary | undefined {
  if (group === undefined || peers.length < MIN_PEERS) return undefined;
  return {
    rank: rankAmong(value, group, polarity),
    quartile: quartileAmong(value, group, polarity),
    percentile: percentileAmong(value, group, polarity),
    gapToMedian: gapTo(value, group, "median", polarity),
    median: group.median(),
    peerCount: peers.length,
  };
}

/**
 * The Wilson 95% interval of the latest value when numerators and denominators are given
 * (KPI.PROPORTIONCI), in the value's own units: the value's multiplier (100 for a percentage) is
 * read from the value and its counts.
 */
function intervalOf(input: KpiInput, latest: { position: number; value: number } | undefined): KpiAnalysis["interval"] {
  if (latest === undefined || input.numerators === undefined || input.denominators === undefined) return undefined;
  const numerator = input.numerators[latest.position];
  const denominator = input.denominators[latest.position];
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) return undefined;
  const interval = wilsonInterval(numerator, denominator, CONFIDENCE_95);
  const multiplier = interval.proportion > 0 ? latest.value / interval.proportion : 1;
  return { lower: interval.lower * multiplier, upper: interval.upper * multiplier, confidence: CONFIDENCE_95 };
}

/** Pads or trims to `length`. */
function fitted<T>(list: readonly T[], length: number, fill: T): T[] {
  const result: T[] = [];
  for (let i = 0; i < length; i++) result.push(i < list.length ? list[i] : fill);
  return result;
}

/** One label per position: as written (trimmed), or "period 1", "period 2"... where none is written. */
function periodLabels(given: readonly string[], length: number): string[] {
  const labels: string[] = [];
  for (let i = 0; i < length; i++) {
    const label = i < given.length ? String(given[i]).trim() : "";
    labels.push(label === "" ? `period ${i + 1}` : label);
  }
  return labels;
}

/** The same value at every position. */
function repeated<T>(value: T, length: number): T[] {
  const result: T[] = [];
  for (let i = 0; i < length; i++) result.push(value);
  return result;
}

/**
 * Analyses one KPI once: latest value and change, direction of travel, SPC, benchmark position,
 * target findings, then the narrative and the questions, which read only this result. The panel
 * and the KPI.NARRATIVE / KPI.QUESTIONS formulas all go through here, so a judgement is made in
 * one place and cannot disagree between them. The result is plain serialisable data.
 *
 * @param input the KPI: name, values, optional periods, targets, polarity, unit, peers
 * @returns the analysis, with `narrative` and `questions`
 * @throws {KpiError} `out_of_range` for a negative tolerance or an alpha outside (0, 1)
 * @example
 * analyseKpi({ name: "Recycling", values: [50, 52, 53, 55, 56], polarity: "higher", unit: "%" }).direction.label;
 * // => "Improving"
 */
export function analyseKpi(input: KpiInput): KpiAnalysis {
  const warnings: string[] = [];
  if (input.tolerance !== undefined) checkNumber(input.tolerance, "tolerance", { min: 0, allowed: "zero or a positive number" });
  const targetList = Array.isArray(input.targets) ? input.targets : [];
  const length = Math.max(input.values.length, targetList.length);
  const values: Series = fitted(input.values, length, null);
  const periodsNamed = input.periods !== undefined && input.periods.some((label) => String(label).trim() !== "");
  const periods = periodLabels(input.periods ?? [], length);
  if (periodsNamed && input.periods!.length !== length) {
    warnings.push(`There are ${input.periods!.length} period labels for ${length} periods; unlabelled periods are numbered.`);
  }
  const targets: Series = Array.isArray(input.targets)
    ? fitted(input.targets, length, null)
    : repeated(input.targets === undefined ? null : (input.targets as number | null), length);
  const polarity = input.polarity;
  const exclude = input.exclude;
  let trendSeries = values;
  let excludedCount = 0;
  if (exclude !== undefined) {
    trendSeries = [];
    for (let i = 0; i < length; i++) {
      const left = Boolean(exclude[i]);
      trendSeries.push(left ? null : values[i]);
      if (left && values[i] !== null) excludedCount += 1;
    }
  }
  if (excludedCount > 0) warnings.push(`${excludedCount} ${excludedCount === 1 ? "period is" : "periods are"} left out of the trend.`);

  const present = presentPoints(values);
  const numbersForUnit = present.values.slice();
  for (const goal of targets) if (goal !== null) numbersForUnit.push(goal);
  const unit = readUnit(input.unit, numbersForUnit);

  const lastPosition = present.positions[present.positions.length - 1];
  const latest = lastPosition === undefined ? undefined : { position: lastPosition, period: periods[lastPosition], value: values[lastPosition] as number };
  // Empty periods after the latest value are missing figures, except those with a target of their
  // own (next year's target beside a value not due yet).
  const perPeriodTargets = Array.isArray(input.targets);
  const missingAfterLatest: string[] = [];
  for (let i = latest === undefined ? 0 : latest.position + 1; i < length; i++) {
    if (!(perPeriodTargets && targets[i] !== null)) missingAfterLatest.push(periods[i]);
  }

  const inForce = latest === undefined ? undefined : targetInForce(targets, latest.position);
  const current = inForce?.current ?? null;
  const target: KpiAnalysis["target"] =
    latest === undefined || current === null ? undefined : { value: current.value, rag: ragRating(latest.value, current.value, polarity, input.tolerance ?? 0) };

  const direction = directionOf(trendSeries, polarity, input.alpha ?? DEFAULT_ALPHA);
  if (direction.label === NOT_ENOUGH_DATA) warnings.push(`Only ${direction.count} values: a direction of travel needs at least ${MIN_POINTS_DIRECTION}.`);
  let onTrack: KpiAnalysis["onTrack"];
  const goal = inForce?.goal ?? null;
  if (latest !== undefined && goal !== null) {
    const projection = projectOnTrack(trendSeries.slice(0, latest.position + 1), goal.value, goal.position - latest.position, polarity);
    onTrack = { label: projection.label, projection: projection.projection, lower: projection.lower, upper: projection.upper, position: goal.position, target: goal.value };
  }
  const change = latest === undefined ? undefined : changeSummary(values, exclude === undefined ? undefined : fitted(exclude, length, false), periods, periodsNamed, polarity);
  const peers = input.peers ?? [];
  // Sorted once for the benchmark and the target checks alike.
  const peersSorted = peerGroupIfAny(peers);
  const benchmark = latest === undefined || polarity === "neutral" ? undefined : benchmarkOf(latest.value, peers, peersSorted, polarity);
  const peerMedian = peersSorted !== undefined && peers.length >= MIN_PEERS ? peersSorted.median() : undefined;
  if (peers.length > 0 && peers.length < MIN_PEERS) {
    warnings.push(`Only ${peers.length} peer values: a quartile needs at least ${MIN_PEERS}.`);
  }
  let spc: XmrChart | undefined;
  if (countPresent(trendSeries) >= 2) {
    spc = xmrChart(values, {
      polarity,
      target: target?.value ?? null,
      exclude: exclude === undefined ? undefined : fitted(exclude, length, false),
    });
    warnings.push(...spc.warnings);
  }
  const group = spc?.groups[spc.groups.length - 1];
  const targetFindings = checkTarget({
    values,
    targets: Array.isArray(input.targets) ? targets : (input.targets ?? null),
    polarity,
    peers: peersSorted,
    tolerance: input.tolerance,
    unit,
    limits: group === undefined ? undefined : { count: group.points, mean: group.mean, meanMovingRange: group.movingRangeMean, lower: group.lower, upper: group.upper },
  });

  const valueForMoneyResult =
    input.costs === undefined || polarity === "neutral"
      ? undefined
      : { label: valueForMoney(fitted(input.costs, length, null), trendSeries, polarity) };

  const exceptions: ExceptionCode[] = [];
  if (spc !== undefined && spc.variation === VARIATION_LABELS.concerning) exceptions.push("special_cause_concerning");
  if (direction.label === DIRECTION_LABELS.worsening) exceptions.push("worsening");
  if (target?.rag === "Red") exceptions.push("red");
  for (const finding of targetFindings) exceptions.push(finding.code);
  if (latest !== undefined && missingAfterLatest.length > 0) {
    exceptions.push("missing_latest");
  }

  const analysis: KpiAnalysis = {
    name: input.name,
    unit: input.unit ?? "",
    polarity,
    periods,
    periodsNamed,
    values,
    targets,
    peers: peers.slice(),
    latest,
    missingAfterLatest,
    target,
    change,
    direction,
    spc,
    onTrack,
    benchmark,
    shown: shownFigures(numbersForUnit, latest?.value, benchmark, polarity),
    peerMedian,
    targetFindings,
    valueForMoney: valueForMoneyResult,
    interval: intervalOf(input, latest),
    narrative: "",
    questions: [],
    exceptions,
    warnings,
  };
  analysis.narrative = narrate(analysis);
  analysis.questions = askQuestions(analysis);
  return analysis;
}
