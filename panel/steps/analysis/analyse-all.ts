/**
 * Analysis of a whole KPI table, a KPI at a time, without freezing the pane: the work yields to the
 * browser between small batches, reports progress and can be cancelled. Each KPI's numbers come
 * from core's analyseKpi (docs/DESIGN.md, rule 1), through the view builder.
 */
import { KpiView } from "../../shared/kpi-view";
import { messageOf } from "../../shared/errors";
import { KpiRecord, PeerChoice, readInputs } from "../../shared/pane-inputs";
import { PanelSettings } from "../../shared/settings";
import { readCountInputs } from "./count-inputs";
import { problemView, viewOfKpi } from "./view-of-kpi";

/** Analyses one KPI; never throws: a failure becomes a card that says what to fix. */
export function analyseRecord(record: KpiRecord, index: number, settings: PanelSettings, peers?: PeerChoice): KpiView {
  try {
    const inputs = readInputs(record, settings, peers);
    return viewOfKpi(inputs, index, readCountInputs(inputs, peers));
  } catch (error) {
    return problemView(record, index, messageOf(error));
  }
}

/** Progress of a long analysis. */
export type ProgressListener = (done: number, total: number) => void;

/** How long (ms) the analysis may hold the browser before it yields, and the most KPIs between yields. */
const SLICE_MS = 25;
const SLICE_KPIS = 50;

function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Analyses every KPI, yielding to the browser about every 25 ms (or 50 KPIs) so the pane stays responsive;
 * resolves to undefined when cancelled.
 */
export async function analyseAll(
  records: readonly KpiRecord[],
  settings: PanelSettings,
  peers: PeerChoice | undefined,
  onProgress: ProgressListener,
  isCancelled: () => boolean,
): Promise<KpiView[] | undefined> {
  const views: KpiView[] = [];
  let sliceStart = Date.now();
  onProgress(0, records.length);
  for (let i = 0; i < records.length; i++) {
    if (i > 0 && (Date.now() - sliceStart > SLICE_MS || i % SLICE_KPIS === 0)) {
      onProgress(i, records.length);
      await yieldToBrowser();
      if (isCancelled()) return undefined;
      sliceStart = Date.now();
    }
    views.push(analyseRecord(records[i], i, settings, peers));
  }
  onProgress(records.length, records.length);
  await yieldToBrowser();
  return isCancelled() ? undefined : views;
}
