/**
 * fast-check generators for what a council workbook can hand a formula: numbers, numeric text,
 * junk text, blanks, booleans (checkboxes), dates, date-times and durations, error values, NaN,
 * Infinity, 1e300 and 1e-300, in single cells, rows, columns, blocks, empty ranges and 10,000-row
 * ranges.
 *
 * Arguments are generated host-neutrally (a `Cell` says what the cell holds) and then rendered the
 * way each host really passes them:
 * - Excel (on the web, and current desktop builds) hands every argument over as a 2-D array, with
 *   `null` for an empty cell (office-js issues 4702 and 5262: older desktop builds passed 0), the
 *   serial number for a date or duration, and, since functions.json sets
 *   `allowErrorForDataTypeAny`, an object for an error cell: a `CustomFunctions.Error` with its
 *   code, or a data-type error value (`Excel.ErrorCellValue`: type "Error", errorType, basicValue);
 * - Sheets hands a single cell over as a plain value, an empty cell as `""`, an omitted argument
 *   as `undefined`, a date, date-time or duration as a JavaScript Date ("Custom Functions in
 *   Google Sheets", Data types) made from the cell's date and time in the script's time zone (this
 *   process's), and an error cell as its text;
 * - both hand a checkbox over as TRUE or FALSE.
 *
 * Generators are written against `ParameterSpec` (its `kind`, `optional`, name and help text), not
 * against any one formula, so every formula added to the catalogue is covered without new code.
 */
import fc from "fast-check";
import type { ParameterSpec } from "../../core/functions";
import { seededRandom } from "../../core/seeded-random";
import { StandInCustomFunctionsError } from "../helpers/bundles";

/**
 * What one cell holds, independent of the host. A date, date-time or duration is its serial
 * number (days since 30 December 1899, the time as a fraction). An error says which of Excel's
 * forms carries it (`form`: 0 a CustomFunctions.Error, 1 an ErrorCellValue with its text, 2 one
 * with its errorType only); Sheets passes the text whatever the form.
 */
export type Cell =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "blank" }
  | { kind: "boolean"; value: boolean }
  | { kind: "date"; serial: number }
  | { kind: "error"; code: string; form?: number };

/** One argument: left out, or a block of cells (a single cell is a 1x1 block). */
export type Argument = { kind: "omitted" } | { kind: "cells"; rows: Cell[][] } | { kind: "raw"; value: unknown };

const number = (value: number): Cell => ({ kind: "number", value });
const text = (value: string): Cell => ({ kind: "text", value });
const BLANK: Cell = { kind: "blank" };

/** Numbers at the edges of what a double can hold, and the values hosts should never send but might. */
export const EXTREME_NUMBERS: readonly number[] = [
  0,
  -0,
  1e300,
  -1e300,
  1e-300,
  -1e-300,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  NaN,
  Infinity,
  -Infinity,
];

/** Numbers stored as text, as councils type them and as exports write them. */
export const NUMERIC_TEXT: readonly string[] = [
  "1,234",
  "45%",
  "£2.50",
  " 12 ",
  "-3",
  "+7",
  "0.5",
  ".5",
  "12.",
  "1e3",
  "1,234.5",
  "£1,000",
  "-45.5%",
  "100%",
  "0",
  "1e300",
  "1e-300",
  "1e400",
];

/** Text that is not a number: missing-value markers, notes, formulas, markup, other scripts. */
export const JUNK_TEXT: readonly string[] = [
  "n/a",
  "N/A",
  "na",
  "-",
  "..",
  "x",
  "*",
  ":",
  "c",
  "",
  " ",
  "tbc",
  "TBC - awaiting data",
  "Q1 2024/25",
  "12 34",
  "1.2.3",
  "£",
  "%",
  "=A1+1",
  "<script>alert(1)</script>",
  "½",
  "١٢٣",
  "📈",
  "higher",
  "TRUE",
  "NaN",
  "Infinity",
  "null",
  "undefined",
  "x".repeat(300),
];

/** Spreadsheet error values (Sheets passes them as text; Excel, when allowed, as error objects). */
export const ERROR_CODES: readonly string[] = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#ERROR!"];

/** Excel.ErrorCellValueType of each error code (Sheets' #ERROR! has no Excel twin: Excel shows #VALUE!). */
const EXCEL_ERROR_TYPES: Readonly<Record<string, string>> = {
  "#N/A": "NotAvailable",
  "#DIV/0!": "Div0",
  "#VALUE!": "Value",
  "#REF!": "Ref",
  "#NAME?": "Name",
  "#NUM!": "Num",
  "#NULL!": "Null",
};

