/**
 * Loads the BUILT host bundles the way Excel and Apps Script load them, so tests exercise exactly
 * what users get:
 * - dist/sheets-addon/Code.js in a fresh `vm` context: top-level `KPI_*` functions called with
 *   2-D arrays (or plain values for single cells), as Apps Script calls custom functions;
 * - dist/excel-addin/functions.js in a `vm` context with a stand-in `CustomFunctions` runtime that
 *   records `associate` calls and provides `CustomFunctions.Error`.
 * Set KPI_DIST to test another build folder.
 */
import fs from "fs";
import path from "path";
import vm from "vm";

export const DIST = path.resolve(__dirname, "../..", process.env.KPI_DIST ?? "dist");

/** A host failure, normalised: Excel's error code and message, or the Error Sheets would show. */
export interface HostFailure {
  failed: true;
  code: string;
  message: string;
}

export type HostResult = unknown | HostFailure;

/** Excel's stand-in error type, as `CustomFunctions.Error` (code + message). */
export class StandInCustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
  }
}

export interface SheetsBundle {
  context: vm.Context;
  code: string;
  call(name: string, ...args: unknown[]): unknown;
  globals: string[];
}

let sheetsCache: SheetsBundle | undefined;

/** Loads dist/sheets-addon/Code.js once per test file, with stand-ins for the Apps Script services given. */
export function loadSheetsBundle(services: Record<string, unknown> = {}): SheetsBundle {
  if (sheetsCache && Object.keys(services).length === 0) return sheetsCache;
  const file = path.join(DIST, "sheets-addon", "Code.js");
  const code = fs.readFileSync(file, "utf8");
  const context = vm.createContext({ ...services });
  vm.runInContext(code, context, { filename: "Code.js" });
  const globals = Object.keys(context).filter((key) => typeof context[key] === "function");
  const bundle: SheetsBundle = {
    context,
    code,
    globals,
    call(name: string, ...args: unknown[]) {
      const fn = context[`KPI_${name}`];
      if (typeof fn !== "function") throw new Error(`Code.js has no global KPI_${name}`);
      return fn(...args);
    },
  };
  if (Object.keys(services).length === 0) sheetsCache = bundle;
  return bundle;
}

export interface ExcelBundle {
  registry: Map<string, (...args: unknown[]) => unknown>;
  metadata: { functions: ExcelFunctionMetadata[] };
  call(name: string, ...args: unknown[]): unknown;
}

export interface ExcelFunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; type: string; dimensionality: string; optional: boolean }[];
  result: { type: string; dimensionality: string };
}

let excelCache: ExcelBundle | undefined;

/** Loads dist/excel-addin/functions.js with a stand-in CustomFunctions runtime, and functions.json. */
export function loadExcelBundle(): ExcelBundle {
  if (excelCache) return excelCache;
  const registry = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      registry.set(id, fn);
    },
    Error: StandInCustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
  const context = vm.createContext({ CustomFunctions, console });
  const code = fs.readFileSync(path.join(DIST, "excel-addin", "functions.js"), "utf8");
  vm.runInContext(code, context, { filename: "functions.js" });
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "excel-addin", "functions.json"), "utf8"));
  excelCache = {
    registry,
    metadata,
    call(name: string, ...args: unknown[]) {
      const fn = registry.get(name);
      if (!fn) throw new Error(`functions.js did not register ${name}`);
      return fn(...args);
    },
  };
  return excelCache;
}

/** Calls a Sheets formula and returns its value, or the failure as Sheets shows it. */
export function trySheets(name: string, ...args: unknown[]): HostResult {
  try {
    return loadSheetsBundle().call(name, ...args);
  } catch (error) {
    const message = (error as Error).message;
    const isError = Object.prototype.toString.call(error) === "[object Error]";
    return { failed: true, code: isError ? "Error" : "thrown non-Error", message };
  }
}

/** Calls an Excel formula and returns its value, or the CustomFunctions.Error as Excel shows it. */
export function tryExcel(name: string, ...args: unknown[]): HostResult {
  try {
    return loadExcelBundle().call(name, ...args);
  } catch (error) {
    const code = error instanceof StandInCustomFunctionsError ? error.code : "uncaught";
    return { failed: true, code, message: (error as Error).message };
  }
}

/** A single-cell result from either host: Excel gives [[x]], Sheets gives x. */
export function single(result: unknown): unknown {
  if (Array.isArray(result) && result.length === 1 && Array.isArray(result[0]) && result[0].length === 1) return result[0][0];
  return result;
}

/** A 2-D result from either host (Sheets returns a plain value for one cell). */
export function grid(result: unknown): unknown[][] {
  if (Array.isArray(result)) return result as unknown[][];
  return [[result]];
}

/** Converts arrays made inside a vm context into this realm's arrays, for deep equality. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}
