import { isKpiError } from "../errors";
import { ASSURANCE_LABELS, NOT_ENOUGH_DATA } from "../labels";
import { MIN_POINTS_FOR_LIMITS, DEFAULT_RUN_LENGTH, SpcProfile } from "../spc/constants";
import { XmrChart, XmrOptions, xmrChart } from "../spc/xmr-chart";
import { BASELINE_POINTS_RULE, RUN_LENGTH_RULE, checkRebasePosition, readSpcProfile } from "../spc/xmr-options";
import {
  SeriesSet,
  flattenGrid,
  isMissingCell,
  isOmitted,
  parseNumberCell,
  readBooleanOption,
  readNumberOption,
  readRequiredNumber,
  readSeries,
  toGrid,
} from "../values";
import { EXCLUDE_PARAMETER, ONE_POLARITY_PARAMETER, POLARITY_PARAMETER, VALUES_PARAMETER } from "./parameters";
import { readTargetPerSeries } from "./read-targets";
import { labelPerSeries } from "./results";
import { FunctionSpec, ReadingParameter, ResultCell, ResultGrid } from "./types";

const SPC_VALUES_PARAMETER: ReadingParameter<SeriesSet> = {
  ...VALUES_PARAMETER,
  description: "The KPI's values in time order: one row or one column (one KPI). Blanks and n/a are gaps.",
  read(raw) {
    // One KPI: a block is refused (naming the shape) before its cells are read as series.
    readSeries(raw, "values", "value");
    return VALUES_PARAMETER.read(raw);
  },
};

const RULES_PARAMETER: ReadingParameter<SpcProfile> = {
  name: "rules",
  description: `Optional. "MDC" (default) for the NHS Making Data Count Excel tools, or "NHSR" for the R package NHSRplotthedots.`,
  optional: true,
  kind: "value",
  sheetsType: "string",
  read: readSpcProfile,
};

const RUN_LENGTH_PARAMETER: ReadingParameter<number> = {
  name: "run_length",
  description: "Optional. Points in a shift or trend: 7 (default) or 6, as the Making Data Count tools offer (MDC rules only).",
  optional: true,
  kind: "value",
  sheetsType: "number",
  read: (raw) => readNumberOption(raw, "run_length", DEFAULT_RUN_LENGTH, RUN_LENGTH_RULE),
};

/** KPI.SPC's target: one number, or none. */
const SPC_TARGET_PARAMETER: ReadingParameter<number | null> = {
  name: "target",
  description: "Optional. The target: adds an assurance column (Consistently passing, Hit and miss, Consistently failing).",
  optional: true,
  kind: "value",
  sheetsType: "number",
  read: (raw) => (isOmitted(raw) ? null : readRequiredNumber(raw, "target", { allowed: "a number" })),
};

const BASELINE_PARAMETER: ReadingParameter<number | undefined> = {
  name: "baseline_points",
  description: `Optional. Fix the mean and limits on the first N points (at least ${MIN_POINTS_FOR_LIMITS}) and extend them.`,
  optional: true,
  kind: "value",
  sheetsType: "number",
  read: (raw) => (isOmitted(raw) ? undefined : readRequiredNumber(raw, "baseline_points", BASELINE_POINTS_RULE)),
};

const HEADERS_PARAMETER: ReadingParameter<boolean> = {
  name: "headers",
  description: "Optional. TRUE (default) for a header row naming the columns and the rules used; FALSE for none.",
  optional: true,
  kind: "value",
  sheetsType: "boolean",
  read: (raw) => readBooleanOption(raw, "headers", true),
};

/** `rebase`: 1-based positions, blanks ignored; read as 0-based positions. */
const REBASE_PARAMETER: ReadingParameter<number[], [number]> = {
  name: "rebase",
  description: "Optional. A cell or range of positions (1 = first period) where a new process starts and limits are recalculated.",
  optional: true,
  kind: "range",
  sheetsType: "number[][]",
  read(raw, length) {
    if (isOmitted(raw)) return [];
    const positions: number[] = [];
    flattenGrid(toGrid(raw)).forEach((cell, i) => {
      if (isMissingCell(cell)) return;
      const position = parseNumberCell(cell, "rebase", `rebase position ${i + 1}`) as number;
      positions.push(checkRebasePosition(position, length) - 1);
    });
    return positions;
  },
};

/** KPI.ASSURANCE's target: one for every KPI or one per KPI row; empty means no target. */
const ASSURANCE_TARGET_PARAMETER: ReadingParameter<(number | null)[], [SeriesSet]> = {
  name: "target",
  description: "The target: one value for every KPI, or a column with one target per KPI row. Empty means no target.",
  kind: "range",
  sheetsType: "number[][]",
  read: readTargetPerSeries,
};

/**
 * The settings that shape a chart's limits (rule profile, run length, baseline, rebase), read as
 * KPI.SPC reads them, so that KPI.VARIATION and KPI.ASSURANCE label the same chart KPI.SPC draws
 * (NHSRplotthedots issue 172: the assurance icon disagreed with a rebased chart). Positions are
 * read against the number of periods (the columns of a block).
 */
function chartShape(set: SeriesSet, rules: unknown, runLength: unknown, baselinePoints: unknown, rebase: unknown): Omit<XmrOptions, "polarity"> {
  return {
    profile: RULES_PARAMETER.read(rules),
    runLength: RUN_LENGTH_PARAMETER.read(runLength),
    baselinePoints: BASELINE_PARAMETER.read(baselinePoints),
    rebase: REBASE_PARAMETER.read(rebase, set.series[0].length),
  };
}

