/**
 * Cells from text (a CSV file or a table pasted from Excel or Sheets), as a spreadsheet keeps them:
 * a plain number becomes a number; everything else stays the text that was typed, so the pane reads
 * "85%", "£1,250", "tbc" and "Apr-24" exactly as it reads such text in Excel or Sheets.
 */
import { Cell } from "../../panel/host";

/** A plain number, UK style: sign, digits with optional thousands commas, decimals, exponent. */
const PLAIN_NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One cell from its text: empty (or spaces only) is an empty cell, a plain number is a number,
 * anything else is the text itself.
 *
 * @example
 * cellFromText("1,250.5"); // => 1250.5
 * cellFromText("85%");     // => "85%" (the pane reads percent text itself)
 * cellFromText("  ");      // => null
 */
export function cellFromText(text: string): Cell {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (PLAIN_NUMBER.test(trimmed)) {
    const value = Number(trimmed.replace(/,/g, ""));
    if (Number.isFinite(value)) return value;
  }
  return text;
}
