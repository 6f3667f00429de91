/**
 * How the pane reads a KPI's cells: as a person means them. The formulas' conventions hold
 * (docs/FORMULA-CONVENTIONS.md, "Cells": numbers count; blanks, error values and the usual markers
 * are missing), with two rules of the pane's own, stated in the README's "Using the pane":
 *
 * - Text that is not a figure ("tbc", "awaiting data") is a gap, and the card names the cell, so
 *   one note in a table never stops a whole KPI from being analysed (a formula, which has no card
 *   to say so on, gives an error instead).
 * - In a percentage KPI (its unit says so or, with no unit, its name or its figures carry a %),
 *   "85%" reads as 85, as a plain 85 in the same KPI does; a KPI that mixes fractions (0.85) with
 *   percentages ("88%") cannot be read either way and is refused with a message saying so.
 */
import { isMissingCell, parseNumericText, quoteCell } from "../../core/values";
import { isPercentUnit } from "../../core/values/units";
import { Cell } from "../host";

/** A KPI name that says it is a percentage: "(%)", "% of...", "per cent", "percentage". */
const PERCENT_NAME = /%|\bper ?cent\b|\bpercentage\b/i;

/** Text ending in a percent sign, such as "85%" or " 12.5 % ". */
const PERCENT_TEXT = /%\s*$/;

/** The figures of one row of cells, and what the pane says about the cells that are not figures. */
export interface ReadCells {
  values: (number | null)[];
  /** One sentence per cell read as a gap that holds something other than a blank or a marker. */
  notes: string[];
}

/** True for a cell written as a percentage ("85%"). */
function isPercentText(cell: Cell): boolean {
  return typeof cell === "string" && PERCENT_TEXT.test(cell) && parseNumericText(cell) !== undefined;
}

/**
 * True when a KPI is a percentage: its unit is one ("%", "percent"...) or, when it has no unit,
 * its name says so or one of its figures is written with a %.
 *
 * @example
 * isPercentKpi("Calls answered in 20s (%)", "", [85, 82]); // => true
 * isPercentKpi("Missed bins per 100k", "", [45, "60"]);    // => false
 * isPercentKpi("Recycling rate", "", ["48%", 51]);          // => true
 */
export function isPercentKpi(name: string, unit: string, cells: readonly Cell[]): boolean {
  if (unit.trim() !== "") return isPercentUnit(unit);
  return PERCENT_NAME.test(name) || cells.some(isPercentText);
}

/**
 * The unit a KPI is shown in: the unit written in the table, else "%" for a percentage KPI.
 *
 * @example
 * unitOfKpi("Calls answered in 20s (%)", "", [85]); // => "%"
 * unitOfKpi("Missed bins", "per 100k", [45]);       // => "per 100k"
 */
export function unitOfKpi(name: string, unit: string, cells: readonly Cell[]): string {
  const written = unit.trim();
  if (written !== "") return written;
  return isPercentKpi(name, unit, cells) ? "%" : "";
}

/**
 * One cell as a figure, or null for a gap: in a percentage KPI "85%" is 85.
 *
 * @returns the figure, null for a gap, or undefined for a cell that is not a figure (text, TRUE/FALSE)
 */
export function figureOf(cell: Cell, percent: boolean): number | null | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (isMissingCell(cell)) return null;
  if (typeof cell !== "string") return undefined;
  const number = parseNumericText(cell);
  if (number === undefined) return undefined;
  // core reads "85%" as the fraction 0.85; a percentage KPI is kept on one scale, so "85%" is 85.
  return percent && PERCENT_TEXT.test(cell) ? number * 100 : number;
}

/** A figure as the message quotes it: 0.85, or "88%" as typed. */
function quoted(cell: Cell): string {
  return typeof cell === "string" ? `"${cell.trim()}"` : String(cell);
}

/**
 * The fraction and the percentage a percentage KPI mixes, or undefined: figures written as
 * percentages ("88%", read as 88) beside plain figures that are all fractions (0.85).
 */
