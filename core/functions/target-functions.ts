import { KpiError } from "../errors";
import { NOT_ENOUGH_DATA, NO_CONCERNS, RAG_LABELS } from "../labels";
import { checkTarget } from "../targets/check-target";
import { DEFAULT_DEADLINE_WINDOW_SHARE } from "../targets/constants";
import { deadlineBunching } from "../targets/deadline-bunching";
import { ragRating } from "../targets/rag";
import { readPeers, readTargets } from "./read-targets";
import {
  cellName,
  checkNumber,
  countPresent,
  flattenGrid,
  isMissingCell,
  isOmitted,
  parseNumberCell,
  parsePolarityCell,
  readAligned,
  readNumberOption,
  readPerSeries,
  readRequiredNumber,
  readSeriesSet,
  toGrid,
} from "../values";
import { POLARITY_PARAMETER, VALUES_PARAMETER } from "./parameters";
import { FunctionSpec, ResultGrid } from "./types";

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

/** Target formulas (FUNCTIONS.md, "Targets"). */
export const TARGET_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "RAG",
    description:
      "Red / amber / green against target: Green when the target is met, Amber when missed by no more than the tolerance, Red otherwise. Fill a whole column at once by giving ranges.",
    parameters: [
      { name: "value", description: "The value to rate, or a range of values (one rating each).", kind: "range", sheetsType: "number" },
      { name: "target", description: "The target: one value for all, or a range the shape of value.", kind: "range", sheetsType: "number" },
      POLARITY_PARAMETER,
      {
        name: "tolerance",
        description: "Optional. How far below target (same units) still counts as Amber. Default 0: no Amber.",
        optional: true,
        kind: "range",
        sheetsType: "number",
      },
    ],
    result: { shape: "table", type: "string" },
    example: { formula: '=KPI.RAG(58, 60, "higher", 5)', result: "Amber" },
    implementation(value, target, polarity, tolerance) {
      const values = toGrid(value);
      const readNumber = (argument: string, noun: string) => (cell: unknown, r: number, c: number) =>
        parseNumberCell(cell, argument, cellName(noun, values, r, c));
      const numbers = values.map((row, r) => row.map((cell, c) => parseNumberCell(cell, "value", cellName("value", values, r, c))));
      const targets = readAligned(target, values, "target", "value", readNumber("target", "target"));
      const polarities = readAligned(polarity, values, "polarity", "value", (cell) => parsePolarityCell(cell));
      const tolerances = readAligned(tolerance, values, "tolerance", "value", (cell, r, c) => {
        const number = parseNumberCell(cell, "tolerance", cellName("tolerance", values, r, c));
        return number === null ? 0 : checkNumber(number, "tolerance", { min: 0, allowed: "zero or a positive number" });
      });
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
    parameters: [
      VALUES_PARAMETER,
      {
        name: "targets",
        description: "The target: one value, one per KPI, or a range the shape of values (one per period, blank where none; later periods may hold next year's target).",
        kind: "range",
        sheetsType: "number[][]",
      },
      POLARITY_PARAMETER,
      {
        name: "peer_values",
        description: "Optional. The peer group's latest values (your council included); for a block of KPIs, one row of peers per KPI.",
        optional: true,
        kind: "range",
        sheetsType: "number[][]",
      },
    ],
    result: { shape: "column", type: "string" },
    example: { formula: "=KPI.TARGETCHECK({70,72,71,73}, 60)", result: "Soft target: met in all 4 periods, by 11.5 on average, ..." },
    implementation(values, targets, polarity, peerValues) {
      const set = readSeriesSet(values, "values", "value");
      const targetList = readTargets(targets, set, "targets");
      const polarities = readPerSeries(polarity, set.series.length, "polarity", (cell) => parsePolarityCell(cell));
      const peers = readPeers(peerValues, set, "peer_values");
      const lines = set.series.map((series, i) => {
        if (countPresent(series) === 0) return [NOT_ENOUGH_DATA];
        const findings = checkTarget({ values: series, targets: targetList[i], polarity: polarities[i], peers: peers[i] });
        return findings.length === 0 ? [NO_CONCERNS] : findings.map((finding) => finding.sentence);
      });
      return linesResult(lines, set.isBlock);
    },
  },
  {
    name: "DEADLINE",
    description:
      "Deadline bunching: the share of cases decided in the last stretch before a time limit against what an even spread would give, a verdict backed by an exact binomial test, and the in-time rate with and without agreed extensions.",
    parameters: [
      { name: "durations", description: "Time taken by each case (e.g. days to decide each planning application), 0 or more; blanks are skipped.", kind: "range", sheetsType: "number[][]" },
      { name: "deadline", description: "The time limit, in the same units as durations (e.g. 56 days or 8 weeks).", kind: "value", sheetsType: "number" },
      {
        name: "window",
        description: "Optional. The final stretch before the deadline to look at, same units (default a quarter of the deadline: weeks 7-8 of 8).",
        optional: true,
        kind: "value",
        sheetsType: "number",
      },
      {
        name: "extensions",
        description: "Optional. A range the shape of durations marking cases with an agreed extension of time (any entry except blank, No or FALSE).",
        optional: true,
        kind: "range",
        sheetsType: "string[][]",
      },
    ],
    result: {
      shape: "row",
      type: "any",
      columns: ["share in window", "even-spread share", "ratio", "verdict", "p-value", "in-time rate", "in-time rate with extensions"],
    },
    example: { formula: "=KPI.DEADLINE(B2:B200, 56)", result: "0.6 | 0.25 | 2.4 | Bunching before deadline | 0.000001 | 0.93 | " },
    implementation(durations, deadline, window, extensions) {
      const cells = toGrid(durations);
      const limit = readRequiredNumber(deadline, "deadline", {
        min: 0,
        minExclusive: true,
        allowed: "a number above 0: the time limit, in the units of durations",
      });
      const stretch = readNumberOption(window, "window", limit * DEFAULT_DEADLINE_WINDOW_SHARE, {
        min: 0,
        minExclusive: true,
        max: limit,
        maxExclusive: true,
        allowed: `a number above 0 and below the deadline (${limit})`,
      });
      const flags = isOmitted(extensions) ? undefined : readAligned(extensions, cells, "extensions", "durations", isExtension).flat();
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
