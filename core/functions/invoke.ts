import { KpiError, isKpiError } from "../errors";
import { findFunction } from "./catalogue";
import { sanitiseGrid } from "./results";
import { ResultGrid } from "./types";

/** The outcome of one formula call, host-neutral: cells, or a failure a host can translate. */
export type InvocationOutcome =
  | { ok: true; cells: ResultGrid }
  | { ok: false; kind: "argument" | "data"; message: string };

/**
 * Calls a catalogue formula with host arguments and never throws: hosts turn the outcome into
 * their own result or error once. Extra arguments (Excel's invocation context) are ignored;
 * missing trailing arguments are passed as `undefined` (omitted).
 *
 * @param name formula name without prefix (`SENSLOPE`)
 * @param args the host's arguments
 * @param displayName how the host spells the formula in messages (`KPI.SENSLOPE`, `KPI_SENSLOPE`)
 * @example
 * invokeFunction("SENSLOPE", [[[1, 3, 5, 7]]], "KPI.SENSLOPE"); // => { ok: true, cells: [[2]] }
 */
export function invokeFunction(name: string, args: readonly unknown[], displayName: string): InvocationOutcome {
  const spec = findFunction(name);
  if (spec === undefined) {
    return { ok: false, kind: "argument", message: `${displayName}: there is no such formula in KPI Scrutiny` };
  }
  const padded = spec.parameters.map((_, i) => args[i]);
  try {
    return { ok: true, cells: sanitiseGrid(spec.implementation(...padded)) };
  } catch (error) {
    if (isKpiError(error)) {
      return { ok: false, kind: (error as KpiError).kind, message: `${displayName}: ${error.message}` };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      kind: "argument",
      message: `${displayName}: could not work this out (${detail}); check the arguments, and report it if they look right`,
    };
  }
}
