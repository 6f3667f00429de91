/**
 * The columns of the report sheet, in order: a new column is one entry here. Each says its header,
 * its width in pixels, its cell for one KPI and, when it has one, the cell's style.
 */
import { Cell, CellStyle } from "../../host";
import { gapCell, gapFormat, valueFormat } from "../../shared/figures";
import { KpiView } from "../../shared/kpi-view";

/** One column of the report sheet. */
export interface ReportColumn {
  header: string;
  /** Width in pixels. */
  width: number;
  /** The cell of one KPI's row. */
  cell(view: KpiView): Cell;
  /** The style of that cell, if any. */
  style?(view: KpiView): CellStyle | undefined;
  /** The number format of that cell, for a number: the KPI's precision and unit. */
  format?(view: KpiView): string | undefined;
}

/** A number for a cell: empty rather than NaN or Infinity. */
function cellNumber(value: number | null): Cell {
  return value === null || !Number.isFinite(value) ? null : value;
}

/** A list in one cell, an item a line. */
function lines(items: readonly string[]): string {
  return items.join("\n");
}

/** A cell only an analysed KPI has: empty on the row of a KPI that could not be analysed. */
function analysed(cell: (view: KpiView) => Cell): (view: KpiView) => Cell {
  return (view) => (view.problem === null ? cell(view) : null);
}

/** A figure of the KPI: its precision and unit. */
const figureFormat = (view: KpiView): string => valueFormat(view.figures);

/** Long text wraps in its cell. */
const wrap = (): CellStyle => "wrap";

/** The RAG cell is filled with its colour (and says its word, so colour is never alone). */
function ragStyle(view: KpiView): CellStyle | undefined {
  if (view.rag === "Red") return "red";
  if (view.rag === "Amber") return "amber";
  return view.rag === "Green" ? "green" : undefined;
}

/** The report's columns, in order. */
export const REPORT_COLUMNS: readonly ReportColumn[] = [
  { header: "KPI", width: 220, cell: (view) => view.name, style: wrap },
  { header: "Category", width: 100, cell: (view) => view.category },
  { header: "Owner", width: 110, cell: (view) => view.owner },
  { header: "Latest period", width: 80, cell: analysed((view) => view.latestPeriod) },
  { header: "Latest value", width: 80, cell: analysed((view) => cellNumber(view.latestValue)), format: figureFormat },
  { header: "Unit", width: 60, cell: (view) => view.unit },
  { header: "Target", width: 70, cell: analysed((view) => cellNumber(view.target)), format: figureFormat },
  { header: "RAG", width: 60, cell: analysed((view) => view.rag), style: ragStyle },
  { header: "Direction of travel", width: 110, cell: analysed((view) => view.direction) },
  { header: "Variation (SPC)", width: 150, cell: analysed((view) => view.variation) },
  { header: "Assurance (SPC)", width: 130, cell: analysed((view) => view.assurance) },
  { header: "Peer quartile", width: 120, cell: analysed((view) => view.quartileLabel || view.peerNote) },
  {
    header: "Gap to peer median",
    width: 150,
    cell: analysed((view) => (view.gap === null ? null : cellNumber(gapCell(view.gap, view.figures)))),
    format: (view) => gapFormat(view.figures),
  },
  { header: "Target findings", width: 260, cell: analysed((view) => lines(view.targetFindings)), style: wrap },
  { header: "Commentary", width: 360, cell: (view) => (view.problem === null ? view.narrative : `Could not be analysed: ${view.problem}`), style: wrap },
  { header: "Questions for scrutiny", width: 360, cell: analysed((view) => lines(view.questions)), style: wrap },
  { header: "Periods left out", width: 120, cell: (view) => view.excludedPeriods.join(", ") },
];
