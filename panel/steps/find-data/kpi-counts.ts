/**
 * A KPI's counts, costs and deflators as a council officer lays them out (docs/DESIGN.md, "Counts,
 * costs and comparators"): in a long table, Numerator, Denominator, Cost and Deflator columns
 * beside the Value column; in a table with periods across, rows of their own under the KPI, named
 * after it ("Recycling rate numerator") or by the word alone ("Denominator") directly below it.
 * Pure functions (no DOM, no host).
 */
import { Cell } from "../../host";
import { KpiRecord, KpiSeriesRole } from "../../shared/pane-inputs";
import { KPI_SERIES_ROLES, KpiMapping, readKpiTable } from "./kpi-table";
import { KpiTableReading } from "./long-layout";
import { periodLabel, textOf } from "./table-shape";

/** The words a row of counts or costs ends with, and what the row holds. */
const ROW_WORDS: readonly [RegExp, KpiSeriesRole][] = [
  [/^(numerator|count)$/, "numerator"],
  [/^(denominator|population)$/, "denominator"],
  [/^(cost|spend|expenditure)$/, "cost"],
  [/^(deflator|gdp deflator|price index)$/, "deflator"],
];

/** A row name split into the KPI it names and what it holds: "Recycling rate – numerator" is ("recycling rate", numerator). */
export function seriesRowOf(name: string): { kpi: string; role: KpiSeriesRole } | undefined {
  const match = /^(.*?)[\s:(\-–—,]*\b(numerator|count|denominator|population|cost|spend|expenditure|gdp deflator|deflator|price index)\)?\s*$/i.exec(name.trim());
  if (match === null) return undefined;
  const word = match[2].toLowerCase();
  const found = ROW_WORDS.find(([pattern]) => pattern.test(word));
  return found === undefined ? undefined : { kpi: match[1].trim().replace(/\s+/g, " ").toLowerCase(), role: found[1] };
}

/**
 * Moves the rows of counts and costs of a table with periods across onto their KPIs: a row named
 * "<KPI> numerator" (or denominator, count, population, cost, spend, deflator) belongs to that KPI,
 * a row named by the word alone to the KPI above it. A row that names no KPI of the table, or a
 * second row of the same kind, stays a KPI of its own, so nothing is dropped unseen.
 */
function attachRows(records: KpiRecord[]): KpiRecord[] {
  const named = new Map<string, KpiRecord>();
  for (const record of records) named.set(record.name.trim().replace(/\s+/g, " ").toLowerCase(), record);
  const kept: KpiRecord[] = [];
  let above: KpiRecord | undefined;
  for (const record of records) {
    const row = seriesRowOf(record.name);
    const owner = row === undefined ? undefined : row.kpi === "" ? above : named.get(row.kpi);
    if (row === undefined || owner === undefined || owner === record || owner.series?.[row.role] !== undefined) {
      kept.push(record);
      // A KPI whose name merely ends in such a word ("Claimant count") is a KPI the rows below may belong to.
      if (owner === undefined) above = record;
      continue;
    }
    owner.series = { ...owner.series, [row.role]: record.values };
  }
  return kept;
}

/** Reads the Numerator, Denominator, Cost and Deflator columns of a long table onto its KPIs (the first filled cell of a KPI and period counts). */
function attachColumns(values: readonly (readonly Cell[])[], mapping: KpiMapping, records: KpiRecord[]): KpiRecord[] {
  const name = mapping.roles.indexOf("name");
  const period = mapping.roles.indexOf("periodLabel");
  const columns = KPI_SERIES_ROLES.map((role) => [role, mapping.roles.indexOf(role)] as const).filter(([, c]) => c >= 0);
  if (columns.length === 0) return records;
  const byName = new Map(records.map((record) => [record.name.toLowerCase(), record]));
  for (let r = mapping.headerRow + 1; r < mapping.endRow; r++) {
    const row = values[r];
    const record = byName.get(textOf(row[name]).toLowerCase());
    const position = record === undefined ? -1 : record.periods.indexOf(periodLabel(row[period] ?? null));
    if (record === undefined || position < 0) continue;
    for (const [role, c] of columns) {
      const series = (record.series ??= {});
      const cells = (series[role] ??= record.periods.map((): Cell => null));
      const cell = row[c] ?? null;
      if (cells[position] === null && !(typeof cell === "string" && cell.trim() === "")) cells[position] = cell;
    }
  }
  return records;
}

/**
 * The KPIs of a mapped table with their counts, costs and deflators (readKpiTable, then the
 * columns or rows that carry them), and what reading the table found.
 *
 * @example
 * readKpisWithSeries(
 *   [["KPI", "2022", "2023"], ["Screening", 28.2, 28.9], ["Screening numerator", 950, 999], ["Screening denominator", 3370, 3456]],
 *   { headerRow: 0, endRow: 4, roles: ["name", "period", "period"] },
 * ).records[0].series; // => { numerator: [950, 999], denominator: [3370, 3456] }
 */
export function readKpisWithSeries(values: readonly (readonly Cell[])[], mapping: KpiMapping, firstRow = 1): KpiTableReading {
  const { records, notes } = readKpiTable(values, mapping, firstRow);
  return { records: mapping.roles.includes("periodLabel") ? attachColumns(values, mapping, records) : attachRows(records), notes };
}

/** What the table carries beside values, in words for the summary ("numerators and denominators for 2 KPIs, costs for 1"), or "". */
export function seriesSummary(records: readonly KpiRecord[]): string {
  const count = (role: KpiSeriesRole) => records.filter((record) => record.series?.[role]?.some((cell) => cell !== null)).length;
  const counts = Math.min(count("numerator"), count("denominator"));
  const parts: string[] = [];
  if (counts > 0) parts.push(`numerators and denominators for ${counts} KPI${counts === 1 ? "" : "s"}`);
  const costs = count("cost");
  if (costs > 0) parts.push(`costs for ${costs} KPI${costs === 1 ? "" : "s"}${count("deflator") > 0 ? " (with deflators)" : ""}`);
  return parts.join(", ");
}
