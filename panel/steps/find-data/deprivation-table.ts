/**
 * The deprivation table: a peer table whose rows are deprivation deciles or quintiles rather than
 * councils, such as a Fingertips data export of an indicator by deprivation decile (columns
 * "Indicator Name", "Area Name", "Category", "Time period", "Value", "Lower CI 95.0 limit",
 * "Upper CI 95.0 limit", "Count", "Denominator"), or deciles down with periods across and a
 * Population column. Its columns are recognised here and its rows read into the table the analysis
 * takes. Pure functions (no DOM, no host).
 */
import { Cell } from "../../host";
import type { DeprivationTable, QuantileCells } from "../../shared/deprivation-inputs";
import { kpiKey } from "../../shared/pane-inputs";
import { groupName, orderQuantiles } from "./deprivation-labels";
import { headerText, periodLabel, textOf } from "./table-shape";

/** The roles of a deprivation table's own columns, beside a peer table's. */
export type DeprivationColumnRole = "quantile" | "lower" | "upper" | "population";

/** Header words of the limit and population columns (first match wins). */
const HEADER_WORDS: readonly [DeprivationColumnRole, RegExp][] = [
  ["lower", /^(lower|lcl|lci|ll)\b/],
  ["upper", /^(upper|ucl|uci|ul)\b/],
  ["population", /^(population|populations|pop|denominator|denominators|persons|people|number of people|resident population|mid-year population)\b/],
];

/**
 * A limit column of another level than 95% ("Lower CI 99.8 limit" in a Fingertips export): the
 * slope index of inequality takes each group's 95% limits (PHEindicatormethods `phe_sii`).
 */
function isOther95Level(header: string): boolean {
  const level = /(\d{2}(?:\.\d+)?)\s*%?/.exec(header);
  return level !== null && Number(level[1]) !== 95;
}

/** The deprivation role a header names, if any. */
function deprivationRoleOf(cell: Cell): DeprivationColumnRole | undefined {
  const text = headerText(cell);
  const found = HEADER_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
  if ((found === "lower" || found === "upper") && isOther95Level(text)) return undefined;
  return found;
}

/** The body of a column as text labels. */
function labelsOf(values: readonly (readonly Cell[])[], column: number, from: number, to: number): string[] {
  const labels: string[] = [];
  for (let r = from; r < to; r++) labels.push(textOf(values[r][column]));
  return labels;
}

/**
 * Marks a deprivation table's columns among a peer table's roles: the first column whose rows name
 * deprivation groups becomes `quantile` (most of its distinct labels must, so a column of council
 * names never does, and its group rows must be at least as many as its blank ones, so a download of
 * areas with a few rows by decile stays a peer table), and unused columns headed as 95% limits or a
 * population get their roles.
 * Returns false, changing nothing, when no column names deprivation groups.
 *
 * @example
 * markDeprivationColumns([["Category", "2019/20", "Population"], ["Most deprived decile", 31.2, 9000]], 0, 2, ["ignore", "period", "ignore"]);
 * // => true; roles become ["quantile", "period", "population"]
 */
export function markDeprivationColumns<Role extends string>(
  values: readonly (readonly Cell[])[],
  headerRow: number,
  endRow: number,
  roles: (Role | DeprivationColumnRole)[],
): boolean {
  const header = values[headerRow];
  const candidates = roles.flatMap((role, c) => (role === "ignore" || role === "council" ? [c] : []));
  const quantile = candidates.find((c) => {
    const labels = labelsOf(values, c, headerRow + 1, endRow);
    const order = orderQuantiles(labels, headerText(header[c] ?? null));
    if (order === undefined || order.rank.size === 0) return false;
    // The rows must be the groups: a Fingertips download of areas with a few breakdown rows by decile is a peer table.
    const groupRows = labels.filter((label) => order.rank.has(label)).length;
    return groupRows >= labels.filter((label) => label === "").length;
  });
  if (quantile === undefined) return false;
  roles[quantile] = "quantile";
  const used = new Set<string>(roles);
  roles.forEach((role, c) => {
    if (role !== "ignore") return;
    const named = deprivationRoleOf(header[c] ?? null);
    if (named !== undefined && !used.has(named)) {
      roles[c] = named;
      used.add(named);
    }
  });
  return true;
}

