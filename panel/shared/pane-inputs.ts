/**
 * What the steps hand on to the analysis: the KPIs as read from the table (a record per KPI), the
 * peer table the user chose, and one KPI's cells read into numbers with core's cell conventions.
 * No DOM and no host here.
 */
import { parsePolarityCell } from "../../core/values";
import type { Polarity } from "../../core/values";
import { Cell } from "../host";
import { DeprivationTable, QuantileReading, quantilesFor } from "./deprivation-inputs";
import { figureOf, isPercentKpi, readKpiCells, readOptionalFigure, readTargetCells, unitOfKpi } from "./kpi-cells";
import { PanelSettings, eventsFor, excludedFor } from "./settings";

/** An officer's commentary or action for one period, as written in the KPI table. */
export interface OfficerNote {
  /** The period it is for: the row's period (long layout), or the latest period with a figure (wide layout). */
  period: string;
  /** The heading of its column ("Commentary", "Corrective action"). */
  heading: string;
  /** The text exactly as written in the cell; shown and written as text, never as markup or a formula. */
  text: string;
}

/** An event on one KPI's chart, at its place in the KPI's periods. */
export interface PlacedEvent {
  period: string;
  /** 0-based position of the period in the KPI's periods. */
  position: number;
  note: string;
  /** A new process starts here: the SPC limits are recalculated from this period. */
  rebase: boolean;
}

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
  /** What reading the table found about this KPI, a sentence each (duplicate rows, a stale latest figure). */
  dataNotes?: string[];
  /**
   * One target cell per period, when the targets change over time: the Target column of a long
   * table, a "<KPI> target" row under the KPI, or a target table. Absent when `target` serves every period.
   */
  targets?: Cell[];
  /** The officer's commentary and actions; absent when the table has no commentary column. */
  commentary?: OfficerNote[];
  /** Its counts, costs and deflators, one cell per period, from a long table's columns or a wide table's rows. */
  series?: Partial<Record<KpiSeriesRole, Cell[]>>;
}

/** What a KPI may carry beside its values, period by period: counts, costs and a price index. */
export type KpiSeriesRole = "numerator" | "denominator" | "cost" | "deflator";

/** The peers' values: KPI (lower case, or `*` when the table has no KPI column) -> council -> period -> cell. */
export interface PeerTable {
  councils: string[];
  values: Map<string, Map<string, Map<string, Cell>>>;
  /** When the rows are deprivation deciles or quintiles: the table by group (then `values` is empty and `councils` are its areas). */
  deprivation?: DeprivationTable;
  /** Beside each value, keyed as `values`: counts, costs, published limits and comparison (a Fingertips download has them all). */
  extras?: Map<string, Map<string, Map<string, PeerExtras>>>;
  /** Rows for a whole nation (England, Scotland): comparators, never peers. */
  national?: string[];
  /** Whom the table's published comparison compares with ("England"), when it has one. */
  comparedWith?: string;
  /** The one KPI a table's KPI column names (a Fingertips download of one indicator): the table is keyed `*`, as one without a KPI column. */
  onlyKpi?: string;
}

/** What a peer table may hold beside a council's value for a period. */
export type PeerExtraField = "numerator" | "denominator" | "cost" | "lower95" | "upper95" | "lower998" | "upper998" | "comparedTo";

/** One council's extras for one KPI and period. */
export type PeerExtras = Partial<Record<PeerExtraField, Cell>>;

/** The comparator the user named: a row of the peer table (England), or a value typed in the pane. */
export type ComparatorChoice = { kind: "row"; name: string } | { kind: "value"; name: string; value: number };

/** The peer table chosen in the panel. */
export interface PeerChoice {
  table: PeerTable;
  /** The KPI a table without a KPI column belongs to (`*`: every KPI). */
  tableKpi: string;
  /** "Our council", as named in the peer table, or an empty string. */
  ourCouncil: string;
  /** Where the table is, for the report (`Sample peers!A1:O33`). */
  source: string;
  /** The comparator of the latest values (docs/DESIGN.md, "Counts, costs and comparators"), if one is named. */
  comparator?: ComparatorChoice;
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
  /** One target per period when the targets change over time (`null` where a period has none), else null. */
  targets: (number | null)[] | null;
  tolerance: number | null;
  /** Peer values for each period (every council in the table, ours included), empty without peers. */
  peerValues: number[][];
  /** Our council's values in the peer table, when it is named and found there. */
  ourPeerValues: (number | null)[] | null;
  /** Our council's name, or an empty string. */
  ourCouncil: string;
  /** The KPI by deprivation group, period by period, when the peer table is a deprivation table that has it. */
  quantiles?: QuantileReading;
  /** The unit the KPI is shown in: as written, or "%" for a percentage KPI without one. */
  unit: string;
  /** What the card says about cells read as gaps that held something other than a blank or a marker. */
  cellNotes: string[];
  /** The events on the chart for this KPI (for every KPI and its own) at periods it has, in time order. */
  events: PlacedEvent[];
}

