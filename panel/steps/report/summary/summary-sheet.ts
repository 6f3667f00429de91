/**
 * The summary sheet of the committee paper: how many KPIs, and what share, are green, amber or
 * red; in each direction of travel; in each variation and assurance (and each pair of the two);
 * in each peer quartile; the same by category when the table has categories; and the exceptions.
 * Every count and share is a live COUNTIF/COUNTIFS formula over the report sheet's own columns,
 * so a figure the clerk corrects in the report is counted again. Pure: it builds a NewSheetSpec.
 */
import { CellStyle, NewSheetSpec, SheetCell } from "../../../host";
import type { KpiView } from "../../../shared/kpi-view";
import { ReportContext, paperTitle } from "../report-sheet";
import { ASSURANCE_ORDER, Condition, ReportSummary, Tally, VARIATION_ORDER, summariseReport } from "./summary";
import { ReportRange, countFormula, reportRange, shareFormula } from "./summary-formulas";

/** The shares' number format: a whole percentage, as Excel and Sheets both write it. */
const PERCENT = "0%";

/** The columns of the summary sheet: what is counted, then up to eight counts. */
const WIDTHS = [300, 90, 90, 90, 90, 90, 90, 90, 90];

/** Builds the rows and styles of the sheet, a block at a time. */
class SheetWriter {
  readonly rows: SheetCell[][] = [];
  readonly styles: Record<string, CellStyle> = {};
  /** Number formats by cell: the shares as percentages. */
  readonly numberFormats: Record<string, string> = {};

  constructor(private readonly range: ReportRange) {}

  /** A row; `style` for the whole row. */
  row(cells: SheetCell[], style?: CellStyle): number {
    const r = this.rows.length;
    this.rows.push(cells);
    if (style !== undefined) this.styles[`${r}:*`] = style;
    return r;
  }

  /** A heading row and one row per tally: its label, its count and its share of `within`. */
  block(heading: string, tallies: readonly Tally[], within: readonly Condition[] = []): void {
    this.row([heading, "KPIs", "Share"], "header");
    for (const tally of tallies) {
      const r = this.row([tally.label, { formula: countFormula(tally, this.range) }, { formula: shareFormula(tally, this.range, within) }]);
      this.numberFormats[`${r}:2`] = PERCENT;
    }
    this.row([]);
  }

  /** A table of counts: a heading row, then a row per group with a count per column. */
  grid(headings: string[], lines: { label: string; tallies: Pick<Tally, "conditions">[] }[]): void {
    this.row(headings, "header");
    for (const line of lines) this.row([line.label, ...line.tallies.map((tally) => ({ formula: countFormula(tally, this.range) }))]);
    this.row([]);
  }
}

/** The rows counted in one cell of the category table. */
function within(conditions: readonly Condition[], more: Condition[] = []): Pick<Tally, "conditions"> {
  return { conditions: [...conditions, ...more] };
}

/** The tally of `label` among `tallies` (each summary lists every label, counted or not). */
function find(tallies: readonly Tally[], label: string): Tally {
  const found = tallies.find((tally) => tally.label === label);
  if (found === undefined) throw new Error(`The summary has no count "${label}".`);
  return found;
}

/**
 * The summary sheet of a report written to the sheet `reportSheet` with these views in its table
 * (in the table's order).
 *
 * @param views the KPIs of the report's table, in its order
 * @param context the council, period and sources, as the report says them
 * @param reportSheet the name the host gave the report sheet
 * @example
 * buildSummarySheet(views, { source, peers: "", excludedForAll: [], council: "Trafford", period: "2022/23" }, "KPI report").rows[0];
 * // => ["Summary: Trafford, 2022/23"]
 */
export function buildSummarySheet(views: readonly KpiView[], context: ReportContext, reportSheet: string, baseName = "KPI summary"): NewSheetSpec {
  const summary: ReportSummary = summariseReport(views);
  const range = reportRange(views.length, undefined, reportSheet);
  const sheet = new SheetWriter(range);
  const title = paperTitle("Summary", context);
  sheet.row([title], "title");
  const scope = context.exceptionsOnly ? "the exceptions in" : "every KPI in";
  sheet.row([`Counts ${scope} the sheet "${reportSheet}". Each is a formula over that sheet's columns: correct a row there and the counts follow.`], "note");
  sheet.row([]);
  const total = sheet.row(["KPIs in the report", { formula: countFormula({ conditions: [] }, range) }], "header");
  sheet.styles[`${total}:1`] = "header";
  const exceptions = sheet.row(["Exceptions (see the list below)", { formula: countFormula(summary.exceptionCount, range) }, { formula: shareFormula(summary.exceptionCount, range) }]);
  sheet.numberFormats[`${exceptions}:2`] = PERCENT;
  const notAnalysed = sheet.row(["Could not be analysed", { formula: countFormula(summary.notAnalysed, range) }, { formula: shareFormula(summary.notAnalysed, range) }]);
  sheet.numberFormats[`${notAnalysed}:2`] = PERCENT;
  sheet.row([]);
  sheet.block("Against target (RAG)", summary.rag);
  sheet.block("Direction of travel", summary.direction);
  sheet.block("Variation (SPC)", summary.variation);
  sheet.block("Assurance (SPC)", summary.assurance);
  sheet.grid(
    ["Variation by assurance", ...ASSURANCE_ORDER],
    VARIATION_ORDER.map((variation) => ({ label: variation, tallies: ASSURANCE_ORDER.map((assurance) => summary.pairs.find((pair) => pair.variation === variation && pair.assurance === assurance)!) })),
  );
  sheet.block("Against peers", summary.quartile);
  if (summary.categories.length > 0) {
    const improving = find(summary.direction, "Improving").conditions;
    const worsening = find(summary.direction, "Worsening").conditions;
    sheet.grid(
      ["By category", "KPIs", ...summary.rag.map((tally) => tally.label), "Improving", "Worsening", "Exceptions"],
      summary.categories.map((category) => ({
        label: category.category,
        tallies: [
          within(category.conditions),
          ...category.rag.map((tally) => within(tally.conditions)),
          within(category.conditions, improving),
          within(category.conditions, worsening),
          within(category.exceptionCount.conditions),
        ],
      })),
    );
  }
  sheet.row(["Exceptions, most urgent first: why each is one"], "header");
  if (summary.exceptions.length === 0) sheet.row(["No KPI is an exception."], "note");
  for (const exception of summary.exceptions) {
    const r = sheet.row([`${exception.name}: ${exception.findings.join("; ")}`]);
    sheet.styles[`${r}:0`] = "wrap";
  }
  return {
    baseName,
    rows: sheet.rows,
    styles: sheet.styles,
    numberFormats: sheet.numberFormats,
    columnWidths: WIDTHS,
    print: { landscape: false, fitToWidth: true, title },
  };
}
