import { placePeriods } from "../aggregate/place-periods";
import { KpiError } from "../errors";
import { FINANCIAL_YEAR_START } from "../values/periods";
import { NOT_ENOUGH_DATA, NO_CONCERNS, RAG_LABELS } from "../labels";
import { checkTarget } from "../targets/check-target";
import { DEFAULT_DEADLINE_WINDOW_SHARE, STALE_TARGET_PERIODS } from "../targets/constants";
import { deadlineBunching } from "../targets/deadline-bunching";
import { ragRating } from "../targets/rag";
import {
  Grid,
  SeriesSet,
  cellName,
  checkNumber,
  countPresent,
  flattenGrid,
  isMissingCell,
  isOmitted,
  parseNumberCell,
  readAligned,
  readNumberOption,
  readRequiredNumber,
  toGrid,
} from "../values";
import { PEERS_PARAMETER, PERIODS_PARAMETER, POLARITY_PARAMETER, POLARITY_PER_CELL_PARAMETER, VALUES_PARAMETER } from "./parameters";
import { TargetArgument, readTargets } from "./read-targets";
import { FunctionSpec, ReadingParameter, ResultGrid } from "./types";

/** Words in an extensions column that mean "no extension". */
const NO_WORDS = new Set(["no", "n", "false", "0", "none"]);

/** One cell of the extensions column: empty or a "no" word is false, anything else marks an extension. */
function isExtension(cell: unknown): boolean {
  if (cell === false || cell === 0) return false;
  if (isMissingCell(cell) && !(typeof cell === "string" && cell.trim() !== "")) return false;
  return !NO_WORDS.has(String(cell).trim().toLowerCase());
}

/** Lays out lists of lines: one column for one KPI, one row per KPI (lines across) for a block. */
export function linesResult(lines: string[][], isBlock: boolean): ResultGrid {
  if (!isBlock) return lines[0].map((line) => [line]);
  const width = Math.max(...lines.map((row) => row.length));
  return lines.map((row) => [...row, ...new Array<string>(width - row.length).fill("")]);
}

/** KPI.RAG's values: every cell rated on its own. */
const RAG_VALUE_PARAMETER: ReadingParameter<{ cells: Grid; numbers: (number | null)[][] }> = {
  name: "value",
  description: "The value to rate, or a range of values (one rating each).",
  kind: "range",
  sheetsType: "number",
  read(raw) {
    const cells = toGrid(raw);
    return { cells, numbers: cells.map((row, r) => row.map((cell, c) => parseNumberCell(cell, "value", cellName("value", cells, r, c)))) };
  },
};

const RAG_TARGET_PARAMETER: ReadingParameter<(number | null)[][], [Grid]> = {
  name: "target",
  description: "The target: one value for all, or a range the shape of value.",
  kind: "range",
  sheetsType: "number",
  read: (raw, cells) => readAligned(raw, cells, "target", "value", (cell, r, c) => parseNumberCell(cell, "target", cellName("target", cells, r, c))),
};

const TOLERANCE_PARAMETER: ReadingParameter<number[][], [Grid]> = {
  name: "tolerance",
  description: "Optional. How far below target (same units) still counts as Amber. Default 0: no Amber.",
  optional: true,
  kind: "range",
  sheetsType: "number",
  read: (raw, cells) =>
    readAligned(raw, cells, "tolerance", "value", (cell, r, c) => {
      const number = parseNumberCell(cell, "tolerance", cellName("tolerance", cells, r, c));
      return number === null ? 0 : checkNumber(number, "tolerance", { min: 0, allowed: "zero or a positive number" });
    }),
};

const TARGETS_PARAMETER: ReadingParameter<TargetArgument[], [SeriesSet]> = {
  name: "targets",
  description: "The target: one value, one per KPI, or a range the shape of values (one per period, blank where none; later periods may hold next year's target).",
  kind: "range",
  sheetsType: "number[][]",
  read: (raw, set) => readTargets(raw, set, "targets"),
};