/** Serial number of 1 January 2000 (36526 days after 30 December 1899). */
const SERIAL_2000 = 36526;

/**
 * A serial number from whole days and minutes, divided once: the double the spreadsheet holds,
 * and the one Excel passes.
 */
function serialOf(days: number, minutes: number): number {
  return (days * 1440 + minutes) / 1440;
}

/**
 * A date between 2000 and 2030: at midnight, or with an afternoon time (12:00 to 18:59, never in
 * the small hours, when clocks change, so that every generated date exists on the clock in this
 * process's time zone).
 */
function dateCellFrom(random: () => number): Cell {
  const days = SERIAL_2000 + Math.floor(random() * 11000);
  const minutes = random() < 0.5 ? 0 : 12 * 60 + Math.floor(random() * 7 * 60);
  return { kind: "date", serial: serialOf(days, minutes) };
}

/** A duration: 0:30, or up to 90 days in minutes, near the 1899 epoch. */
function durationCellFrom(random: () => number): Cell {
  if (random() < 0.1) return { kind: "date", serial: serialOf(0, 30) };
  return { kind: "date", serial: serialOf(0, Math.floor(random() * 90 * 1440)) };
}

/** An error cell in one of Excel's forms. */
function errorCellFrom(random: () => number, code: string): Cell {
  return { kind: "error", code, form: Math.floor(random() * 3) };
}

/**
 * Cells are drawn from a seed that fast-check generates (with core's mulberry32), rather than one
 * fast-check arbitrary per cell: generation then costs microseconds per range, which is what lets
 * one run afford 100,000 calls. fast-check still shrinks the seed, the shape and the profile of a
 * failing case.
 */
export const randomSource = seededRandom;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const STRING_CHARACTERS: readonly string[] = [..."abcXYZ019 .,-+%£$€#/*:?!'\"()=<>&\t\n½é中😀"];

/** Any cell at all, every category about equally likely. */
export function anyCellFrom(random: () => number): Cell {
  switch (Math.floor(random() * 11)) {
    case 0:
      return number((random() - 0.5) * 2e6);
    case 1:
      return number(Math.floor(random() * 2001) - 1000);
    case 2:
      return number(pick(random, EXTREME_NUMBERS));
    case 3:
      return text(pick(random, NUMERIC_TEXT));
    case 4:
      return text(pick(random, JUNK_TEXT));
    case 5: {
      const length = Math.floor(random() * 12);
      let value = "";
      for (let i = 0; i < length; i++) value += pick(random, STRING_CHARACTERS);
      return text(value);
    }
    case 6:
      return BLANK;
    case 7:
      return { kind: "boolean", value: random() < 0.5 };
    case 8:
      return dateCellFrom(random);
    case 9:
      return durationCellFrom(random);
    default:
      return errorCellFrom(random, pick(random, ERROR_CODES));
  }
}

/** A KPI-like cell: mostly ordinary numbers, with the gaps and markers real returns carry. */
export function kpiCellFrom(random: () => number): Cell {
  const roll = random();
  if (roll < 0.55) return number(Math.round((random() * 101000 - 1000) * 1000) / 1000);
  if (roll < 0.82) return number(Math.floor(random() * 501));
  if (roll < 0.91) return BLANK;
  if (roll < 0.96) return text(pick(random, ["n/a", "-", "..", "x", "c", "45%", "1,234", "£2.50"]));
  return errorCellFrom(random, pick(random, ERROR_CODES));
}

/**
 * How the cells of one generated range are drawn: the degenerate profiles are deliberate; `dates`,
 * `durations` and `checkboxes` are the columns Sheets hands over as Dates and both hosts as
 * TRUE/FALSE.
 */
export type Profile = "kpi" | "chaos" | "constant" | "ties" | "extreme" | "blank" | "dates" | "durations" | "checkboxes";

const profile: fc.Arbitrary<Profile> = fc.oneof(
  { arbitrary: fc.constant<Profile>("kpi"), weight: 10 },
  { arbitrary: fc.constant<Profile>("chaos"), weight: 6 },
  { arbitrary: fc.constant<Profile>("constant"), weight: 2 },
  { arbitrary: fc.constant<Profile>("ties"), weight: 2 },
  { arbitrary: fc.constant<Profile>("extreme"), weight: 2 },
  { arbitrary: fc.constant<Profile>("blank"), weight: 1 },
  { arbitrary: fc.constant<Profile>("dates"), weight: 1 },
  { arbitrary: fc.constant<Profile>("durations"), weight: 1 },
  { arbitrary: fc.constant<Profile>("checkboxes"), weight: 1 },
);

