/**
 * The chart sheet: for each KPI with an SPC chart, a data block and a native line chart beside it.
 * Pure: it builds a NewSheetSpec; the host writes it and draws the charts.
 */
import { Cell, ChartSpec, NewSheetSpec } from "../../host";
import { FigureStyle, roundFigure, valueFormat } from "../../shared/figures";
import { KpiView } from "../../shared/kpi-view";

/**
 * A number for a cell, rounded to the KPI's precision plus `extraDecimals` (a mean or a limit to one
 * place more than the figures); empty rather than NaN or Infinity.
 */
function cellNumber(value: number | null, figures: FigureStyle, extraDecimals = 0): Cell {
  return value === null || !Number.isFinite(value) ? null : roundFigure(value, figures, extraDecimals);
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
  const numberFormats: Record<string, string> = {};
  for (const view of views) {
    const chart = view.chart;
    if (chart === null) continue;
    const top = rows.length;
    rows.push([view.name]);
    styles[`${top}:0`] = "header";
    const dataRow = rows.length;
    rows.push(["Period", "Value", "Mean", "Lower limit", "Upper limit", "Target"]);
    styles[`${dataRow}:*`] = "header";
    const figures = view.figures;
    // Values and the target at the KPI's precision; the mean and the limits to one place more.
    const extra = [0, 1, 1, 1, 0];
    const formats = extra.map((places) => valueFormat(figures, places));
    chart.periods.forEach((period, i) => {
      const numbers = [chart.excluded[i] ? null : chart.values[i], chart.mean[i], chart.lower[i], chart.upper[i], chart.targets[i] ?? null];
      const cells = numbers.map((value, k) => cellNumber(value, figures, extra[k]));
      cells.forEach((cell, k) => {
        if (typeof cell === "number") numberFormats[`${rows.length}:${k + 1}`] = formats[k];
      });
      rows.push([period, ...cells]);
    });
    charts.push({ title: view.name, dataRow, dataColumn: 0, rows: chart.periods.length + 1, columns: 6, anchorRow: top, anchorColumn: 7 });
    while (rows.length < top + CHART_ROWS) rows.push([]);
    rows.push([]);
  }
  return { baseName, rows, styles, numberFormats, columnWidths: [90, 80, 80, 80, 80, 80], charts };
}
