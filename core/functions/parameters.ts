import {
  Grid,
  POLARITY_CHOICES,
  Polarity,
  Series,
  SeriesSet,
  applyExclusions,
  describeShape,
  flattenGrid,
  toGrid,
  isOmitted,
  parsePolarityCell,
  readAligned,
  readExclusions,
  readPerSeries,
  readPolarity,
  readSeriesSet,
} from "../values";
import { KpiError } from "../errors";
import { TargetArgument, readPeers, readTargets } from "./read-targets";
import { ReadingParameter } from "./types";

/**
 * Parameters many formulas share, each described and read once, so neither their help text nor
 * their reading can drift between formulas. A formula that words a parameter its own way spreads
 * one of these and changes the description; the reader comes with it.
 */

/** The `values` of a formula: a row or column (one KPI) or a block (one KPI per row). */
export const VALUES_PARAMETER: ReadingParameter<SeriesSet> = {
  name: "values",
  description: "The KPI's values in time order: a row or a column, or a block with one KPI per row. Blanks and n/a are gaps.",
  kind: "range",
  sheetsType: "number[][]",
  read: (raw) => readSeriesSet(raw, "values", "value"),
};

/** The periods left out: the mask of each series, and each series with those periods made gaps. */
export interface Exclusions {
  /** One mask per series (true = left out), or `undefined` when nothing is left out. */
  masks: boolean[][] | undefined;
  series: Series[];
}

/** The `exclude` of the trend and SPC formulas: a marked cell (TRUE, text, a non-zero number) leaves that period out. */
export const EXCLUDE_PARAMETER: ReadingParameter<Exclusions, [SeriesSet]> = {
  name: "exclude",
  description: "Optional. A range the shape of values; TRUE, x or a note leaves that period out (e.g. a lockdown quarter); blank, FALSE or 0 keeps it.",
  optional: true,
  kind: "range",
  sheetsType: "string[][]",
  read(raw, set) {
    const masks = readExclusions(raw, set);
    return { masks, series: applyExclusions(set, masks) };
  },
};

/**
 * The `polarity` of a formula over KPI series: one cell for every KPI, or one per KPI row. Left
 * out, left empty or pointing at empty cells only (of any shape), it takes its default, "higher",
 * for every KPI (README, "Polarity"; docs/FORMULA-CONVENTIONS.md, "Optional arguments").
 */
export const POLARITY_PARAMETER: ReadingParameter<Polarity[], [SeriesSet]> = {
  name: "polarity",
  description: `Optional. "higher" (default) if higher is better, "lower" if lower is better, or "neutral". Also: ${POLARITY_CHOICES.slice(3).map((word) => `"${word}"`).join(", ")}.`,
  optional: true,
  kind: "value",
  sheetsType: "string",
  read(raw, set) {
    if (isOmitted(raw)) return set.series.map((): Polarity => "higher");
    return readPerSeries(raw, set.series.length, "polarity", (cell) => parsePolarityCell(cell));
  },
};

/** `polarity` for a formula of one KPI: a single cell. */
export const ONE_POLARITY_PARAMETER: ReadingParameter<Polarity> = {
  ...POLARITY_PARAMETER,
  read: (raw) => readPolarity(raw),
};

/**
 * `polarity` for a formula that judges every cell of a range (KPI.RAG, KPI.RANK...): one cell for
 * all, or a range the shape of the cells judged (`against` names that argument).
 */
export const POLARITY_PER_CELL_PARAMETER: ReadingParameter<Polarity[][], [Grid, string]> = {
  ...POLARITY_PARAMETER,
  read: (raw, cells, against) => readAligned(raw, cells, "polarity", against, (cell) => parsePolarityCell(cell)),
};

/** The target beside `values`: one for every period and KPI, one per KPI, or one per period. */
export const TARGET_PARAMETER: ReadingParameter<TargetArgument[], [SeriesSet]> = {
  name: "target",
  description: "Optional. The target: one value, one per KPI, or a range the shape of values (one per period).",
  optional: true,
  kind: "range",
  sheetsType: "number[][]",
  read: (raw, set) => readTargets(raw, set, "target"),
};

/** The peer group's latest values beside `values`: any range for one KPI, one row per KPI for a block. */
export const PEERS_PARAMETER: ReadingParameter<(number[] | undefined)[], [SeriesSet]> = {
  name: "peer_values",
  description: "Optional. The peer group's latest values (your council included); for a block of KPIs, one row of peers per KPI.",
  optional: true,
  kind: "range",
  sheetsType: "number[][]",
  read: (raw, set) => readPeers(raw, set, "peer_values"),
};

/**
 * The period labels beside `values`, as the host hands them over (`undefined` when left out): one
 * per period, a row or a column as long as each series (the header row of a block). Read as
 * periods with `placePeriods` (core/aggregate).
 */
export const PERIODS_PARAMETER: ReadingParameter<unknown[] | undefined, [SeriesSet]> = {
  name: "periods",
  description:
    'Optional. The period of each value, in time order: months ("Apr-24", "April 2024", "2024-04"), quarters ("Q1 2024/25" is April to June 2024), years ("2023/24") or date cells; one row or column (the header row of a block).',
  optional: true,
  kind: "range",
  sheetsType: "string[][]",
  read(raw, set) {
    if (isOmitted(raw)) return undefined;
    const grid = toGrid(raw);
    const cells = flattenGrid(grid);
    const length = set.series[0].length;
    if ((grid.length !== 1 && grid[0].length !== 1) || cells.length !== length) {
      throw new KpiError({ code: "length_mismatch", argument: "periods", other: "values", expected: `${length} periods`, actual: describeShape(grid) });
    }
    return cells;
  },
};