function mixedScales(cells: readonly Cell[], values: readonly (number | null)[], places: readonly string[]): string | undefined {
  const percents = cells.flatMap((cell, i) => (isPercentText(cell) && values[i] !== null && Math.abs(values[i] as number) > 1 ? [i] : []));
  const plain = cells.flatMap((cell, i) => (!isPercentText(cell) && values[i] !== null && values[i] !== 0 ? [i] : []));
  if (percents.length === 0 || plain.length === 0 || !plain.every((i) => Math.abs(values[i] as number) <= 1)) return undefined;
  const [fraction, percent] = [plain[0], percents[0]];
  return (
    `its figures mix fractions (${quoted(cells[fraction])} in ${places[fraction]}) and percentages (${quoted(cells[percent])} in ${places[percent]}), ` +
    "so they cannot be read on one scale. Enter them all one way: as percentages (85%) or as fractions (0.85)"
  );
}

/**
 * Reads one KPI's row of cells into figures: gaps for blanks, markers and error values; a gap with
 * a note naming the cell for text that is not a figure; "85%" as 85 in a percentage KPI.
 *
 * @param cells the KPI's cells, one per period
 * @param places how each cell is named in a note (its period: "Q3 2023/24")
 * @param percent true for a percentage KPI ({@link isPercentKpi})
 * @throws {Error} when a percentage KPI mixes fractions and percentages (the message says how to fix it)
 * @example
 * readKpiCells([85, "82%", "tbc", "88%"], ["Q1", "Q2", "Q3", "Q4"], true);
 * // => { values: [85, 82, null, 88], notes: ['"tbc" in Q3 is not a figure, so Q3 is a gap: enter the figure there, or leave it blank.'] }
 * readKpiCells([0.85, "88%"], ["Q1", "Q2"], true); // throws: ...mix fractions (0.85 in Q1) and percentages ("88%" in Q2)...
 */
export function readKpiCells(cells: readonly Cell[], places: readonly string[], percent: boolean): ReadCells {
  const notes: string[] = [];
  const values = cells.map((cell, i) => {
    const figure = figureOf(cell, percent);
    if (figure !== undefined) return figure;
    notes.push(`${quoteCell(cell)} in ${places[i]} is not a figure, so ${places[i]} is a gap: enter the figure there, or leave it blank.`);
    return null;
  });
  if (percent) {
    const mixed = mixedScales(cells, values, places);
    if (mixed !== undefined) throw new Error(`This KPI cannot be analysed: ${mixed}.`);
  }
  return { values, notes };
}

/**
 * One optional figure of a KPI (its target or tolerance): the figure, or null with a note when the
 * cell holds text that is not a figure ("tbc"), so the KPI is analysed without it.
 *
 * @example
 * readOptionalFigure("tbc", "Target", false); // => { value: null, note: 'The target "tbc" is not a figure, so this KPI is analysed without one: enter the figure, or leave the cell blank.' }
 * readOptionalFigure("50%", "Target", true);  // => { value: 50 }
 */
export function readOptionalFigure(cell: Cell, what: string, percent: boolean): { value: number | null; note?: string } {
  const figure = figureOf(cell, percent);
  if (figure !== undefined) return { value: figure };
  return { value: null, note: `The ${what.toLowerCase()} ${quoteCell(cell)} is not a figure, so this KPI is analysed without one: enter the figure, or leave the cell blank.` };
}

/**
 * A KPI's targets period by period (a target table, a "<KPI> target" row, a long table's Target
 * column), read as its values are: a gap for a blank or marker, a gap with a note naming the cell
 * for text such as "tbc", and "50%" as 50 in a percentage KPI.
 *
 * @example
 * readTargetCells([80, "tbc"], ["Q1 2023/24", "Q2 2023/24"], false);
 * // => { values: [80, null], notes: ['The target "tbc" for Q2 2023/24 is not a figure, so that period has no target: enter the figure there, or leave it blank.'] }
 */
export function readTargetCells(cells: readonly Cell[], places: readonly string[], percent: boolean): ReadCells {
  const notes: string[] = [];
  const values = places.map((place, i) => {
    const cell = cells[i] ?? null;
    const figure = figureOf(cell, percent);
    if (figure !== undefined) return figure;
    notes.push(`The target ${quoteCell(cell)} for ${place} is not a figure, so that period has no target: enter the figure there, or leave it blank.`);
    return null;
  });
  return { values, notes };
}