/** What is wrong with the deprivation columns of a mapping, in words, or undefined. */
export function checkDeprivationMapping(roles: readonly string[]): string | undefined {
  const count = (role: string) => roles.filter((r) => r === role).length;
  if (count("quantile") === 0) {
    return count("lower") + count("upper") + count("population") > 0 ? "Limit and population columns belong to a deprivation table: choose the column of its deprivation deciles or quintiles." : undefined;
  }
  if (count("quantile") > 1) return "Only one column can hold the deprivation deciles or quintiles.";
  if (count("council") > 1) return "Only one column can hold the area names.";
  if (count("lower") > 1 || count("upper") > 1 || count("population") > 1) return "Choose at most one lower limit, one upper limit and one population column.";
  if (count("lower") !== count("upper")) return "Choose both the lower and the upper 95% limit columns, or neither.";
  return undefined;
}

/** A mapping as the reader takes it. */
interface Mapping {
  headerRow: number;
  endRow: number;
  roles: readonly string[];
}

/**
 * Reads a deprivation table: each row's group (most deprived first), its KPI, area and period,
 * and its cells. Rows whose label is not a deprivation group ("All", "England") are left out; two
 * rows for one group in one period make the table's `problem`.
 *
 * @returns the table and its areas in order of first use (none without an area column)
 */
export function readDeprivationTable(values: readonly (readonly Cell[])[], mapping: Mapping): { table: DeprivationTable; areas: string[] } {
  const column = (role: string) => mapping.roles.indexOf(role);
  const [quantile, kpi, area, periodColumn, valueColumn, lower, upper, population] = ["quantile", "kpi", "council", "periodLabel", "value", "lower", "upper", "population"].map(column);
  const periodColumns = mapping.roles.flatMap((role, c) => (role === "period" ? [c] : []));
  const header = values[mapping.headerRow];
  const order = orderQuantiles(labelsOf(values, quantile, mapping.headerRow + 1, mapping.endRow), headerText(header[quantile] ?? null));
  const groups = order?.groups ?? 0;
  const table: DeprivationTable = { groups, labels: [], rows: new Map(), has: { limits: lower >= 0 && upper >= 0, population: population >= 0 } };
  if (order === undefined) table.problem = "the column marked as deprivation groups does not name deciles or quintiles";
  else if (order.problem !== undefined) table.problem = order.problem;
  const areas: string[] = [];
  if (table.problem !== undefined) return { table, areas };
  const labels = new Array<string | undefined>(groups).fill(undefined);
  const cell = (row: readonly Cell[], c: number): Cell => (c < 0 ? null : (row[c] ?? null));
  const put = (kpiName: string, areaName: string, period: string, rank: number, label: string, cells: QuantileCells) => {
    const key = kpi < 0 ? "*" : kpiKey(kpiName);
    const byArea = table.rows.get(key) ?? new Map<string, Map<string, (QuantileCells | null)[]>>();
    table.rows.set(key, byArea);
    const byPeriod = byArea.get(areaName) ?? new Map<string, (QuantileCells | null)[]>();
    byArea.set(areaName, byPeriod);
    const rows = byPeriod.get(period) ?? new Array<QuantileCells | null>(groups).fill(null);
    byPeriod.set(period, rows);
    if (rows[rank - 1] !== null && table.problem === undefined) {
      const where = [areaName, kpi < 0 ? "" : kpiName].filter(Boolean).join(", ");
      table.problem = `it has two rows for ${label} in ${period}${where ? ` (${where})` : ""}: keep one row per group and period, for one sex, age and deprivation measure`;
    }
    rows[rank - 1] = cells;
    if (areaName !== "" && !areas.includes(areaName)) areas.push(areaName);
  };
  for (let r = mapping.headerRow + 1; r < mapping.endRow; r++) {
    const row = values[r];
    const label = textOf(row[quantile]);
    const rank = order!.rank.get(label);
    if (rank === undefined) continue;
    labels[rank - 1] ??= label;
    const kpiName = kpi < 0 ? "" : textOf(row[kpi]);
    const areaName = area < 0 ? "" : textOf(row[area]);
    const fixed = { lower: cell(row, lower), upper: cell(row, upper), population: cell(row, population) };
    if (periodColumn >= 0) {
      const period = periodLabel(cell(row, periodColumn));
      if (period !== "") put(kpiName, areaName, period, rank, label, { value: cell(row, valueColumn), ...fixed });
    } else {
      // Periods across: one value per period column; limits belong to one period, so only the population is shared.
      for (const c of periodColumns) put(kpiName, areaName, periodLabel(header[c] ?? null), rank, label, { value: cell(row, c), lower: null, upper: null, population: fixed.population });
    }
  }
  if (periodColumn < 0) table.has.limits = false;
  table.labels = labels.map((label, i) => label ?? groupName(i + 1, groups));
  return { table, areas };
}
