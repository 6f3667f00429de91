/**
 * The shape of a table in a block of cells, shared by the KPI and the peer table: where the header
 * row is, what a header names, and how numeric a column is. Cells are read with core's readers.
 * Pure functions (no DOM, no host).
 */
import { isMissingCell, parseNumericText } from "../../../core/values";
import { looksLikePeriod } from "../../../core/values/periods";
import { Cell } from "../../host";

/** Where a table sits in a block of cells and what each of its columns holds. */
export interface TableMapping<Role extends string> {
  /** Index (0-based, in the block) of the header row. */
  headerRow: number;
  /** Index after the table's last row (the first blank row after the header, or the block's end). */
  endRow: number;
  /** One role per column of the block. */
  roles: Role[];
}

/** What a header can name: a column of a KPI table, or a peer table's council or KPI column. */
export type HeaderRole = "name" | "periodLabel" | "value" | "polarity" | "target" | "tolerance" | "unit" | "category" | "owner" | "council" | "kpi" | "commentary"
  | CountHeaderRole;

/**
 * Headers of counts, costs and what a Fingertips download carries (docs/DESIGN.md, "Counts, costs
 * and comparators"). The download's columns are Fingertips' own (fingertips-open,
 * PholioVisualisationWS/Export/FileBuilder/Writers/CsvBuilderIndicatorDataHeaderWriter.cs).
 */
export type CountHeaderRole =
  | "numerator" | "denominator" | "cost" | "deflator"
  | "areaCode" | "indicatorId" | "areaType" | "sex" | "age" | "categoryType"
  | "lower95" | "upper95" | "lower998" | "upper998" | "comparedTo";

/** Header words of counts, costs and a Fingertips download: whole headers only, tried before the others. */
const COUNT_HEADER_PATTERNS: readonly [CountHeaderRole, RegExp][] = [
  ["indicatorId", /^(indicator id|indicator_id|indicatorid|kpi id|kpi code|indicator code)$/],
  ["areaCode", /^(area code|area_code|areacode|ons code|gss code|la code|council code|authority code)$/],
  ["areaType", /^(area type|area_type|areatype)$/],
  ["categoryType", /^(category type|category_type)$/],
  ["sex", /^(sex|gender)$/],
  ["age", /^(age|age group|age band)$/],
  ["lower95", /^(lower ci 95(\.0)? limit|lower 95% (ci|limit|confidence limit)|lower ci|lci|lower confidence limit)$/],
  ["upper95", /^(upper ci 95(\.0)? limit|upper 95% (ci|limit|confidence limit)|upper ci|uci|upper confidence limit)$/],
  ["lower998", /^(lower ci 99\.8 limit|lower 99\.8% (ci|limit|confidence limit))$/],
  ["upper998", /^(upper ci 99\.8 limit|upper 99\.8% (ci|limit|confidence limit))$/],
  ["comparedTo", /^(compared to england( value or percentiles)?|compared_to_england|compared with england)$/],
  ["numerator", /^(numerator|numerators|count|counts|events|number of events|observed)$/],
  ["denominator", /^(denominator|denominators|population|base population)$/],
  ["cost", /^(cost|costs|spend|spending|expenditure|net cost|gross cost|total cost|net expenditure|gross expenditure|net current expenditure)$/],
  ["deflator", /^(deflator|deflators|gdp deflator|price index)$/],
];

/** Header words for each role, tried in order (first match wins). */
const HEADER_PATTERNS: readonly [HeaderRole, RegExp][] = [
  ...COUNT_HEADER_PATTERNS,
  ["polarity", /^(polarity|good direction|direction of good|better is|good is|higher or lower|high or low|higher is better\??|is higher better\??)\b/],
  ["tolerance", /^(tolerance|amber (threshold|band|tolerance)|threshold)\b/],
  ["target", /^(target|goal|aim)\b/],
  ["unit", /^(units?|unit of measure|measure unit|measured in)\b/],
  ["category", /^(category|categories|theme|domain|fabric|priority|outcome|type)\b/],
  // Before the owner: "Officer comments" is commentary, "Responsible officer" an owner.
  ["commentary", /^(commentary|comments?|officer comments?|officer commentary|updates?|progress updates?|latest update|actions?|corrective actions?|remedial actions?|management (?:actions?|comments?)|notes?)\b/],
  ["owner", /^(owner|kpi owner|lead|responsible|accountable|officer|service lead|service|directorate|department)\b/],
  ["council", /^(council|local authority|authority|la|area|area name|organisation|organization|peer|comparator)\b/],
  ["periodLabel", /^(period|time period|year|financial year|quarter|month|date|reporting period)$/],
  ["value", /^(value|values|actual|actuals|result|outturn|performance|score|figure|data)$/],
  ["name", /^(kpi|kpis|indicator|indicators|measure|measures|metric|metrics|pi|name|kpi name|indicator name|measure name|description|title|kpi description)\b/],
];

