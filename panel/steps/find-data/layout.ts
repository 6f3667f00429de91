/**
 * Finding the data: recognises a KPI table's layout and columns from its headers, as a performance
 * officer lays it out, and turns it into one record per KPI. Pure functions (no DOM, no host), so
 * they are unit-tested directly. No statistics here: cells are read with core's cell conventions.
 */
import { isMissingCell, parseNumericText } from "../../../core/values";
import { looksLikePeriod, orderPeriods } from "../../../core/values/periods";
import { Cell } from "../../host";

/** What a column of a KPI table holds. */
export type KpiColumnRole =
  | "name"
  | "period"
  | "periodLabel"
  | "value"
  | "polarity"
  | "target"
  | "tolerance"
  | "unit"
  | "category"
  | "owner"
  | "ignore";

/** What a column of a peer table holds. */
export type PeerColumnRole = "council" | "kpi" | "period" | "periodLabel" | "value" | "ignore";

/** The words for each role, as the mapping controls show them. */
export const KPI_ROLE_LABELS: Readonly<Record<KpiColumnRole, string>> = {
  name: "KPI name",
  period: "Values of a period",
  periodLabel: "Period (long layout)",
  value: "Value (long layout)",
  polarity: "Polarity",
  target: "Target",
  tolerance: "Tolerance",
  unit: "Unit",
  category: "Category",
  owner: "Owner",
  ignore: "Not used",
};

export const PEER_ROLE_LABELS: Readonly<Record<PeerColumnRole, string>> = {
  council: "Council",
  kpi: "KPI name",
  period: "Values of a period",
  periodLabel: "Period (long layout)",
  value: "Value (long layout)",
  ignore: "Not used",
};

/** Where a table sits in a block of cells and what each of its columns holds. */
export interface TableMapping<Role extends string> {
  /** Index (0-based, in the block) of the header row. */
  headerRow: number;
  /** Index after the table's last row (the first blank row after the header, or the block's end). */
  endRow: number;
  /** One role per column of the block. */
  roles: Role[];
}

export type KpiMapping = TableMapping<KpiColumnRole>;
export type PeerMapping = TableMapping<PeerColumnRole>;

/** Header words for each role, tried in order (first match wins). */
const HEADER_PATTERNS: readonly [KpiColumnRole | "council" | "kpi", RegExp][] = [
  ["polarity", /^(polarity|good direction|direction of good|better is|good is|higher or lower|high or low|higher is better\??|is higher better\??)\b/],
  ["tolerance", /^(tolerance|amber (threshold|band|tolerance)|threshold)\b/],
  ["target", /^(target|goal|aim)\b/],
  ["unit", /^(units?|unit of measure|measure unit|measured in)\b/],
  ["category", /^(category|categories|theme|domain|fabric|priority|outcome|type)\b/],
  ["owner", /^(owner|kpi owner|lead|responsible|accountable|officer|service lead|service|directorate|department)\b/],
  ["council", /^(council|local authority|authority|la|area|area name|organisation|organization|peer|comparator)\b/],
  ["periodLabel", /^(period|time period|year|financial year|quarter|month|date|reporting period)$/],
  ["value", /^(value|values|actual|actuals|result|outturn|performance|score|figure|data)$/],
  ["name", /^(kpi|kpis|indicator|indicators|measure|measures|metric|metrics|pi|name|kpi name|indicator name|measure name|description|title|kpi description)\b/],
];

/** The text of a header cell, trimmed and in lower case. */
export function headerText(cell: Cell): string {
  if (cell === null) return "";
  return String(cell).trim().replace(/\s+/g, " ").toLowerCase();
}