const DURATIONS_PARAMETER: ReadingParameter<Grid> = {
  name: "durations",
  description: "Time taken by each case (e.g. days to decide each planning application), 0 or more; blanks are skipped.",
  kind: "range",
  sheetsType: "number[][]",
  read: (raw) => toGrid(raw),
};

const DEADLINE_PARAMETER: ReadingParameter<number> = {
  name: "deadline",
  description: "The time limit, in the same units as durations (e.g. 56 days or 8 weeks).",
  kind: "value",
  sheetsType: "number",
  read: (raw) => readRequiredNumber(raw, "deadline", { min: 0, minExclusive: true, allowed: "a number above 0: the time limit, in the units of durations" }),
};

const WINDOW_PARAMETER: ReadingParameter<number, [number]> = {
  name: "window",
  description: "Optional. The final stretch before the deadline to look at, same units (default a quarter of the deadline: weeks 7-8 of 8).",
  optional: true,
  kind: "value",
  sheetsType: "number",
  read: (raw, deadline) =>
    readNumberOption(raw, "window", deadline * DEFAULT_DEADLINE_WINDOW_SHARE, {
      min: 0,
      minExclusive: true,
      max: deadline,
      maxExclusive: true,
      allowed: `a number above 0 and below the deadline (${deadline})`,
    }),
};

const EXTENSIONS_PARAMETER: ReadingParameter<boolean[] | undefined, [Grid]> = {
  name: "extensions",
  description: "Optional. A range the shape of durations marking cases with an agreed extension of time (any entry except blank, No or FALSE).",
  optional: true,
  kind: "range",
  sheetsType: "string[][]",
  read: (raw, durations) => (isOmitted(raw) ? undefined : readAligned(raw, durations, "extensions", "durations", isExtension).flat()),
};

/** KPI.TARGETCHECK's periods, read for how many there are a year (1 when left out). */
const TARGETCHECK_PERIODS_PARAMETER: ReadingParameter<1 | 4 | 12, [SeriesSet]> = {
  ...PERIODS_PARAMETER,
  description: `${PERIODS_PARAMETER.description} With months or quarters, a yearly target repeated through its year counts once: Stale target then needs it unchanged for ${STALE_TARGET_PERIODS} years.`,
  read(raw, set) {
    const cells = PERIODS_PARAMETER.read(raw, set);
    return cells === undefined ? 1 : placePeriods(cells, FINANCIAL_YEAR_START).perYear;
  },
};

