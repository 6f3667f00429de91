/**
 * Analysis of a whole KPI table, a KPI at a time, without freezing the pane: the work yields to the
 * browser between small batches, reports progress and can be cancelled. Each KPI's numbers come
 * from core's analyseKpi (DESIGN.md rule 1); this file only gathers its inputs and reads its output.
 */
import { describeIssue, isKpiError } from "../../../core/errors";
import { parseNumberCell, parsePolarityCell } from "../../../core/values";
import { Cell } from "../../host";
import { KpiRecord, PeerTable, councilCells, peerCells } from "../find-data/layout";
import { PanelSettings, excludedFor } from "../../shared/settings";
import { KpiView } from "../../shared/kpi-view";
import { viewOfKpi } from "./view-of-kpi";

/** The peer table chosen in the panel. */
export interface PeerChoice {
  table: PeerTable;
  /** The KPI a table without a KPI column belongs to (`*`: every KPI). */
  tableKpi: string;
  /** "Our council", as named in the peer table, or an empty string. */
  ourCouncil: string;
  /** Where the table is, for the report (`Sample peers!A1:O33`). */
  source: string;
}

/** One KPI's inputs, read from the tables with core's cell conventions. */
export interface KpiInputs {
  record: KpiRecord;
  values: (number | null)[];
  excluded: boolean[];
  excludedPeriods: string[];
  polarity: "higher" | "lower" | "neutral";
  target: number | null;
  tolerance: number | null;
  /** Peer values for each period (every council in the table, ours included), empty without peers. */
  peerValues: number[][];
  /** Our council's values in the peer table, when it is named and found there. */
  ourPeerValues: (number | null)[] | null;
  /** Our council's name, or an empty string. */
  ourCouncil: string;
}

function numberCells(cells: readonly Cell[], argument: string, noun: string): (number | null)[] {
  return cells.map((cell, i) => parseNumberCell(cell, argument, `${noun} ${i + 1}`));
}

function optionalNumber(cell: Cell, argument: string): number | null {
  return parseNumberCell(cell, argument, argument);
}

/**
 * Reads one KPI's inputs; a bad cell throws core's KpiError, whose message names it and the fix.
 */
export function readInputs(record: KpiRecord, settings: PanelSettings, peers?: PeerChoice): KpiInputs {
  const values = record.values.map((cell, i) => parseNumberCell(cell, "values", `${record.periods[i] || `period ${i + 1}`}`));
  const excludedPeriods = excludedFor(settings, record.name).filter((period) => record.periods.includes(period));
  const excluded = record.periods.map((period) => excludedPeriods.includes(period));
  const peerValues = record.periods.map((period) =>
    peers === undefined
      ? []
      : numberCells(peerCells(peers.table, record.name, period, peers.tableKpi), "peer values", `${period} peer`).filter((value): value is number => value !== null),
  );
  const ourCells = peers && peers.ourCouncil ? councilCells(peers.table, record.name, peers.ourCouncil, record.periods, peers.tableKpi) : undefined;
  return {
    record,
    values,
    excluded,
    excludedPeriods,
    polarity: parsePolarityCell(record.polarity, "polarity"),
    target: optionalNumber(record.target, "target"),
    tolerance: optionalNumber(record.tolerance, "tolerance"),
    peerValues,
    ourPeerValues: ourCells === undefined ? null : numberCells(ourCells, "peer values", "our council's value"),
    ourCouncil: peers?.ourCouncil ?? "",
  };
}

/** The message of a failure, for the user. */
export function messageOf(error: unknown): string {
  if (isKpiError(error)) return describeIssue(error.issue);
  if (error instanceof Error) return error.message;
  return String(error);
}

/** A KPI that could not be analysed: its card and report row say why and what to fix. */
export function problemView(record: KpiRecord, index: number, problem: string): KpiView {
  return {
    index,
    name: record.name,
    category: record.category,
    owner: record.owner,
    unit: record.unit,
    latestPeriod: null,
    latestValue: null,
    target: null,
    rag: "",
    direction: "",
    change: "",
    variation: "",
    assurance: "",
    quartile: null,
    quartileLabel: "",
    gap: null,
    peerNote: "",
    targetFindings: [],
    narrative: "",
    questions: [],
    chart: null,
    excludedPeriods: [],
    problem,
    findings: ["problem"],
  };
}

/** Analyses one KPI; never throws: a failure becomes a card that says what to fix. */
export function analyseRecord(record: KpiRecord, index: number, settings: PanelSettings, peers?: PeerChoice): KpiView {
  try {
    return viewOfKpi(readInputs(record, settings, peers), index);
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
