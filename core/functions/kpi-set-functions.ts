import { DEFAULT_PERIODS_BACK } from "../kpi-set/constants";
import { kpiSetBalance } from "../kpi-set/kpi-set-balance";
import { changeOnPeriod } from "../trend/change";
import { NOT_ENOUGH_DATA } from "../labels";
import { KpiError } from "../errors";
import { Polarity, SeriesSet, cellName, isMissingCell, isOmitted, quoteCell, readNumberOption, toGrid } from "../values";
import { POLARITY_PARAMETER, VALUES_PARAMETER } from "./parameters";
import { resultPerSeries } from "./results";
import { FunctionSpec, ReadingParameter, ResultGrid } from "./types";

const PERIODS_BACK_PARAMETER: ReadingParameter<number, [number]> = {
  name: "periods_back",
  description: "Optional. How many periods back to compare with: 1 (default) the previous period, 4 the same quarter last year, 12 the same month last year.",
  optional: true,
  kind: "value",
  sheetsType: "number",
  read: (raw, length) =>
    readNumberOption(raw, "periods_back", DEFAULT_PERIODS_BACK, {
      min: 1,
      max: Math.max(1, length - 1),
      integer: true,
      allowed:
        length < 2
          ? "a whole number of periods, and give values with at least two periods to compare"
          : `a whole number from 1 to ${length - 1} (values has ${length} periods)`,
    }),
};

const CHANGE_POLARITY_PARAMETER: ReadingParameter<Polarity[], [SeriesSet]> = {
  ...POLARITY_PARAMETER,
  description: `${POLARITY_PARAMETER.description} One cell for all KPIs or one per KPI.`,
  sheetsType: "string[][]",
};

/** KPI.BALANCE's categories: one word per KPI, a blank is uncategorised; each named as the cell it came from. */
const CATEGORIES_PARAMETER: ReadingParameter<{ cells: (string | null)[]; names: string[] }> = {
  name: "categories",
  description: "The Category column of the KPI table, one cell per KPI. Customer or resident experience count as Citizen experience; equality, deprivation or inequalities as Equity; other words are your own categories.",
  kind: "range",
  sheetsType: "string[][]",
  read(raw) {
    const grid = toGrid(raw);
    const cells: (string | null)[] = [];
    const names: string[] = [];
    grid.forEach((row, r) =>
      row.forEach((cell, c) => {
        const name = cellName("category", grid, r, c);
        if ((typeof cell === "number" && Number.isFinite(cell)) || typeof cell === "boolean") {
          throw new KpiError({
            code: "invalid_argument",
            argument: name,
            problem: `(${quoteCell(cell)}) is ${typeof cell === "number" ? "a number" : "TRUE or FALSE"}, not a category`,
            fix: "give the Category column of the KPI table, with words such as Economy or Equity",
          });
        }
        cells.push(isMissingCell(cell) ? null : typeof cell === "string" ? cell : String(cell));
        names.push(name);
      }),
    );
    return { cells, names };
  },
};

/** KPI.BALANCE's optional KPI names, one per category cell, as text (numbers as written). */
const KPI_NAMES_PARAMETER: ReadingParameter<(string | null)[] | undefined, [number]> = {
  name: "names",
  description:
    "Optional. The KPI names, lined up with categories: a KPI whose name mentions deprivation, inequality, equity or equality, or a gap between groups, counts as Equity unless its category is one of the other four.",
  optional: true,
  kind: "range",
  sheetsType: "string[][]",
  read(raw, count) {
    if (isOmitted(raw)) return undefined;
    const cells = toGrid(raw).flatMap((row) => row.map((cell) => (isMissingCell(cell) ? null : String(cell))));
    if (cells.length !== count) {
      const cellsOf = (n: number) => `${n} ${n === 1 ? "cell" : "cells"}`;
      throw new KpiError({ code: "length_mismatch", argument: "names", other: "categories", expected: cellsOf(count), actual: cellsOf(cells.length) });
    }
    return cells;
  },
};

/** Formulas over the KPI set as a whole and change on earlier periods (docs/FORMULA-CONVENTIONS.md, "The KPI set as a whole"; docs/FORMULAS.md, KPI.CHANGE). */
export const KPI_SET_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "CHANGE",
    description:
      "Change on an earlier period, as LG Inform and Pentana show direction of travel: the change from the value periods_back cells before the latest (1: last period; 4: same quarter last year; 12: same month last year), the percentage change as a fraction (-0.05 is 5% down; empty when the earlier value is 0), and Better, Worse or No change (neutral: Up, Down). Not enough data when that earlier cell is blank. One row per KPI.",
    parameters: [VALUES_PARAMETER, PERIODS_BACK_PARAMETER, CHANGE_POLARITY_PARAMETER],
    result: { shape: "row", type: "any", columns: ["change", "percentage change", "Better / Worse / No change (neutral: Up / Down)"] },
    example: { formula: "=KPI.CHANGE({60,62,59,64,63})", result: "-1 | -0.015625 | Worse" },
    implementation(values, periodsBack, polarity) {
      const set = VALUES_PARAMETER.read(values);
      const length = set.series[0].length;
      // A single value with the default span has nothing to compare with: too little data, not a wrong argument.
      if (length < 2 && isOmitted(periodsBack)) return [["", "", NOT_ENOUGH_DATA]];
      const span = PERIODS_BACK_PARAMETER.read(periodsBack, length);
      const polarities = CHANGE_POLARITY_PARAMETER.read(polarity, set);
      return resultPerSeries(
        set,
        (series, index) => {
          const result = changeOnPeriod(series, span, polarities[index]);
          return [result.change ?? "", result.percentChange ?? "", result.label];
        },
        3,
      );
    },
  },
  {
    name: "BALANCE",
    description:
      "Balance of the KPI set: each category (Economy, Efficiency, Effectiveness, Equity, Citizen experience, then your own) with its number of KPIs and share, then one line of findings: a missing category, a set dominated by economy and efficiency (more than half), KPIs without a category, or Balanced. A category or KPI name that mentions deprivation, inequality or a gap between groups counts as Equity.",
    parameters: [CATEGORIES_PARAMETER, KPI_NAMES_PARAMETER],
    result: { shape: "table", type: "any", columns: ["category", "KPIs", "share", "then the findings"] },
    example: {
      formula: '=KPI.BALANCE({"Economy";"Efficiency";"Efficiency";"Equity"})',
      result: "Economy | 1 | 0.25, Efficiency | 2 | 0.5, Effectiveness | 0 | 0, Equity | 1 | 0.25, Citizen experience | 0 | 0, then: Missing category: no KPI measures Effectiveness or Citizen experience; Dominated by economy and efficiency: 3 of 4 KPIs (75%)",
    },
    implementation(categories, kpiNames) {
      const { cells, names } = CATEGORIES_PARAMETER.read(categories);
      const balance = kpiSetBalance(cells, (index) => names[index], KPI_NAMES_PARAMETER.read(kpiNames, cells.length));
      const table: ResultGrid = balance.rows.map((row) => [row.category, row.count, row.share]);
      table.push([balance.findings.join("; "), "", ""]);
      return table;
    },
  },
];
