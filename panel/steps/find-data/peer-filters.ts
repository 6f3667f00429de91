/**
 * Which rows of a peer table are peers. A Fingertips download has rows for several kinds of area
 * (Area Type), for persons, males and females, for age bands and for breakdowns (Category Type);
 * the pane keeps one of each, which the user picks where there are several, and keeps the rows for
 * the whole nation (England) as comparators, never as peers. Pure functions (no DOM, no host).
 */
import { Cell } from "../../host";
import { TableMapping, textOf } from "./table-shape";

/** The columns a peer table's rows are filtered by. */
export type FilterRole = "areaType" | "sex" | "age" | "categoryType";

export const FILTER_ROLES: readonly FilterRole[] = ["areaType", "sex", "age", "categoryType"];

/** The words for each filter, as Fingertips heads its columns. */
export const FILTER_LABELS: Readonly<Record<FilterRole, string>> = { areaType: "Area Type", sex: "Sex", age: "Age", categoryType: "Category Type" };

/** The value chosen for each filter column. */
export type PeerFilters = Partial<Record<FilterRole, string>>;

/** A filter column of the table: where it is and its values, on most rows first. */
export interface FilterColumn {
  role: FilterRole;
  column: number;
  options: string[];
}

/** ONS (GSS) codes of whole nations: England, Scotland, Wales, Northern Ireland, England and Wales, Great Britain, the United Kingdom. */
const NATIONAL_CODES = new Set(["E92000001", "S92000003", "W92000004", "N92000002", "K04000001", "K03000001", "K02000001"]);
const NATIONAL_NAMES = /^(england|scotland|wales|northern ireland|england and wales|great britain|united kingdom|uk|england average|scotland average|national average)$/i;
/** Area types of a whole nation: Fingertips "England", the Fingertips extract's "Country". */
const NATIONAL_TYPES = /^(england|country|nation|national)$/i;

/**
 * True for a row about a whole nation (England, Scotland...), by its code, name or area type.
 *
 * @example
 * isNationalRow("England", "E92000001", "England"); // => true
 * isNationalRow("Trafford", "E08000009", "UA");     // => false
 */
export function isNationalRow(name: string, code: string, areaType: string): boolean {
  return NATIONAL_CODES.has(code.trim().toUpperCase()) || NATIONAL_NAMES.test(name.trim()) || NATIONAL_TYPES.test(areaType.trim());
}

/** A row's text in a column ("" without the column). */
function textAt(row: readonly Cell[], column: number): string {
  return column < 0 ? "" : textOf(row[column] ?? null);
}

/** Whether each body row of the table is a national row. */
export function nationalRows(values: readonly (readonly Cell[])[], mapping: TableMapping<string>): boolean[] {
  const [name, code, type] = (["council", "areaCode", "areaType"] as const).map((role) => mapping.roles.indexOf(role));
  const result: boolean[] = [];
  for (let r = mapping.headerRow + 1; r < mapping.endRow; r++) result.push(isNationalRow(textAt(values[r], name), textAt(values[r], code), textAt(values[r], type)));
  return result;
}

/** The table's filter columns with their values, most rows first (a national row's Area Type is not an option). */
export function filterColumns(values: readonly (readonly Cell[])[], mapping: TableMapping<string>): FilterColumn[] {
  const national = nationalRows(values, mapping);
  return FILTER_ROLES.flatMap((role) => {
    const column = mapping.roles.indexOf(role);
    if (column < 0) return [];
    const counts = new Map<string, number>();
    for (let r = mapping.headerRow + 1; r < mapping.endRow; r++) {
      if (role === "areaType" && national[r - mapping.headerRow - 1]) continue;
      const text = textAt(values[r], column);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    const options = Array.from(counts.keys()).sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
    return [{ role, column, options }];
  });
}

/**
 * The filters in use: each column's chosen value, else its default: "Persons" for Sex, no
 * category (the whole population) for Category Type, otherwise the value on most rows.
 */
export function settledFilters(columns: readonly FilterColumn[], chosen: PeerFilters): PeerFilters {
  const settled: PeerFilters = {};
  for (const { role, options } of columns) {
    const preferred = role === "sex" ? options.find((option) => /^persons$/i.test(option)) : role === "categoryType" ? options.find((option) => option === "") : undefined;
    settled[role] = chosen[role] ?? preferred ?? options[0] ?? "";
  }
  return settled;
}

/** True when a row passes the filters; a national row passes any Area Type (it is the comparator of every kind of area). */
export function passesFilters(row: readonly Cell[], columns: readonly FilterColumn[], filters: PeerFilters, national: boolean): boolean {
  return columns.every(({ role, column }) => (role === "areaType" && national) || textAt(row, column) === (filters[role] ?? ""));
}

/** A list in words: "A", "A and B", "A, B and C". */
function inWords(items: readonly string[], last: string): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

/** A filter's value in words ("(none)" for an empty Category Type). */
export function filterValueText(value: string): string {
  return value === "" ? "(none)" : value;
}

/**
 * Why no peer passes the filters, and what to choose instead: the first filter no row has at all,
 * with the values the table has, or else the combination.
 */
export function noRowMessage(columns: readonly FilterColumn[], filters: PeerFilters): string {
  const missing = columns.find(({ role, options }) => !options.includes(filters[role] ?? ""));
  if (missing !== undefined) {
    const label = FILTER_LABELS[missing.role];
    return `No row of the peer table has ${label} "${filterValueText(filters[missing.role] ?? "")}"; its ${label} values are ${missing.options.map((option) => `"${filterValueText(option)}"`).join(", ")}. Choose one of those.`;
  }
  const choosable = columns.filter(({ options }) => options.length > 1);
  const named = choosable.length > 0 ? choosable : columns;
  return `No row of the peer table has ${inWords(named.map(({ role }) => `${FILTER_LABELS[role]} "${filterValueText(filters[role] ?? "")}"`), "and")} together: choose another ${inWords(named.map(({ role }) => FILTER_LABELS[role]), "or")}.`;
}
