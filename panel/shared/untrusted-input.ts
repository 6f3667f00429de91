/**
 * Reading input the panel did not make itself (settings read back from the workbook, messages
 * that cross google.script.run) with a zod schema: the value, or what is wrong in words. The
 * schemas carry their own wording (zod's `error` option), so no zod locale is bundled.
 */
import * as z from "zod/mini";
import type { ZodMiniType } from "zod/mini";

// No generated parsers: zod would probe `new Function`, which the pages' Content Security Policy
// refuses (and reports as an error) even though zod catches the failure. This runs before any
// schema is built, since every module with a schema imports this one.
z.config({ jitless: true });

/**
 * The value, when it fits the schema, or what is wrong with it: `place` (empty for the whole input)
 * and `what`, and the two together as `problem`.
 */
export type UntrustedReading<T> = { ok: true; value: T } | { ok: false; place: string; what: string; problem: string };

/** Where in the input an issue is: `excluded › "Recycling" › item 2`. */
function placeOf(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === "number" ? `item ${key + 1}` : JSON.stringify(String(key)))).join(" › ");
}

/**
 * Reads `input` with `schema`; never throws.
 *
 * @example
 * readUntrusted(z.string({ error: "must be text" }), 4);
 * // => { ok: false, place: "", what: "must be text", problem: "must be text" }
 */
export function readUntrusted<T>(schema: ZodMiniType<T>, input: unknown): UntrustedReading<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const place = issue === undefined ? "" : placeOf(issue.path);
  const what = issue?.message ?? "is not what was expected";
  return { ok: false, place, what, problem: place ? `${place} ${what}` : what };
}
