/**
 * What the steps hand on to the analysis: the KPIs as read from the table (a record per KPI), the
 * peer table the user chose, and one KPI's cells read into numbers with core's cell conventions.
 * No DOM and no host here.
 */
import { parsePolarityCell } from "../../core/values";
import type { Polarity } from "../../core/values";
import { Cell } from "../host";
import { figureOf, isPercentKpi, readKpiCells, readOptionalFigure, unitOfKpi } from "./kpi-cells";
import { PanelSettings, excludedFor } from "./settings";

/** One KPI as read from the table, before any analysis. */
export interface KpiRecord {
  name: string;
  /** Period labels in time order. */
  periods: string[];
  /** The raw cells, one per period (null where the table has none). */
  values: Cell[];
  polarity: Cell;
  target: Cell;
  tolerance: Cell;
  unit: string;
  category: string;
  owner: string;
  /** The row in the block where the KPI starts (0-based), for messages. */
  row: number;
}

/** The peers' values: KPI (lower case, or `*` when the table has no KPI column) -> council -> period -> cell. */
export interface PeerTable {
  councils: string[];
  values: Map<string, Map<string, Map<string, Cell>>>;
}

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

/**
 * One KPI's cells read into numbers with core's cell conventions, with the periods left out and
 * the peers' values: what the panel gives core's analysis (core's own input is `KpiInput`).
 */
export interface ParsedKpi {
  record: KpiRecord;
  values: (number | null)[];
  excluded: boolean[];
  excludedPeriods: string[];
  polarity: Polarity;
  target: number | null;
  tolerance: number | null;
  /** Peer values for each period (every council in the table, ours included), empty without peers. */
  peerValues: number[][];
  /** Our council's values in the peer table, when it is named and found there. */
  ourPeerValues: (number | null)[] | null;
  /** Our council's name, or an empty string. */
  ourCouncil: string;
  /** The unit the KPI is shown in: as written, or "%" for a percentage KPI without one. */
  unit: string;
  /** What the card says about cells read as gaps that held something other than a blank or a marker. */
  cellNotes: string[];
}

/** A KPI name as both tables are matched on it. */
export function kpiKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The councils of a peer table for one KPI (a table without a KPI column serves `tableKpi`, or every KPI for `*`). */
function councilsFor(table: PeerTable, kpiName: string, tableKpi: string): Map<string, Map<string, Cell>> | undefined {
  const own = table.values.get(kpiKey(kpiName));
  if (own !== undefined) return own;
  return tableKpi === "*" || kpiKey(tableKpi) === kpiKey(kpiName) ? table.values.get("*") : undefined;
}

/**
 * The peer group's cells for one KPI and period, every council included (as LG Inform does), or
 * an empty list when the table has none for that KPI. A table without a KPI column serves the KPI
 * named by `tableKpi` (or every KPI when that is `*`).
 */
export function peerCells(table: PeerTable, kpiName: string, period: string, tableKpi = "*"): Cell[] {
  const byCouncil = councilsFor(table, kpiName, tableKpi);
  if (byCouncil === undefined) return [];
  return Array.from(byCouncil.values(), (byPeriod) => byPeriod.get(period) ?? null);
}

/** One council's cells for one KPI, in the order of `periods` (to check "our council" against the KPI table). */
export function councilCells(table: PeerTable, kpiName: string, council: string, periods: readonly string[], tableKpi = "*"): Cell[] | undefined {
  const byPeriod = councilsFor(table, kpiName, tableKpi)?.get(council);
  return byPeriod === undefined ? undefined : periods.map((period) => byPeriod.get(period) ?? null);
}

/** Peer figures of one period: text that is not a figure is left out and counted. */
function peerFigures(cells: readonly Cell[], percent: boolean, unread: { count: number; first?: string }, period: string): number[] {
  const figures: number[] = [];
  for (const cell of cells) {
    const figure = figureOf(cell, percent);
    if (figure === undefined) {
      unread.count += 1;
      unread.first ??= `${typeof cell === "string" ? `"${cell.trim()}"` : String(cell).toUpperCase()} in ${period}`;
    } else if (figure !== null) figures.push(figure);
  }
  return figures;
}

/**
 * Reads one KPI's inputs with the pane's reading of cells (kpi-cells.ts): text in a value is a
 * gap with a note naming the cell; "85%" is 85 in a percentage KPI. A polarity that cannot be read
 * throws core's KpiError, and a percentage KPI mixing fractions and percentages an Error, each
 * with a message that says what to fix.
 */
export function readInputs(record: KpiRecord, settings: PanelSettings, peers?: PeerChoice): ParsedKpi {
  const percent = isPercentKpi(record.name, record.unit, record.values);
  const places = record.periods.map((period, i) => period || `period ${i + 1}`);
  const { values, notes } = readKpiCells(record.values, places, percent);
  const target = readOptionalFigure(record.target, "Target", percent);
  const tolerance = readOptionalFigure(record.tolerance, "Tolerance", percent);
  const excludedPeriods = excludedFor(settings, record.name).filter((period) => record.periods.includes(period));
  const excluded = record.periods.map((period) => excludedPeriods.includes(period));
  const unread: { count: number; first?: string } = { count: 0 };
  const peerValues = record.periods.map((period) => (peers === undefined ? [] : peerFigures(peerCells(peers.table, record.name, period, peers.tableKpi), percent, unread, period)));
  const ourCells = peers && peers.ourCouncil ? councilCells(peers.table, record.name, peers.ourCouncil, record.periods, peers.tableKpi) : undefined;
  const cellNotes = [...notes, ...[target.note, tolerance.note].filter((note): note is string => note !== undefined)];
  if (unread.count > 0) {
    cellNotes.push(`${unread.count} peer ${unread.count === 1 ? "cell is" : "cells are"} not a figure (${unread.first}${unread.count > 1 ? " and others" : ""}) and ${unread.count === 1 ? "is" : "are"} left out of the peer group.`);
  }
  return {
    record,
    values,
    excluded,
    excludedPeriods,
    polarity: parsePolarityCell(record.polarity, "polarity"),
    target: target.value,
    tolerance: tolerance.value,
    peerValues,
    ourPeerValues: ourCells === undefined ? null : ourCells.map((cell) => figureOf(cell, percent) ?? null),
    ourCouncil: peers?.ourCouncil ?? "",
    unit: unitOfKpi(record.name, record.unit, record.values),
    cellNotes,
  };
}