function isEmpty(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function isBlankRow(row: readonly Cell[] | undefined): boolean {
  return row === undefined || row.every(isEmpty);
}

/** True when a cell reads as a number, as core's cell readers read it (a data cell of a period column). */
function isNumberLike(cell: Cell): boolean {
  if (typeof cell === "number") return Number.isFinite(cell);
  return typeof cell === "string" && parseNumericText(cell) !== undefined;
}

/** The role a header names, if it names one. */
function roleFromHeader(cell: Cell): KpiColumnRole | "council" | "kpi" | undefined {
  const text = headerText(cell);
  if (text === "") return undefined;
  for (const [role, pattern] of HEADER_PATTERNS) if (pattern.test(text)) return role;
  return undefined;
}

/** The header row: the first row with at least two filled cells; the table runs to the first blank row. */
function findTable(values: readonly (readonly Cell[])[]): { headerRow: number; endRow: number } | undefined {
  const headerRow = values.findIndex((row) => row.filter((cell) => !isEmpty(cell)).length >= 2);
  if (headerRow < 0) return undefined;
  let endRow = headerRow + 1;
  while (endRow < values.length && !isBlankRow(values[endRow])) endRow++;
  if (endRow === headerRow + 1) return undefined;
  return { headerRow, endRow };
}

/** Share of a column's body cells that are numbers or missing markers (and at least one number). */
function numericShare(values: readonly (readonly Cell[])[], column: number, from: number, to: number): number {
  let numbers = 0;
  let fitting = 0;
  for (let r = from; r < to; r++) {
    const cell = values[r][column] ?? null;
    if (isNumberLike(cell)) {
      numbers++;
      fitting++;
    } else if (isMissingCell(cell)) fitting++;
  }
  return numbers === 0 ? 0 : fitting / Math.max(1, to - from);
}

function widthOf(values: readonly (readonly Cell[])[]): number {
  return values.reduce((width, row) => Math.max(width, row.length), 0);
}

/** Thrown when a block does not look like a table; the message says what to do. */
export class LayoutError extends Error {}

/**
 * Recognises a KPI table: KPIs down with periods across (`wide`), or one row per KPI and period
 * (`long`: a period column and a value column), and the usual extra columns by their headers
 * (Polarity, Target, Tolerance, Unit, Category, Owner).
 *
 * @throws {LayoutError} when no header row, no KPI name column or no values are found
 * @example
 * detectKpiTable([["KPI", "Target", "2022/23", "2023/24"], ["Recycling", 50, 48, 51]]).roles;
 * // => ["name", "target", "period", "period"]
 */
export function detectKpiTable(values: readonly (readonly Cell[])[]): KpiMapping {
  const table = findTable(values);
  if (table === undefined) {
    throw new LayoutError("No table found here: select a KPI table with a header row (KPI names, then periods or a period and a value column) and at least one KPI below it.");
  }
  const { headerRow, endRow } = table;
  const header = values[headerRow];
  const width = widthOf(values.slice(headerRow, endRow));
  const roles: KpiColumnRole[] = [];
  const used = new Set<string>();
  for (let c = 0; c < width; c++) {
    const cell = header[c] ?? null;
    const named = roleFromHeader(cell);
    const single = named !== undefined && named !== "council" && named !== "kpi";
    if (single && !used.has(named)) {
      roles.push(named as KpiColumnRole);
      used.add(named);
    } else if (looksLikePeriod(cell) && numericShare(values, c, headerRow + 1, endRow) > 0) {
      roles.push("period");
    } else roles.push("ignore");
  }
  // A long table needs both a period column and a value column; otherwise those headers are not used.
  const isLong = used.has("periodLabel") && used.has("value");
  if (!isLong) {
    for (let c = 0; c < width; c++) {
      if (roles[c] === "periodLabel" || roles[c] === "value") roles[c] = "ignore";
    }
    // Numeric columns without a recognised header are periods (headers such as "Latest" or "Q1 23").
    for (let c = 0; c < width; c++) {
      if (roles[c] === "ignore" && !isEmpty(header[c] ?? null) && numericShare(values, c, headerRow + 1, endRow) >= 0.8) {
        roles[c] = "period";
      }
    }
  } else {
    for (let c = 0; c < width; c++) if (roles[c] === "period") roles[c] = "ignore";
  }
  if (!roles.includes("name")) {
    const textColumn = roles.findIndex((role, c) => role === "ignore" && numericShare(values, c, headerRow + 1, endRow) === 0 && !isEmpty(header[c] ?? null));
    if (textColumn >= 0) roles[textColumn] = "name";
  }
  const mapping: KpiMapping = { headerRow, endRow, roles };
  const problem = checkKpiMapping(mapping);
  if (problem !== undefined) throw new LayoutError(problem);
  return mapping;
}

/**
 * What is wrong with a mapping the user made, in words, or undefined when it can be used.
 *
 * @example
 * checkKpiMapping({ headerRow: 0, endRow: 2, roles: ["ignore", "period"] });
 * // => "Choose which column holds the KPI names."
 */
export function checkKpiMapping(mapping: KpiMapping): string | undefined {
  const count = (role: KpiColumnRole) => mapping.roles.filter((r) => r === role).length;
  if (count("name") !== 1) return count("name") === 0 ? "Choose which column holds the KPI names." : "Only one column can hold the KPI names.";
  const long = count("periodLabel") > 0 || count("value") > 0;
  if (long) {
    if (count("periodLabel") !== 1 || count("value") !== 1) return "A long table needs exactly one Period column and one Value column.";
    if (count("period") > 0) return "Use either period columns across (wide) or one Period and one Value column (long), not both.";
  } else if (count("period") === 0) {
    return "No period columns found: mark the columns that hold each period's values (for example 2022/23, Q1 2024), or a Period and a Value column for a long table.";
  }
  for (const role of ["polarity", "target", "tolerance", "unit", "category", "owner"] as const) {
    if (count(role) > 1) return `Only one column can be the ${KPI_ROLE_LABELS[role]} column.`;
  }
  return undefined;
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
}

/** A period label as text: headers may be numbers (2023) or text. */
export function periodLabel(cell: Cell): string {
  if (cell === null) return "";
  return String(cell).trim();
}

function textOf(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/**
 * The KPIs of a mapped table, one record each (rows without a name, and section headings with
 * nothing beside the name, are skipped).
 *
 * @example
 * readKpis([["KPI", "2022", "2023"], ["Recycling", 48, 51]], { headerRow: 0, endRow: 2, roles: ["name", "period", "period"] })[0].values;
 * // => [48, 51]
 */
export function readKpis(values: readonly (readonly Cell[])[], mapping: KpiMapping): KpiRecord[] {
  const column = (role: KpiColumnRole) => mapping.roles.indexOf(role);
  const [name, polarity, target, tolerance, unit, category, owner] = (
    ["name", "polarity", "target", "tolerance", "unit", "category", "owner"] as const
  ).map(column);
  const cell = (row: readonly Cell[], c: number): Cell => (c < 0 ? null : (row[c] ?? null));
  const base = (row: readonly Cell[], r: number): KpiRecord => ({
    name: textOf(row[name]),
    periods: [],
    values: [],
    polarity: cell(row, polarity),
    target: cell(row, target),
    tolerance: cell(row, tolerance),
    unit: textOf(cell(row, unit)),
    category: textOf(cell(row, category)),
    owner: textOf(cell(row, owner)),
    row: r,
  });
  const body = values.slice(mapping.headerRow + 1, mapping.endRow);
  if (!mapping.roles.includes("periodLabel")) {
    const periodColumns = mapping.roles.flatMap((role, c) => (role === "period" ? [c] : []));
    const periods = periodColumns.map((c) => periodLabel(values[mapping.headerRow][c] ?? null));
    return body.flatMap((row, i) => {
      if (textOf(row[name]) === "") return [];
      // A section heading ("Housing", often merged across the table) names no KPI: nothing else on its row.
      if (row.every((value, c) => c === name || textOf(value) === "")) return [];
      const record = base(row, mapping.headerRow + 1 + i);
      record.periods = periods;
      record.values = periodColumns.map((c) => cell(row, c));
      return [record];
    });
  }
  const periodColumn = column("periodLabel");
  const valueColumn = column("value");
  const periods = orderPeriods(body.map((row) => periodLabel(cell(row, periodColumn))).filter((label) => label !== ""));
  const records = new Map<string, { record: KpiRecord; byPeriod: Map<string, Cell> }>();
  body.forEach((row, i) => {
    const kpi = textOf(row[name]);
    const period = periodLabel(cell(row, periodColumn));
    if (kpi === "" || period === "") return;
    const key = kpi.toLowerCase();
    let entry = records.get(key);
    if (entry === undefined) {
      entry = { record: base(row, mapping.headerRow + 1 + i), byPeriod: new Map() };
      records.set(key, entry);
    }
    // Extra columns: the first filled cell for the KPI counts (targets are often on every row).
    const { record } = entry;
    if (record.polarity === null) record.polarity = cell(row, polarity);
    if (record.target === null) record.target = cell(row, target);
    if (record.tolerance === null) record.tolerance = cell(row, tolerance);
    entry.byPeriod.set(period, cell(row, valueColumn));
  });
  return Array.from(records.values(), ({ record, byPeriod }) => {
    record.periods = periods;
    record.values = periods.map((period) => byPeriod.get(period) ?? null);
    return record;
  });
}

/**
 * Recognises a peer table: councils down with periods across (optionally a KPI column, for several
 * KPIs in one table), or long (Council, [KPI], Period, Value).
 *
 * @throws {LayoutError} when no council column or no values are found
 * @example
 * detectPeerTable([["Council", "2022/23"], ["Bury", 52], ["York", 47]]).roles; // => ["council", "period"]
 */
export function detectPeerTable(values: readonly (readonly Cell[])[]): PeerMapping {
  const table = findTable(values);
  if (table === undefined) throw new LayoutError("No peer table found here: select a table with a header row, a Council column and the values of each period.");
  const { headerRow, endRow } = table;
  const header = values[headerRow];
  const width = widthOf(values.slice(headerRow, endRow));
  const roles: PeerColumnRole[] = [];
  const used = new Set<string>();
  for (let c = 0; c < width; c++) {
    const cell = header[c] ?? null;
    const named = roleFromHeader(cell);
    const role: PeerColumnRole | undefined =
      named === "council" ? "council" : named === "name" || named === "kpi" ? "kpi" : named === "periodLabel" || named === "value" ? named : undefined;
    if (role !== undefined && !used.has(role)) {
      roles.push(role);
      used.add(role);
    } else if (looksLikePeriod(cell) && numericShare(values, c, headerRow + 1, endRow) > 0) roles.push("period");
    else roles.push("ignore");
  }
  const isLong = used.has("periodLabel") && used.has("value");
  for (let c = 0; c < width; c++) {
    if (isLong && roles[c] === "period") roles[c] = "ignore";
    if (!isLong && (roles[c] === "periodLabel" || roles[c] === "value")) roles[c] = "ignore";
  }
  if (!roles.includes("council")) {
    const textColumn = roles.findIndex((role, c) => role === "ignore" && numericShare(values, c, headerRow + 1, endRow) === 0);
    if (textColumn >= 0) roles[textColumn] = "council";
  }
  const mapping: PeerMapping = { headerRow, endRow, roles };
  const problem = checkPeerMapping(mapping);
  if (problem !== undefined) throw new LayoutError(problem);
  return mapping;
}

/** What is wrong with a peer mapping, in words, or undefined. */
export function checkPeerMapping(mapping: PeerMapping): string | undefined {
  const count = (role: PeerColumnRole) => mapping.roles.filter((r) => r === role).length;
  if (count("council") !== 1) return "Choose the one column that holds the council names.";
  if (count("kpi") > 1) return "Only one column can hold the KPI names.";
  const long = count("periodLabel") > 0 || count("value") > 0;
  if (long && (count("periodLabel") !== 1 || count("value") !== 1)) return "A long peer table needs exactly one Period column and one Value column.";
  if (long && count("period") > 0) return "Use either period columns across or one Period and one Value column, not both.";
  if (!long && count("period") === 0) return "No period columns found in the peer table: mark the columns that hold each period's values.";
  return undefined;
}

/** The peers' values: KPI (lower case, or `*` when the table has no KPI column) -> council -> period -> cell. */
export interface PeerTable {
  councils: string[];
  values: Map<string, Map<string, Map<string, Cell>>>;
}

/** A KPI name as both tables are matched on it. */
export function kpiKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Reads a mapped peer table. */
export function readPeers(values: readonly (readonly Cell[])[], mapping: PeerMapping): PeerTable {
  const council = mapping.roles.indexOf("council");
  const kpi = mapping.roles.indexOf("kpi");
  const periodColumn = mapping.roles.indexOf("periodLabel");
  const valueColumn = mapping.roles.indexOf("value");
  const periodColumns = mapping.roles.flatMap((role, c) => (role === "period" ? [c] : []));
  const table: PeerTable = { councils: [], values: new Map() };
  const seen = new Set<string>();
  const put = (kpiName: string, councilName: string, period: string, cell: Cell) => {
    const key = kpi < 0 ? "*" : kpiKey(kpiName);
    let byCouncil = table.values.get(key);
    if (byCouncil === undefined) table.values.set(key, (byCouncil = new Map()));
    let byPeriod = byCouncil.get(councilName);
    if (byPeriod === undefined) byCouncil.set(councilName, (byPeriod = new Map()));
    byPeriod.set(period, cell);
    if (!seen.has(councilName)) {
      seen.add(councilName);
      table.councils.push(councilName);
    }
  };
  for (let r = mapping.headerRow + 1; r < mapping.endRow; r++) {
    const row = values[r];
    const councilName = textOf(row[council]);
    if (councilName === "") continue;
    const kpiName = kpi < 0 ? "" : textOf(row[kpi]);
    if (periodColumn >= 0) {
      const period = periodLabel(row[periodColumn] ?? null);
      if (period !== "") put(kpiName, councilName, period, row[valueColumn] ?? null);
    } else {
      for (const c of periodColumns) put(kpiName, councilName, periodLabel(values[mapping.headerRow][c] ?? null), row[c] ?? null);
    }
  }
  return table;
}

/**
 * The peer group's cells for one KPI and period, every council included (as LG Inform does), or
 * an empty list when the table has none for that KPI. A table without a KPI column serves the KPI
 * named by `tableKpi` (or every KPI when that is `*`).
 */
export function peerCells(table: PeerTable, kpiName: string, period: string, tableKpi = "*"): Cell[] {
  let byCouncil = table.values.get(kpiKey(kpiName));
  if (byCouncil === undefined && table.values.has("*") && (tableKpi === "*" || kpiKey(tableKpi) === kpiKey(kpiName))) {
    byCouncil = table.values.get("*");
  }
  if (byCouncil === undefined) return [];
  return Array.from(byCouncil.values(), (byPeriod) => byPeriod.get(period) ?? null);
}

/** One council's cells for one KPI, in the order of `periods` (to check "our council" against the KPI table). */
export function councilCells(table: PeerTable, kpiName: string, council: string, periods: readonly string[], tableKpi = "*"): Cell[] | undefined {
  let byCouncil = table.values.get(kpiKey(kpiName));
  if (byCouncil === undefined && (tableKpi === "*" || kpiKey(tableKpi) === kpiKey(kpiName))) byCouncil = table.values.get("*");
  const byPeriod = byCouncil?.get(council);
  return byPeriod === undefined ? undefined : periods.map((period) => byPeriod.get(period) ?? null);
}
