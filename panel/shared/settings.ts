/**
 * The panel's settings saved with the workbook (as document settings, never in the user's cells):
 * the periods to leave out of the analysis and the events on the chart, for every KPI or for one.
 * Read back with a schema, since anyone who can edit the workbook can edit them.
 */
import * as z from "zod/mini";
import { readUntrusted } from "./untrusted-input";

/** Key for the periods left out of every KPI. */
export const ALL_KPIS = "*";

/** An event on the chart: a note at one period and, with `rebase`, a new process starting there. */
export interface ChartEvent {
  /** The period label, as in the KPI table. */
  period: string;
  /** The user's note ("Lockdown", "New recording system"), shown as text. */
  note: string;
  /** True when a new process starts at this period: the SPC limits are recalculated from it (KPI.SPC's rebase). */
  rebase: boolean;
}

export interface PanelSettings {
  version: 1;
  /** KPI name (as in the table) or `*` -> period labels to leave out. */
  excluded: Record<string, string[]>;
  /** KPI name or `*` -> events on the chart, in the order added; absent when there are none. */
  events?: Record<string, ChartEvent[]>;
}

const SAVED_EVENT = z.object(
  {
    period: z.string({ error: "is not a period label (text)" }),
    note: z.string({ error: "is not a note (text)" }),
    rebase: z.boolean({ error: "is not true or false (a new process starts here)" }),
  },
  { error: "is not an event on the chart" },
);

/** The settings as saved: version 1 (or none, as the first release wrote them). */
const SAVED_SETTINGS = z.object(
  {
    version: z.optional(z.literal(1, { error: "is a version this release cannot read" })),
    excluded: z.optional(z.record(z.string(), z.array(z.string({ error: "is not a period label (text)" }), { error: "is not a list of periods" }))),
    events: z.optional(z.record(z.string(), z.array(SAVED_EVENT, { error: "is not a list of events" }))),
  },
  { error: "are not settings of KPI Scrutiny" },
);

export function emptySettings(): PanelSettings {
  return { version: 1, excluded: {} };
}

/** The lists of a saved record (`{ key: [...] }`), each item kept when `keep` reads it. */
function salvageLists<T>(saved: unknown, keep: (item: unknown) => T | undefined): Record<string, T[]> {
  const lists: Record<string, T[]> = {};
  if (typeof saved !== "object" || saved === null) return lists;
  for (const [key, value] of Object.entries(saved as Record<string, unknown>)) {
    if (!Array.isArray(value)) continue;
    lists[key] = value.flatMap((item) => {
      const kept = keep(item);
      return kept === undefined ? [] : [kept];
    });
  }
  return lists;
}

/** An event that can be kept: one with a period label; a note that is not text is dropped, as is a rebase that is not true. */
function salvageEvent(item: unknown): ChartEvent | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const { period, note, rebase } = item as Record<string, unknown>;
  return typeof period === "string" ? { period, note: typeof note === "string" ? note : "", rebase: rebase === true } : undefined;
}

/** What can be kept of settings that do not fit: every period label that is text, every event with a period. */
function salvage(data: unknown): PanelSettings {
  const saved = typeof data === "object" && data !== null ? (data as { excluded?: unknown; events?: unknown }) : {};
  const settings: PanelSettings = { version: 1, excluded: salvageLists(saved.excluded, (item) => (typeof item === "string" ? item : undefined)) };
  const events = salvageLists(saved.events, salvageEvent);
  if (Object.keys(events).length > 0) settings.events = events;
  return settings;
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
  if (reading.ok) {
    const settings: PanelSettings = { version: 1, excluded: reading.value.excluded ?? {} };
    if (reading.value.events !== undefined && Object.keys(reading.value.events).length > 0) settings.events = reading.value.events;
    return { settings };
  }
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
  return { ...settings, version: 1, excluded };
}

/** The events on one KPI's chart: those for every KPI, then its own. */
export function eventsFor(settings: PanelSettings, kpiName: string): ChartEvent[] {
  return [...(settings.events?.[ALL_KPIS] ?? []), ...(settings.events?.[kpiName] ?? [])];
}

/**
 * Sets (or clears, with an empty list) the events for `key` (`*` or a KPI name).
 *
 * @example
 * setEvents(emptySettings(), "*", [{ period: "2020/21", note: "Lockdown", rebase: true }]).events;
 * // => { "*": [{ period: "2020/21", note: "Lockdown", rebase: true }] }
 */
export function setEvents(settings: PanelSettings, key: string, events: readonly ChartEvent[]): PanelSettings {
  const all = { ...settings.events };
  if (events.length === 0) delete all[key];
  else all[key] = events.map((event) => ({ ...event }));
  const { events: _replaced, ...rest } = settings;
  return Object.keys(all).length > 0 ? { ...rest, events: all } : rest;
}
