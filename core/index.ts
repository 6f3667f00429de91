/**
 * KPI Scrutiny core: the whole domain in pure TypeScript, with no host globals.
 * One barrel, grouped by the method's parts; each name is exported once.
 */

// Errors and labels
export { KpiError, describeIssue, isKpiError } from "./errors";
export type { KpiFailureKind, KpiIssue, KpiIssueCode } from "./errors";
export { DIRECTION_LABELS, NOT_ENOUGH_DATA, P_VALUE_METHODS, RAG_LABELS } from "./labels";

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
export { chiSquaredCdf, chiSquaredQuantile, normalCdf, normalQuantile, tQuantile } from "./distributions";

// Trend
export { kendallExactPValue } from "./trend/kendall-exact";
export { mannKendall } from "./trend/mann-kendall";
export type { MannKendallResult } from "./trend/mann-kendall";
export { senSlope } from "./trend/sen-slope";
export type { SenSlopeResult } from "./trend/sen-slope";

// SPC

// Benchmark

// Targets
export { ragRating, shortfall } from "./targets/rag";
export type { RagRating } from "./targets/rag";

// Value for money

// Narrative

// Analysis

// Formula catalogue
export { CATALOGUE, catalogueMetadata, findFunction, invokeFunction } from "./functions";
export type { FunctionMetadata, FunctionSpec, InvocationOutcome, ParameterSpec, ResultCell, ResultGrid } from "./functions";
