/**
 * KPI Scrutiny core: the whole domain in pure TypeScript, with no host globals.
 * One barrel, grouped by the method's parts; each name is exported once.
 */

// Errors and labels
export { KpiError, describeIssue, isKpiError } from "./errors";
export type { KpiFailureKind, KpiIssue, KpiIssueCode } from "./errors";
export { DIRECTION_LABELS, NOT_ENOUGH_DATA, ON_TRACK_LABELS, P_VALUE_METHODS, RAG_LABELS, RECENT_TREND_LABELS } from "./labels";

// Cell values
export {
  applyExclusions,
  isMissingCell,
  parseNumberCell,
  parseNumericText,
  parsePolarityCell,
  presentPoints,
  readExclusions,
  readPolarity,
  readSeries,
  readSeriesSet,
  toGrid,
} from "./values";
export type { Grid, Polarity, Series, SeriesSet } from "./values";

// Distributions
export { chiSquaredCdf, chiSquaredQuantile, normalCdf, normalQuantile, tCdf, tQuantile } from "./distributions";
export { regularizedBeta } from "./regularized-beta";

// Trend
export { kendallExactPValue } from "./trend/kendall-exact";
export { mannKendall } from "./trend/mann-kendall";
export type { MannKendallResult } from "./trend/mann-kendall";
export { senSlope } from "./trend/sen-slope";
export type { SenSlopeResult } from "./trend/sen-slope";
export { directionOfTravel } from "./trend/direction-of-travel";
export type { DirectionLabel, DirectionOfTravel } from "./trend/direction-of-travel";
export { leastSquares } from "./trend/least-squares";
export type { LeastSquaresFit } from "./trend/least-squares";
export { predictionInterval } from "./trend/prediction-interval";
export type { Projection } from "./trend/prediction-interval";
export { projectOnTrack } from "./trend/project-on-track";
export type { OnTrackLabel, OnTrackResult } from "./trend/project-on-track";
export { chiSquaredForTrend } from "./trend/chi-squared-for-trend";
export { recentTrend, recentTrendTest } from "./trend/recent-trend";
export type { RecentTrendLabel, RecentTrendResult } from "./trend/recent-trend";
export {
  DEFAULT_ALPHA,
  MAX_POINTS_EXACT_KENDALL,
  MIN_POINTS_DIRECTION,
  MIN_POINTS_MANN_KENDALL,
  MIN_POINTS_ON_TRACK,
  MIN_POINTS_SEN_SLOPE,
  ON_TRACK_PREDICTION_LEVEL,
  RECENT_TREND_CHI_SQUARED_THRESHOLD,
  RECENT_TREND_POINTS,
} from "./trend/constants";

// SPC
export { xmrChart } from "./spc/xmr-chart";
export type { XmrChart, XmrGroup, XmrOptions, XmrPoint } from "./spc/xmr-chart";
export { xmrLimits } from "./spc/xmr-limits";
export type { XmrLimits } from "./spc/xmr-limits";
export { variationLabel } from "./spc/variation-label";
export type { VariationLabel } from "./spc/variation-label";
export { assuranceLabel } from "./spc/assurance-label";
export { specialCauseEpisodes } from "./spc/special-cause-episodes";
export type { SpecialCauseEpisode } from "./spc/special-cause-episodes";
export type { AssuranceLabel } from "./spc/assurance-label";
export { outsideLimits } from "./spc/rules/outside-limits";
export { partOfRun } from "./spc/rules/part-of-run";
export { shift, shiftEnds } from "./spc/rules/shift";
export { sideOfMean } from "./spc/rules/side-of-mean";
export { trendDirection, trendEnds, trendRun } from "./spc/rules/trend-run";
export type { TrendMembership } from "./spc/rules/trend-run";
export { twoOfThree, twoOfThreeWindows } from "./spc/rules/two-of-three";
export {
  DEFAULT_RUN_LENGTH,
  DEFAULT_SPC_PROFILE,
  MIN_POINTS_FOR_LIMITS,
  MOVING_RANGE_SCREEN,
  NEAR_LIMIT_SCALE,
  RUN_LENGTHS,
  SPC_PROFILES,
  XMR_LIMIT_SCALE,
} from "./spc/constants";
export type { RunLength, SpcProfile } from "./spc/constants";
export { ASSURANCE_LABELS, EXCLUDED_LABEL, VARIATION_LABELS } from "./labels";
export { OUTSIDE_LIMITS_RULE } from "./spc/rules/outside-limits";
export { SHIFT_RULE } from "./spc/rules/shift";
export { TREND_RULE } from "./spc/rules/trend-run";
export { TWO_OF_THREE_RULE } from "./spc/rules/two-of-three";
export { SPC_RULES, SPC_RULE_LABELS } from "./spc/rules/table";
export type { SpcRuleKey } from "./spc/rules/table";
export type { RuleGroup, SpcRule } from "./spc/rules/spc-rule";

