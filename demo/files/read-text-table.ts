/**
 * Tables from text with PapaParse: a CSV file (comma, semicolon or tab separated, found from the
 * text) and a table pasted from Excel or Google Sheets, which both put on the clipboard as
 * tab-separated text, a cell holding a tab, a line break or a quote being put in quotes with its
 * quotes doubled (the same rule as CSV, RFC 4180). Rows may have different lengths.
 */
import Papa from "papaparse";
import { Cell } from "../../panel/host";
import { FileProblem, trimmed } from "./imported-sheet";
import { cellFromText } from "./text-cells";

/** Separators PapaParse may find in a CSV file, most likely first. */
const CSV_SEPARATORS = [",", ";", "\t", "|"];

/** The rows of a delimited text, each cell read by {@link cellFromText}; `what` names the text in messages. */
/** The separator of a CSV text, guessed by PapaParse from its first rows that are not blank (blank rows would spoil the guess). */
function guessSeparator(text: string): string {
  const guess = Papa.parse<string[]>(text, { delimiter: "", delimitersToGuess: CSV_SEPARATORS, skipEmptyLines: "greedy", preview: 50 });
  return guess.meta.delimiter || ",";
}

function readDelimited(text: string, separator: string | undefined, what: string): Cell[][] {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: separator ?? guessSeparator(text),
    skipEmptyLines: false,
    dynamicTyping: false,
    header: false,
  });
  const unclosed = parsed.errors.find((error) => error.code === "MissingQuotes");
  if (unclosed !== undefined) {
    const row = typeof unclosed.row === "number" ? ` in row ${unclosed.row + 1}` : "";
    throw new FileProblem(`${what} has a quote mark (")${row} that is never closed, so everything after it would be read as one cell. Close or remove that quote mark, then try again.`);
  }
  // Other reports (rows of different lengths, a separator that could not be guessed in a
  // one-column table) are not problems: the rows are read as they are.
  const cells = trimmed(parsed.data.map((row) => row.map(cellFromText)));
  if (cells.length === 0) throw new FileProblem(`${what} has no cells: it is empty or holds only blank lines and separators.`);
  return cells;
}

/**
 * The cells of a CSV file's text.
 *
 * @example
 * readCsvText('KPI,2023\n"Rent, collected (%)",96.5', "kpis.csv"); // => [["KPI", 2023], ["Rent, collected (%)", 96.5]]
 */
export function readCsvText(text: string, fileName: string): Cell[][] {
  return readDelimited(text, undefined, `"${fileName}"`);
}

/**
 * The cells of a table pasted from Excel or Sheets (tab-separated); text without a tab is read
 * as CSV, for a table copied from elsewhere.
 *
 * @example
 * readPastedText("KPI\tQ1\r\nCalls\t85%\r\n"); // => [["KPI", "Q1"], ["Calls", "85%"]]
 */
export function readPastedText(text: string): Cell[][] {
  if (text.trim() === "") throw new FileProblem("Nothing was pasted: copy a table in Excel or Sheets (select it, then Ctrl+C), click in the box and press Ctrl+V.");
  return readDelimited(text, text.includes("\t") ? "\t" : undefined, "The pasted table");
}
