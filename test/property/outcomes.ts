/**
 * What every formula call must do, whatever it is given (the properties the generated cases check):
 * - Excel: return a rectangular, non-empty 2-D array of finite numbers and strings, or throw
 *   `CustomFunctions.Error` with `#VALUE!` or `#N/A` and a message `KPI.NAME: ...`;
 * - Sheets: return a finite number, a string or such a 2-D array, or throw an `Error` whose message
 *   starts `KPI_NAME: `;
 * - neither host lets an unexpected exception through: the catch-all message of `invokeFunction`
 *   ("could not work this out") means core crashed, and counts as a failure here;
 * - no text says NaN, Infinity, undefined or [object ...] unless the input said so first;
 * - both hosts give the same cells, or fail with the same message, on every workbook, though each
 *   hands the cells over its own way (a Date in Sheets for a serial in Excel, error text for an
 *   error object, "" for null: see arbitraries.ts).
 */
import { CATALOGUE, FunctionSpec } from "../../core/functions";
import { parseNumericText } from "../../core/values";
import { StandInCustomFunctionsError, loadExcelBundle, loadSheetsBundle } from "../helpers/bundles";
import { Argument, forExcel, forSheets, inputTexts } from "./arbitraries";

/** A call's outcome, host-neutral. */
export type Outcome = { ok: true; cells: unknown[][] } | { ok: false; message: string; code?: string };

/** The words a computed result must never show (they mean a NaN or a missing value leaked into text). */
const LEAK = /\bNaN\b|\bInfinity\b|\bundefined\b|\[object \w+\]/;

/** The message `invokeFunction` gives when core threw something other than a KpiError. */
const CRASH = /could not work this out/;

/** Thrown by the checks: a property broken, with enough context to reproduce it. */
export class BrokenProperty extends Error {}

function fail(host: string, name: string, problem: string, detail: unknown): never {
  throw new BrokenProperty(`${host} ${name}: ${problem}: ${describe(detail)}`);
}

/** Short printable form of a value for a failure message. */
export function describe(value: unknown): string {
  const text = JSON.stringify(value, (_key, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
  if (text === undefined) return String(value);
  return text.length > 400 ? `${text.slice(0, 400)}...` : text;
}

function checkCell(host: string, name: string, cell: unknown, echoes: boolean): void {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) fail(host, name, "a cell is not a finite number", cell);
  } else if (typeof cell === "string") {
    if (!echoes && LEAK.test(cell)) fail(host, name, "a cell shows a leaked NaN/undefined", cell);
  } else {
    fail(host, name, "a cell is neither a number nor text", cell);
  }
}

function checkGrid(host: string, name: string, result: unknown, echoes: boolean): unknown[][] {
  if (!Array.isArray(result) || result.length === 0) fail(host, name, "the result is not a non-empty 2-D array", result);
  const rows = result as unknown[];
  const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : -1;
  if (width < 1) fail(host, name, "the first result row is empty or not an array", rows[0]);
  for (const row of rows) {
    if (!Array.isArray(row) || row.length !== width) fail(host, name, `the result is not rectangular (width ${width})`, row);
    for (const cell of row) checkCell(host, name, cell, echoes);
  }
  return rows as unknown[][];
}

function checkMessage(host: string, name: string, message: unknown, prefix: string, echoes: boolean): string {
  if (typeof message !== "string" || !message.startsWith(prefix) || message.length < prefix.length + 10) {
    fail(host, name, `the error message does not start "${prefix}" with a reason`, message);
  }
  const reason = (message as string).slice(prefix.length);
  if (CRASH.test(reason)) fail(host, name, "core threw an unexpected exception", reason);
  if (!echoes && LEAK.test(reason)) fail(host, name, "the message shows a leaked NaN/undefined", reason);
  return reason;
}

/** Calls the built Excel bundle and checks the outcome. */
export function callExcel(name: string, args: unknown[], echoes: boolean): Outcome {
  let result: unknown;
  try {
    result = loadExcelBundle().call(name, ...args);
  } catch (error) {
    if (!(error instanceof StandInCustomFunctionsError)) fail("Excel", name, "threw something other than CustomFunctions.Error", String(error));
    const code = (error as StandInCustomFunctionsError).code;
    if (code !== "#VALUE!" && code !== "#N/A") fail("Excel", name, "error code is neither #VALUE! nor #N/A", code);
    return { ok: false, code, message: checkMessage("Excel", name, (error as Error).message, `KPI.${name}: `, echoes) };
  }
  return { ok: true, cells: checkGrid("Excel", name, result, echoes) };
}

