import { MIN_PEERS } from "../benchmark/constants";
import { gapTo } from "../benchmark/gap-to";
import { PeerGroup, peerGroupIfAny } from "../benchmark/peer-group";
import { percentileAmong } from "../benchmark/percentile-among";
import { quartileAmong } from "../benchmark/quartile-among";
import { rankAmong } from "../benchmark/rank-among";
import { DIRECTION_LABELS, NOT_ENOUGH_DATA, VARIATION_LABELS } from "../labels";
import { changeSummary } from "./change-summary";
import { costsOfKpi } from "./costs";
import { countsOfKpi } from "./counts";
import { fitted } from "./fitted";
import { narrate } from "./narrate";
import { inequalityOf } from "./inequality-of";
import { shownFigures } from "./shown-figures";
import { askQuestions } from "./questions";
import { readUnit } from "../values/units";
import { checkTarget } from "../targets/check-target";
import { checkData } from "../data-quality/check-data";
import { ragRating } from "../targets/rag";
import { PlacedTarget, targetChange, targetInForce } from "../targets/target-in-force";
import { FINANCIAL_YEAR_START, periodsPerYearFromLabels, yearOfMonth } from "../values/periods";
import { PlacedPeriods, placePeriods } from "../aggregate/place-periods";
import { isKpiError } from "../errors";
import { defaultYearToDateMethod, yearToDateSummary } from "./year-to-date-summary";
import { specialCauseEpisodes } from "../spc/special-cause-episodes";
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
 * The period labels placed in time (months, quarters or years), or `undefined` when they are not
 * given or cannot be (labels that are not dates, months, quarters or years, or out of order): then
 * nothing that needs the year (the year to date, a target changed this year) is said.
 */
function placedPeriodsOf(periods: readonly string[], periodsNamed: boolean, yearStart: number): PlacedPeriods | undefined {
  if (!periodsNamed) return undefined;
  try {
    return placePeriods(periods, yearStart);
  } catch (error) {
    if (isKpiError(error)) return undefined;
    throw error;
  }
}

/**
 * The target the current one replaced, when it changed within the year of the latest period (the
 * report shows both): the last period of the old target and the first of the new.
 */
