import { AGGREGATE_METHODS, AggregateMethod, ROLLING_METHODS, RollingMethod } from "../aggregate/aggregate-method";
import { placePeriods } from "../aggregate/place-periods";
import { rolling } from "../aggregate/rolling";
import { yearToDate } from "../aggregate/year-to-date";
import { KpiError } from "../errors";
import { Series, SeriesSet, describeShape, isMissingCell, isOmitted, quoteCell, readNumberOption, readPerSeries, readRequiredNumber, readSeriesSet } from "../values";
import { FINANCIAL_YEAR_START } from "../values/periods";
import { PERIODS_PARAMETER, VALUES_PARAMETER } from "./parameters";
import { FunctionSpec, ReadingParameter, ResultCell, ResultGrid } from "./types";

const FIGURES_PARAMETER: ReadingParameter<SeriesSet> = {
  ...VALUES_PARAMETER,
  description: 'The KPI\'s figures in time order (the numerators for method "ratio"): a row or a column, or a block with one KPI per row. Blanks and n/a are gaps.',
};

/** KPI.YTD's periods: required, months or quarters. */
const YTD_PERIODS_PARAMETER: ReadingParameter<unknown[], [SeriesSet]> = {
  ...PERIODS_PARAMETER,
  description:
    'The period of each value, in time order: months ("Apr-24", "April 2024", "2024-04"), quarters ("Q1 2024/25" is April to June 2024) or date cells; one row or column, one per period (the header row of a block).',
  optional: false,
  read(raw, set) {
    const cells = PERIODS_PARAMETER.read(raw, set);
    if (cells === undefined) throw new KpiError({ code: "missing_argument", argument: "periods", hint: 'select the period labels ("Apr-24", "Q1 2024/25" or dates), one per value' });
    return cells;
  },
};

/** Reads one method cell from a list of methods (empty: the default). */
function methodOf<Method extends string>(cell: unknown, choices: readonly Method[]): Method {
  if (isMissingCell(cell) && !(typeof cell === "string" && cell.trim() !== "")) return choices[0];
  const key = String(cell).trim().toLowerCase();
  const found = choices.find((choice) => choice === key);
  if (found === undefined) throw new KpiError({ code: "unknown_option", argument: "method", text: quoteCell(cell), allowed: choices });
  return found;
}

function methodParameter<Method extends string>(choices: readonly Method[], description: string): ReadingParameter<Method[], [SeriesSet]> {
  return {
    name: "method",
    description,
    optional: true,
    kind: "value",
    sheetsType: "string",
    read: (raw, set) => (isOmitted(raw) ? set.series.map(() => choices[0]) : readPerSeries(raw, set.series.length, "method", (cell) => methodOf(cell, choices))),
  };
}

const YTD_METHOD_PARAMETER = methodParameter<AggregateMethod>(
  AGGREGATE_METHODS,
  'Optional. "sum" (default) for counts, "mean" for a rate given without its counts, "last" for a position at a point in time, or "ratio": the sum of values over the sum of denominators. One cell, or one per KPI row.',
);

const ROLLING_METHOD_PARAMETER = methodParameter<RollingMethod>(
  ROLLING_METHODS,
  'Optional. "sum" (default), "mean", or "ratio": the sum of values over the sum of denominators. One cell, or one per KPI row.',
);

const YEAR_START_PARAMETER: ReadingParameter<number> = {
  name: "year_start",
  description: "Optional. The month the year starts in, 1 (January) to 12: 4 (default) for the UK financial year, April to March.",
  optional: true,
  kind: "value",
  sheetsType: "number",
  read: (raw) =>
    readNumberOption(raw, "year_start", FINANCIAL_YEAR_START, { min: 1, max: 12, integer: true, allowed: "a month number from 1 (January) to 12 (December); 4 for the UK financial year" }),
};

/** The denominators beside values (method "ratio"): the same shape as values. */
const DENOMINATORS_PARAMETER: ReadingParameter<SeriesSet | undefined, [SeriesSet]> = {
  name: "denominators",
  description: 'Optional, for method "ratio": the denominator of each value (e.g. the cases due), the same shape as values.',
  optional: true,
  kind: "range",
  sheetsType: "number[][]",
  read(raw, set) {
    if (isOmitted(raw)) return undefined;
    const denominators = readSeriesSet(raw, "denominators", "denominator");
    const sameShape = set.series.length === denominators.series.length && set.series.every((series, i) => series.length === denominators.series[i].length);
    if (!sameShape) {
      throw new KpiError({ code: "length_mismatch", argument: "denominators", other: "values", expected: describeShape(set.grid), actual: describeShape(denominators.grid) });
    }
    return denominators;
  },
};

