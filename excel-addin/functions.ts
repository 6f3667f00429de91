/**
 * Excel custom functions entry: registers every catalogue formula as KPI.<NAME> and translates
 * failures once. No statistics here.
 */
import { CATALOGUE, catalogueMetadata, invokeFunction } from "../core";
import { ResultGrid } from "../core/functions";

/** Excel's namespace for the formulas, set in the manifest: KPI.SENSLOPE. */
export const EXCEL_NAMESPACE = "KPI";

/**
 * Calls a formula for Excel: cells back, or a `CustomFunctions.Error` with the most specific code
 * (`#VALUE!` for a wrong argument, `#N/A` for too little data) and the message.
 */
export function callForExcel(name: string, args: unknown[]): ResultGrid {
  const outcome = invokeFunction(name, args, `${EXCEL_NAMESPACE}.${name}`);
  if (outcome.ok) return outcome.cells;
  const code = outcome.kind === "data" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  throw new CustomFunctions.Error(code, outcome.message);
}

for (const spec of CATALOGUE) {
  CustomFunctions.associate(spec.name, (...args: unknown[]) => callForExcel(spec.name, args));
}

/** Read by the build to write functions.json from this very bundle. */
export const functionsMetadata = catalogueMetadata();