/** How the header names the profile: `MDC rules, run of 7`. */
function profileText(chart: XmrChart): string {
  const trial = chart.groups.some((group) => group.trialLimits) ? `; trial limits, fewer than ${MIN_POINTS_FOR_LIMITS} points` : "";
  return `${chart.profile} rules, run of ${chart.runLength}${trial}`;
}

/** Statistical process control formulas (docs/FORMULA-CONVENTIONS.md, "Statistical process control"). */
export const SPC_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "SPC",
    description:
      "NHS Making Data Count XmR chart of one KPI: one row per period with the value, mean, lower and upper process limits, the special-cause rules broken and the variation. The header names the rules used and says when limits are trial limits; periods left out with exclude show as Excluded; with a target, a last column gives the assurance.",
    parameters: [
      SPC_VALUES_PARAMETER,
      ONE_POLARITY_PARAMETER,
      SPC_TARGET_PARAMETER,
      BASELINE_PARAMETER,
      HEADERS_PARAMETER,
      RULES_PARAMETER,
      RUN_LENGTH_PARAMETER,
      REBASE_PARAMETER,
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
      const set = SPC_VALUES_PARAMETER.read(values);
      const series = set.series[0];
      const { masks } = EXCLUDE_PARAMETER.read(exclude, set);
      const goal = SPC_TARGET_PARAMETER.read(target);
      const chart = xmrChart(series, {
        polarity: ONE_POLARITY_PARAMETER.read(polarity),
        target: goal,
        baselinePoints: BASELINE_PARAMETER.read(baselinePoints),
        profile: RULES_PARAMETER.read(rules),
        runLength: RUN_LENGTH_PARAMETER.read(runLength),
        rebase: REBASE_PARAMETER.read(rebase, series.length),
        exclude: masks?.[0],
      });
      const withTarget = goal !== null;
      const width = withTarget ? 7 : 6;
      const grid: ResultGrid = [];
      if (HEADERS_PARAMETER.read(headers)) {
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
      "Making Data Count variation of the latest point: Common cause, Special cause improving, Special cause concerning, Special cause neutral, or Not enough data (fewer than 12 points). A block gives one label per KPI row. Given the same rules, run length, exclusions, baseline and rebase as KPI.SPC, it is the variation of the chart's latest point.",
    parameters: [VALUES_PARAMETER, POLARITY_PARAMETER, RULES_PARAMETER, RUN_LENGTH_PARAMETER, EXCLUDE_PARAMETER, BASELINE_PARAMETER, REBASE_PARAMETER],
    result: { shape: "value", type: "string" },
    example: { formula: '=KPI.VARIATION({5,6,5,6,5,6,5,6,5,6,5,6,9,9,9,9,9,9,9}, "higher")', result: "Special cause improving" },
    implementation(values, polarity, rules, runLength, exclude, baselinePoints, rebase) {
      const set = VALUES_PARAMETER.read(values);
      const { masks } = EXCLUDE_PARAMETER.read(exclude, set);
      const polarities = POLARITY_PARAMETER.read(polarity, set);
      const shape = chartShape(set, rules, runLength, baselinePoints, rebase);
      return labelPerSeries(set, (series, i) => xmrChart(series, { ...shape, polarity: polarities[i], exclude: masks?.[i] }).variation, NOT_ENOUGH_DATA);
    },
  },
  {
    name: "ASSURANCE",
    description:
      "Making Data Count assurance: where the target lies against the process limits at the latest point. Consistently passing, Hit and miss, Consistently failing, No target, or Not enough data (fewer than 12 points). A block gives one label per KPI row. Given the same rules, exclusions, run length, baseline and rebase as KPI.SPC, it is the assurance of the chart's latest point.",
    parameters: [
      VALUES_PARAMETER,
      ASSURANCE_TARGET_PARAMETER,
      POLARITY_PARAMETER,
      RULES_PARAMETER,
      EXCLUDE_PARAMETER,
      RUN_LENGTH_PARAMETER,
      BASELINE_PARAMETER,
      REBASE_PARAMETER,
    ],
    result: { shape: "value", type: "string" },
    example: { formula: '=KPI.ASSURANCE({80,82,81,83,80,82,81,83,80,82,81,83}, 70, "higher")', result: "Consistently passing" },
    implementation(values, target, polarity, rules, exclude, runLength, baselinePoints, rebase) {
      const set = VALUES_PARAMETER.read(values);
      const { masks } = EXCLUDE_PARAMETER.read(exclude, set);
      const polarities = POLARITY_PARAMETER.read(polarity, set);
      const targets = ASSURANCE_TARGET_PARAMETER.read(target, set);
      const shape = chartShape(set, rules, runLength, baselinePoints, rebase);
      return labelPerSeries(
        set,
        (series, i) => {
          const noTarget = targets[i] === null || polarities[i] === "neutral";
          try {
            // The chart's own assurance (No target without a target or with neutral polarity), so
            // that its settings are checked even when there is nothing to judge.
            return xmrChart(series, { ...shape, polarity: polarities[i], target: targets[i], exclude: masks?.[i] }).assurance;
          } catch (error) {
            // Too few values for a chart still has no target to judge when there is none.
            if (noTarget && isKpiError(error) && error.kind === "data") return ASSURANCE_LABELS.noTarget;
            throw error;
          }
        },
        NOT_ENOUGH_DATA,
      );
    },
  },
];
