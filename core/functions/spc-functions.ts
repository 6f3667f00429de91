import { ASSURANCE_LABELS, NOT_ENOUGH_DATA } from "../labels";
import { DEFAULT_RUN_LENGTH, MIN_POINTS_FOR_LIMITS } from "../spc/constants";
import { XmrChart, xmrChart } from "../spc/xmr-chart";
import { BASELINE_POINTS_RULE, RUN_LENGTH_RULE, checkRebasePosition, readSpcProfile } from "../spc/xmr-options";
import {
  Polarity,
  SeriesSet,
  applyExclusions,
  flattenGrid,
  isMissingCell,
  isOmitted,
  parseNumberCell,
  parsePolarityCell,
  readBooleanOption,
  readNumberOption,
  readExclusions,
  readPerSeries,
  readPolarity,
  readRequiredNumber,
  readSeries,
  readSeriesSet,
  toGrid,
} from "../values";
import { EXCLUDE_PARAMETER, POLARITY_PARAMETER, VALUES_PARAMETER } from "./parameters";
import { labelPerSeries } from "./results";
import { FunctionSpec, ParameterSpec, ResultCell, ResultGrid } from "./types";

const RULES_PARAMETER: ParameterSpec = {
  name: "rules",
  description: `Optional. "MDC" (default) for the NHS Making Data Count Excel tools, or "NHSR" for the R package NHSRplotthedots.`,
  optional: true,
  kind: "value",
  sheetsType: "string",
};

const RUN_LENGTH_PARAMETER: ParameterSpec = {
  name: "run_length",
  description: "Optional. Points in a shift or trend: 7 (default) or 6, as the Making Data Count tools offer (MDC rules only).",
  optional: true,
  kind: "value",
  sheetsType: "number",
};

const SPC_VALUES_PARAMETER: ParameterSpec = {
  ...VALUES_PARAMETER,
  description: "The KPI's values in time order: one row or one column (one KPI). Blanks and n/a are gaps.",
};

/** Reads `run_length`: 6 or 7 (default 7). */
function readRunLength(raw: unknown): number {
  return readNumberOption(raw, "run_length", DEFAULT_RUN_LENGTH, RUN_LENGTH_RULE);
}

/** Reads `baseline_points`: a whole number of at least 12, or nothing. */
function readBaseline(raw: unknown): number | undefined {
  if (isOmitted(raw)) return undefined;
  return readRequiredNumber(raw, "baseline_points", BASELINE_POINTS_RULE);
}

/** Reads `rebase`: a cell or range of 1-based positions, blanks ignored; returns 0-based positions. */
function readRebase(raw: unknown, length: number): number[] {
  if (isOmitted(raw)) return [];
  const positions: number[] = [];
  flattenGrid(toGrid(raw)).forEach((cell, i) => {
    if (isMissingCell(cell)) return;
    const position = parseNumberCell(cell, "rebase", `rebase position ${i + 1}`) as number;
    positions.push(checkRebasePosition(position, length) - 1);
  });
  return positions;
}

/** Reads one target cell: a number, or null when empty. */
function readTargetCell(cell: unknown, name: string): number | null {
  return parseNumberCell(cell, "target", name);
}

/** The exclusion mask of each series, refusing another shape and a series with every period excluded. */
function readMasks(raw: unknown, set: SeriesSet): boolean[][] | undefined {
  const masks = readExclusions(raw, set);
  applyExclusions(set, masks);
  return masks;
}

/** How the header names the profile: `MDC rules, run of 7`. */
function profileText(chart: XmrChart): string {
  const trial = chart.groups.some((group) => group.trialLimits) ? `; trial limits, fewer than ${MIN_POINTS_FOR_LIMITS} points` : "";
  return `${chart.profile} rules, run of ${chart.runLength}${trial}`;
}

