import { analyseKpi } from "../analysis/analyse-kpi";
import { KpiError } from "../errors";
import { NOT_ENOUGH_DATA } from "../labels";
import { SeriesSet, countPresent, flattenGrid, isMissingCell, isOmitted, readPerSeries, toGrid } from "../values";
import { PEERS_PARAMETER, POLARITY_PARAMETER, TARGET_PARAMETER, VALUES_PARAMETER } from "./parameters";
import { TargetArgument } from "./read-targets";
import { dateLabel, dateSerialLabel, isDateObject } from "../values/periods";
import { linesResult } from "./target-functions";
import { FunctionSpec, ReadingParameter } from "./types";

/** A cell as text: numbers as they read, empty and missing markers as "". */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  // NaN and Infinity are not what any cell shows; they read as an empty cell, never as "NaN".
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return String(cell);
  return isMissingCell(cell) ? "" : String(cell);
}

/** Reads one unit cell: a word such as "%", "£" or "days", or blank. A number is a shifted argument, not a unit. */
function unitText(cell: unknown): string {
  if (typeof cell === "number" || typeof cell === "boolean") {
    throw new KpiError({
      code: "invalid_argument",
      argument: "unit",
      problem: `is ${typeof cell === "boolean" ? String(cell).toUpperCase() : Number.isFinite(cell) ? `the number ${cell}` : "a number"}, which is not a unit`,
      fix: 'give a unit word such as "%", "£" or "days", or leave it blank for a count',
    });
  }
  return cellText(cell);
}

/**
 * A period label as the sentence should read it: a date header (a Date from Google Sheets, an
 * Excel date serial) as "Apr 2024" (or "15 Apr 2024"), anything else as its text.
 */
function periodLabelText(cell: unknown): string {
  if (isDateObject(cell) && !Number.isNaN(cell.getTime())) return dateLabel(cell.getFullYear(), cell.getMonth(), cell.getDate());
  return (typeof cell === "number" ? dateSerialLabel(cell) : undefined) ?? cellText(cell);
}

/** Reads the period labels: one per column of values (or per cell of a single series). */
function readPeriods(raw: unknown, set: SeriesSet): string[] | undefined {
  if (isOmitted(raw)) return undefined;
  const grid = toGrid(raw);
  const cells = flattenGrid(grid);
  const length = set.series[0].length;
  if ((grid.length !== 1 && grid[0].length !== 1) || cells.length !== length) {
    throw new KpiError({
      code: "invalid_argument",
      argument: "periods",
      problem: `has ${cells.length} cells but values has ${length} periods`,
      fix: "give one label per period, as a single row or column (e.g. the header row)",
    });
  }
  return cells.map(periodLabelText);
}