/** The cell source of a profile. `constant` repeats one value (zero moving range, all ties). */
function cellSource(kind: Profile, random: () => number): () => Cell {
  switch (kind) {
    case "kpi":
      return () => kpiCellFrom(random);
    case "chaos":
      return () => anyCellFrom(random);
    case "ties":
      return () => number(1 + Math.floor(random() * 3));
    case "extreme":
      return () => (random() < 0.6 ? number(pick(random, EXTREME_NUMBERS)) : kpiCellFrom(random));
    case "blank":
      return () => pick(random, [BLANK, text("n/a"), text(""), errorCellFrom(random, "#N/A")]);
    case "dates":
      return () => (random() < 0.1 ? BLANK : dateCellFrom(random));
    case "durations":
      return () => (random() < 0.1 ? BLANK : durationCellFrom(random));
    case "checkboxes": {
      // Mostly unticked, as an exclude column is; sometimes no box is ticked at all.
      const share = random() < 0.3 ? 0 : random() * 0.3;
      return () => ({ kind: "boolean", value: random() < share });
    }
    case "constant": {
      const value = number(Math.round((random() - 0.5) * 2000 * 100) / 100);
      return () => value;
    }
  }
}

/** A range shape: rows by columns. */
export interface Shape {
  rows: number;
  columns: number;
}

/** Shapes of everyday ranges, kept small so that most cases are cheap. */
export const smallShape: fc.Arbitrary<Shape> = fc.oneof(
  { arbitrary: fc.constant({ rows: 1, columns: 1 }), weight: 5 },
  { arbitrary: fc.integer({ min: 2, max: 30 }).map((columns) => ({ rows: 1, columns })), weight: 4 },
  { arbitrary: fc.integer({ min: 2, max: 30 }).map((rows) => ({ rows, columns: 1 })), weight: 4 },
  { arbitrary: fc.record({ rows: fc.integer({ min: 2, max: 6 }), columns: fc.integer({ min: 2, max: 16 }) }), weight: 4 },
);

/** The 10,000-row shapes: one long column, or a block of 10,000 KPIs. */
export const largeShape: fc.Arbitrary<Shape> = fc.constantFrom<Shape>(
  { rows: 10000, columns: 1 },
  { rows: 10000, columns: 2 },
  { rows: 10000, columns: 12 },
);

/** Fills a shape from a cell source. */
function fill(shape: Shape, next: () => Cell): Argument {
  const rows: Cell[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const row: Cell[] = [];
    for (let c = 0; c < shape.columns; c++) row.push(next());
    rows.push(row);
  }
  return { kind: "cells", rows };
}

/** A 10,000-row range: KPI-like cells on a gentle trend, with gaps and, sometimes, one text cell. */
function largeRange(shape: Shape, seed: number): Argument {
  const random = randomSource(seed);
  const gapEvery = Math.floor(random() * 50);
  let k = 0;
  const argument = fill(shape, () => {
    k += 1;
    const base = kpiCellFrom(random);
    if (gapEvery > 0 && k % gapEvery === 0) return BLANK;
    // The trend keeps Mann-Kendall and Sen's slope away from all-tied data.
    return base.kind === "number" ? number(base.value + k * 0.01) : base;
  });
  if (random() < 0.2 && argument.kind === "cells") argument.rows[Math.floor(random() * shape.rows)][0] = text("tbc");
  return argument;
}

/** JavaScript shapes no host sends but a caller might: an empty array, an empty row, a ragged block. */
const oddRange: fc.Arbitrary<Argument> = fc.constantFrom<Argument>(
  { kind: "raw", value: [] },
  { kind: "raw", value: [[]] },
  { kind: "raw", value: [[1, 2, 3], [4]] },
  { kind: "raw", value: [1, 2, 3] },
  { kind: "raw", value: [[[1]]] },
  { kind: "raw", value: { a: 1 } },
);

/** Words and numbers a parameter's own help text offers ("higher", "MDC", 0.05...): the valid options. */
export function offeredValues(parameter: ParameterSpec): Cell[] {
  const words = [...parameter.description.matchAll(/"([^"]+)"/g)].map((match) => text(match[1]));
  const numbers = [...parameter.description.matchAll(/(?<![\w.])(-?\d+(?:\.\d+)?)(?![\w.])/g)].map((match) => number(Number(match[1])));
  return [...words, ...numbers];
}

