/**
 * Targets that change over time in a wide KPI table: a row directly under a KPI named that KPI's
 * name followed by "target" ("Missed bins target", "Missed bins (target)", "Missed bins - Target")
 * holds its target for each period. Pure functions (no DOM, no host).
 */
import { kpiKey } from "../../shared/pane-inputs";

/** What may follow the KPI's name on its target row: "target", with or without brackets or a dash. */
const TARGET_SUFFIX = /^\s*[-–:]?\s*[([]?\s*target\s*[)\]]?$/;

/**
 * True when `rowName` names the target row of the KPI `kpiName` (compared without regard to case
 * or repeated spaces).
 *
 * @example
 * isTargetRowOf("Missed bins (Target)", "Missed bins"); // => true
 * isTargetRowOf("Missed bins per 1,000", "Missed bins"); // => false
 */
export function isTargetRowOf(rowName: string, kpiName: string): boolean {
  const row = kpiKey(rowName);
  const kpi = kpiKey(kpiName);
  return kpi !== "" && row.startsWith(kpi) && TARGET_SUFFIX.test(row.slice(kpi.length));
}
