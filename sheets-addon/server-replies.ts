/**
 * What the server functions send back to the sidebar through `google.script.run`, as zod schemas:
 * the sidebar reads each reply with its schema, so a reply it cannot use (an older Code.js in the
 * spreadsheet, say) is said in words rather than failing somewhere in the panel.
 */
import * as z from "zod/mini";
import { RangeData } from "../panel/host";
import { readUntrusted } from "../panel/shared/untrusted-input";

const CELL = z.union([z.string(), z.number(), z.boolean(), z.null()], { error: "must be text, a number, TRUE/FALSE or empty" });
const TEXT = z.string({ error: "must be text" });

/** A block of cells read from the spreadsheet. */
export const RANGE_DATA: z.ZodMiniType<RangeData> = z.object(
  { sheet: TEXT, address: TEXT, values: z.array(z.array(CELL, { error: "must be a row of cells" }), { error: "must be a list of rows" }) },
  { error: "must be a block of cells" },
);

/** The names of the sheets. */
export const SHEET_NAMES: z.ZodMiniType<string[]> = z.array(TEXT, { error: "must be a list of sheet names" });

/** The name of the sheet written. */
export const SHEET_NAME: z.ZodMiniType<string> = TEXT;

/** The saved settings (JSON text), or null when there are none. */
export const SAVED_SETTINGS_TEXT: z.ZodMiniType<string | null> = z.nullable(TEXT);

/** Nothing to read (the reply of a function that returns nothing). */
export const NOTHING: z.ZodMiniType<unknown> = z.unknown();

/**
 * Reads the reply of server function `name`.
 *
 * @throws {Error} saying what is wrong and how to fix it
 */
export function readReply<T>(schema: z.ZodMiniType<T>, reply: unknown, name: string): T {
  const reading = readUntrusted(schema, reply);
  if (reading.ok) return reading.value;
  throw new Error(
    `Google Sheets sent back something KPI Scrutiny cannot read (${name}: ${reading.problem}). The script in this spreadsheet may be out of date: update it from the latest Code.js, then reload the spreadsheet.`,
  );
}