/** Options most formulas take, whatever their name: polarity words, levels, counts, TRUE/FALSE. */
const COMMON_OPTIONS: readonly Cell[] = [
  text("higher"),
  text("lower"),
  text("neutral"),
  number(0.05),
  number(0.95),
  number(0.8),
  number(0.5),
  number(1),
  number(2),
  number(4),
  number(5),
  number(7),
  number(12),
  number(100000),
  number(0),
  number(-1),
  { kind: "boolean", value: true },
  { kind: "boolean", value: false },
];

/**
 * How one argument is made, before the call's common shape is known. Arbitraries of recipes are
 * built once per formula; the recipe is turned into cells with the shape (building arbitraries per
 * case is what makes property runs slow).
 */
type Recipe =
  | { make: "omitted" }
  | { make: "cell"; cell: Cell }
  | { make: "shaped"; profile: Profile; seed: number }
  | { make: "options"; seed: number }
  | { make: "other"; shape: Shape; profile: Profile; seed: number }
  | { make: "raw"; argument: Argument };

/** The recipes of one setting (`kind: "value"`): mostly valid options, sometimes anything, sometimes a range. */
function valueRecipe(parameter: ParameterSpec): fc.Arbitrary<Recipe> {
  const offered = offeredValues(parameter);
  const options: fc.WeightedArbitrary<Recipe>[] = [
    { arbitrary: fc.constantFrom(...COMMON_OPTIONS).map((cell): Recipe => ({ make: "cell", cell })), weight: 4 },
    { arbitrary: fc.integer().map((seed): Recipe => ({ make: "cell", cell: anyCellFrom(randomSource(seed)) })), weight: 2 },
    { arbitrary: fc.integer().map((seed): Recipe => ({ make: "options", seed })), weight: 1 },
  ];
  if (offered.length > 0) options.push({ arbitrary: fc.constantFrom(...offered).map((cell): Recipe => ({ make: "cell", cell })), weight: 5 });
  if (parameter.optional) options.push({ arbitrary: fc.constant<Recipe>({ make: "omitted" }), weight: 5 });
  return fc.oneof(...options);
}

/** The recipes of one data range (`kind: "range"`): usually the call's common shape, so ranges line up. */
function rangeRecipe(parameter: ParameterSpec): fc.Arbitrary<Recipe> {
  const options: fc.WeightedArbitrary<Recipe>[] = [
    { arbitrary: fc.record({ profile, seed: fc.integer() }).map((r): Recipe => ({ make: "shaped", ...r })), weight: 10 },
    { arbitrary: fc.record({ shape: smallShape, profile, seed: fc.integer() }).map((r): Recipe => ({ make: "other", ...r })), weight: 3 },
    {
      arbitrary: fc.record({ profile, seed: fc.integer() }).map((r): Recipe => ({ make: "other", shape: { rows: 1, columns: 1 }, ...r })),
      weight: 2,
    },
    { arbitrary: oddRange.map((argument): Recipe => ({ make: "raw", argument })), weight: 1 },
  ];
  if (parameter.optional) options.push({ arbitrary: fc.constant<Recipe>({ make: "omitted" }), weight: 5 });
  return fc.oneof(...options);
}

/** Turns a recipe into an argument for a call whose data ranges have `shape`. */
function cook(recipe: Recipe, shape: Shape, large: boolean): Argument {
  switch (recipe.make) {
    case "omitted":
      return { kind: "omitted" };
    case "cell":
      return { kind: "cells", rows: [[recipe.cell]] };
    case "options": {
      const random = randomSource(recipe.seed);
      return fill({ rows: Math.min(shape.rows, 40), columns: 1 }, () => (random() < 0.1 ? BLANK : pick(random, COMMON_OPTIONS)));
    }
    case "shaped":
      return large ? largeRange(shape, recipe.seed) : fill(shape, cellSource(recipe.profile, randomSource(recipe.seed)));
    case "other":
      return fill(recipe.shape, cellSource(recipe.profile, randomSource(recipe.seed)));
    case "raw":
      return recipe.argument;
  }
}

/** All the arguments of one call: a common shape, then one argument per parameter. */
export function callArguments(parameters: readonly ParameterSpec[]): fc.Arbitrary<Argument[]> {
  const recipes = parameters.map((parameter) => (parameter.kind === "range" ? rangeRecipe(parameter) : valueRecipe(parameter)));
  return fc.tuple(smallShape, fc.tuple(...recipes)).map(([shape, made]) => made.map((recipe) => cook(recipe, shape, false)));
}

