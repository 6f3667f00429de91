/**
 * What is wrong with a block of cells offered as a table, one message for each mistake, each with
 * its fix: an empty range, a single cell, a header row alone, a table with no header row,
 * duplicate KPI names (often a peer table used as the KPI table), a council column that holds
 * categories (often the KPI table used as peers), and a text column marked as values. Pure
 * functions (no DOM, no host).
 */
import { looksLikePeriod } from "../../../core/values/periods";
import { Cell } from "../../host";
import { LayoutError } from "../../shared/errors";
import { KpiRecord } from "../../shared/pane-inputs";
import { firstRowOf, headerText, isEmpty, numericShare, roleFromHeader, textOf } from "./table-shape";

/** Which table the block was offered as, in the words of the messages. */
export type TableKind = "KPI" | "peer";

/** The filled cells of a block, with where they are. */
function filledCells(values: readonly (readonly Cell[])[]): { row: number; column: number; cell: Cell }[] {
  return values.flatMap((row, r) => row.flatMap((cell, c) => (isEmpty(cell) ? [] : [{ row: r, column: c, cell }])));
}

/** A few cells as a message quotes them: "KPI", "Q1 2023/24", 48. */
function quoteCells(cells: readonly Cell[], most = 3): string {
  const shown = cells.slice(0, most).map((cell) => (typeof cell === "string" ? `"${cell.trim()}"` : String(cell)));
  return cells.length > most ? `${shown.join(", ")}...` : shown.join(", ");
}

/** True for a header cell that is a figure and not a period (48, "51", but not 2023). */
function isFigureNotPeriod(cell: Cell): boolean {
  if (looksLikePeriod(cell)) return false;
  if (typeof cell === "number") return Number.isFinite(cell);
  return typeof cell === "string" && /^\s*[-+]?[£]?\d[\d,]*(\.\d+)?\s*%?\s*$/.test(cell);
}

/** How to select a table of this kind, for the fixes. */
function howToSelect(kind: TableKind): string {
  return kind === "KPI"
    ? "Select your KPI table from its header row (KPI names, then the periods) down to its last KPI, or click one cell inside it, then press Use selected range again."
    : "Select the peer table from its header row (Council, then the periods) down to its last council, or click one cell inside it, then press Use selected range as peers again.";
}

/**
 * What is wrong with the shape of a block before any column is read: nothing in it, one cell, a
 * header row alone, or a first row of figures rather than headings; undefined when none of these.
 *
 * @example
 * blockProblem([[null, null], [null, ""]], "A1:B2", "KPI")?.message;
 * // => "The selected range (A1:B2) is empty."
 * blockProblem([["KPI", "Q1 2023/24"]], "A1:B1", "KPI")?.message;
 * // => 'Only a header row was found ("KPI", "Q1 2023/24"): there are no KPIs below it.'
 */
export function blockProblem(values: readonly (readonly Cell[])[], address: string | undefined, kind: TableKind): LayoutError | undefined {
  const filled = filledCells(values);
  const where = address ? ` (${address})` : "";
  if (filled.length === 0) return new LayoutError(`The selected range${where} is empty.`, howToSelect(kind));
  if (filled.length === 1) {
    return new LayoutError(
      `Only one cell holds anything here${where}: ${quoteCells([filled[0].cell])}, so there is no table to read.`,
      `${howToSelect(kind)} A single selected cell widens to the table around it only when the table touches it.`,
    );
  }
  const headerRow = values.findIndex((row) => row.filter((cell) => !isEmpty(cell)).length >= 2);
  if (headerRow < 0) {
    return new LayoutError(`There is no table here${where}: no row has headings in two or more columns.`, howToSelect(kind));
  }
  const header = values[headerRow];
  const figures = header.filter((cell) => !isEmpty(cell) && isFigureNotPeriod(cell));
  if (figures.length > 0) {
    return new LayoutError(
      `The first row of the table holds figures (${quoteCells(figures)}), not headings, so its columns cannot be named.`,
      kind === "KPI"
        ? "Add a header row above the KPIs: KPI in the first column, then the period of each column (such as 2022/23 or Q1 2024/25), and select it with the table."
        : "Add a header row above the councils: Council in the first column, then the period of each column, and select it with the table.",
    );
  }
  const below = values.slice(headerRow + 1);
  if (below.length === 0 || below[0].every(isEmpty)) {
    const what = kind === "KPI" ? "no KPIs" : "no councils";
    return new LayoutError(
      `Only a header row was found (${quoteCells(header.filter((cell) => !isEmpty(cell)))}): there are ${what} below it.`,
      kind === "KPI" ? "Select the header row together with the rows of KPIs under it." : "Select the header row together with the rows of councils under it.",
    );
  }
  return undefined;
}

/**
 * Two or more KPIs with the same name (a KPI table has one row per KPI): the first name repeated,
 * with its rows, and whether the table looks like a peer table (it has a council column).
 *
 * @example
 * duplicateNames([{ name: "Recycling", row: 1 }, { name: "recycling", row: 2 }] as KpiRecord[], [["KPI", "2023"]], "A1:B3")?.message;
 * // => 'Two rows have the same KPI name, "Recycling" (rows 2 and 3), so their cards and settings would be mixed up.'
 */
