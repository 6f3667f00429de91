/**
 * The pane's whole path on generated council tables: find the table, read the KPIs, analyse each,
 * build the report and chart sheets. Tables mix what real returns carry: a merged title above the
 * header, years, financial years, quarters and month headers, Polarity / Target / Unit columns,
 * section headings, blank and junk rows, numbers stored as text, missing markers, error values
 * and extremes. Whatever the table, the pane either says it found no table (a LayoutError with
 * a message) or gives one card per KPI, each an analysis or a problem that says what to fix,
 * and the sheets it would write hold no NaN, Infinity or "undefined". Every number cell of those
 * sheets has a number format, and read as the hosts show it with that format, no number shows more
 * than the KPI's own precision (its decimal places as read from its cells) plus one place.
 */
import fc from "fast-check";
import { analyseRecord } from "../../panel/steps/analysis/analyse-all";
import { Cell, SheetCell } from "../../panel/host";
import { LayoutError } from "../../panel/shared/errors";
import { readKpisWithSeries } from "../../panel/steps/find-data/kpi-counts";
import type { KpiMapping } from "../../panel/steps/find-data/kpi-table";

/** The records of a table with their counts and costs. */
const readKpiTable = (values: readonly (readonly Cell[])[], mapping: KpiMapping) => readKpisWithSeries(values, mapping).records;
import { detectKpiTable } from "../../panel/steps/find-data/kpi-table";
import { buildReportSheet } from "../../panel/steps/report/report-sheet";
import { buildChartSheet } from "../../panel/steps/report/chart-sheet";
import { emptySettings } from "../../panel/shared/settings";
import { EXTREME_NUMBERS, JUNK_TEXT, NUMERIC_TEXT, randomSource } from "./arbitraries";
import { NewSheetSpec } from "../../panel/host";
import { KpiRecord, readInputs } from "../../panel/shared/pane-inputs";
import { showNumber } from "../../panel/shared/figures";
import { decimalsOf } from "../../core/values/precision";
import { readUnit } from "../../core/values/units";

/** Junk text, less the words the check looks for (a cell typed "NaN" may be quoted back in a message). */
const JUNK = JUNK_TEXT.filter((text) => !/NaN|Infinity|undefined|null/.test(text));

/** Tables per run: each is a whole pass through the pane, so a few hundred cover it. */
const TABLES = 300;

