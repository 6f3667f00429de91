/**
 * The officer's commentary and actions in a KPI table: the Commentary, Update, Action, Corrective
 * action or Notes columns, read as written. Pure functions (no DOM, no host).
 */
import { isMissingCell } from "../../../core/values";
import { Cell } from "../../host";
import { OfficerNote } from "../../shared/pane-inputs";
import { textOf } from "./table-shape";

/** The heading a commentary column is shown under: its header as written, or "Commentary". */
export function noteHeading(header: Cell | undefined): string {
  return textOf(header) || "Commentary";
}

/**
 * The text of a commentary cell exactly as written, or undefined when the cell is empty or holds
 * only a missing marker (`-`, `n/a`): an officer who writes "-" has not explained anything.
 *
 * @example
 * noteText("  Agency staff cover two vacant posts.\n"); // => "  Agency staff cover two vacant posts.\n"
 * noteText("n/a");                                    // => undefined
 */
export function noteText(cell: Cell | undefined): string | undefined {
  if (cell === undefined || cell === null || isMissingCell(cell)) return undefined;
  const text = typeof cell === "string" ? cell : String(cell);
  return text.trim() === "" ? undefined : text;
}

/**
 * The notes of one row of the KPI table, for `period`: one per commentary column with text, under
 * its column's heading.
 *
 * @example
 * notesOfRow(["Missed bins", 40, "New rounds from June"], [2], ["KPI", "Q1", "Comment"], "Q1");
 * // => [{ period: "Q1", heading: "Comment", text: "New rounds from June" }]
 */
export function notesOfRow(row: readonly Cell[], columns: readonly number[], header: readonly Cell[], period: string): OfficerNote[] {
  return columns.flatMap((c) => {
    const text = noteText(row[c]);
    return text === undefined ? [] : [{ period, heading: noteHeading(header[c]), text }];
  });
}

/**
 * The period a wide table's commentary is for: the latest period whose cell holds a figure (the
 * figure the card and the report call the latest), else the last period.
 *
 * @example
 * latestFilledPeriod(["Q1", "Q2", "Q3"], [12, 14, null]); // => "Q2"
 */
export function latestFilledPeriod(periods: readonly string[], cells: readonly Cell[]): string {
  for (let i = cells.length - 1; i >= 0; i--) if (!isMissingCell(cells[i])) return periods[i];
  return periods[periods.length - 1] ?? "";
}