export function duplicateNames(records: readonly KpiRecord[], values: readonly (readonly Cell[])[], address: string, headerRow = 0): LayoutError | undefined {
  const rowsByName = new Map<string, number[]>();
  for (const record of records) {
    const key = record.name.trim().toLowerCase();
    rowsByName.set(key, [...(rowsByName.get(key) ?? []), record.row]);
  }
  const repeated = Array.from(rowsByName.entries()).filter(([, rows]) => rows.length > 1);
  if (repeated.length === 0) return undefined;
  const [key, rows] = repeated[0];
  const name = records.find((record) => record.name.trim().toLowerCase() === key)?.name ?? key;
  const start = firstRowOf(address);
  const sheetRows = rows.map((row) => row + start);
  const listed = sheetRows.length === 2 ? `${sheetRows[0]} and ${sheetRows[1]}` : `${sheetRows.slice(0, 3).join(", ")}${sheetRows.length > 3 ? "..." : ""}`;
  const count = rows.length === 2 ? "Two rows have" : `${rows.length} rows have`;
  const more = repeated.length > 1 ? ` ${repeated.length - 1} other name${repeated.length === 2 ? " is" : "s are"} repeated too.` : "";
  const peerLike = (values[headerRow] ?? []).some((cell) => roleFromHeader(cell) === "council");
  return new LayoutError(
    `${count} the same KPI name, "${name}" (rows ${listed}), so their cards and settings would be mixed up.${more}`,
    peerLike
      ? "This looks like a peer table (a row for each council): use it under Peers (optional) below, and select your own KPI table here, with one row per KPI."
      : "Give each KPI its own name (add the service or the measure's code), or use a table with one row per KPI.",
  );
}

/** Header words of a KPI table's own columns: a council column headed so holds something else. */
const KPI_TABLE_ROLES = new Set(["category", "owner", "polarity", "unit", "target", "tolerance", "name"]);

/**
 * A council column that holds categories, not councils: headed as a KPI table's column (Category,
 * Owner...), or with the same few values repeated while each KPI has only one "council".
 *
 * @example
 * councilColumnProblem([["KPI", "Category", "2023"], ["A", "Equity", 1], ["B", "Equity", 2]], 1, 0, 3, 0)?.message;
 * // => 'The column taken for the council names, "Category", holds categories ("Equity"), not councils.'
 */
export function councilColumnProblem(values: readonly (readonly Cell[])[], council: number, headerRow: number, endRow: number, kpi: number): LayoutError | undefined {
  const header = values[headerRow]?.[council] ?? null;
  const names = values.slice(headerRow + 1, endRow).map((row) => textOf(row[council])).filter((name) => name !== "");
  const distinct = Array.from(new Set(names));
  const headedOtherwise = KPI_TABLE_ROLES.has(roleFromHeader(header) ?? "");
  const kpis = kpi < 0 ? [] : values.slice(headerRow + 1, endRow).map((row) => textOf(row[kpi]));
  const oneCouncilEach = kpi >= 0 && new Set(kpis).size === kpis.length && distinct.length < names.length;
  if (!headedOtherwise && !oneCouncilEach) return undefined;
  const title = headerText(header) ? `"${String(header).trim()}"` : `column ${council + 1}`;
  return new LayoutError(
    `The column taken for the council names, ${title}, holds categories (${quoteCells(distinct)}), not councils.`,
    "This looks like a KPI table: use it as the KPI table (Use selected range, above). For peers, select a table with a Council column, councils down and periods across, or mark the column that holds the council names as Council under Check the columns of the peer table.",
  );
}

/**
 * A column marked as values that holds text, not figures: a period column (wide layout) with no
 * figure whose header is not a period, or the Value column (long layout) with no figure. A period
 * column of notes ("tbc", "n/a") under a period heading is a period with gaps, not a mistake.
 *
 * @example
 * textColumnAsValues([["KPI", "Owner", "2023"], ["A", "Waste", 1]], ["name", "period", "period"], 0, 2);
 * // => 'The column "Owner" is marked as values, but it holds text ("Waste"), not figures. Mark it as what it holds (Owner, Category...) or Not used.'
 */
export function textColumnAsValues(values: readonly (readonly Cell[])[], roles: readonly string[], headerRow: number, endRow: number): string | undefined {
  for (let c = 0; c < roles.length; c++) {
    if (roles[c] !== "period" && roles[c] !== "value") continue;
    const header = values[headerRow]?.[c] ?? null;
    if (numericShare(values, c, headerRow + 1, endRow) > 0) continue;
    if (roles[c] === "period" && looksLikePeriod(header)) continue;
    const texts = values.slice(headerRow + 1, endRow).map((row) => row[c] ?? null).filter((cell) => !isEmpty(cell));
    if (texts.length === 0 && roles[c] === "period") continue;
    const title = headerText(header) ? `"${String(header).trim()}"` : `${c + 1}`;
    return `The column ${title} is marked as values, but it holds text${texts.length ? ` (${quoteCells(Array.from(new Set(texts)), 2)})` : ""}, not figures. Mark it as what it holds (Owner, Category...) or Not used.`;
  }
  return undefined;
}