/** Statistical process control formulas (FUNCTIONS.md, "Statistical process control"). */
export const SPC_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "SPC",
    description:
      "NHS Making Data Count XmR chart of one KPI: one row per period with the value, mean, lower and upper process limits, the special-cause rules broken and the variation. The header names the rules used and says when limits are trial limits; periods left out with exclude show as Excluded; with a target, a last column gives the assurance.",
    parameters: [
      SPC_VALUES_PARAMETER,
      POLARITY_PARAMETER,
      {
        name: "target",
        description: "Optional. The target: adds an assurance column (Consistently passing, Hit and miss, Consistently failing).",
        optional: true,
        kind: "value",
        sheetsType: "number",
      },
      {
        name: "baseline_points",
        description: `Optional. Fix the mean and limits on the first N points (at least ${MIN_POINTS_FOR_LIMITS}) and extend them.`,
        optional: true,
        kind: "value",
        sheetsType: "number",
      },
      {
        name: "headers",
        description: "Optional. TRUE (default) for a header row naming the columns and the rules used; FALSE for none.",
        optional: true,
        kind: "value",
        sheetsType: "boolean",
      },
      RULES_PARAMETER,
      RUN_LENGTH_PARAMETER,
      {
        name: "rebase",
        description: "Optional. A cell or range of positions (1 = first period) where a new process starts and limits are recalculated.",
        optional: true,
        kind: "range",
        sheetsType: "number[][]",
      },
      EXCLUDE_PARAMETER,
    ],
    result: {
      shape: "table",
      type: "any",
      columns: ["value", "mean", "lower process limit", "upper process limit", "rules broken", "variation", "assurance (with a target)"],
    },
    example: {
      formula: '=KPI.SPC({1,2,1,2,10,1,2,1,2,1,2,1,2,1,2,1,2,1}, "higher")',
      result: "A header row, then one row per period; the row of the 10 reads 10 | 1.944444 | -3.062614 | 6.951503 | Outside limits | Special cause improving",
    },
    implementation(values, polarity, target, baselinePoints, headers, rules, runLength, rebase, exclude) {
      readSeries(values, "values", "value");
      const set = readSeriesSet(values, "values", "value");
      const series = set.series[0];
      const masks = readMasks(exclude, set);
      const goal = isOmitted(target) ? null : readRequiredNumber(target, "target", { allowed: "a number" });
      const chart = xmrChart(series, {
        polarity: readPolarity(polarity),
        target: goal,
        baselinePoints: readBaseline(baselinePoints),
        profile: readSpcProfile(rules),
        runLength: readRunLength(runLength),
        rebase: readRebase(rebase, series.length),
        exclude: masks?.[0],
      });
      const withTarget = goal !== null;
      const width = withTarget ? 7 : 6;
      const grid: ResultGrid = [];
      if (readBooleanOption(headers, "headers", true)) {
        const header: ResultCell[] = ["Value", "Mean", "Lower process limit", "Upper process limit", "Rules broken", `Variation (${profileText(chart)})`];
        if (withTarget) header.push(`Assurance (target ${Number((goal as number).toPrecision(12))})`);
        grid.push(header);
      }
      for (const point of chart.points) {
        if (point.value === null) {
          grid.push(new Array<ResultCell>(width).fill(""));
          continue;
        }
        const row: ResultCell[] = [point.value, point.mean, point.lower, point.upper, point.rules.join("; "), point.variation ?? ""];
        if (withTarget) row.push(point.excluded ? "" : chart.groups[point.group].assurance);
        grid.push(row);
      }
      return grid;
    },
  },
  {
    name: "VARIATION",
    description:
      "Making Data Count variation of the latest point: Common cause, Special cause improving, Special cause concerning, Special cause neutral, or Not enough data (fewer than 12 points). A block gives one label per KPI row.",
    parameters: [VALUES_PARAMETER, POLARITY_PARAMETER, RULES_PARAMETER, RUN_LENGTH_PARAMETER, EXCLUDE_PARAMETER],
    result: { shape: "value", type: "string" },
    example: { formula: '=KPI.VARIATION({5,6,5,6,5,6,5,6,5,6,5,6,9,9,9,9,9,9,9}, "higher")', result: "Special cause improving" },
    implementation(values, polarity, rules, runLength, exclude) {
      const set = readSeriesSet(values, "values", "value");
      const masks = readMasks(exclude, set);
      const polarities = readPolarities(polarity, set);
      const profile = readSpcProfile(rules);
      const run = readRunLength(runLength);
      return labelPerSeries(
        set,
        (series, i) => xmrChart(series, { polarity: polarities[i], profile, runLength: run, exclude: masks?.[i] }).variation,
        NOT_ENOUGH_DATA,
      );
    },
  },
  {
    name: "ASSURANCE",
    description:
      "Making Data Count assurance: where the target lies against the process limits at the latest point. Consistently passing, Hit and miss, Consistently failing, No target, or Not enough data (fewer than 12 points). A block gives one label per KPI row.",
    parameters: [
      VALUES_PARAMETER,
      {
        name: "target",
        description: "The target: one value for every KPI, or a column with one target per KPI row. Empty means no target.",
        kind: "range",
        sheetsType: "number[][]",
      },
      POLARITY_PARAMETER,
      RULES_PARAMETER,
      EXCLUDE_PARAMETER,
    ],
    result: { shape: "value", type: "string" },
    example: { formula: '=KPI.ASSURANCE({80,82,81,83,80,82,81,83,80,82,81,83}, 70, "higher")', result: "Consistently passing" },
    implementation(values, target, polarity, rules, exclude) {
      const set = readSeriesSet(values, "values", "value");
      const masks = readMasks(exclude, set);
      const polarities = readPolarities(polarity, set);
      const count = set.series.length;
      const targets = readPerSeries(target, count, "target", (cell, i) =>
        readTargetCell(cell, count > 1 ? `target ${i + 1}` : "target"),
      );
      const profile = readSpcProfile(rules);
      return labelPerSeries(
        set,
        (series, i) => {
          if (targets[i] === null || polarities[i] === "neutral") return ASSURANCE_LABELS.noTarget;
          return xmrChart(series, { polarity: polarities[i], target: targets[i], profile, exclude: masks?.[i] }).assurance;
        },
        NOT_ENOUGH_DATA,
      );
    },
  },
];

/** One polarity for every series, or one per series (a Polarity column beside a KPI block). */
function readPolarities(raw: unknown, set: SeriesSet): Polarity[] {
  if (isOmitted(raw)) return set.series.map(() => "higher");
  return readPerSeries(raw, set.series.length, "polarity", (cell) => parsePolarityCell(cell));
}