/** Calls the built Sheets bundle (the KPI_ global) and checks the outcome. */
export function callSheets(name: string, args: unknown[], echoes: boolean): Outcome {
  let result: unknown;
  try {
    result = loadSheetsBundle().call(name, ...args);
  } catch (error) {
    if (Object.prototype.toString.call(error) !== "[object Error]") fail("Sheets", name, "threw something other than an Error", String(error));
    return { ok: false, message: checkMessage("Sheets", name, (error as Error).message, `KPI_${name}: `, echoes) };
  }
  if (!Array.isArray(result)) {
    checkCell("Sheets", name, result, echoes);
    return { ok: true, cells: [[result]] };
  }
  return { ok: true, cells: checkGrid("Sheets", name, result, echoes) };
}

/** True when the input already contains one of the words a leak would show. */
function inputEchoesLeakWords(args: readonly Argument[]): boolean {
  return inputTexts(args).some((text) => LEAK.test(text)) || args.some((arg) => arg.kind === "raw");
}

/**
 * True when every number in the input is ordinary (finite, between 1e-12 and 1e12 in size, or 0):
 * then a computation has no excuse for NaN or Infinity.
 */
function isOrdinary(args: readonly Argument[]): boolean {
  const ordinary = (value: number) => Number.isFinite(value) && (value === 0 || (Math.abs(value) <= 1e12 && Math.abs(value) >= 1e-12));
  return args.every(
    (arg) =>
      arg.kind === "omitted" ||
      (arg.kind === "cells" &&
        arg.rows.every((row) =>
          row.every((cell) => {
            if (cell.kind === "number") return ordinary(cell.value);
            if (cell.kind === "date") return ordinary(cell.serial);
            if (cell.kind === "text") {
              const parsed = parseNumericText(cell.value);
              return parsed === undefined || ordinary(parsed);
            }
            return true;
          }),
        )),
  );
}

/**
 * Calls the formula's implementation from the source catalogue, before the hosts' last guard
 * (`sanitiseGrid`) blanks non-finite numbers: on ordinary numbers no result may be NaN or Infinity,
 * because a blank where a number belongs misleads as surely as a wrong number.
 */
function checkUnsanitised(spec: FunctionSpec, args: unknown[]): void {
  let grid: unknown[][];
  try {
    grid = spec.implementation(...spec.parameters.map((_, i) => args[i]));
  } catch {
    return; // failures are checked through the hosts
  }
  for (const row of grid) {
    for (const cell of row) {
      if (typeof cell === "number" && !Number.isFinite(cell)) fail("core", spec.name, "computed a non-finite number from ordinary input", { cell, args });
      if (cell === undefined || cell === null) fail("core", spec.name, "left a cell undefined", { args });
    }
  }
}

/** Runs one generated call through both built hosts and checks every property. */
export function checkCall(spec: FunctionSpec, args: readonly Argument[]): Outcome {
  const echoes = inputEchoesLeakWords(args);
  const excelArgs = forExcel(args);
  const excel = callExcel(spec.name, excelArgs, echoes);
  const sheets = callSheets(spec.name, forSheets(args), echoes);
  if (!sameOutcome(excel, sheets)) fail("Excel and Sheets", spec.name, "differ", { excel, sheets });
  if (isOrdinary(args)) checkUnsanitised(spec, excelArgs);
  return excel;
}

/** True when two hosts gave the same cells, or failed with the same reason. */
export function sameOutcome(excel: Outcome, sheets: Outcome): boolean {
  if (excel.ok && sheets.ok) return JSON.stringify(excel.cells) === JSON.stringify(sheets.cells);
  if (!excel.ok && !sheets.ok) return excel.message === sheets.message;
  return false;
}

/** The catalogue entry of each formula the built Excel bundle registers, in its order. */
export function builtFormulas(): FunctionSpec[] {
  return loadExcelBundle().metadata.functions.map((meta) => {
    const spec = CATALOGUE.find((entry) => entry.name === meta.id);
    if (spec === undefined) throw new Error(`dist registers ${meta.id}, which the source catalogue lacks: rebuild (npm run build)`);
    return spec;
  });
}
