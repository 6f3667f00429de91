/**
 * A deprivation table: one indicator (or several) by deprivation decile or quintile over periods,
 * as the peer table holds it when its rows are deprivation groups rather than councils, and its
 * cells read into what core's analysis takes (`QuantilePeriod`, most deprived first). No DOM and
 * no host here.
 */
import type { QuantilePeriod } from "../../core/analysis/inequality-types";
import { parseNumberCell } from "../../core/values";
import { orderPeriods } from "../../core/values/periods";
import { Cell } from "../host";
import { messageOf } from "./errors";

/** One group's cells in one period. */
export interface QuantileCells {
  value: Cell;
  lower: Cell;
  upper: Cell;
  population: Cell;
}

/** The rows of a peer table whose rows are deprivation groups. */
export interface DeprivationTable {
  /** How many groups (10 deciles, 5 quintiles). */
  groups: number;
  /** Each group's name, most deprived first: as the table writes it, else "decile 3". */
  labels: string[];
  /** KPI (lower case, or `*` without a KPI column) -> area ("" without an area column) -> period -> one entry per group, most deprived first (null where the table has no row). */
  rows: Map<string, Map<string, Map<string, (QuantileCells | null)[]>>>;
  /** Which optional columns the table has. */
  has: { limits: boolean; population: boolean };
  /** What is wrong with the table as a whole (two rows for one group in a period, mixed deciles and quintiles). */
  problem?: string;
}

/** A KPI's deprivation groups as read for the analysis, or why they cannot be used. */
export type QuantileReading = { periods: QuantilePeriod[]; groups: number } | { problem: string };

/** A KPI name as the tables are matched on it (as pane-inputs' kpiKey). */
function keyOf(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * One KPI's deprivation groups, period by period in time order, from the deprivation table:
 * undefined when the table has none for this KPI; a problem in plain English when the table cannot
 * be used (no population column, several areas and none chosen, a cell that is not a number).
 *
 * @param table the deprivation table
 * @param kpiName the KPI's name in the KPI table
 * @param tableKpi the KPI a table without a KPI column belongs to (`*`: every KPI)
 * @param area the area chosen as ours ("" when none)
 */
export function quantilesFor(table: DeprivationTable, kpiName: string, tableKpi: string, area: string): QuantileReading | undefined {
  const byArea = table.rows.get(keyOf(kpiName)) ?? (tableKpi === "*" || keyOf(tableKpi) === keyOf(kpiName) ? table.rows.get("*") : undefined);
  if (byArea === undefined) return undefined;
  if (table.problem !== undefined) return { problem: `the deprivation table cannot be used: ${table.problem}` };
  if (!table.has.population) {
    return { problem: "the deprivation table has no Population or Denominator column: the slope index of inequality weighs each group by its population, so add that column (Fingertips calls it Denominator)" };
  }
  const areas = [...byArea.keys()];
  const chosen = byArea.has(area) ? area : areas.length === 1 ? areas[0] : undefined;
  if (chosen === undefined) return { problem: `the deprivation table has several areas (${areas.join(", ")}): choose yours under "Our council"` };
  const byPeriod = byArea.get(chosen)!;
  try {
    const periods = orderPeriods([...byPeriod.keys()]).map((period) => {
      const rows = byPeriod.get(period)!;
      const read = (pick: (cells: QuantileCells) => Cell, what: string) =>
        rows.map((cells, i) => (cells === null ? null : parseNumberCell(pick(cells), "the deprivation table", `the ${what} of ${table.labels[i]} in ${period}`)));
      const quantiles: QuantilePeriod = {
        period,
        values: read((cells) => cells.value, "value"),
        populations: read((cells) => cells.population, "population"),
        labels: table.labels,
      };
      if (table.has.limits) {
        quantiles.lower = read((cells) => cells.lower, "lower limit");
        quantiles.upper = read((cells) => cells.upper, "upper limit");
      }
      return quantiles;
    });
    return { periods, groups: table.groups };
  } catch (error) {
    return { problem: messageOf(error) };
  }
}
