/**
 * The shape of one formula in the catalogue. Each formula is defined once; the Excel metadata
 * (functions.json), the Excel registration, the Apps Script globals with their JSDoc and the
 * README reference are all produced from these entries.
 */

/** What one result cell can hold: a number or a label (an empty string for "nothing here"). */
export type ResultCell = number | string;

/** Every formula returns a block of cells (a single value is a 1x1 block). */
export type ResultGrid = ResultCell[][];

/** One parameter as users see it in autocomplete. */
export interface ParameterSpec {
  /** The name shown in autocomplete and used in messages, e.g. `values`. */
  name: string;
  /** One sentence of help text. */
  description: string;
  /** True when the parameter may be left out. */
  optional?: boolean;
  /** `range` for data ranges, `value` for a single setting (still accepted as a one-cell range). */
  kind: "range" | "value";
  /** Type shown in the Apps Script JSDoc, e.g. `number[][]`, `string`. */
  sheetsType?: string;
}

/**
 * A parameter that reads its own argument: its help text and `read` sit together, so an argument
 * is read, checked and worded in one place however many formulas take it.
 */
export interface ReadingParameter<Value, Context extends unknown[] = []> extends ParameterSpec {
  /**
   * Reads the host's argument (`raw`, possibly omitted), with whatever else it is read against
   * (the values it goes with), naming this parameter in any message.
   */
  read(raw: unknown, ...context: Context): Value;
}

/** What the formula returns, for documentation and Excel metadata. */
export interface ResultSpec {
  /** `value`: one cell per series; `row`: one row per series; `table`: a block; `column`: a list. */
  shape: "value" | "row" | "table" | "column";
  /** `number`, `string` (labels) or `any` (mixed). */
  type: "number" | "string" | "any";
  /** What the cells mean, for the reference, e.g. "S, tau, z, p-value, method". */
  columns?: readonly string[];
}

/** One formula: its contract and its implementation. */
export interface FunctionSpec {
  /** Name without prefix, upper case: `SENSLOPE` becomes `KPI.SENSLOPE` and `KPI_SENSLOPE`. */
  name: string;
  /** One or two sentences shown in autocomplete. */
  description: string;
  /** Every parameter reads its own argument (`read` beside its help text). */
  parameters: readonly ReadingParameter<unknown, never[]>[];
  result: ResultSpec;
  /** A worked example for the reference: a formula in Excel spelling and what it returns. */
  example: { formula: string; result: string };
  /**
   * The implementation: host arguments in, a block of cells out. Throws `KpiError` for the two
   * kinds of failure; hosts translate it.
   */
  implementation: (...args: unknown[]) => ResultGrid;
}

/** The plain-data description of a formula (no implementation), safe to serialise. */
export interface FunctionMetadata {
  name: string;
  description: string;
  parameters: ParameterSpec[];
  result: ResultSpec;
  example: { formula: string; result: string };
}