/** The text of a header cell, trimmed and in lower case. */
export function headerText(cell: Cell): string {
  if (cell === null) return "";
  return String(cell).trim().replace(/\s+/g, " ").toLowerCase();
}

export function isEmpty(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function isBlankRow(row: readonly Cell[] | undefined): boolean {
  return row === undefined || row.every(isEmpty);
}

/** True when a cell reads as a number, as core's cell readers read it (a data cell of a period column). */
function isNumberLike(cell: Cell): boolean {
  if (typeof cell === "number") return Number.isFinite(cell);
  return typeof cell === "string" && parseNumericText(cell) !== undefined;
}

/** The role a header names, if it names one. */
export function roleFromHeader(cell: Cell): HeaderRole | undefined {
  const text = headerText(cell);
  if (text === "") return undefined;
  for (const [role, pattern] of HEADER_PATTERNS) if (pattern.test(text)) return role;
  return undefined;
}

/** The header row: the first row with at least two filled cells; the table runs to the first blank row. */
export function findTable(values: readonly (readonly Cell[])[]): { headerRow: number; endRow: number } | undefined {
  const headerRow = values.findIndex((row) => row.filter((cell) => !isEmpty(cell)).length >= 2);
  if (headerRow < 0) return undefined;
  let endRow = headerRow + 1;
  while (endRow < values.length && !isBlankRow(values[endRow])) endRow++;
  if (endRow === headerRow + 1) return undefined;
  return { headerRow, endRow };
}

/** Share of a column's body cells that are numbers or missing markers (and at least one number). */
export function numericShare(values: readonly (readonly Cell[])[], column: number, from: number, to: number): number {
  let numbers = 0;
  let fitting = 0;
  for (let r = from; r < to; r++) {
    const cell = values[r][column] ?? null;
    if (isNumberLike(cell)) {
      numbers++;
      fitting++;
    } else if (isMissingCell(cell)) fitting++;
  }
  return numbers === 0 ? 0 : fitting / Math.max(1, to - from);
}

/**
 * The columns that hold periods: headed as a period with at least one figure below, and also, when
 * the table has such columns, those headed as a period whose every cell is a gap or a note
 * ("tbc", "n/a"), so a period with no figures keeps its place.
 *
 * @example
 * periodColumnsOf([["KPI", "Q1 2023/24", "Q2 2023/24"], ["Calls", "85%", "tbc"]], 0, 2); // => Set {1, 2}
 */
export function periodColumnsOf(values: readonly (readonly Cell[])[], headerRow: number, endRow: number): Set<number> {
  const header = values[headerRow] ?? [];
  const withFigures = new Set<number>();
  const withoutFigures: number[] = [];
  header.forEach((cell, c) => {
    if (!looksLikePeriod(cell)) return;
    if (numericShare(values, c, headerRow + 1, endRow) > 0) withFigures.add(c);
    else withoutFigures.push(c);
  });
  if (withFigures.size > 0) for (const c of withoutFigures) withFigures.add(c);
  return withFigures;
}

export function widthOf(values: readonly (readonly Cell[])[]): number {
  return values.reduce((width, row) => Math.max(width, row.length), 0);
}

/** A period label as text: headers may be numbers (2023) or text. */
export function periodLabel(cell: Cell): string {
  if (cell === null) return "";
  return String(cell).trim();
}

/** A cell as trimmed text ("" when empty). */
export function textOf(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/**
 * The sheet's row number of the first row of a block, from its address (`B5:H40` is row 5;
 * `Sheet1!A1:C3` and `$A$3` too), or 1 when the address has none.
 *
 * @example
 * firstRowOf("B5:H40"); // => 5
 */
export function firstRowOf(address: string): number {
  const match = /^\$?[A-Z]+\$?(\d+)/i.exec(address.slice(address.lastIndexOf("!") + 1));
  return match === null ? 1 : Number(match[1]);
}
