/**
 * The peer table: recognises a table of the same KPI for peer councils and reads it. Besides the
 * usual layouts it reads a Fingertips download as it comes (docs/DESIGN.md, "Counts, costs and
 * comparators"): one row per area and period, filtered to one Area Type, Sex, Age and no
 * breakdown, with each row's Count, Denominator, published limits and comparison with England,
 * and England's row kept as the comparator; and an LG Inform export (area, area label, period,
 * value). A download whose rows are deprivation deciles or quintiles (its Category column) is a
 * deprivation table instead (`deprivation-table.ts`), filtered the same way but to the Category
 * Type of its groups. Pure functions (no DOM, no host).
 */
import { Cell } from "../../host";
import { LayoutError } from "../../shared/errors";
import { PeerExtraField, PeerExtras, PeerTable, kpiKey } from "../../shared/pane-inputs";
import { DeprivationColumnRole, checkDeprivationMapping, markDeprivationColumns, readDeprivationTable } from "./deprivation-table";
import { readQuantileLabel } from "./deprivation-labels";
import { seriesRowOf } from "./kpi-counts";
import { FILTER_LABELS, FilterColumn, FilterRole, PeerFilters, filterColumns, nationalRows, noRowMessage, passesFilters, settledFilters } from "./peer-filters";
import { blockProblem, councilColumnProblem, textColumnAsValues } from "./table-problems";
import { HeaderRole, TableMapping, findTable, headerText, numericShare, periodColumnsOf, periodLabel, roleFromHeader, textOf, widthOf } from "./table-shape";

/** What a column of a peer table holds (a deprivation table's own columns beside a peer table's). */
export type PeerColumnRole = "council" | "kpi" | "period" | "periodLabel" | "value" | PeerExtraField | FilterRole | "areaCode" | DeprivationColumnRole | "ignore";

/** The columns beside a long table's values that the pane reads. */
export const PEER_EXTRA_FIELDS: readonly PeerExtraField[] = ["numerator", "denominator", "cost", "lower95", "upper95", "lower998", "upper998", "comparedTo"];

/**
 * In a deprivation table, a long table's published 95% limits and denominator are each group's
 * 95% limits and population (a Fingertips export by decile heads them as for areas).
 */
const DEPRIVATION_ROLE_OF: Readonly<Partial<Record<PeerColumnRole, DeprivationColumnRole>>> = { lower95: "lower", upper95: "upper", denominator: "population" };

/** The words for each role, as the mapping controls show them. */
export const PEER_ROLE_LABELS: Readonly<Record<PeerColumnRole, string>> = {
  council: "Council",
  kpi: "KPI name",
  period: "Values of a period",
  periodLabel: "Period (long layout)",
  value: "Value (long layout)",
  numerator: "Numerator (count)",
  denominator: "Denominator (population)",
  cost: "Cost (total spend)",
  lower95: "Lower 95% limit (published)",
  upper95: "Upper 95% limit (published)",
  lower998: "Lower 99.8% limit (published)",
  upper998: "Upper 99.8% limit (published)",
  comparedTo: "Compared to England (published)",
  areaCode: "Area code",
  areaType: FILTER_LABELS.areaType,
  sex: FILTER_LABELS.sex,
  age: FILTER_LABELS.age,
  categoryType: FILTER_LABELS.categoryType,
  quantile: "Deprivation decile or quintile",
  lower: "Lower 95% limit",
  upper: "Upper 95% limit",
  population: "Population or denominator",
  ignore: "Not used",
};

export type PeerMapping = TableMapping<PeerColumnRole>;

/** Roles a header may name in a peer table, besides the council, KPI, period and value. */
const NAMED_PEER_ROLES = new Set<string>([...PEER_EXTRA_FIELDS, "areaType", "sex", "age", "categoryType", "areaCode"]);

/** True when most of a column's cells are ONS (GSS) codes such as E08000009: a code column, not the names. */
function holdsCodes(values: readonly (readonly Cell[])[], column: number, from: number, to: number): boolean {
  let codes = 0;
  for (let r = from; r < to; r++) if (/^[A-Z]\d{8}$/.test(textOf(values[r][column] ?? null))) codes++;
  return codes > (to - from) / 2;
}