// Benchmark
export { byarInterval } from "./benchmark/byar-interval";
export { compareWithComparator } from "./benchmark/compare-with-comparator";
export type { ComparisonLabel } from "./benchmark/compare-with-comparator";
export { confidenceLevel } from "./benchmark/confidence";
export { exactPoissonInterval } from "./benchmark/exact-poisson-interval";
export { funnelLimits } from "./benchmark/funnel-limits";
export type { FunnelLimits, StatisticType } from "./benchmark/funnel-limits";
export { GAP_TARGETS, gapTo } from "./benchmark/gap-to";
export type { GapTarget } from "./benchmark/gap-to";
export type { Interval } from "./benchmark/interval";
export { countAtOrBelow, countBelow, peerGroup, peerGroupIfAny, peerGroupMemo } from "./benchmark/peer-group";
export type { PeerGroup, PeerValues } from "./benchmark/peer-group";
export { percentileAmong } from "./benchmark/percentile-among";
export { quartileAmong } from "./benchmark/quartile-among";
export { quartileBoundaries } from "./benchmark/quartile-boundaries";
export type { QuartileBoundaries } from "./benchmark/quartile-boundaries";
export { rankAmong } from "./benchmark/rank-among";
export { rateInterval } from "./benchmark/rate-interval";
export type { RateInterval } from "./benchmark/rate-interval";
export { wilsonInterval } from "./benchmark/wilson-interval";
export { BENCHMARK_LABELS } from "./labels";
export { FUNNEL_LABELS } from "./labels";
export { COUNT_MULTIPLIERS, countScale } from "./benchmark/count-scale";
export type { CountScale } from "./benchmark/count-scale";
export { funnelPosition } from "./benchmark/funnel-position";
export type { FunnelLabel } from "./benchmark/funnel-position";
export type { ProportionInterval } from "./benchmark/wilson-interval";

// Public health: standardised rates, quantile groups, comparisons between two intervals, inequality
export { QUANTILE_GROUP_COUNTS } from "./benchmark/constants";
export { quantileAmong } from "./benchmark/quantile-among";
export type { QuantileGroupCount } from "./benchmark/quantile-among";
export { compareIntervals } from "./public-health/compare-intervals";
export { compareWithControlLimits, controlLimits } from "./public-health/compare-with-control-limits";
export {
  DSR_MIN_TOTAL_COUNT,
  ESP2013_AGE_BANDS,
  EUROPEAN_STANDARD_POPULATION_2013,
  SII_DEFAULT_REPETITIONS,
  SII_SIMULATION_SEED,
  STANDARD_POPULATIONS,
} from "./public-health/constants";
export { cumulativeMidpoints } from "./public-health/cumulative-midpoints";
export { directlyStandardisedRate } from "./public-health/directly-standardised-rate";
export type { StandardisedRate } from "./public-health/directly-standardised-rate";
export { directlyStandardisedRateForRepeatEvents } from "./public-health/directly-standardised-rate-for-repeat-events";
export { dobsonInterval } from "./public-health/dobson-interval";
export { expectedEvents } from "./public-health/expected-events";
export { indirectlyStandardisedRatio } from "./public-health/indirectly-standardised-ratio";
export type { IndirectlyStandardised } from "./public-health/indirectly-standardised-ratio";
export { simulateInequalityLimits } from "./public-health/simulate-inequality-limits";
export type { InequalityValueType } from "./public-health/simulate-inequality-limits";
export { slopeIndexOfInequality } from "./public-health/slope-index-of-inequality";
export type { InequalityOptions, SlopeIndex } from "./public-health/slope-index-of-inequality";
export { standardNormal } from "./public-health/standard-normal";

// Targets
export { ragRating, shortfall } from "./targets/rag";
export type { RagRating } from "./targets/rag";
export { targetChange, targetInForce } from "./targets/target-in-force";
export type { PlacedTarget, TargetChange, TargetInForce } from "./targets/target-in-force";
export { checkTarget } from "./targets/check-target";
export type { TargetCheckInput, TargetFinding, TargetFindingCode } from "./targets/check-target";
export { binomialUpperTail, deadlineBunching } from "./targets/deadline-bunching";
export type { DeadlineBunching, DeadlineOptions, DeadlineVerdict } from "./targets/deadline-bunching";
export { DEADLINE_LABELS, NO_CONCERNS } from "./labels";
export { TARGET_FINDINGS, TARGET_FINDING_TITLES, targetFinding } from "./targets/findings/table";
export type { TargetFindingOf } from "./targets/findings/table";
export type { FindingContext, TargetFindingRule } from "./targets/findings/finding";

