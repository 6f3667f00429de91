/**
 * Reference vectors from published implementations, kept in test/reference with their source
 * and licence (see test/reference/README.md).
 */
import fs from "fs";
import path from "path";

export interface ReferenceCase<I = Record<string, unknown>, E = Record<string, unknown>> {
  name: string;
  source_detail?: string;
  notes?: string;
  input: I;
  expected: E;
  [key: string]: unknown;
}

export interface ReferenceFile<I = Record<string, unknown>, E = Record<string, unknown>> {
  source: string;
  licence: string;
  notes: string;
  cases: ReferenceCase<I, E>[];
}

export function loadReference<I = Record<string, unknown>, E = Record<string, unknown>>(file: string): ReferenceFile<I, E> {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "..", "reference", file), "utf8"));
}

/** Relative closeness with an absolute floor, for p-values that underflow to 0 in the reference. */
export function expectClose(actual: number, expected: number, relative = 1e-6, absolute = 1e-12): void {
  const tolerance = Math.max(absolute, relative * Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`expected ${expected} (±${tolerance}), got ${actual}`);
  }
}
