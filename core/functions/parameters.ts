import { POLARITY_CHOICES } from "../values";
import { ParameterSpec } from "./types";

/**
 * Parameters many formulas share, described once so their help text cannot drift.
 */

export const VALUES_PARAMETER: ParameterSpec = {
  name: "values",
  description: "The KPI's values in time order: a row or a column, or a block with one KPI per row. Blanks and n/a are gaps.",
  kind: "range",
  sheetsType: "number[][]",
};

export const EXCLUDE_PARAMETER: ParameterSpec = {
  name: "exclude",
  description: "Optional. A range the shape of values; TRUE, x or a note leaves that period out (e.g. a lockdown quarter); blank, FALSE or 0 keeps it.",
  optional: true,
  kind: "range",
  sheetsType: "string[][]",
};

export const POLARITY_PARAMETER: ParameterSpec = {
  name: "polarity",
  description: `Optional. "higher" (default) if higher is better, "lower" if lower is better, or "neutral". Also: ${POLARITY_CHOICES.slice(3).map((word) => `"${word}"`).join(", ")}.`,
  optional: true,
  kind: "value",
  sheetsType: "string",
};
