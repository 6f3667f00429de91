/**
 * What the demo's file layer hands to the in-browser workbook: one sheet per CSV, pasted table or
 * sheet of an .xlsx, with cells as the hosts hold them (numbers, text, TRUE/FALSE, empty) and, for
 * dates, the text the cell shows.
 */
import { Cell } from "../../panel/host";

/** One sheet read from a file or the clipboard. */
export interface ImportedSheet {
  /** The name it came with (the file's name for a CSV, the sheet's name in an .xlsx). */
  name: string;
  /** The cells, row by row, with no blank rows or columns after the last filled one. */
  cells: Cell[][];
  /** The text a cell shows where it differs from its value, by `row:column` (0-based): dates. */
  shown: Record<string, string>;
  /** Number formats by `row:column`, as Excel writes them (`dd/mm/yyyy`). */
  numberFormats: Record<string, string>;
}

/** What opening a file gave: its sheets, and anything the user should know about how it was read. */
export interface ImportResult {
  sheets: ImportedSheet[];
  /** Plain sentences, such as the text encoding a CSV was read in or an empty sheet left out. */
  notes: string[];
}

/**
 * A file or pasted table that cannot be used, with a message for the user that says what is wrong
 * and what to do. Thrown before anything is added to the workbook, so nothing changes.
 */
export class FileProblem extends Error {
  override readonly name = "FileProblem";
}

/** The cells without empty rows at the end and without empty cells at the end of each row. */
export function trimmed(rows: readonly (readonly Cell[])[]): Cell[][] {
  const cells = rows.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
    return row.slice(0, end).map((cell) => (cell === undefined ? null : cell));
  });
  while (cells.length > 0 && cells[cells.length - 1].length === 0) cells.pop();
  return cells;
}
