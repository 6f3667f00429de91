/**
 * The demo's sample (Trafford and its CIPFA nearest neighbours: DEFRA ENV18 recycling, OHID
 * Fingertips 90323 obesity; panel/steps/find-data/sample-data.ts) taken through the pane's own path: find the
 * tables, read the KPIs and peers, analyse each KPI, with Trafford as our council. The views are
 * what the report and the committee paper are built from.
 */
import { parsePolarityCell } from "../../core/values";
import type { Polarity } from "../../core/values";
import { PeerChoice } from "../../panel/shared/pane-inputs";
import { analyseRecord } from "../../panel/steps/analysis/analyse-all";
import { detectKpiTable, readKpis } from "../../panel/steps/find-data/kpi-table";
import { detectPeerTable, readPeers } from "../../panel/steps/find-data/peer-table";
import { SAMPLE_COUNCIL, sampleKpiSheet, samplePeerSheet } from "../../panel/steps/find-data/sample-data";
import { emptySettings } from "../../panel/shared/settings";
import { KpiView } from "../../panel/shared/kpi-view";

/** The sample's KPI views, in the table's order, with each KPI's polarity. */
export function sampleKpis(): { view: KpiView; polarity: Polarity }[] {
  const kpiGrid = sampleKpiSheet();
  const records = readKpis(kpiGrid, detectKpiTable(kpiGrid));
  const peerGrid = samplePeerSheet();
  const peers: PeerChoice = { table: readPeers(peerGrid, detectPeerTable(peerGrid)), tableKpi: "*", ourCouncil: SAMPLE_COUNCIL, source: "Sample peers" };
  return records.map((record, i) => ({ view: analyseRecord(record, i, emptySettings(), peers), polarity: parsePolarityCell(record.polarity, "polarity") }));
}
