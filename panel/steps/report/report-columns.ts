/**
 * The columns of the report sheet, in order: a new column is one entry here. Each says its header,
 * its width in pixels, its cell for one KPI and, when it has one, the cell's style.
 */
import { Cell, CellStyle } from "../../host";
import { inequalityLine } from "../../shared/inequality-words";
import { figureStyle, gapCell, gapFormat, valueFormat } from "../../shared/figures";
import { FINDING_FILTERS, KpiView, eventWords, urgency } from "../../shared/kpi-view";
import { CellMark, arrowCell, assuranceCell, variationCell } from "../../shared/marks/kpi-marks";

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

/** A cost in pounds and pence. */
const MONEY_FORMAT = valueFormat(figureStyle("£", [], 2));

/**
 * The officer's notes for the latest period as written: one note is its text unchanged; several
 * are each on a line after their column's heading. The host escapes text that would start a
 * formula when it writes the cell (writtenValue in panel/host.ts).
 */
function officerCommentaryCell(view: KpiView): Cell {
  const notes = view.commentary ?? [];
  if (notes.length === 1) return notes[0].text;
  return notes.map((note) => `${note.heading}: ${note.text}`).join("\n");
}

/** Long text wraps in its cell. */
const wrap = (): CellStyle => "wrap";

/** The RAG cell is filled with its colour (and says its word, so colour is never alone). */
function ragStyle(view: KpiView): CellStyle | undefined {
  if (view.rag === "Red") return "red";
  if (view.rag === "Amber") return "amber";
  return view.rag === "Green" ? "green" : undefined;
}

/** A glyph column: the mark's glyph, on the colour its style gives. */
function markColumn(header: string, mark: (view: KpiView) => CellMark): ReportColumn {
  return { header, width: 55, cell: analysed((view) => mark(view).text), style: (view) => (view.problem === null ? mark(view).style : undefined) };
}

/**
 * Why a KPI is an exception, its findings in the pane's words ("Special cause concerning; Red
 * against target"), or empty when it is not one: the summary counts the exceptions over this column.
 */
function exceptionCell(view: KpiView): Cell {
  if (urgency(view) === 0) return null;
  return FINDING_FILTERS.filter((filter) => view.findings.includes(filter.id))
    .map((filter) => filter.label)
    .join("; ");
}

/** The report's columns, in order. */
export const REPORT_COLUMNS: readonly ReportColumn[] = [
  { header: "KPI", width: 220, cell: (view) => view.name, style: wrap },
  { header: "Category", width: 100, cell: (view) => view.category },
  { header: "Owner", width: 110, cell: (view) => view.owner },
  { header: "Why it is an exception", width: 170, cell: exceptionCell, style: wrap },
  { header: "Latest period", width: 80, cell: analysed((view) => view.latestPeriod) },
  { header: "Latest value", width: 80, cell: analysed((view) => cellNumber(view.latestValue)), format: figureFormat },
  { header: "Unit", width: 60, cell: (view) => view.unit },
  { header: "Target", width: 70, cell: analysed((view) => cellNumber(view.target)), format: figureFormat },
  { header: "Previous target (changed this year)", width: 90, cell: analysed((view) => cellNumber(view.previousTarget?.value ?? null)), format: figureFormat },
  { header: "RAG", width: 60, cell: analysed((view) => view.rag), style: ragStyle },
  markColumn("Arrow", arrowCell),
  { header: "Direction of travel", width: 110, cell: analysed((view) => view.direction) },
  markColumn("Variation icon", variationCell),
  { header: "Variation (SPC)", width: 150, cell: analysed((view) => view.variation) },
  markColumn("Assurance icon", assuranceCell),
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
  { header: "Officer commentary", width: 360, cell: analysed(officerCommentaryCell), style: wrap },
  { header: "Questions for scrutiny", width: 360, cell: analysed((view) => lines(view.questions)), style: wrap },
  { header: "Periods left out", width: 120, cell: (view) => view.excludedPeriods.join(", ") },
  { header: "Data quality", width: 260, cell: (view) => lines(view.dataQuality), style: wrap },
  { header: "Events on the chart", width: 220, cell: (view) => lines(view.events.map(eventWords)), style: wrap },
  { header: "Interval (95%)", width: 170, cell: analysed((view) => view.counts?.interval ?? null), style: wrap },
  { header: "Comparison", width: 90, cell: analysed((view) => view.counts?.comparisonLabel ?? null) },
  { header: "Compared with", width: 220, cell: analysed((view) => view.counts?.comparison ?? null), style: wrap },
  { header: "Funnel position", width: 200, cell: analysed((view) => view.counts?.funnel ?? null), style: wrap },
  { header: "Cost per unit", width: 90, cell: analysed((view) => cellNumber(view.cost?.value ?? null)), format: () => MONEY_FORMAT },
  { header: "Cost", width: 200, cell: analysed((view) => view.cost?.text ?? null), style: wrap },
  { header: "Value for money", width: 170, cell: analysed((view) => view.cost?.valueForMoney ?? null), style: wrap },
  { header: "Cost quadrant", width: 200, cell: analysed((view) => view.cost?.quadrant ?? null), style: wrap },
  { header: "Inequality by deprivation (SII, RII)", width: 260, cell: analysed((view) => (view.inequality === undefined ? null : inequalityLine(view.inequality, view.unit))), style: wrap },
];
