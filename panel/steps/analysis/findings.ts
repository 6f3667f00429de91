/**
 * The panel's findings (the badges, the sort order and the filter of the cards) from core's
 * exception codes. The map is keyed by core's code type, so a new code in core does not compile
 * until it is placed here.
 */
import type { ExceptionCode, KpiAnalysis } from "../../../core/analysis/types";
import { FINDING_FILTERS, FindingId } from "../../shared/kpi-view";

/**
 * The panel's finding for each of core's exception codes (target findings included); `null` for a
 * code that is shown on the card but not flagged (`no_target`).
 */
export const FINDING_OF = {
  exception_without_explanation: "unexplained",
  special_cause_concerning: "concerning",
  worsening: "worsening",
  red: "red",
  missing_latest: "missing",
  data_quality: "data-quality",
  green_but_bottom_quartile: "green-bottom",
  red_but_top_quartile: "red-top",
  soft_target: "target",
  target_below_peers: "target",
  target_asks_for_decline: "target",
  unrealistic_target: "target",
  hit_and_miss: "target",
  stale_target: "target",
  no_target: null,
} as const satisfies Readonly<Record<ExceptionCode, FindingId | null>>;

/**
 * The findings of an analysis, without repeats, most urgent first (the order of FINDING_FILTERS);
 * `tableNotes` when reading the table found a fault of its own (a duplicate row, a stale latest
 * figure), a data-quality finding.
 */
export function findingsOfAnalysis(analysis: KpiAnalysis, variation: string, tableNotes = false): FindingId[] {
  const found = new Set<FindingId>();
  if (variation === "Special cause concerning") found.add("concerning");
  for (const code of analysis.exceptions) {
    const finding: FindingId | null | undefined = FINDING_OF[code];
    if (finding !== null && finding !== undefined) found.add(finding);
  }
  if (tableNotes) found.add("data-quality");
  if (analysis.direction.label === "Improving" || variation === "Special cause improving") found.add("improving");
  return FINDING_FILTERS.flatMap((filter) => (found.has(filter.id) ? [filter.id] : []));
}
