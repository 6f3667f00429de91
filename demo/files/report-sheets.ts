/**
 * Which sheets of the demo workbook make the downloadable report: the report sheets and SPC chart
 * sheets the pane wrote ("KPI report", "KPI SPC charts", and their "(2)", "(3)"... copies), in the
 * workbook's order. The names come from the pane's own sheet builders, so they cannot drift apart.
 */
import { DemoSheet, DemoWorkbook } from "../demo-host";
import { buildChartSheet } from "../../panel/steps/report/chart-sheet";
import { buildReportSheet } from "../../panel/steps/report/report-sheet";
import { isOpened } from "./add-to-workbook";

/** The names the pane gives its report and chart sheets. */
export const REPORT_SHEET_NAMES: readonly string[] = [buildReportSheet([], { source: "", peers: "", excludedForAll: [] }).baseName, buildChartSheet([]).baseName];

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const WRITTEN_BY_THE_PANE = new RegExp(`^(${REPORT_SHEET_NAMES.map(escaped).join("|")})( \\(\\d+\\))?$`, "i");

/**
 * The report and chart sheets, in the workbook's order (not a sheet of that name opened from a file).
 *
 * @example
 * reportSheets(workbook).map((sheet) => sheet.name); // => ["KPI report", "KPI SPC charts"]
 */
export function reportSheets(workbook: DemoWorkbook): DemoSheet[] {
  return workbook.sheets.filter((sheet) => WRITTEN_BY_THE_PANE.test(sheet.name) && !isOpened(sheet));
}