/** True for a cell nobody has typed in: empty, or spaces only (a marker such as "n/a" is typed). */
function isUntouched(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * How many periods the values really cover: trailing periods where no KPI has anything typed, no
 * label names the period and no target is set are the unused end of an oversized range (a whole
 * column, or B2:B500 left room for next year), not missing figures. A typed marker ("n/a", "..")
 * or a labelled period keeps the period, and then the missing latest figure is asked about.
 */
function usedLength(set: SeriesSet, labels: readonly string[] | undefined, targets: readonly TargetArgument[]): number {
  const { grid } = set;
  const cellAt = (k: number, position: number): unknown => (set.isBlock ? grid[k][position] : set.isColumn ? grid[position][0] : grid[0][position]);
  let length = set.series[0].length;
  const inUse = (position: number): boolean =>
    (labels !== undefined && labels[position] !== "") ||
    set.series.some((_, k) => !isUntouched(cellAt(k, position))) ||
    targets.some((target) => Array.isArray(target) && target[position] !== null && target[position] !== undefined);
  while (length > 1 && !inUse(length - 1)) length -= 1;
  return length;
}

/** The series, labels and per-period targets cut to the periods in use. */
function trimmed(set: SeriesSet, labels: string[] | undefined, targets: TargetArgument[]) {
  const length = usedLength(set, labels, targets);
  return {
    series: set.series.map((series) => series.slice(0, length)),
    labels: labels?.slice(0, length),
    targets: targets.map((target) => (Array.isArray(target) ? target.slice(0, length) : target)),
  };
}

const NAME_PARAMETER: ReadingParameter<string[], [SeriesSet]> = {
  name: "name",
  description: "The KPI's name as it should read in the sentence, or a column of names for a block.",
  kind: "range",
  sheetsType: "string",
  read(raw, set) {
    if (isOmitted(raw)) throw new KpiError({ code: "missing_argument", argument: "name", hint: "enter the KPI's name, or point at the cell that holds it" });
    return readPerSeries(raw, set.series.length, "name", (cell) => cellText(cell));
  },
};

export const PERIODS_PARAMETER: ReadingParameter<string[] | undefined, [SeriesSet]> = {
  name: "periods",
  description: 'Optional. The period labels as you write them ("2023/24", "Q2 2024/25", or dates shown as months), one per column of values, e.g. the header row.',
  optional: true,
  kind: "range",
  sheetsType: "string[][]",
  read: readPeriods,
};

export const UNIT_PARAMETER: ReadingParameter<string[], [SeriesSet]> = {
  name: "unit",
  description: 'Optional. The unit: "%" (values as 72.4 or 0.724), "£", a word such as "days", or blank for a count; one or one per KPI.',
  optional: true,
  kind: "range",
  sheetsType: "string",
  read: (raw, set) => readPerSeries(raw, set.series.length, "unit", unitText),
};

/** Words for councillors (docs/FORMULA-CONVENTIONS.md, "Words for councillors"). */
export const NARRATIVE_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "NARRATIVE",
    description:
      "A plain-English paragraph on a KPI, at most three sentences: the latest value and its change, the direction of travel (a trend only when a test supports it), the target and the position among peers.",
    parameters: [NAME_PARAMETER, VALUES_PARAMETER, PERIODS_PARAMETER, TARGET_PARAMETER, POLARITY_PARAMETER, PEERS_PARAMETER, UNIT_PARAMETER],
    result: { shape: "value", type: "string" },
    example: {
      formula: '=KPI.NARRATIVE("Recycling", B2:I2, B1:I1, 45, "higher", , "%")',
      result: "Recycling was 50% in 2023/24, up 2 percentage points on 2022/23. Over eight years it has improved, ...",
    },
    implementation(name, values, periods, target, polarity, peerValues, unit) {
      const set = VALUES_PARAMETER.read(values);
      const names = NAME_PARAMETER.read(name, set);
      const labels = PERIODS_PARAMETER.read(periods, set);
      const targets = TARGET_PARAMETER.read(target, set);
      const polarities = POLARITY_PARAMETER.read(polarity, set);
      const peers = PEERS_PARAMETER.read(peerValues, set);
      const units = UNIT_PARAMETER.read(unit, set);
      const used = trimmed(set, labels, targets);
      return used.series.map((series, i) => {
        if (countPresent(series) === 0) return [NOT_ENOUGH_DATA];
        const analysis = analyseKpi({
          name: names[i] === "" ? "This measure" : names[i],
          periods: used.labels,
          values: series,
          targets: used.targets[i],
          polarity: polarities[i],
          peers: peers[i],
          unit: units[i],
        });
        return [analysis.narrative];
      });
    },
  },
  {
    name: "QUESTIONS",
    description:
      "One to five scrutiny questions chosen by what the data shows (trend, target quality, peers), in the spirit of the LGA guide's lines of enquiry and appreciative inquiry. A column of questions.",
    parameters: [VALUES_PARAMETER, TARGET_PARAMETER, POLARITY_PARAMETER, PEERS_PARAMETER],
    result: { shape: "column", type: "string" },
    example: {
      formula: "=KPI.QUESTIONS({70,72,71,73,74,72,75,73}, 66)",
      result: "The target has been met every period by a wide margin: is it stretching enough, and who agreed it?",
    },
    implementation(values, target, polarity, peerValues) {
      const set = VALUES_PARAMETER.read(values);
      const targets = TARGET_PARAMETER.read(target, set);
      const polarities = POLARITY_PARAMETER.read(polarity, set);
      const peers = PEERS_PARAMETER.read(peerValues, set);
      const used = trimmed(set, undefined, targets);
      const lines = used.series.map((series, i) => {
        if (countPresent(series) === 0) return [NOT_ENOUGH_DATA];
        return analyseKpi({ name: "This measure", values: series, targets: used.targets[i], polarity: polarities[i], peers: peers[i] }).questions;
      });
      return linesResult(lines, set.isBlock);
    },
  },
];