/**
 * Recognises a peer table: councils down with periods across (optionally a KPI column, for several
 * KPIs in one table), or long (Council, [KPI], Period, Value, and in a Fingertips download its
 * Count, Denominator, confidence limits, comparison, Area Type, Sex, Age and Category Type). A
 * table whose rows are deprivation deciles or quintiles is a deprivation table, with optional 95%
 * limit and population columns (`markDeprivationColumns`); its area column, if any, is the council
 * column.
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
  const councilColumns: number[] = [];
  for (let c = 0; c < width; c++) {
    const cell = header[c] ?? null;
    const named = usableName(roleFromHeader(cell), cell, values, c, headerRow, endRow);
    if (named === "council") councilColumns.push(c);
    const role: PeerColumnRole | undefined =
      named === "council" ? "council" : named === "name" || named === "kpi" ? "kpi" : named === "periodLabel" || named === "value" ? named : named !== undefined && NAMED_PEER_ROLES.has(named) ? (named as PeerColumnRole) : undefined;
    if (role !== undefined && !used.has(role)) {
      roles.push(role);
      used.add(role);
    } else roles.push(periods.has(c) ? "period" : "ignore");
  }
  // LG Inform heads its code column "area" and its names "area label": the names are the councils.
  const [first, second] = councilColumns;
  if (second !== undefined && holdsCodes(values, first, headerRow + 1, endRow)) {
    roles[first] = used.has("areaCode") ? "ignore" : "areaCode";
    roles[second] = "council";
  }
  const isLong = used.has("periodLabel") && used.has("value");
  for (let c = 0; c < width; c++) {
    if (isLong && roles[c] === "period") roles[c] = "ignore";
    if (!isLong && (roles[c] === "periodLabel" || roles[c] === "value" || (PEER_EXTRA_FIELDS as readonly string[]).includes(roles[c]))) roles[c] = "ignore";
  }
  // A deprivation table's published 95% limits and denominator are its groups'; its other counts and comparisons are not read.
  const asDeprivation = roles.map((role): PeerColumnRole => DEPRIVATION_ROLE_OF[role] ?? ((PEER_EXTRA_FIELDS as readonly string[]).includes(role) ? "ignore" : role));
  const deprivation = markDeprivationColumns(values, headerRow, endRow, asDeprivation);
  if (deprivation) roles.splice(0, roles.length, ...asDeprivation);
  if (!deprivation && !roles.includes("council")) {
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
 * A header's role, unless the column cannot be what it names: KPI names are text, so a numeric
 * column headed "Indicator ID" is not the KPI column; a column of codes ("Area Code") is not the
 * council names. A Fingertips data export has both before the names ("Indicator Name", "Area Name").
 */
function usableName(named: HeaderRole | undefined, cell: Cell, values: readonly (readonly Cell[])[], c: number, headerRow: number, endRow: number): HeaderRole | undefined {
  if ((named === "name" || named === "kpi") && numericShare(values, c, headerRow + 1, endRow) >= 0.8) return undefined;
  if (named === "council" && /\bcodes?$/.test(headerText(cell))) return undefined;
  return named;
}

/**
 * What is wrong with a peer mapping, in words with the fix, or undefined. With the table's
 * `values`, a council column of categories and a text column marked as values are named too.
 */
export function checkPeerMapping(mapping: PeerMapping, values?: readonly (readonly Cell[])[]): string | undefined {
  const count = (role: PeerColumnRole) => mapping.roles.filter((r) => r === role).length;
  const deprivation = checkDeprivationMapping(mapping.roles);
  if (deprivation !== undefined) return deprivation;
  if (count("quantile") === 0 && count("council") !== 1) return "Choose the one column that holds the council names.";
  if (count("kpi") > 1) return "Only one column can hold the KPI names.";
  const long = count("periodLabel") > 0 || count("value") > 0;
  if (long && (count("periodLabel") !== 1 || count("value") !== 1)) return "A long peer table needs exactly one Period column and one Value column.";
  if (long && count("period") > 0) return "Use either period columns across or one Period and one Value column, not both.";
  if (!long && count("period") === 0) return "No period columns found in the peer table: mark the columns that hold each period's values.";
  for (const role of [...PEER_EXTRA_FIELDS, "areaType", "sex", "age", "categoryType", "areaCode"] as const) {
    if (count(role) > 1) return `Only one column can be the ${PEER_ROLE_LABELS[role]} column.`;
  }
  if (!long && PEER_EXTRA_FIELDS.some((role) => count(role) > 0)) return "Counts, costs and published limits are read from a long peer table (one row per council and period).";
  if (values === undefined) return undefined;
  const categories = councilColumnProblem(values, mapping.roles.indexOf("council"), mapping.headerRow, mapping.endRow, mapping.roles.indexOf("kpi"));
  if (categories !== undefined) return `${categories.message} ${categories.fix}`;
  return textColumnAsValues(values, mapping.roles, mapping.headerRow, mapping.endRow);
}

