/**
 * Reads a catalogue example (`=KPI.RAG(58, 60, "higher", 5)`) into host-neutral arguments, so that
 * tests can start from a call the formula's author documented as valid and change one thing.
 * Array constants (`{1,2;3,4}`), numbers, text in quotes, TRUE/FALSE and empty arguments are read
 * as Excel reads them; a cell reference (`B2:B200`) becomes a column of 24 ordinary values.
 */
import { Argument, Cell } from "./arbitraries";

/** The example's arguments, and whether it used cell references (then its values are stand-ins). */
export interface ParsedExample {
  args: Argument[];
  usesReferences: boolean;
}

/** Splits text at commas (or `separator`) that are outside quotes and braces. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === "{") depth += 1;
    else if (!quoted && character === "}") depth -= 1;
    if (!quoted && depth === 0 && character === separator) {
      parts.push(current);
      current = "";
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts;
}

function cellOf(token: string): Cell {
  const text = token.trim();
  if (text === "") return { kind: "blank" };
  if (/^".*"$/.test(text)) return { kind: "text", value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "boolean", value: text.toUpperCase() === "TRUE" };
  const value = Number(text);
  if (text !== "" && Number.isFinite(value)) return { kind: "number", value };
  throw new Error(`cannot read ${token} in an example`);
}

/** A stand-in for a cell reference: 24 ordinary, rising, untied values in a column. */
const REFERENCE_STAND_IN: Cell[][] = Array.from({ length: 24 }, (_, i) => [{ kind: "number", value: 20 + i * 1.5 + (i % 3) }]);

/**
 * Reads an example formula's arguments.
 *
 * @example
 * parseExample('=KPI.RAG(58, {60;61}, "higher")').args.length; // => 3
 */
export function parseExample(formula: string): ParsedExample {
  const match = /^=KPI\.[A-Z]+\((.*)\)$/s.exec(formula.trim());
  if (match === null) throw new Error(`not a KPI formula: ${formula}`);
  let usesReferences = false;
  const args = match[1].trim() === "" ? [] : splitTopLevel(match[1], ",").map((part): Argument => {
    const text = part.trim();
    if (text === "") return { kind: "omitted" };
    if (text.startsWith("{")) {
      const rows = splitTopLevel(text.slice(1, -1), ";").map((row) => splitTopLevel(row, ",").map(cellOf));
      return { kind: "cells", rows };
    }
    if (/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(text)) {
      usesReferences = true;
      return { kind: "cells", rows: REFERENCE_STAND_IN };
    }
    return { kind: "cells", rows: [[cellOf(text)]] };
  });
  return { args, usesReferences };
}
