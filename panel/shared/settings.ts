/**
 * The panel's settings saved with the workbook (as document settings, never in the user's cells):
 * the periods to leave out of the analysis, for every KPI or for one.
 */

/** Key for the periods left out of every KPI. */
export const ALL_KPIS = "*";

export interface PanelSettings {
  version: 1;
  /** KPI name (as in the table) or `*` -> period labels to leave out. */
  excluded: Record<string, string[]>;
}

export function emptySettings(): PanelSettings {
  return { version: 1, excluded: {} };
}

/**
 * Reads saved settings; anything unreadable gives empty settings (the panel says so, it does not fail).
 *
 * @example
 * parseSettings('{"version":1,"excluded":{"*":["2020/21"]}}').excluded["*"]; // => ["2020/21"]
 */
export function parseSettings(json: string | null): PanelSettings {
  if (json === null || json === "") return emptySettings();
  try {
    const data = JSON.parse(json) as { excluded?: unknown };
    const excluded: Record<string, string[]> = {};
    if (data && typeof data.excluded === "object" && data.excluded !== null) {
      for (const [key, value] of Object.entries(data.excluded as Record<string, unknown>)) {
        if (Array.isArray(value)) excluded[key] = value.filter((item): item is string => typeof item === "string");
      }
    }
    return { version: 1, excluded };
  } catch {
    return emptySettings();
  }
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
