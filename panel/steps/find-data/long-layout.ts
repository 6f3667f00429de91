/**
 * Reading a long KPI table (one row per KPI and period) without hiding its faults: a KPI and
 * period given on two rows is reported (which rows, which value is used) rather than silently
 * overwritten; a period no row has keeps its place as a gap when the periods lie on a regular
 * calendar (core's periods vocabulary, `readPeriodSequence`); and a KPI whose latest figure is
 * older than the table's is flagged as stale. Pure functions (no DOM, no host), no statistics.
 */
import { isMissingCell } from "../../../core/values";
import { orderPeriods, periodsBetween, readPeriodSequence } from "../../../core/values/periods";
import { Cell } from "../../host";
import { KpiRecord } from "../../shared/pane-inputs";
import { notesOfRow } from "./officer-notes";
import { isEmpty, periodLabel, textOf } from "./table-shape";

/** The columns a long table is read from (0-based; -1 when absent). */
export interface LongColumns {
  name: number;
  period: number;
  value: number;
  polarity: number;
  target: number;
  tolerance: number;
  /** The commentary columns (any number). */
  commentary: readonly number[];
}

/** The KPIs of a table, and what reading it found about the table as a whole, a sentence each. */
export interface KpiTableReading {
  records: KpiRecord[];
  /** Faults of the whole table (a period no row has), a sentence each; the KPIs' own are on their records. */
  notes: string[];
}

/** The most periods a table is filled out to: beyond it, its labels are not one run of periods. */
const MAX_FILLED_PERIODS = 1000;

/** Words joined for a sentence: "a", "a and b", "a, b and c". */
function joinWords(items: readonly string[], conjunction = "and"): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/**
 * The periods in time order with every period the table skips put back as a gap, when the labels
 * lie on one regular calendar and each gap can be written in their style; else as they are.
 *
 * @example
 * periodsWithGaps(["2018/19", "2019/20", "2021/22"]); // => { periods: ["2018/19", "2019/20", "2020/21", "2021/22"], gaps: ["2020/21"] }
 */
export function periodsWithGaps(labels: readonly string[]): { periods: string[]; gaps: string[] } {
  const ordered = orderPeriods(labels);
  const sequence = readPeriodSequence(ordered);
  const unchanged = { periods: ordered, gaps: [] };
  if (sequence === undefined || ordered.length < 2) return unchanged;
  const steps = sequence.steps as number[];
  if (steps.some((step, i) => i > 0 && step <= steps[i - 1]) || steps[steps.length - 1] - steps[0] >= MAX_FILLED_PERIODS) return unchanged;
  const periods: string[] = [ordered[0]];
  const gaps: string[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const between = periodsBetween(ordered[i - 1], ordered[i], sequence.perYear);
    if (between.length !== steps[i] - steps[i - 1] - 1) return unchanged;
    periods.push(...between, ordered[i]);
    gaps.push(...between);
  }
  return { periods, gaps };
}

/** A cell as a sentence shows it: its text, or "blank". */
function shown(cell: Cell): string {
  return isEmpty(cell) ? "blank" : textOf(cell);
}

/** One KPI's cells for one period, with every row that gave one. */
interface PeriodCells {
  rows: number[];
  cells: Cell[];
  /** Which of them is used: the first with something in it. */
  kept: number;
}

/** The sentence for a KPI and period given on more than one row. */
function duplicateNote(period: string, given: PeriodCells): string {
  const rows = joinWords(given.rows.map(String));
  const every = given.rows.length === 2 ? "both" : "all";
  const values = given.cells.map(shown);
  if (new Set(values).size === 1) return `Duplicate rows: rows ${rows} ${every} give ${period} as ${values[0]}; one is used. Delete the repeat.`;
  const others = given.rows.length === 2 ? "the other" : "the others";
  return `Duplicate rows: rows ${rows} ${every} give ${period} (${joinWords(values)}); ${values[given.kept]} from row ${given.rows[given.kept]} is used. Delete or correct ${others}.`;
}

/** True when a cell holds a figure (not blank, not a missing marker such as n/a). */
function hasFigure(cell: Cell): boolean {
  return !isEmpty(cell) && !isMissingCell(cell);
}

