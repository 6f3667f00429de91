/**
 * The peer table: recognises a table of the same KPI for peer councils and reads it. Pure
 * functions (no DOM, no host).
 */
import { Cell } from "../../host";
import { LayoutError } from "../../shared/errors";
import { PeerTable, kpiKey } from "../../shared/pane-inputs";
import { blockProblem, councilColumnProblem, textColumnAsValues } from "./table-problems";
import { TableMapping, findTable, numericShare, periodColumnsOf, periodLabel, roleFromHeader, textOf, widthOf } from "./table-shape";

/** What a column of a peer table holds. */
export type PeerColumnRole = "council" | "kpi" | "period" | "periodLabel" | "value" | "ignore";

/** The words for each role, as the mapping controls show them. */
export const PEER_ROLE_LABELS: Readonly<Record<PeerColumnRole, string>> = {
  council: "Council",
  kpi: "KPI name",
  period: "Values of a period",
  periodLabel: "Period (long layout)",
  value: "Value (long layout)",
  ignore: "Not used",
};

export type PeerMapping = TableMapping<PeerColumnRole>;

/**
 * Recognises a peer table: councils down with periods across (optionally a KPI column, for several
 * KPIs in one table), or long (Council, [KPI], Period, Value).
 *
 * @param address where the block is, for the messages
 * @throws {LayoutError} with its fix: an empty block, one cell, a header row alone, a first row of
 * figures, a council column that holds categories (a KPI table offered as peers), no council
 * column or no values
 * @example
 * detectPeerTable([["Council", "2022/23"], ["Bury", 52], ["York", 47]]).roles; // => ["council", "period"]
 */
export function detectPeerTable(values: readonly (readonly Cell[])[], address?: string): PeerMapping {
  const shape = blockProblem(values, address, "peer");
  if (shape !== undefined) throw shape;
  const table = findTable(values);
  if (table === undefined) throw new LayoutError("No peer table found here.", "Select a table with a header row, a Council column and the values of each period.");
  const { headerRow, endRow } = table;
  const header = values[headerRow];
  const width = widthOf(values.slice(headerRow, endRow));
  const roles: PeerColumnRole[] = [];
  const used = new Set<string>();
  const periods = periodColumnsOf(values, headerRow, endRow);
  for (let c = 0; c < width; c++) {
    const cell = header[c] ?? null;
    const named = roleFromHeader(cell);
    const role: PeerColumnRole | undefined =
      named === "council" ? "council" : named === "name" || named === "kpi" ? "kpi" : named === "periodLabel" || named === "value" ? named : undefined;
    if (role !== undefined && !used.has(role)) {
      roles.push(role);
      used.add(role);
    } else roles.push(periods.has(c) ? "period" : "ignore");
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
  const categories = roles.includes("council") ? councilColumnProblem(values, roles.indexOf("council"), headerRow, endRow, roles.indexOf("kpi")) : undefined;
  if (categories !== undefined) throw categories;
  const problem = checkPeerMapping(mapping, values);
  if (problem !== undefined) throw new LayoutError(problem);
  return mapping;
}

/**
 * What is wrong with a peer mapping, in words with the fix, or undefined. With the table's
 * `values`, a council column of categories and a text column marked as values are named too.
 */
export function checkPeerMapping(mapping: PeerMapping, values?: readonly (readonly Cell[])[]): string | undefined {
  const count = (role: PeerColumnRole) => mapping.roles.filter((r) => r === role).length;
  if (count("council") !== 1) return "Choose the one column that holds the council names.";
  if (count("kpi") > 1) return "Only one column can hold the KPI names.";
  const long = count("periodLabel") > 0 || count("value") > 0;
  if (long && (count("periodLabel") !== 1 || count("value") !== 1)) return "A long peer table needs exactly one Period column and one Value column.";
  if (long && count("period") > 0) return "Use either period columns across or one Period and one Value column, not both.";
  if (!long && count("period") === 0) return "No period columns found in the peer table: mark the columns that hold each period's values.";
  if (values === undefined) return undefined;
  const categories = councilColumnProblem(values, mapping.roles.indexOf("council"), mapping.headerRow, mapping.endRow, mapping.roles.indexOf("kpi"));
  if (categories !== undefined) return `${categories.message} ${categories.fix}`;
  return textColumnAsValues(values, mapping.roles, mapping.headerRow, mapping.endRow);
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
