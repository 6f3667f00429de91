/**
 * A target table: targets that change over time, in a table of the same shape as the KPI table
 * (KPI names down, periods across), chosen like the peer table. Pure functions (no DOM, no host).
 */
import { Cell } from "../../host";
import { KpiRecord, kpiKey } from "../../shared/pane-inputs";
import { KpiMapping, readKpis } from "./kpi-table";

/** The targets of a target table: KPI (as kpiKey) -> period label -> target cell. */
export type TargetTable = Map<string, Map<string, Cell>>;

/**
 * Reads a target table mapped as a KPI table: each row's period cells are that KPI's targets.
 *
 * @example
 * readTargetTable([["KPI", "2023/24", "2024/25"], ["Recycling", 50, 52]], { headerRow: 0, endRow: 2, roles: ["name", "period", "period"] })
 *   .get("recycling")?.get("2024/25"); // => 52
 */
export function readTargetTable(values: readonly (readonly Cell[])[], mapping: KpiMapping): TargetTable {
  const table: TargetTable = new Map();
  for (const record of readKpis(values, mapping)) {
    const byPeriod = new Map<string, Cell>();
    record.periods.forEach((period, i) => byPeriod.set(period, record.values[i] ?? null));
    table.set(kpiKey(record.name), byPeriod);
  }
  return table;
}

/**
 * The KPIs with the target table's targets: a KPI the table names gets one target per period from
 * it (null for a period the table does not have), in place of the KPI table's own; other KPIs are
 * unchanged.
 *
 * @example
 * const grid = [["KPI", "2023/24", "2024/25"], ["Recycling", 50, 52]];
 * const table = readTargetTable(grid, detectKpiTable(grid));
 * withTargetTable(readKpis([["KPI", "2023/24", "2024/25"], ["Recycling", 48, 51]], mapping), table)[0].targets; // => [50, 52]
 */
export function withTargetTable(records: readonly KpiRecord[], table: TargetTable | undefined): KpiRecord[] {
  if (table === undefined) return [...records];
  return records.map((record) => {
    const byPeriod = table.get(kpiKey(record.name));
    return byPeriod === undefined ? record : { ...record, targets: record.periods.map((period) => byPeriod.get(period) ?? null) };
  });
}

/** How many of the KPIs the target table names. */
export function kpisWithTargets(records: readonly KpiRecord[], table: TargetTable): number {
  return records.filter((record) => table.has(kpiKey(record.name))).length;
}