/** A row's extras: the cells of the Count, Denominator, limits and comparison columns that are filled. */
function extrasOf(row: readonly Cell[], columns: readonly (readonly [PeerExtraField, number])[]): PeerExtras {
  const extras: PeerExtras = {};
  for (const [field, c] of columns) {
    const cell = row[c] ?? null;
    if (cell !== null && !(typeof cell === "string" && cell.trim() === "")) extras[field] = cell;
  }
  return extras;
}

/**
 * The filter columns of a table and the filters its rows are read with: the chosen ones, else the
 * defaults (settledFilters); in a deprivation table, by default the Category Type of most rows
 * whose group is a deprivation decile or quintile, not the whole population's rows.
 */
export function filtersOfTable(values: readonly (readonly Cell[])[], mapping: PeerMapping, chosen: PeerFilters): { columns: FilterColumn[]; settled: PeerFilters } {
  const columns = filterColumns(values, mapping);
  const quantile = mapping.roles.indexOf("quantile");
  const category = mapping.roles.indexOf("categoryType");
  if (quantile < 0 || category < 0 || chosen.categoryType !== undefined) return { columns, settled: settledFilters(columns, chosen) };
  const header = headerText(values[mapping.headerRow][quantile] ?? null);
  const counts = new Map<string, number>();
  for (let r = mapping.headerRow + 1; r < mapping.endRow; r++) {
    if (readQuantileLabel(textOf(values[r][quantile] ?? null), header) === undefined) continue;
    const type = textOf(values[r][category] ?? null);
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const groupsType = Array.from(counts.keys()).sort((a, b) => counts.get(b)! - counts.get(a)!)[0];
  return { columns, settled: settledFilters(columns, groupsType === undefined ? chosen : { ...chosen, categoryType: groupsType }) };
}

/**
 * Reads a deprivation table: the rows that pass the filters (one Sex, Age, Area Type and Category
 * Type), its areas as the councils; a KPI column that names one KPI only serves the KPI the user
 * picks, as in a peer table.
 *
 * @throws {LayoutError} when the filters leave no row
 */
function readDeprivationPeers(values: readonly (readonly Cell[])[], mapping: PeerMapping, filters: PeerFilters): PeerTable {
  const { columns, settled } = filtersOfTable(values, mapping, filters);
  const body = values.slice(mapping.headerRow + 1, mapping.endRow).filter((row) => passesFilters(row, columns, settled, false));
  if (columns.length > 0 && body.length === 0) throw new LayoutError(noRowMessage(columns, settled));
  const kept = [...values.slice(0, mapping.headerRow + 1), ...body];
  const { table, areas } = readDeprivationTable(kept, { ...mapping, endRow: kept.length });
  const peers: PeerTable = { councils: areas, values: new Map(), deprivation: table };
  const kpi = mapping.roles.indexOf("kpi");
  const kpis = Array.from(table.rows.keys());
  if (kpi >= 0 && kpis.length === 1) {
    table.rows = new Map([["*", table.rows.get(kpis[0])!]]);
    peers.onlyKpi = textOf(body.find((row) => kpiKey(textOf(row[kpi] ?? null)) === kpis[0])?.[kpi] ?? null);
  }
  return peers;
}

/**
 * Reads a mapped peer table: only the rows that pass the filters (PeerFilters; by default Persons,
 * no breakdown and the Area Type on most rows), rows for a whole nation kept as comparators. A
 * table whose KPI column names one KPI only serves the KPI the user picks, as a table without one.
 * A deprivation table is read into its own field, its areas as the councils.
 *
 * @throws {LayoutError} when the filters leave no peer ("No row of the peer table has Area Type ...")
 */
export function readPeers(values: readonly (readonly Cell[])[], mapping: PeerMapping, filters: PeerFilters = {}): PeerTable {
  if (mapping.roles.includes("quantile")) return readDeprivationPeers(values, mapping, filters);
  const council = mapping.roles.indexOf("council");
  const kpi = mapping.roles.indexOf("kpi");
  const periodColumn = mapping.roles.indexOf("periodLabel");
  const valueColumn = mapping.roles.indexOf("value");
  const periodColumns = mapping.roles.flatMap((role, c) => (role === "period" ? [c] : []));
  const extraColumns = PEER_EXTRA_FIELDS.map((field) => [field, mapping.roles.indexOf(field)] as const).filter(([, c]) => c >= 0);
  const filterColumnsOfTable = filterColumns(values, mapping);
  const settled = settledFilters(filterColumnsOfTable, filters);
  const national = nationalRows(values, mapping);
  const councilHeader = headerText(values[mapping.headerRow][council] ?? null);
  const body = values.slice(mapping.headerRow + 1, mapping.endRow);
  const passing = body.map((row, i) => textOf(row[council]) !== "" && headerText(row[council] ?? null) !== councilHeader && passesFilters(row, filterColumnsOfTable, settled, national[i]));
  const kpiNames = new Set(kpi < 0 ? [] : body.flatMap((row, i) => (passing[i] ? [kpiKey(textOf(row[kpi]))] : [])));
  // "<KPI> denominator" rows of a KPI column carry that KPI's counts, when the KPI is in the table too.
  const seriesOf = (name: string) => {
    const row = seriesRowOf(name);
    return row !== undefined && row.kpi !== "" && row.role !== "deflator" && kpiNames.has(row.kpi) ? row : undefined;
  };
  const ownNames = new Set(Array.from(kpiNames).filter((name) => seriesOf(name) === undefined));
  const oneKpi = kpi >= 0 && ownNames.size <= 1;
  const table: PeerTable = { councils: [], values: new Map(), extras: new Map(), national: [] };
  if (mapping.roles.includes("comparedTo")) table.comparedWith = "England";
  const keyOf = (kpiName: string) => (kpi < 0 || oneKpi ? "*" : kpiKey(kpiName));
  const put = <T>(map: Map<string, Map<string, Map<string, T>>>, kpiName: string, councilName: string, period: string, item: T) => {
    const key = keyOf(kpiName);
    let byCouncil = map.get(key);
    if (byCouncil === undefined) map.set(key, (byCouncil = new Map()));
    let byPeriod = byCouncil.get(councilName);
    if (byPeriod === undefined) byCouncil.set(councilName, (byPeriod = new Map()));
    byPeriod.set(period, item);
  };
  body.forEach((row, i) => {
    if (!passing[i]) return;
    const councilName = textOf(row[council]);
    if (!table.councils.includes(councilName)) table.councils.push(councilName);
    if (national[i] && !table.national!.includes(councilName)) table.national!.push(councilName);
    const kpiName = kpi < 0 ? "" : textOf(row[kpi]);
    const series = kpi < 0 ? undefined : seriesOf(kpiKey(kpiName));
    const cellsByPeriod: [string, Cell][] =
      periodColumn >= 0 ? [[periodLabel(row[periodColumn] ?? null), row[valueColumn] ?? null]] : periodColumns.map((c) => [periodLabel(values[mapping.headerRow][c] ?? null), row[c] ?? null]);
    for (const [period, cell] of cellsByPeriod) {
      if (period === "") continue;
      if (series !== undefined) {
        const byPeriod = table.extras!.get(keyOf(series.kpi))?.get(councilName);
        put(table.extras!, series.kpi, councilName, period, { ...byPeriod?.get(period), [series.role]: cell });
        continue;
      }
      put(table.values, kpiName, councilName, period, cell);
      const extras = extrasOf(row, extraColumns);
      if (Object.keys(extras).length > 0) put(table.extras!, kpiName, councilName, period, { ...table.extras!.get(keyOf(kpiName))?.get(councilName)?.get(period), ...extras });
    }
  });
  const peersInTable = body.some((row, i) => textOf(row[council]) !== "" && !national[i]);
  if (filterColumnsOfTable.length > 0 && peersInTable && table.councils.length === table.national!.length) throw new LayoutError(noRowMessage(filterColumnsOfTable, settled));
  if (oneKpi && ownNames.size === 1) table.onlyKpi = textOf(body.find((row, i) => passing[i] && ownNames.has(kpiKey(textOf(row[kpi]))))?.[kpi] ?? null);
  return table;
}