/**
 * The KPIs of a long table, one record each, with what reading it found: duplicate rows and a
 * stale latest figure on the KPI's record (`dataNotes`), a period no row has in the table's notes.
 *
 * A Target column gives the target of each row's period (`targets`); commentary columns give the
 * officer's notes of each row's period.
 *
 * @param body the table's rows below its header
 * @param header the table's header row, for the commentary's headings
 * @param base a record for a KPI from its first row (name, extra columns), before its values
 * @param firstRow the sheet's row number of the first row of `body`, for the sentences
 * @example
 * readLongLayout([["Recycling", "2022/23", 48], ["Recycling", "2022/23", 41]], columns, base, 2).records[0].dataNotes;
 * // => ["Duplicate rows: rows 2 and 3 both give 2022/23 (48 and 41); 48 from row 2 is used. Delete or correct the other."]
 */
export function readLongLayout(
  body: readonly (readonly Cell[])[],
  columns: LongColumns,
  header: readonly Cell[],
  base: (row: readonly Cell[], index: number) => KpiRecord,
  firstRow: number,
): KpiTableReading {
  const cell = (row: readonly Cell[], c: number): Cell => (c < 0 ? null : (row[c] ?? null));
  const labels = body.map((row) => periodLabel(cell(row, columns.period))).filter((label) => label !== "");
  const { periods, gaps } = periodsWithGaps(labels);
  const entries = new Map<string, { record: KpiRecord; byPeriod: Map<string, PeriodCells>; targets: Map<string, Cell> }>();
  body.forEach((row, i) => {
    const kpi = textOf(row[columns.name]);
    const period = periodLabel(cell(row, columns.period));
    if (kpi === "" || period === "") return;
    const key = kpi.toLowerCase();
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = { record: base(row, i), byPeriod: new Map(), targets: new Map() };
      entries.set(key, entry);
    }
    // Extra columns: the first filled cell for the KPI counts (targets are often on every row).
    const { record } = entry;
    if (record.polarity === null) record.polarity = cell(row, columns.polarity);
    if (record.target === null) record.target = cell(row, columns.target);
    if (record.tolerance === null) record.tolerance = cell(row, columns.tolerance);
    if (!isEmpty(cell(row, columns.target))) entry.targets.set(period, cell(row, columns.target));
    record.commentary?.push(...notesOfRow(row, columns.commentary, header, period));
    const value = cell(row, columns.value);
    const given = entry.byPeriod.get(period);
    if (given === undefined) {
      entry.byPeriod.set(period, { rows: [firstRow + i], cells: [value], kept: 0 });
    } else {
      given.rows.push(firstRow + i);
      given.cells.push(value);
      if (isEmpty(given.cells[given.kept]) && !isEmpty(value)) given.kept = given.cells.length - 1;
    }
  });
  const records = Array.from(entries.values(), ({ record, byPeriod, targets }) => {
    record.periods = periods;
    record.values = periods.map((period) => {
      const given = byPeriod.get(period);
      return given === undefined ? null : given.cells[given.kept];
    });
    // A Target column in a long table gives the target of each row's period.
    if (targets.size > 0) record.targets = periods.map((period) => targets.get(period) ?? null);
    const notes = record.commentary;
    if (notes !== undefined) record.commentary = periods.flatMap((period) => notes.filter((note) => note.period === period));
    record.dataNotes = [...byPeriod].filter(([, given]) => given.rows.length > 1).map(([period, given]) => duplicateNote(period, given));
    return record;
  });
  const latestOf = (record: KpiRecord) => record.values.reduce<number>((latest, value, i) => (hasFigure(value) ? i : latest), -1);
  const tableLatest = records.reduce((latest, record) => Math.max(latest, latestOf(record)), -1);
  for (const record of records) {
    const latest = latestOf(record);
    if (latest >= 0 && latest < tableLatest) record.dataNotes!.push(`Stale: last figure ${periods[latest]}, the table runs to ${periods[tableLatest]}.`);
  }
  const notes =
    gaps.length === 0
      ? []
      : [`Missing period: no row of the table has ${joinWords(gaps, "or")}; ${gaps.length === 1 ? "it is kept as a gap" : "they are kept as gaps"}, so the trend counts the time between.`];
  return { records, notes };
}
