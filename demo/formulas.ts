/**
 * The demo workbook's formula engine: a small spreadsheet evaluator for the formulas the report's
 * summary writes (COUNTIF, COUNTIFS, COUNTA, SUMPRODUCT, LEFT, IFERROR, ranges like `$H$5:$H$40`
 * on the same sheet or on `'Name'!`, string literals, `=`, `<>`, `*`, `/` and `--`), so the demo
 * shows each count as Excel or Sheets would, and the tests recompute every count over the
 * report's own cells. Written from the documented behaviour, independently of the summary's code:
 *
 * - COUNTIF's criteria: text compared without regard to case; `*` any run of characters, `?` one
 *   character, `~` before either (or before `~`) for the character itself; a leading `<>` counts
 *   cells not equal (blank cells included), a leading `=` cells equal, and `=` alone blank cells
 *   (Microsoft, WorksheetFunction.CountIf and CountIfs, "Remarks"; Google Sheets Help, COUNTIF).
 * - `=` and `<>` between text compare without regard to case, and a blank cell equals "".
 */
import type { Cell } from "../panel/host";

type Value = number | string | null | Value[];

/** 0-based column of A1 letters. */
function columnOf(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** Whether a cell meets a COUNTIF criterion. */
export function meetsCriterion(cell: Cell, criterion: string): boolean {
  let operator = "";
  let pattern = criterion;
  if (criterion.startsWith("<>")) [operator, pattern] = ["<>", criterion.slice(2)];
  else if (criterion.startsWith("=")) [operator, pattern] = ["=", criterion.slice(1)];
  const blank = cell === null || cell === "";
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const character = pattern[i];
    if (character === "~" && i + 1 < pattern.length && "*?~".includes(pattern[i + 1])) {
      source += `\\${pattern[++i]}`.replace("\\~", "~");
    } else if (character === "*") source += "[\\s\\S]*";
    else if (character === "?") source += "[\\s\\S]";
    else source += character.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  const matches = (text: string) => new RegExp(`^${source}$`, "iu").test(text);
  if (pattern === "") return operator === "<>" ? !blank : blank;
  const equal = !blank && matches(String(cell));
  return operator === "<>" ? !equal : equal;
}

/** The cells of a sheet by its name (null: the sheet the formula is on), row 1 first. */
export type SheetCells = (sheet: string | null) => readonly (readonly Cell[])[];

/**
 * The value of `formula` (with or without its leading `=`) over the workbook's cells.
 *
 * @throws {Error} naming the part it cannot read (a function or reference it does not know)
 * @example
 * evaluateFormula('=COUNTIF($A$1:$A$3,"g*")', () => [["Green"], ["Red"], ["green"]]); // => 2
 */
export function evaluateFormula(formula: string, cellsOf: SheetCells): number {
  let at = formula.startsWith("=") ? 1 : 0;
  const text = formula;
  const peek = (pattern: RegExp) => pattern.exec(text.slice(at));
  const take = (pattern: RegExp): RegExpExecArray => {
    const match = peek(pattern);
    if (match === null) throw new Error(`Cannot read "${text.slice(at)}" in ${text}`);
    at += match[0].length;
    return match;
  };
  const range = (): Value[] => {
    const [, sheet, first, top, last, bottom] = take(/^(?:'((?:[^']|'')*)'!)?\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)/);
    const rows = cellsOf(sheet === undefined ? null : sheet.replace(/''/g, "'"));
    const column = columnOf(first);
    if (columnOf(last) !== column) throw new Error("only one-column ranges are used");
    const cells: Value[] = [];
    for (let r = Number(top); r <= Number(bottom); r++) {
      const cell = rows[r - 1]?.[column] ?? null;
      cells.push(typeof cell === "boolean" ? String(cell).toUpperCase() : cell);
    }
    return cells;
  };
  const compare = (a: Value, b: Value, equal: boolean): number => {
    const norm = (v: Value) => (v === null ? "" : String(v).toLowerCase());
    return (norm(a) === norm(b)) === equal ? 1 : 0;
  };
  const pairwise = (a: Value, b: Value, f: (x: Value, y: Value) => Value): Value => {
    if (Array.isArray(a) && Array.isArray(b)) return a.map((x, i) => f(x, b[i]));
    if (Array.isArray(a)) return a.map((x) => f(x, b));
    if (Array.isArray(b)) return b.map((y) => f(a, y));
    return f(a, b);
  };
  const args = (): Value[] => {
    take(/^\(/);
    const list: Value[] = [expression()];
    while (peek(/^,/)) {
      take(/^,/);
      list.push(expression());
    }
    take(/^\)/);
    return list;
  };
  const call = (name: string): Value => {
    const list = args();
    switch (name) {
      case "COUNTIF":
      case "COUNTIFS": {
        const ranges = list.filter((_, i) => i % 2 === 0) as Value[][];
        const criteria = list.filter((_, i) => i % 2 === 1) as string[];
        return ranges[0].filter((_, r) => ranges.every((cells, k) => meetsCriterion(cells[r] as Cell, criteria[k]))).length;
      }
      case "COUNTA":
        return (list[0] as Value[]).filter((cell) => cell !== null && cell !== "").length;
      case "LEFT":
        return (list[0] as Value[]).map((cell) => (cell === null ? "" : String(cell).slice(0, list[1] as number)));
      case "SUMPRODUCT":
        return (list[0] as Value[]).reduce((sum: number, v) => sum + Number(v), 0);
      case "IFERROR":
        return Number.isFinite(list[0] as number) ? list[0] : list[1];
      default:
        throw new Error(`no function ${name}`);
    }
  };
  const primary = (): Value => {
    if (peek(/^--/)) {
      take(/^--/);
      return pairwise(primary(), 0, (x) => Number(x));
    }
    if (peek(/^"/)) return take(/^"((?:[^"]|"")*)"/)[1].replace(/""/g, '"');
    if (peek(/^\d+(\.\d+)?/)) return Number(take(/^\d+(\.\d+)?/)[0]);
    if (peek(/^\(/)) {
      take(/^\(/);
      const value = expression();
      take(/^\)/);
      return value;
    }
    if (peek(/^[A-Z]+\(/)) return call(take(/^([A-Z]+)(?=\()/)[1]);
    return range();
  };
  const product = (): Value => {
    let value = primary();
    while (peek(/^[*/]/)) {
      const operator = take(/^[*/]/)[0];
      const right = primary();
      value = pairwise(value, right, (x, y) => (operator === "*" ? Number(x) * Number(y) : Number(x) / Number(y)));
    }
    return value;
  };
  const expression = (): Value => {
    const left = product();
    if (peek(/^(<>|=)/)) {
      const operator = take(/^(<>|=)/)[0];
      const right = product();
      return pairwise(left, right, (x, y) => compare(x, y, operator === "="));
    }
    return left;
  };
  const result = expression();
  if (at !== text.length) throw new Error(`Unread "${text.slice(at)}" in ${text}`);
  return result as number;
}