/** A KPI name as both tables are matched on it. */
export function kpiKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The councils of a peer table for one KPI (a table without a KPI column serves `tableKpi`, or every KPI for `*`). */
function councilsFor<T>(values: Map<string, Map<string, Map<string, T>>>, kpiName: string, tableKpi: string): Map<string, Map<string, T>> | undefined {
  const own = values.get(kpiKey(kpiName));
  if (own !== undefined) return own;
  return tableKpi === "*" || kpiKey(tableKpi) === kpiKey(kpiName) ? values.get("*") : undefined;
}

/**
 * The peer group's cells for one KPI and period, every council included (as LG Inform does), or
 * an empty list when the table has none for that KPI. A table without a KPI column serves the KPI
 * named by `tableKpi` (or every KPI when that is `*`). Rows for a whole nation, and the
 * comparator's row (`leaveOut`), are not peers.
 */
export function peerCells(table: PeerTable, kpiName: string, period: string, tableKpi = "*", leaveOut: readonly string[] = []): Cell[] {
  return peerRows(table, kpiName, period, tableKpi, leaveOut).map((row) => row.cell);
}

/** The peer group's rows for one KPI and period (as peerCells), each with its council and extras. */
export function peerRows(table: PeerTable, kpiName: string, period: string, tableKpi = "*", leaveOut: readonly string[] = []): { council: string; cell: Cell; extras: PeerExtras }[] {
  const byCouncil = councilsFor(table.values, kpiName, tableKpi);
  if (byCouncil === undefined) return [];
  const extras = councilsFor(table.extras ?? new Map<string, Map<string, Map<string, PeerExtras>>>(), kpiName, tableKpi);
  const left = new Set([...(table.national ?? []), ...leaveOut]);
  return Array.from(byCouncil, ([council, byPeriod]) => ({ council, cell: byPeriod.get(period) ?? null, extras: extras?.get(council)?.get(period) ?? {} })).filter(
    (row) => !left.has(row.council),
  );
}

/** One council's extras for one KPI, in the order of `periods`. */
export function councilExtras(table: PeerTable, kpiName: string, council: string, periods: readonly string[], tableKpi = "*"): PeerExtras[] {
  const byPeriod = councilsFor(table.extras ?? new Map<string, Map<string, Map<string, PeerExtras>>>(), kpiName, tableKpi)?.get(council);
  return periods.map((period) => byPeriod?.get(period) ?? {});
}

/** One council's cells for one KPI, in the order of `periods` (to check "our council" against the KPI table). */
export function councilCells(table: PeerTable, kpiName: string, council: string, periods: readonly string[], tableKpi = "*"): Cell[] | undefined {
  const byPeriod = councilsFor(table.values, kpiName, tableKpi)?.get(council);
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
  // The comparator's own row (England) is not a peer.
  const leaveOut = peers?.comparator?.kind === "row" ? [peers.comparator.name] : [];
  const peerValues = record.periods.map((period) =>
    peers === undefined ? [] : peerFigures(peerCells(peers.table, record.name, period, peers.tableKpi, leaveOut), percent, unread, period),
  );
  const targets = record.targets === undefined ? undefined : readTargetCells(record.targets, places, percent);
  const ourCells = peers && peers.ourCouncil ? councilCells(peers.table, record.name, peers.ourCouncil, record.periods, peers.tableKpi) : undefined;
  const deprivation = peers?.table.deprivation;
  const quantiles = deprivation === undefined ? undefined : quantilesFor(deprivation, record.name, peers!.tableKpi, peers!.ourCouncil);
  const cellNotes = [...notes, ...[target.note, tolerance.note].filter((note): note is string => note !== undefined), ...(targets?.notes ?? [])];
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
    targets: targets === undefined ? null : targets.values,
    tolerance: tolerance.value,
    peerValues,
    ourPeerValues: ourCells === undefined ? null : ourCells.map((cell) => figureOf(cell, percent) ?? null),
    ourCouncil: peers?.ourCouncil ?? "",
    ...(quantiles === undefined ? {} : { quantiles }),
    unit: unitOfKpi(record.name, record.unit, record.values),
    cellNotes,
    events: eventsFor(settings, record.name)
      .flatMap((event) => {
        const position = record.periods.indexOf(event.period);
        return position < 0 ? [] : [{ period: event.period, position, note: event.note, rebase: event.rebase }];
      })
      .sort((a, b) => a.position - b.position),
  };
}