/** Target formulas (docs/FORMULA-CONVENTIONS.md, "Targets"). */
export const TARGET_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "RAG",
    description:
      "Red / amber / green against target: Green when the target is met, Amber when missed by no more than the tolerance, Red otherwise. Fill a whole column at once by giving ranges.",
    parameters: [RAG_VALUE_PARAMETER, RAG_TARGET_PARAMETER, POLARITY_PER_CELL_PARAMETER, TOLERANCE_PARAMETER],
    result: { shape: "table", type: "string" },
    example: { formula: '=KPI.RAG(58, 60, "higher", 5)', result: "Amber" },
    implementation(value, target, polarity, tolerance) {
      const { cells: values, numbers } = RAG_VALUE_PARAMETER.read(value);
      const targets = RAG_TARGET_PARAMETER.read(target, values);
      const polarities = POLARITY_PER_CELL_PARAMETER.read(polarity, values, "value");
      const tolerances = TOLERANCE_PARAMETER.read(tolerance, values);
      if (targets.every((row) => row.every((cell) => cell === null)) && values.length * values[0].length === 1) {
        throw new KpiError({ code: "missing_argument", argument: "target", hint: "enter the target to rate against" });
      }
      return numbers.map((row, r) =>
        row.map((number, c) => {
          const goal = targets[r][c];
          if (goal === null) return RAG_LABELS.noTarget;
          if (number === null) return NOT_ENOUGH_DATA;
          return ragRating(number, goal, polarities[r][c], tolerances[r][c]);
        }),
      );
    },
  },
  {
    name: "TARGETCHECK",
    description:
      "Checks whether a target is any good: soft, unrealistic, below peers, stale, asking for decline, hit and miss, green but bottom quartile, red but top quartile, or missing. A column of findings, each a sentence with its numbers.",
    parameters: [VALUES_PARAMETER, TARGETS_PARAMETER, POLARITY_PARAMETER, PEERS_PARAMETER, TARGETCHECK_PERIODS_PARAMETER],
    result: { shape: "column", type: "string" },
    example: { formula: "=KPI.TARGETCHECK({70,72,71,73}, 60)", result: "Soft target: met in all 4 periods, by 11.5 on average, ..." },
    implementation(values, targets, polarity, peerValues, periods) {
      const set = VALUES_PARAMETER.read(values);
      const targetList = TARGETS_PARAMETER.read(targets, set);
      const polarities = POLARITY_PARAMETER.read(polarity, set);
      const peers = PEERS_PARAMETER.read(peerValues, set);
      const periodsPerYear = TARGETCHECK_PERIODS_PARAMETER.read(periods, set);
      const lines = set.series.map((series, i) => {
        if (countPresent(series) === 0) return [NOT_ENOUGH_DATA];
        const findings = checkTarget({ values: series, targets: targetList[i], polarity: polarities[i], peers: peers[i], periodsPerYear });
        return findings.length === 0 ? [NO_CONCERNS] : findings.map((finding) => finding.sentence);
      });
      return linesResult(lines, set.isBlock);
    },
  },
  {
    name: "DEADLINE",
    description:
      "Deadline bunching: the share of cases decided in the last stretch before a time limit against what an even spread would give, a verdict backed by an exact binomial test, and the in-time rate with and without agreed extensions.",
    parameters: [DURATIONS_PARAMETER, DEADLINE_PARAMETER, WINDOW_PARAMETER, EXTENSIONS_PARAMETER],
    result: {
      shape: "row",
      type: "any",
      columns: ["share in window", "even-spread share", "ratio", "verdict", "p-value", "in-time rate", "in-time rate with extensions"],
    },
    example: { formula: "=KPI.DEADLINE(B2:B200, 56)", result: "0.6 | 0.25 | 2.4 | Bunching before deadline | 0.000001 | 0.93 | " },
    implementation(durations, deadline, window, extensions) {
      const cells = DURATIONS_PARAMETER.read(durations);
      const limit = DEADLINE_PARAMETER.read(deadline);
      const stretch = WINDOW_PARAMETER.read(window, limit);
      const flags = EXTENSIONS_PARAMETER.read(extensions, cells);
      const times: number[] = [];
      const marks: boolean[] = [];
      flattenGrid(cells).forEach((cell, i) => {
        const r = Math.floor(i / cells[0].length);
        const c = i % cells[0].length;
        const name = cellName("duration", cells, r, c);
        const time = parseNumberCell(cell, "durations", name);
        if (time === null) return;
        if (time < 0) {
          throw new KpiError({ code: "invalid_argument", argument: "durations", problem: `has a negative value in ${name} (${time})`, fix: "enter the time each case took, 0 or more" });
        }
        times.push(time);
        marks.push(flags === undefined ? false : flags[i]);
      });
      if (times.length === 0) throw new KpiError({ code: "missing_argument", argument: "durations", hint: "enter the time each case took, one per cell" });
      const result = deadlineBunching(times, limit, { window: stretch, extensions: flags === undefined ? undefined : marks });
      const anyInTime = result.inTimeCases > 0;
      return [
        [
          anyInTime ? result.windowShare : "",
          result.evenShare,
          anyInTime ? result.ratio : "",
          result.verdict,
          anyInTime ? result.pValue : "",
          result.inTimeRate,
          result.inTimeRateWithExtensions ?? "",
        ],
      ];
    },
  },
];
