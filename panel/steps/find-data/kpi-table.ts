/**
 * The KPI table: recognises its layout and columns from its headers, as a performance officer lays
 * it out, and turns it into one record per KPI. Pure functions (no DOM, no host), so they are
 * unit-tested directly. No statistics here.
 */
import { Cell } from "../../host";
import { LayoutError } from "../../shared/errors";
import { KpiRecord, KpiSeriesRole } from "../../shared/pane-inputs";
import { KpiTableReading, readLongLayout } from "./long-layout";
import { latestFilledPeriod, notesOfRow } from "./officer-notes";
import { blockProblem, textColumnAsValues } from "./table-problems";
import { TableMapping, findTable, firstRowOf, isEmpty, numericShare, periodColumnsOf, periodLabel, roleFromHeader, textOf, widthOf } from "./table-shape";

export { firstRowOf };
import { isTargetRowOf } from "./target-rows";

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
  | "commentary"
  | KpiSeriesRole
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
  commentary: "Officer commentary or action",
  numerator: "Numerator (count, long layout)",
  denominator: "Denominator (population, long layout)",
  cost: "Cost (total spend, long layout)",
  deflator: "Deflator (price index, long layout)",
  ignore: "Not used",
};

export type KpiMapping = TableMapping<KpiColumnRole>;

/** The columns of a long table that carry a KPI's counts and costs, one cell per KPI and period. */
export const KPI_SERIES_ROLES: readonly KpiSeriesRole[] = ["numerator", "denominator", "cost", "deflator"];

function isSeriesRole(role: string): role is KpiSeriesRole {
  return (KPI_SERIES_ROLES as readonly string[]).includes(role);
}

/** True for a header role a KPI table has (a peer table's Council or a Fingertips Area Type is not one). */
function isKpiColumnRole(role: string): role is KpiColumnRole {
  return role !== "period" && role !== "ignore" && role in KPI_ROLE_LABELS;
}

/**
 * Recognises a KPI table: KPIs down with periods across (`wide`), or one row per KPI and period
 * (`long`: a period column and a value column), and the usual extra columns by their headers
 * (Polarity, Target, Tolerance, Unit, Category, Owner; any number of Commentary, Update, Action,
 * Corrective action or Notes columns).
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
    const single = named !== undefined && named !== "commentary" && isKpiColumnRole(named);
    if (named === "commentary") {
      roles.push("commentary");
    } else if (single && !used.has(named)) {
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
    // Counts and costs run across in rows of their own ("<KPI> numerator") in this layout, not in columns.
    for (let c = 0; c < width; c++) if (isSeriesRole(roles[c])) roles[c] = "ignore";
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
  for (const role of ["polarity", "target", "tolerance", "unit", "category", "owner", ...KPI_SERIES_ROLES] as const) {
    if (count(role) > 1) return `Only one column can be the ${KPI_ROLE_LABELS[role]} column.`;
  }
  if (!long && KPI_SERIES_ROLES.some((role) => count(role) > 0)) {
    return 'Numerator, Denominator, Cost and Deflator columns belong to a long table; with periods across, put them in rows named after the KPI, such as "Recycling rate numerator".';
  }
  return values === undefined ? undefined : textColumnAsValues(values, mapping.roles, mapping.headerRow, mapping.endRow);
}

/**
 * The KPIs of a mapped table, one record each (rows without a name, and section headings with
 * nothing beside the name, are skipped). When the table has no Category column, the section
 * heading above a KPI ("Housing", "Waste") is its category, so the report can count by section.
 * A wide table's row directly under a KPI named
 * "<KPI> target" gives that KPI's target for each period, and is not a KPI; a long table's Target
 * column gives one target per period. Commentary columns give the officer's notes: per row (so per
 * period) in a long table, for the latest period with a figure in a wide one.
 *
 * @example
 * readKpis([["KPI", "2022", "2023"], ["Recycling", 48, 51]], { headerRow: 0, endRow: 2, roles: ["name", "period", "period"] })[0].values;
 * // => [48, 51]
 */
export function readKpis(values: readonly (readonly Cell[])[], mapping: KpiMapping): KpiRecord[] {
  return readKpiTable(values, mapping).records;
}

/**
 * The KPIs of a mapped table, with what reading it found: in the long layout, a KPI and period on
 * two rows (which rows, which value is used), a stale latest figure, and a period no row has,
 * kept as a gap (`readLongLayout`).
 *
 * @param firstRow the sheet's row number of the block's first row, for the sentences
 * @example
 * readKpiTable([["KPI", "Period", "Value"], ["Recycling", "2022/23", 48], ["Recycling", "2022/23", 41]], { headerRow: 0, endRow: 3, roles: ["name", "periodLabel", "value"] }).records[0].dataNotes;
 * // => ["Duplicate rows: rows 2 and 3 both give 2022/23 (48 and 41); 48 from row 2 is used. Delete or correct the other."]
 */
export function readKpiTable(values: readonly (readonly Cell[])[], mapping: KpiMapping, firstRow = 1): KpiTableReading {
  const column = (role: KpiColumnRole) => mapping.roles.indexOf(role);
  const [name, polarity, target, tolerance, unit, category, owner] = (
    ["name", "polarity", "target", "tolerance", "unit", "category", "owner"] as const
  ).map(column);
  const cell = (row: readonly Cell[], c: number): Cell => (c < 0 ? null : (row[c] ?? null));
  const header = values[mapping.headerRow];
  const commentaryColumns = mapping.roles.flatMap((role, c) => (role === "commentary" ? [c] : []));
  const base = (row: readonly Cell[], r: number): KpiRecord => {
    const record: KpiRecord = {
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
    };
    if (commentaryColumns.length > 0) record.commentary = [];
    return record;
  };
  const body = values.slice(mapping.headerRow + 1, mapping.endRow);
  if (!mapping.roles.includes("periodLabel")) {
    const periodColumns = mapping.roles.flatMap((role, c) => (role === "period" ? [c] : []));
    const periods = periodColumns.map((c) => periodLabel(header[c] ?? null));
    const records: KpiRecord[] = [];
    let above: KpiRecord | undefined;
    let section = "";
    body.forEach((row, i) => {
      const kpi = textOf(row[name]);
      // A section heading ("Housing", often merged across the table) names no KPI: nothing else on its row.
      if (kpi === "" || row.every((value, c) => c === name || textOf(value) === "")) {
        if (kpi !== "") section = kpi;
        above = undefined;
        return;
      }
      if (above !== undefined && isTargetRowOf(kpi, above.name)) {
        above.targets = periodColumns.map((c) => cell(row, c));
        above = undefined;
        return;
      }
      const record = base(row, mapping.headerRow + 1 + i);
      if (category < 0) record.category = section;
      record.periods = periods;
      record.values = periodColumns.map((c) => cell(row, c));
      record.commentary?.push(...notesOfRow(row, commentaryColumns, header, latestFilledPeriod(periods, record.values)));
      records.push(record);
      above = record;
    });
    return { records, notes: [] };
  }
  const columns = { name, period: column("periodLabel"), value: column("value"), polarity, target, tolerance, commentary: commentaryColumns };
  return readLongLayout(body, columns, header, (row, i) => base(row, mapping.headerRow + 1 + i), firstRow + mapping.headerRow + 1);
}
