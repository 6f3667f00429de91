import { AGGREGATE_FUNCTIONS } from "./aggregate-functions";
import { BENCHMARK_FUNCTIONS } from "./benchmark-functions";
import { DATA_QUALITY_FUNCTIONS } from "./data-quality-functions";
import { KPI_SET_FUNCTIONS } from "./kpi-set-functions";
import { NARRATIVE_FUNCTIONS } from "./narrative-functions";
import { PUBLIC_HEALTH_FUNCTIONS } from "./public-health-functions";
import { SPC_FUNCTIONS } from "./spc-functions";
import { TARGET_FUNCTIONS } from "./target-functions";
import { TREND_FUNCTIONS } from "./trend-functions";
import { FunctionMetadata, FunctionSpec, ParameterSpec } from "./types";
import { VALUE_FUNCTIONS } from "./value-functions";

/** Every formula of KPI Scrutiny, defined once. Both hosts and the reference are built from this list. */
export const CATALOGUE: readonly FunctionSpec[] = [
  ...TREND_FUNCTIONS,
  ...SPC_FUNCTIONS,
  ...BENCHMARK_FUNCTIONS,
  ...PUBLIC_HEALTH_FUNCTIONS,
  ...TARGET_FUNCTIONS,
  ...VALUE_FUNCTIONS,
  ...AGGREGATE_FUNCTIONS,
  ...KPI_SET_FUNCTIONS,
  ...NARRATIVE_FUNCTIONS,
  ...DATA_QUALITY_FUNCTIONS,
];

/**
 * Finds a formula by name (without prefix, any case).
 *
 * @example
 * findFunction("senslope")?.name; // => "SENSLOPE"
 */
export function findFunction(name: string): FunctionSpec | undefined {
  const key = name.toUpperCase();
  return CATALOGUE.find((spec) => spec.name === key);
}

/** A parameter's help without its reader: plain data. */
function helpOf(parameter: ParameterSpec): ParameterSpec {
  const { read: _reader, ...help } = parameter as ParameterSpec & { read?: unknown };
  return help;
}

/**
 * The catalogue as plain data, for the Excel metadata, the Apps Script stubs and the reference.
 *
 * @example
 * catalogueMetadata()[0].parameters[0].name; // => "values"
 */
export function catalogueMetadata(): FunctionMetadata[] {
  return CATALOGUE.map((spec) => ({
    name: spec.name,
    description: spec.description,
    parameters: spec.parameters.map(helpOf),
    result: { ...spec.result, columns: spec.result.columns === undefined ? undefined : [...spec.result.columns] },
    example: { ...spec.example },
  }));
}