function previousTarget(targets: Series, current: PlacedTarget, latestPosition: number, periods: string[], placed: PlacedPeriods | undefined, yearStart: number) {
  const change = targetChange(targets, current);
  const from = placed?.spans[change.since];
  const latest = placed?.spans[latestPosition];
  if (change.previous === null || from == null || latest == null) return undefined;
  if (yearOfMonth(from.first, yearStart) !== yearOfMonth(latest.first, yearStart)) return undefined;
  return { value: change.previous.value, period: periods[change.previous.position], changedIn: periods[change.since] };
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

/** The exceptions an officer is asked to explain at the latest point (docs/DOMAIN.md, "What goes wrong, and what the tool does"). */
const NEEDS_EXPLANATION: readonly ExceptionCode[] = ["red", "worsening", "special_cause_concerning"];

/**
 * True when the KPI is Red, Worsening or Special cause concerning at its latest point and the
 * officer commentary, when given at all, has no text for that period.
 */
function isUnexplained(exceptions: readonly ExceptionCode[], commentary: KpiInput["commentary"], latest: { position: number } | undefined): boolean {
  if (commentary === undefined || latest === undefined) return false;
  if (!exceptions.some((code) => NEEDS_EXPLANATION.includes(code))) return false;
  const text = commentary[latest.position];
  return text === null || text === undefined || text.trim() === "";
}

/**
 * Analyses one KPI once: latest value and change, direction of travel, SPC, benchmark position,
 * target findings, data-quality findings, then the narrative and the questions, which read only this result. The panel
 * and the KPI.NARRATIVE / KPI.QUESTIONS formulas all go through here, so a judgement is made in
 * one place and cannot disagree between them. The result is plain serialisable data.
 *
 * @param input the KPI: name, values, optional periods, targets, polarity, unit, peers, and its
 *   counts, costs, deflators and comparator (core/analysis/counts.ts, costs.ts)
 * @returns the analysis, with `narrative` and `questions`
 * @throws {KpiError} `out_of_range` for a negative tolerance or an alpha outside (0, 1);
 *   `invalid_argument` for a negative count, a denominator or deflator of zero or less, or a cost without its deflator
 * @example
 * analyseKpi({ name: "Recycling", values: [50, 52, 53, 55, 56], polarity: "higher", unit: "%" }).direction.label;
 * // => "Improving"
 */
export function analyseKpi(input: KpiInput): KpiAnalysis {
  const warnings: string[] = [];
  if (input.tolerance !== undefined) checkNumber(input.tolerance, "tolerance", { min: 0, allowed: "zero or a positive number" });
  const yearStart = input.yearStart === undefined ? FINANCIAL_YEAR_START : checkNumber(input.yearStart, "year_start", { min: 1, max: 12, integer: true, allowed: "a month number from 1 (January) to 12" });
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

  const placed = placedPeriodsOf(periods, periodsNamed, yearStart);
  const inForce = latest === undefined ? undefined : targetInForce(targets, latest.position);
  const current = inForce?.current ?? null;
  let target: KpiAnalysis["target"];
  if (latest !== undefined && current !== null) {
    target = { value: current.value, rag: ragRating(latest.value, current.value, polarity, input.tolerance ?? 0) };
    const previous = previousTarget(targets, current, latest.position, periods, placed, yearStart);
    if (previous !== undefined) target.previous = previous;
  }

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
      rebase: input.rebase,
    });
    warnings.push(...spc.warnings);
  }
  const episodes = spc === undefined ? [] : specialCauseEpisodes(spc);
  const group = spc?.groups[spc.groups.length - 1];
  const targetFindings = checkTarget({
    values,
    targets: Array.isArray(input.targets) ? targets : (input.targets ?? null),
    polarity,
    peers: peersSorted,
    tolerance: input.tolerance,
    unit,
    periodsPerYear: placed?.perYear ?? (periodsNamed ? periodsPerYearFromLabels(periods) : undefined) ?? 1,
    limits: group === undefined ? undefined : { count: group.points, mean: group.mean, meanMovingRange: group.movingRangeMean, lower: group.lower, upper: group.upper },
  });

  const counts = countsOfKpi(input, { length, periods, latest, polarity, peers });
  const costs = costsOfKpi(input, { length, periods, latest, polarity, trendSeries, peers });
  warnings.push(...counts.warnings, ...costs.warnings);

  const dataQuality = checkData({
    values,
    periods: periodsNamed ? input.periods : undefined,
    unit: input.unit,
    numerators: input.numerators,
    denominators: input.denominators,
  });
  let yearToDate: KpiAnalysis["yearToDate"];
  if (input.annualTarget !== undefined && latest !== undefined) {
    if (placed === undefined || placed.perYear === 1 || placed.spans[latest.position] === null) {
      warnings.push("The year to date needs monthly or quarterly periods, labelled as months (Apr-24), quarters (Q1 2024/25) or dates.");
    } else {
      const countsGiven = input.numerators !== undefined && input.denominators !== undefined;
      yearToDate = yearToDateSummary({
        values,
        numerators: countsGiven ? fitted(input.numerators!, length, null) : undefined,
        denominators: countsGiven ? fitted(input.denominators!, length, null) : undefined,
        periods: placed,
        latestPosition: latest.position,
        method: input.ytdMethod ?? defaultYearToDateMethod(unit, countsGiven),
        yearStart,
        annualTarget: input.annualTarget,
        polarity,
        tolerance: input.tolerance ?? 0,
        latestRag: target?.rag,
      });
    }
  }

  const exceptions: ExceptionCode[] = [];
  if (spc !== undefined && spc.variation === VARIATION_LABELS.concerning) exceptions.push("special_cause_concerning");
  if (direction.label === DIRECTION_LABELS.worsening) exceptions.push("worsening");
  if (target?.rag === "Red") exceptions.push("red");
  for (const finding of targetFindings) exceptions.push(finding.code);
  if (latest !== undefined && missingAfterLatest.length > 0) {
    exceptions.push("missing_latest");
  }
  if (dataQuality.length > 0) exceptions.push("data_quality");
  if (isUnexplained(exceptions, input.commentary, latest)) exceptions.unshift("exception_without_explanation");

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
    yearToDate,
    change,
    direction,
    spc,
    spcEpisode: episodes[episodes.length - 1],
    onTrack,
    benchmark,
    shown: shownFigures(numbersForUnit, latest?.value, benchmark, polarity),
    peerMedian,
    targetFindings,
    dataQuality,
    valueForMoney: costs.valueForMoney,
    interval: counts.interval,
    comparison: counts.comparison,
    funnel: counts.funnel,
    cost: costs.cost,
    narrative: "",
    questions: [],
    exceptions,
    warnings,
  };
  const inequality = input.quantiles === undefined ? undefined : inequalityOf(input.quantiles, input.unit ?? "", unit);
  if (inequality !== undefined) analysis.inequality = inequality;
  analysis.narrative = narrate(analysis);
  analysis.questions = askQuestions(analysis);
  return analysis;
}
