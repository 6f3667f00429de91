/**
 * The KPI table: recognises its layout and columns from its headers, as a performance officer lays
 * it out, and turns it into one record per KPI. Pure functions (no DOM, no host), so they are
 * unit-tested directly. No statistics here.
 */
import { orderPeriods } from "../../../core/values/periods";
import { Cell } from "../../host";
import { LayoutError } from "../../shared/errors";
import { KpiRecord } from "../../shared/pane-inputs";
import { blockProblem, textColumnAsValues } from "./table-problems";
import { TableMapping, findTable, isEmpty, numericShare, periodColumnsOf, periodLabel, roleFromHeader, textOf, widthOf } from "./table-shape";

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

export type KpiMapping = TableMapping<KpiColumnRole>;

/**
 * Recognises a KPI table: KPIs down with periods across (`wide`), or one row per KPI and period
 * (`long`: a period column and a value column), and the usual extra columns by their headers
 * (Polarity, Target, Tolerance, Unit, Category, Owner).
 *
 * A column headed as a period stays a period when every cell in it is a gap or a note ("tbc"), so
 * the gap keeps its place.
 *
 * @param address where the block is, for the messages (`A1:F3`)
 * @throws {LayoutError} with its fix: an empty block, one cell, a header row alone, a first row of
 * figures rather than headings, no KPI name column or no values
 * @example
 * detectKpiTable([["KPI", "Target", "2022/23", "2023/24"], ["Recycling", 50, 48, 51]]).roles;
 * // => ["name", "target", "period", "period"]
 */
export function detectKpiTable(values: readonly (readonly Cell[])[], address?: string): KpiMapping {
  const shape = blockProblem(values, address, "KPI");
  if (shape !== undefined) throw shape;
  const table = findTable(values);
  if (table === undefined) {
    throw new LayoutError("No table found here.", "Select a KPI table with a header row (KPI names, then periods or a period and a value column) and at least one KPI below it.");
  }
  const { headerRow, endRow } = table;
  const header = values[headerRow];
  const width = widthOf(values.slice(headerRow, endRow));
  const roles: KpiColumnRole[] = [];
  const used = new Set<string>();
  const periods = periodColumnsOf(values, headerRow, endRow);
  for (let c = 0; c < width; c++) {
    const cell = header[c] ?? null;
    const named = roleFromHeader(cell);
    const single = named !== undefined && named !== "council" && named !== "kpi";
    if (single && !used.has(named)) {
      roles.push(named as KpiColumnRole);
      used.add(named);
    } else roles.push(periods.has(c) ? "period" : "ignore");
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
  const problem = checkKpiMapping(mapping, values);
  if (problem !== undefined) throw new LayoutError(problem);
  return mapping;
}

/**
 * What is wrong with a mapping the user made, in words with the fix, or undefined when it can be
 * used. With the table's `values`, a text column marked as values is named too, as soon as the
 * mapping changes.
 *
 * @example
 * checkKpiMapping({ headerRow: 0, endRow: 2, roles: ["ignore", "period"] });
 * // => "Choose which column holds the KPI names."
 */
export function checkKpiMapping(mapping: KpiMapping, values?: readonly (readonly Cell[])[]): string | undefined {
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
  return values === undefined ? undefined : textColumnAsValues(values, mapping.roles, mapping.headerRow, mapping.endRow);
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
