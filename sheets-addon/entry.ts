/**
 * Apps Script entry. The build wraps this bundle in `var KpiScrutiny = ...` and writes one
 * top-level `KPI_<NAME>` function per catalogue formula (with its `@customfunction` JSDoc) that
 * calls `KpiScrutiny.callForSheets`, plus the menu and sidebar globals listed in `appsScriptGlobals`.
 * No statistics here.
 */
import { ResultCell, ResultGrid, catalogueMetadata, invokeFunction } from "../core";
import { appsScriptGlobals as menuGlobals } from "./menu";
import { appsScriptGlobals as panelGlobals } from "./panel-server";

/** Sheets' prefix for the formulas: Apps Script names cannot hold a dot, so KPI_SENSLOPE. */
export const SHEETS_PREFIX = "KPI_";

/**
 * Calls a formula for Google Sheets: a single value for a 1x1 result, else a 2-D array; a failure
 * throws an `Error` whose message Sheets shows on the cell. The stubs hand over their `arguments`
 * as they are, copied into an array here once rather than in each stub.
 */
export function callForSheets(name: string, args: ArrayLike<unknown>): ResultCell | ResultGrid {
  const outcome = invokeFunction(name, Array.prototype.slice.call(args), `${SHEETS_PREFIX}${name}`);
  if (!outcome.ok) throw new Error(outcome.message);
  const cells = outcome.cells;
  return cells.length === 1 && cells[0].length === 1 ? cells[0][0] : cells;
}

/** Read by the build to write the KPI_* stubs with their JSDoc. */
export const functionsMetadata = catalogueMetadata();

/** Apps Script functions that must be top-level globals (menu, sidebar, the panel's server side). */
export const appsScriptGlobals: Record<string, (...args: never[]) => unknown> = { ...menuGlobals, ...panelGlobals };