const WINDOW_PARAMETER: ReadingParameter<number> = {
  name: "window",
  description: "The number of periods in each rolling figure: 12 for a year of months, 4 for a year of quarters.",
  kind: "value",
  sheetsType: "number",
  read: (raw) => readRequiredNumber(raw, "window", { min: 1, integer: true, allowed: "a whole number of periods, 1 or more (12 for a year of months, 4 for a year of quarters)" }),
};

/** Checks that the denominators are there when a method divides by them, and used when given. */
function checkDenominators(methods: readonly string[], denominators: SeriesSet | undefined): void {
  const dividing = methods.includes("ratio");
  if (dividing && denominators === undefined) {
    throw new KpiError({ code: "missing_argument", argument: "denominators", hint: 'give the denominator of each value (e.g. the cases due), the shape of values, for method "ratio"' });
  }
  if (!dividing && denominators !== undefined) {
    throw new KpiError({ code: "invalid_argument", argument: "denominators", problem: 'are given, but only method "ratio" divides by them', fix: 'enter "ratio" as the method, or leave denominators out' });
  }
}

/** One result row per series, laid out as values was: a column stays a column. */
function asValues(set: SeriesSet, rows: (number | null)[][]): ResultGrid {
  const cells = rows.map((row) => row.map((value): ResultCell => (value === null ? "" : value)));
  return set.isColumn ? cells[0].map((cell) => [cell]) : cells;
}

/** Year-to-date and rolling figures (docs/FORMULA-CONVENTIONS.md, "Year to date and rolling figures"). */
export const AGGREGATE_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "YTD",
    description:
      "The year-to-date figure at each period, the same shape as values: the sum (default), mean, last value, or ratio (sum of values over sum of denominators) of the year so far. A gap (a blank value, or a period missing from periods or before the data start) leaves that period's figure and the rest of that year's empty, never a short sum; with \"last\" only its own period.",
    parameters: [FIGURES_PARAMETER, YTD_PERIODS_PARAMETER, YTD_METHOD_PARAMETER, YEAR_START_PARAMETER, DENOMINATORS_PARAMETER],
    result: { shape: "table", type: "number" },
    example: { formula: '=KPI.YTD({10,12,11,9}, {"Feb-24","Mar-24","Apr-24","May-24"})', result: "| | 11 | 20 (2023/24 starts before the data, so its figures are empty; 2024/25 starts in April)" },
    implementation(values, periods, method, yearStart, denominators) {
      const set = FIGURES_PARAMETER.read(values);
      const labels = YTD_PERIODS_PARAMETER.read(periods, set);
      const methods = YTD_METHOD_PARAMETER.read(method, set);
      const start = YEAR_START_PARAMETER.read(yearStart);
      const divisors = DENOMINATORS_PARAMETER.read(denominators, set);
      checkDenominators(methods, divisors);
      const placed = placePeriods(labels, start);
      if (placed.perYear === 1) {
        const first = placed.labels.find((label) => label !== "");
        throw new KpiError({
          code: "invalid_argument",
          argument: "periods",
          problem: `holds years ("${first}"), not months or quarters`,
          fix: "a year-to-date figure needs monthly or quarterly periods; a yearly figure is its own year to date",
        });
      }
      placed.spans.forEach((span, i) => {
        const figured = (series: Series) => series[i] !== null;
        if (span === null && (set.series.some(figured) || (divisors?.series.some(figured) ?? false))) {
          throw new KpiError({ code: "invalid_argument", argument: "periods", problem: `has no label for period ${i + 1}, where values has a figure`, fix: "label every period that has a figure" });
        }
      });
      return asValues(
        set,
        set.series.map((series, k) => yearToDate(series, placed, methods[k], start, divisors?.series[k]).map((point) => point.value)),
      );
    },
  },
  {
    name: "ROLLING",
    description:
      "The rolling figure at each period over the last window periods, the same shape as values: the sum (default), mean, or ratio (sum of values over sum of denominators). Empty until the window is full, and while it holds a gap.",
    parameters: [FIGURES_PARAMETER, WINDOW_PARAMETER, ROLLING_METHOD_PARAMETER, DENOMINATORS_PARAMETER],
    result: { shape: "table", type: "number" },
    example: { formula: "=KPI.ROLLING({10,12,11,13,14}, 3)", result: "| | 33 | 36 | 38" },
    implementation(values, window, method, denominators) {
      const set = FIGURES_PARAMETER.read(values);
      const size = WINDOW_PARAMETER.read(window);
      const methods = ROLLING_METHOD_PARAMETER.read(method, set);
      const divisors = DENOMINATORS_PARAMETER.read(denominators, set);
      checkDenominators(methods, divisors);
      return asValues(
        set,
        set.series.map((series, k) => rolling(series, size, methods[k], divisors?.series[k])),
      );
    },
  },
];