// Year to date and rolling figures
export { AGGREGATE_METHODS, ROLLING_METHODS, tallyFigure } from "./aggregate/aggregate-method";
export type { AggregateMethod, RollingMethod, Tally } from "./aggregate/aggregate-method";
export { placePeriods } from "./aggregate/place-periods";
export type { PlacedPeriods } from "./aggregate/place-periods";
export { yearToDate } from "./aggregate/year-to-date";
export type { YearToDatePoint } from "./aggregate/year-to-date";
export { rolling } from "./aggregate/rolling";
export { FINANCIAL_YEAR_START, monthLabel, periodMonths, yearLabel, yearOfMonth } from "./values/periods";
export type { MonthSpan } from "./values/periods";

// Value for money
export { costQuadrant } from "./value-for-money/cost-quadrant";
export type { CostQuadrantLabel } from "./value-for-money/cost-quadrant";
export { realTerms } from "./value-for-money/real-terms";
export { valueForMoney } from "./value-for-money/value-for-money";
export type { ValueForMoneyLabel } from "./value-for-money/value-for-money";
export { COST_QUADRANT_LABELS, VALUE_FOR_MONEY_LABELS } from "./labels";

// Numbers in words, with their unit
export { formatDifference, formatNumber, formatPercentChange, formatShare, formatValue, isPercentUnit, NO_UNIT, readUnit } from "./values/units";
export type { Unit, UnitKind } from "./values/units";
export { decimalsOf, decimalsOfNumber, MAX_DECIMALS, roundTo } from "./values/precision";

// Analysis, with its narrative and questions
export { analyseKpi } from "./analysis/analyse-kpi";
export type { BenchmarkSummary, ChangeSummary, DirectionSummary, ExceptionCode, KpiAnalysis, KpiInput, ShownFigures, YearToDateSummary } from "./analysis/types";
export { changeSummary } from "./analysis/change-summary";
export { shownFigures } from "./analysis/shown-figures";
export { defaultYearToDateMethod, yearToDateSummary } from "./analysis/year-to-date-summary";
export type { KpiInterval } from "./analysis/types";
export { narrate, ordinal, QUARTER_WORDS, unitOf } from "./analysis/narrate";
export { askQuestions } from "./analysis/questions";
export { countOf, periodKind } from "./analysis/period-words";
export type { PeriodKind } from "./analysis/period-words";
export { MAX_NARRATIVE_SENTENCES, MAX_QUESTIONS, MAX_SENTENCE_WORDS } from "./analysis/narrative-constants";

// Change, seasonality and the KPI set
export { changeLabel, changeOnComparablePeriod, changeOnPeriod } from "./trend/change";
export type { ChangeLabel, ChangeOnPeriod, ComparableChange, UsualChange } from "./trend/change";
export { comparisonPeriodsBack, isSeasonal, kruskalWallis } from "./trend/seasonality";
export type { KruskalWallisResult, SeasonalityResult } from "./trend/seasonality";
export { periodsPerYearFromLabels } from "./values/periods";
export { kpiSetBalance } from "./kpi-set/kpi-set-balance";
export type { BalanceRow, KpiSetBalance } from "./kpi-set/kpi-set-balance";
export { describeBalance } from "./kpi-set/describe-balance";
export { normaliseCategory, recogniseCategory } from "./kpi-set/recognise-category";
export type { CategoryReading } from "./kpi-set/recognise-category";
export { editDistance } from "./kpi-set/edit-distance";
export { BALANCE_LABELS, CHANGE_LABELS } from "./labels";
export { STANDARD_CATEGORIES } from "./kpi-set/constants";
export type { StandardCategory } from "./kpi-set/constants";

// Formula catalogue
export { CATALOGUE, catalogueMetadata, findFunction, invokeFunction } from "./functions";
export type { FunctionMetadata, FunctionSpec, InvocationOutcome, ParameterSpec, ReadingParameter, ResultCell, ResultGrid } from "./functions";
export { readPeers, readTargetPerSeries, readTargets } from "./functions/read-targets";
export type { TargetArgument } from "./functions/read-targets";