const HEADER_STYLES: ((i: number) => Cell)[] = [
  (i) => 2010 + i,
  (i) => `${2010 + i}/${String(11 + i).padStart(2, "0")}`,
  (i) => `Q${(i % 4) + 1} ${2020 + Math.floor(i / 4)}/${String(21 + Math.floor(i / 4)).padStart(2, "0")}`,
  (i) => `${["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"][i % 12]}-${24 + Math.floor(i / 12)}`,
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** One value cell of a KPI row: mostly numbers, with what returns really hold. */
function valueCell(random: () => number): Cell {
  const roll = random();
  if (roll < 0.6) return Math.round((20 + random() * 60) * 10) / 10;
  if (roll < 0.7) return null;
  if (roll < 0.78) return pick(random, NUMERIC_TEXT);
  if (roll < 0.86) return pick(random, JUNK);
  if (roll < 0.9) return pick(random, ["#N/A", "#DIV/0!", "#VALUE!"]);
  if (roll < 0.95) return pick(random, EXTREME_NUMBERS.filter(Number.isFinite));
  return random() < 0.5;
}

/** A council's KPI table as it might arrive, from one seed. */
function table(seed: number): Cell[][] {
  const random = randomSource(seed);
  const periods = 2 + Math.floor(random() * 14);
  const header = pick(random, HEADER_STYLES);
  const extras = (["Polarity", "Target", "Unit", "Category", "Owner"] as const).filter(() => random() < 0.5);
  const rows: Cell[][] = [];
  if (random() < 0.4) rows.push(["Corporate performance report", ...Array.from({ length: extras.length + periods }, () => "")]);
  if (random() < 0.2) rows.push(Array.from({ length: 1 + extras.length + periods }, () => null));
  rows.push([pick(random, ["Measure", "KPI", "Indicator", "Name"]), ...extras, ...Array.from({ length: periods }, (_, i) => header(i))]);
  const kpis = 1 + Math.floor(random() * 12);
  for (let k = 0; k < kpis; k++) {
    if (random() < 0.15) rows.push([pick(random, ["Housing", "Waste", "Finance"]), ...Array.from({ length: extras.length + periods }, () => "")]);
    const extraCells = extras.map((extra): Cell => {
      switch (extra) {
        case "Polarity":
          return pick(random, ["higher", "lower", "Higher is better", "neutral", "sideways", "", null]);
        case "Target":
          return random() < 0.7 ? Math.round(random() * 100) : pick(random, ["tbc", "", "50%", null]);
        case "Unit":
          return pick(random, ["%", "£", "days", "", 12]);
        case "Category":
          return pick(random, ["Economy", "Efficiency", "Equity", ""]);
        default:
          return pick(random, ["Waste", "Housing", ""]);
      }
    });
    rows.push([random() < 0.05 ? pick(random, JUNK) : `KPI ${k + 1}`, ...extraCells, ...Array.from({ length: periods }, () => valueCell(random))]);
    // Rows of counts and costs under some KPIs, named after it or by the word alone (find-data/kpi-counts.ts).
    for (const word of ["numerator", "Denominator", "Cost", "Deflator"]) {
      if (random() < 0.12) rows.push([word === "numerator" ? `KPI ${k + 1} numerator` : word, ...extras.map(() => null), ...Array.from({ length: periods }, () => valueCell(random))]);
    }
  }
  if (random() < 0.3) rows.push([], ["Notes: figures are provisional", "", ""]);
  return rows;
}

/**
 * The decimal places a KPI's figures are shown with, from its cells as the pane reads them: the
 * most places among its values and target, less the two a percentage kept as fractions gains.
 */
function shownPrecision(record: KpiRecord): number {
  let inputs;
  try {
    inputs = readInputs(record, emptySettings());
  } catch {
    return 0; // a KPI that cannot be read has no figures on the sheets
  }
  const figures = [...inputs.values, inputs.target].filter((value): value is number => value !== null);
  const scale = readUnit(inputs.unit, figures).scale;
  return Math.max(0, decimalsOf(figures) - (scale === 100 ? 2 : 0));
}

/** Places of a money figure: pounds and pence. */
const PENCE = 2;

/** Decimal places of the first number in a text as shown ("4.0 percentage points better" has 1). */
function placesShown(text: string): number {
  const match = /\d[\d,]*(?:\.(\d+))?/.exec(text);
  return match?.[1]?.length ?? 0;
}

/** Each number cell of a sheet, as the host would show it, with the row and column. */
function shownNumbers(spec: NewSheetSpec): { row: number; column: number; shown: string; format: string | undefined }[] {
  return spec.rows.flatMap((cells, row) =>
    cells.flatMap((cell, column) => {
      if (typeof cell !== "number") return [];
      const format = spec.numberFormats?.[`${row}:${column}`];
      return [{ row, column, shown: showNumber(cell, format), format }];
    }),
  );
}

/** Every cell of the sheets the pane would write. */
function writtenCells(views: ReturnType<typeof analyseRecord>[]): SheetCell[] {
  const report = buildReportSheet(views, { source: "Generated!A1", peers: "", excludedForAll: [] });
  const charts = buildChartSheet(views);
  return [...report.rows.flat(), ...charts.rows.flat()];
}

describe("the pane on generated council tables", () => {
  test(`${TABLES} tables: a clear 'no table here', or one card per KPI and sheets without NaN`, () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const grid = table(seed);
        let mapping;
        try {
          mapping = detectKpiTable(grid);
        } catch (error) {
          expect(error).toBeInstanceOf(LayoutError);
          expect((error as Error).message.length).toBeGreaterThan(10);
          return;
        }
        const records = readKpiTable(grid, mapping);
        const views = records.map((record, i) => analyseRecord(record, i, emptySettings()));
        expect(views).toHaveLength(records.length);
        for (const view of views) {
          // Each card is an analysis or a problem in words.
          if (view.problem !== null) expect(view.problem).toMatch(/\w{3}/);
          else expect(view.narrative).toMatch(/\w{3}/);
          const counts = [view.counts?.interval, view.counts?.comparison, view.counts?.funnel, view.cost?.text, view.cost?.valueForMoney].filter((text): text is string => text !== undefined);
          for (const text of [view.narrative, ...view.questions, ...view.targetFindings, view.change, view.peerNote, ...counts]) {
            expect(text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\[object /);
          }
        }
        for (const cell of writtenCells(views)) {
          if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
          if (typeof cell === "string") expect(cell).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\[object /);
        }
        // Numbers as a committee reads them: each with a format, at most one place past the KPI's precision.
        const precisions = records.map(shownPrecision);
        const tooPrecise: unknown[] = [];
        const report = buildReportSheet(views, { source: "Generated!A1", peers: "", excludedForAll: [] });
        const costColumn = report.rows[3].indexOf("Cost per unit");
        for (const number of shownNumbers(report)) {
          // A cost per unit is money, shown to the penny whatever the KPI's own precision.
          const precision = number.column === costColumn ? PENCE - 1 : precisions[views[number.row - 4].index];
          if (number.format === undefined || placesShown(number.shown) > precision + 1) tooPrecise.push({ sheet: "report", precision, ...number });
        }
        const charts = buildChartSheet(views);
        const chartViews = views.filter((view) => view.chart !== null);
        for (const number of shownNumbers(charts)) {
          const block = (charts.charts ?? []).findIndex((chart) => number.row > chart.dataRow && number.row < chart.dataRow + chart.rows);
          const precision = block < 0 ? -1 : precisions[chartViews[block].index];
          if (number.format === undefined || placesShown(number.shown) > precision + 1) tooPrecise.push({ sheet: "charts", precision, ...number });
        }
        expect(tooPrecise).toEqual([]);
      }),
      { numRuns: TABLES, seed: process.env.KPI_PROPERTY_SEED === undefined ? undefined : Number(process.env.KPI_PROPERTY_SEED) },
    );
  });
});
