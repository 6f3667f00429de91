/**
 * Writing the report: the cells of the report sheet a scrutiny committee reads (one row per KPI)
 * and of the optional chart sheet (a data block and a native SPC chart per KPI). Pure: it builds a
 * NewSheetSpec; the host writes it into a new sheet.
 */
import { Cell, CellStyle, ChartSpec, NewSheetSpec } from "../../host";
import { KpiView } from "../../shared/kpi-view";

/** The report's columns, in order, with their widths in pixels. */
export const REPORT_COLUMNS: readonly { header: string; width: number }[] = [
  { header: "KPI", width: 220 },
  { header: "Category", width: 100 },
  { header: "Owner", width: 110 },
  { header: "Latest period", width: 80 },
  { header: "Latest value", width: 80 },
  { header: "Unit", width: 60 },
  { header: "Target", width: 70 },
  { header: "RAG", width: 60 },
  { header: "Direction of travel", width: 110 },
  { header: "Variation (SPC)", width: 150 },
  { header: "Assurance (SPC)", width: 130 },
  { header: "Peer quartile", width: 120 },
  { header: "Gap to peer median", width: 90 },
  { header: "Target findings", width: 260 },
  { header: "Commentary", width: 360 },
  { header: "Questions for scrutiny", width: 360 },
  { header: "Periods left out", width: 120 },
];

/** Rows above the table: title, what it was made from, a blank row. The header row follows. */
export const REPORT_HEADER_ROW = 3;

/** What the report says about where it came from. */
export interface ReportContext {
  /** The KPI table (`Sample KPIs!A1:T4`). */
  source: string;
  /** The peer table and our council, or an empty string. */
  peers: string;
  /** Periods left out for every KPI. */
  excludedForAll: string[];
}

function cellNumber(value: number | null): Cell {
  return value === null || !Number.isFinite(value) ? null : value;
}

function lines(items: readonly string[]): string {
  return items.join("\n");
}

/**
 * The report sheet: a title, a line on the sources, then one row per KPI in the order given
 * (exceptions first).
 */
export function buildReportSheet(views: readonly KpiView[], context: ReportContext, baseName = "KPI report"): NewSheetSpec {
  const about = [`Made by KPI Scrutiny from ${context.source}.`];
  if (context.peers) about.push(`Peers: ${context.peers}.`);
  if (context.excludedForAll.length > 0) about.push(`Left out of the analysis for every KPI: ${context.excludedForAll.join(", ")}.`);
  about.push("Exceptions first. Variation and assurance follow NHS Making Data Count.");
  const rows: Cell[][] = [["KPI report"], [about.join(" ")], [], REPORT_COLUMNS.map((column) => column.header)];
  const styles: Record<string, CellStyle> = {
    "0:0": "title",
    "1:0": "note",
    [`${REPORT_HEADER_ROW}:*`]: "header",
  };
  views.forEach((view, i) => {
    const r = REPORT_HEADER_ROW + 1 + i;
    if (view.problem !== null) {
      rows.push([view.name, view.category, view.owner, null, null, view.unit, null, null, null, null, null, null, null, null, `Could not be analysed: ${view.problem}`, null, lines(view.excludedPeriods)]);
    } else {
      rows.push([
        view.name,
        view.category,
        view.owner,
        view.latestPeriod,
        cellNumber(view.latestValue),
        view.unit,
        cellNumber(view.target),
        view.rag,
        view.direction,
        view.variation,
        view.assurance,
        view.quartileLabel || view.peerNote,
        cellNumber(view.gap),
        lines(view.targetFindings),
        view.narrative,
        lines(view.questions),
        view.excludedPeriods.join(", "),
      ]);
    }
    for (const c of [0, 13, 14, 15]) styles[`${r}:${c}`] = "wrap";
    if (view.rag === "Red") styles[`${r}:7`] = "red";
    if (view.rag === "Amber") styles[`${r}:7`] = "amber";
    if (view.rag === "Green") styles[`${r}:7`] = "green";
  });
  return {
    baseName,
    rows,
    styles,
    columnWidths: REPORT_COLUMNS.map((column) => column.width),
    frozenRows: REPORT_HEADER_ROW + 1,
  };
}

/** Rows each chart takes at least on the chart sheet (the chart is drawn beside its data). */
const CHART_ROWS = 16;

/**
 * The chart sheet: for each KPI with an SPC chart, a block (Period, Value, Mean, Lower limit, Upper
 * limit, Target) and a native line chart beside it.
 */
export function buildChartSheet(views: readonly KpiView[], baseName = "KPI SPC charts"): NewSheetSpec {
  const rows: Cell[][] = [["SPC charts"], ["One chart per KPI: the values with their mean, process limits and target. Points left out of the analysis are blank."], []];
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
        cellNumber(chart.target),
      ]);
    });
    charts.push({ title: view.name, dataRow, dataColumn: 0, rows: chart.periods.length + 1, columns: 6, anchorRow: top, anchorColumn: 7 });
    while (rows.length < top + CHART_ROWS) rows.push([]);
    rows.push([]);
  }
  return { baseName, rows, styles, columnWidths: [90, 80, 80, 80, 80, 80], charts };
}
