/**
 * The chart sheet: for each KPI with an SPC chart, a data block and a native line chart beside it.
 * Pure: it builds a NewSheetSpec; the host writes it and draws the charts.
 */
import { Cell, ChartSpec, NewSheetSpec } from "../../host";
import { KpiView } from "../../shared/kpi-view";

/** A number for a cell: empty rather than NaN or Infinity. */
function cellNumber(value: number | null): Cell {
  return value === null || !Number.isFinite(value) ? null : value;
}

/** Rows each chart takes at least on the chart sheet (the chart is drawn beside its data). */
const CHART_ROWS = 16;

/**
 * The chart sheet: for each KPI with an SPC chart, a block (Period, Value, Mean, Lower limit, Upper
 * limit, Target) and a native line chart beside it.
 */
export function buildChartSheet(views: readonly KpiView[], baseName = "KPI SPC charts"): NewSheetSpec {
  const rows: Cell[][] = [["SPC charts"], ["One chart per KPI: the values with their mean, process limits and the target in force in each period. Points left out of the analysis are blank."], []];
  const styles: NonNullable<NewSheetSpec["styles"]> = { "0:0": "title", "1:0": "note" };
  const charts: ChartSpec[] = [];
  for (const view of views) {
    const chart = view.chart;
    if (chart === null) continue;
    const top = rows.length;
    rows.push([view.name]);
    styles[`${top}:0`] = "header";
    const dataRow = rows.length;
    rows.push(["Period", "Value", "Mean", "Lower limit", "Upper limit", "Target"]);
    styles[`${dataRow}:*`] = "header";
    chart.periods.forEach((period, i) => {
      rows.push([
        period,
        chart.excluded[i] ? null : cellNumber(chart.values[i]),
        cellNumber(chart.mean[i]),
        cellNumber(chart.lower[i]),
        cellNumber(chart.upper[i]),
        cellNumber(chart.targets[i] ?? null),
      ]);
    });
    charts.push({ title: view.name, dataRow, dataColumn: 0, rows: chart.periods.length + 1, columns: 6, anchorRow: top, anchorColumn: 7 });
    while (rows.length < top + CHART_ROWS) rows.push([]);
    rows.push([]);
  }
  return { baseName, rows, styles, columnWidths: [90, 80, 80, 80, 80, 80], charts };
}
