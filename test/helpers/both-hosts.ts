/**
 * Calling a formula in both built bundles (see bundles.ts) and holding them to the same answer:
 * the cells when both succeed, or the code and message when both fail; and the two ways a list
 * of values is laid out in a sheet.
 */
import { grid, plain, tryExcel, trySheets } from "./bundles";

/** Calls a formula in both hosts, checks they agree and did not fail, and returns the cells. */
export function both(name: string, ...args: unknown[]): unknown[][] {
  const excel = tryExcel(name, ...args);
  const sheets = trySheets(name, ...args);
  if ((excel as { failed?: boolean }).failed) throw new Error(`Excel KPI.${name} failed: ${(excel as { message: string }).message}`);
  if ((sheets as { failed?: boolean }).failed) throw new Error(`Sheets KPI_${name} failed: ${(sheets as { message: string }).message}`);
  expect(plain(grid(sheets))).toEqual(plain(grid(excel)));
  return plain(grid(excel));
}

/** Calls a formula that must fail in both hosts, and returns Excel's code and the message (the same in both). */
export function failure(name: string, ...args: unknown[]): { code: string; message: string } {
  const excel = tryExcel(name, ...args) as { failed?: boolean; code: string; message: string };
  const sheets = trySheets(name, ...args) as { failed?: boolean; code: string; message: string };
  expect(excel.failed).toBe(true);
  expect(sheets.failed).toBe(true);
  expect(sheets.message.replace(/^KPI_/, "KPI.")).toBe(excel.message);
  return { code: excel.code, message: excel.message };
}

/** A list as one row of cells (a missing value as a blank cell). */
export const row = (values: readonly unknown[]) => [values.map((value) => value ?? "")];

/** A list as one column of cells (a missing value as a blank cell). */
export const column = (values: readonly unknown[]) => values.map((value) => [value ?? ""]);