/**
 * The arguments of one call on 10,000-row ranges: the first data range is large; each other range
 * is large too, or an ordinary range (peer values, a target column).
 */
export function largeCallArguments(parameters: readonly ParameterSpec[]): fc.Arbitrary<Argument[]> {
  const recipes = parameters.map((parameter, index) => {
    const large = fc.integer().map((seed): Recipe => ({ make: "shaped", profile: "kpi", seed }));
    if (parameter.kind !== "range") return valueRecipe(parameter);
    if (index === 0) return large;
    // Other ranges are large or, like peer values, an ordinary range of their own.
    return fc.oneof(large, rangeRecipe(parameter));
  });
  return fc.tuple(largeShape, fc.tuple(...recipes)).map(([shape, made]) => made.map((recipe) => cook(recipe, shape, true)));
}

const excelErrors = new Map<string, unknown>();

/**
 * Excel's error object for a code in one of its forms, made once (building an Error captures a
 * stack, which is slow): a CustomFunctions.Error (the loader's stand-in), or an ErrorCellValue
 * with or without its text. Sheets' #ERROR! reaches Excel as a CustomFunctions.Error only.
 */
function excelError(code: string, form = 0): unknown {
  const type = EXCEL_ERROR_TYPES[code];
  const key = `${form}${code}`;
  let error = excelErrors.get(key);
  if (error === undefined) {
    if (form === 0 || type === undefined) error = new StandInCustomFunctionsError(code, "");
    else if (form === 1) error = { type: "Error", errorType: type, basicValue: code };
    else error = { type: "Error", errorType: type };
    excelErrors.set(key, error);
  }
  return error;
}

/** Milliseconds in a day, and day 0 of serial numbers (30 December 1899) as a UTC time. */
const MS_PER_DAY = 86_400_000;
const SERIAL_DAY_ZERO_UTC = Date.UTC(1899, 11, 30);

/**
 * The Date Apps Script passes for a serial: made from the cell's calendar date and time of day in
 * the script's time zone (here this process's), as the stand-in for Google's conversion.
 */
export function sheetsDate(serial: number): Date {
  const days = Math.floor(serial);
  const minutes = Math.round((serial - days) * 1440);
  const day = new Date(SERIAL_DAY_ZERO_UTC + days * MS_PER_DAY);
  return new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 0, minutes);
}

/** A cell as Excel passes it: null for empty, the serial for a date, an error object for an error value. */
function excelCell(cell: Cell): unknown {
  switch (cell.kind) {
    case "blank":
      return null;
    case "date":
      return cell.serial;
    case "error":
      return excelError(cell.code, cell.form);
    default:
      return cell.value;
  }
}

/** A cell as Sheets passes it: "" for empty, a Date for a date or duration, the error's text for an error value. */
function sheetsCell(cell: Cell): unknown {
  switch (cell.kind) {
    case "blank":
      return "";
    case "date":
      return sheetsDate(cell.serial);
    case "error":
      return cell.code;
    default:
      return cell.value;
  }
}

/** The arguments as Excel passes them (every parameter is a matrix; omitted is null). */
export function forExcel(args: readonly Argument[]): unknown[] {
  return args.map((arg) => (arg.kind === "omitted" ? null : arg.kind === "raw" ? arg.value : arg.rows.map((row) => row.map(excelCell))));
}

/** The arguments as Sheets passes them (a single cell is a plain value; trailing omitted ones are absent). */
export function forSheets(args: readonly Argument[]): unknown[] {
  const rendered = args.map((arg) => {
    if (arg.kind === "omitted") return undefined;
    if (arg.kind === "raw") return arg.value;
    if (arg.rows.length === 1 && arg.rows[0].length === 1) return sheetsCell(arg.rows[0][0]);
    return arg.rows.map((row) => row.map(sheetsCell));
  });
  while (rendered.length > 0 && rendered[rendered.length - 1] === undefined) rendered.pop();
  return rendered;
}

/** Every text the arguments carry (to tell an echo of the input from a computed "NaN"). */
export function inputTexts(args: readonly Argument[]): string[] {
  const texts: string[] = [];
  for (const arg of args) {
    if (arg.kind === "cells") for (const row of arg.rows) for (const cell of row) if (cell.kind === "text") texts.push(cell.value);
  }
  return texts;
}
