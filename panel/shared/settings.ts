/**
 * The panel's settings saved with the workbook (as document settings, never in the user's cells):
 * the periods to leave out of the analysis, for every KPI or for one. Read back with a schema,
 * since anyone who can edit the workbook can edit them.
 */
import * as z from "zod/mini";
import { readUntrusted } from "./untrusted-input";

/** Key for the periods left out of every KPI. */
export const ALL_KPIS = "*";

export interface PanelSettings {
  version: 1;
  /** KPI name (as in the table) or `*` -> period labels to leave out. */
  excluded: Record<string, string[]>;
}

/** The settings as saved: version 1 (or none, as the first release wrote them). */
const SAVED_SETTINGS = z.object(
  {
    version: z.optional(z.literal(1, { error: "is a version this release cannot read" })),
    excluded: z.optional(z.record(z.string(), z.array(z.string({ error: "is not a period label (text)" }), { error: "is not a list of periods" }))),
  },
  { error: "are not settings of KPI Scrutiny" },
);

export function emptySettings(): PanelSettings {
  return { version: 1, excluded: {} };
}

/** What can be kept of settings that do not fit: every period label that is text. */
function salvage(data: unknown): PanelSettings {
  const excluded: Record<string, string[]> = {};
  const saved = typeof data === "object" && data !== null ? (data as { excluded?: unknown }).excluded : undefined;
  if (typeof saved === "object" && saved !== null) {
    for (const [key, value] of Object.entries(saved as Record<string, unknown>)) {
      if (Array.isArray(value)) excluded[key] = value.filter((item): item is string => typeof item === "string");
    }
  }
  return { version: 1, excluded };
}

/**
 * Reads saved settings: what can be used, and what could not be read (in words), if anything.
 * Nothing is written back: the saved text stays as it is until the user changes a setting.
 *
 * @example
 * readSavedSettings('{"version":1,"excluded":{"*":["2020/21", 7]}}');
 * // => { settings: { version: 1, excluded: { "*": ["2020/21"] } },
 * //      problem: 'The saved settings could not all be read: "excluded" › "*" › item 2 is not a period label (text).' }
 */
export function readSavedSettings(json: string | null): { settings: PanelSettings; problem?: string } {
  if (json === null || json === "") return { settings: emptySettings() };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { settings: emptySettings(), problem: "The saved settings could not be read: they are not in the form KPI Scrutiny saves them." };
  }
  const reading = readUntrusted(SAVED_SETTINGS, data);
  if (reading.ok) return { settings: { version: 1, excluded: reading.value.excluded ?? {} } };
  return { settings: salvage(data), problem: `The saved settings could not all be read: ${reading.problem}.` };
}

/**
 * Reads saved settings; anything unreadable gives empty settings (and readSavedSettings says why).
 *
 * @example
 * parseSettings('{"version":1,"excluded":{"*":["2020/21"]}}').excluded["*"]; // => ["2020/21"]
 */
export function parseSettings(json: string | null): PanelSettings {
  return readSavedSettings(json).settings;
}

export function serialiseSettings(settings: PanelSettings): string {
  return JSON.stringify(settings);
}

/** The periods left out for one KPI: those for every KPI and those for it. */
export function excludedFor(settings: PanelSettings, kpiName: string): string[] {
  const all = settings.excluded[ALL_KPIS] ?? [];
  const own = settings.excluded[kpiName] ?? [];
  return Array.from(new Set([...all, ...own]));
}

/** Sets (or clears, with an empty list) the periods left out for `key` (`*` or a KPI name). */
export function setExcluded(settings: PanelSettings, key: string, periods: readonly string[]): PanelSettings {
  const excluded = { ...settings.excluded };
  if (periods.length === 0) delete excluded[key];
  else excluded[key] = [...periods];
  return { version: 1, excluded };
}
