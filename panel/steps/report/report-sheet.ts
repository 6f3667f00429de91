/**
 * Writing the report: the cells of the report sheet a scrutiny committee reads, one row per KPI in
 * the columns of REPORT_COLUMNS. Pure: it builds a NewSheetSpec; the host writes it into a new sheet.
 */
import { Cell, CellStyle, NewSheetSpec } from "../../host";
import { KpiView } from "../../shared/kpi-view";
import { REPORT_COLUMNS } from "./report-columns";

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
  /** What reading the KPI table found about the table as a whole (a period no row has), a sentence each. */
  tableNotes?: readonly string[];
  /** The council the paper is for, as the clerk writes it (may be empty). */
  council?: string;
  /** The period the paper reports ("2022/23"; may be empty). */
  period?: string;
  /** True when the table holds the exceptions only. */
  exceptionsOnly?: boolean;
}

/**
 * The title of a sheet of the paper, with the council and period when given: "KPI report:
 * Trafford, 2022/23". The same words head every printed page.
 *
 * @example
 * paperTitle("KPI report", { council: "Trafford", period: "2022/23" }); // => "KPI report: Trafford, 2022/23"
 */
export function paperTitle(what: string, context: Pick<ReportContext, "council" | "period">): string {
  const about = [context.council?.trim(), context.period?.trim()].filter(Boolean).join(", ");
  return about === "" ? what : `${what}: ${about}`;
}

/** The line under the title: the tables it was made from and the periods left out. */
function aboutLine(context: ReportContext): string {
  const about = [`Made by KPI Scrutiny from ${context.source}.`];
  if (context.peers) about.push(`Peers: ${context.peers}.`);
  if (context.excludedForAll.length > 0) about.push(`Left out of the analysis for every KPI: ${context.excludedForAll.join(", ")}.`);
  about.push(...(context.tableNotes ?? []));
  about.push(context.exceptionsOnly ? "Exceptions only: KPIs with no finding are left out of this table and its summary." : "Exceptions first.");
  about.push("Variation and assurance follow NHS Making Data Count; the sheet \"How to read this report\" explains every mark.");
  return about.join(" ");
}

/**
 * The report sheet: a title, a line on the sources, then one row per KPI in the order given
 * (exceptions first).
 */
export function buildReportSheet(views: readonly KpiView[], context: ReportContext, baseName = "KPI report"): NewSheetSpec {
  const title = paperTitle("KPI report", context);
  const rows: Cell[][] = [[title], [aboutLine(context)], [], REPORT_COLUMNS.map((column) => column.header)];
  const styles: Record<string, CellStyle> = {
    "0:0": "title",
    "1:0": "note",
    [`${REPORT_HEADER_ROW}:*`]: "header",
  };
  const numberFormats: Record<string, string> = {};
  views.forEach((view, i) => {
    const r = REPORT_HEADER_ROW + 1 + i;
    const cells = REPORT_COLUMNS.map((column) => column.cell(view));
    rows.push(cells);
    REPORT_COLUMNS.forEach((column, c) => {
      const style = column.style?.(view);
      if (style !== undefined) styles[`${r}:${c}`] = style;
      const format = typeof cells[c] === "number" ? column.format?.(view) : undefined;
      if (format !== undefined) numberFormats[`${r}:${c}`] = format;
    });
  });
  return {
    baseName,
    rows,
    styles,
    numberFormats,
    columnWidths: REPORT_COLUMNS.map((column) => column.width),
    frozenRows: REPORT_HEADER_ROW + 1,
    print: { landscape: true, fitToWidth: true, repeatRows: { first: REPORT_HEADER_ROW, last: REPORT_HEADER_ROW }, title },
  };
}
