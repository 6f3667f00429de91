/**
 * The peer table: recognises a table of the same KPI for peer councils and reads it. Pure
 * functions (no DOM, no host).
 */
import { looksLikePeriod } from "../../../core/values/periods";
import { Cell } from "../../host";
import { LayoutError } from "../../shared/errors";
import { PeerTable, kpiKey } from "../../shared/pane-inputs";
import { DeprivationColumnRole, checkDeprivationMapping, markDeprivationColumns, readDeprivationTable } from "./deprivation-table";
import { HeaderRole, TableMapping, findTable, headerText, numericShare, periodLabel, roleFromHeader, textOf, widthOf } from "./table-shape";

/** What a column of a peer table holds (a deprivation table's own columns beside a peer table's). */
export type PeerColumnRole = "council" | "kpi" | "period" | "periodLabel" | "value" | DeprivationColumnRole | "ignore";

/** The words for each role, as the mapping controls show them. */
export const PEER_ROLE_LABELS: Readonly<Record<PeerColumnRole, string>> = {
  council: "Council",
  kpi: "KPI name",
  period: "Values of a period",
  periodLabel: "Period (long layout)",
  value: "Value (long layout)",
  quantile: "Deprivation decile or quintile",
  lower: "Lower 95% limit",
  upper: "Upper 95% limit",
  population: "Population or denominator",
  ignore: "Not used",
};

export type PeerMapping = TableMapping<PeerColumnRole>;

/**
 * Recognises a peer table: councils down with periods across (optionally a KPI column, for several
 * KPIs in one table), or long (Council, [KPI], Period, Value). A table whose rows are deprivation
 * deciles or quintiles is a deprivation table, with optional 95% limit and population columns
 * (`markDeprivationColumns`); its area column, if any, is the council column.
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
    const named = usableName(roleFromHeader(cell), cell, values, c, headerRow, endRow);
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
  const deprivation = markDeprivationColumns(values, headerRow, endRow, roles);
  if (!deprivation && !roles.includes("council")) {
    const textColumn = roles.findIndex((role, c) => role === "ignore" && numericShare(values, c, headerRow + 1, endRow) === 0);
    if (textColumn >= 0) roles[textColumn] = "council";
  }
  const mapping: PeerMapping = { headerRow, endRow, roles };
  const problem = checkPeerMapping(mapping);
  if (problem !== undefined) throw new LayoutError(problem);
  return mapping;
}

/**
 * A header's role, unless the column cannot be what it names: KPI names are text, so a numeric
 * column headed "Indicator ID" is not the KPI column; a column of codes ("Area Code") is not the
 * council names. A Fingertips data export has both before the names ("Indicator Name", "Area Name").
 */
function usableName(named: HeaderRole | undefined, cell: Cell, values: readonly (readonly Cell[])[], c: number, headerRow: number, endRow: number): HeaderRole | undefined {
  if ((named === "name" || named === "kpi") && numericShare(values, c, headerRow + 1, endRow) >= 0.8) return undefined;
  if (named === "council" && /\bcodes?$/.test(headerText(cell))) return undefined;
  return named;
}

/** What is wrong with a peer mapping, in words, or undefined. */
export function checkPeerMapping(mapping: PeerMapping): string | undefined {
  const count = (role: PeerColumnRole) => mapping.roles.filter((r) => r === role).length;
  const deprivation = checkDeprivationMapping(mapping.roles);
  if (deprivation !== undefined) return deprivation;
  if (count("quantile") === 0 && count("council") !== 1) return "Choose the one column that holds the council names.";
  if (count("kpi") > 1) return "Only one column can hold the KPI names.";
  const long = count("periodLabel") > 0 || count("value") > 0;
  if (long && (count("periodLabel") !== 1 || count("value") !== 1)) return "A long peer table needs exactly one Period column and one Value column.";
  if (long && count("period") > 0) return "Use either period columns across or one Period and one Value column, not both.";
  if (!long && count("period") === 0) return "No period columns found in the peer table: mark the columns that hold each period's values.";
  return undefined;
}

/** Reads a mapped peer table (a deprivation table into its own field, its areas as the councils). */
export function readPeers(values: readonly (readonly Cell[])[], mapping: PeerMapping): PeerTable {
  if (mapping.roles.includes("quantile")) {
    const { table, areas } = readDeprivationTable(values, mapping);
    return { councils: areas, values: new Map(), deprivation: table };
  }
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
