/**
 * The inequality part of a KPI's view: core's slope and relative index of inequality
 * (analyseKpi's `inequality`) in the panel's words, or why they could not be worked out. The
 * judgement (narrowed, widened, could be chance) is core's; this file only words it.
 */
import type { InequalityChange, InequalitySummary } from "../../../core/analysis/inequality-types";
import { InequalityView } from "../../shared/kpi-view";
import { ParsedKpi } from "../../shared/pane-inputs";

/** The change of the gap in words, as a card line. */
function changeWords(change: InequalityChange | undefined, since: string | undefined): string {
  switch (change) {
    case undefined:
      return "";
    case "narrowed":
      return `Narrowed since ${since}`;
    case "widened":
      return `Widened since ${since}`;
    case "reversed":
      return `Reversed since ${since}: the other end is now higher`;
    case "could be chance":
      return `The change since ${since} cannot be told apart from chance (the 95% intervals overlap)`;
    default:
      return "Cannot be judged: each group's 95% confidence limits are needed";
  }
}

/** The name of a number of groups. */
function groupsWord(groups: number): string {
  return groups === 10 ? "deciles" : groups === 5 ? "quintiles" : "groups";
}

/** A view that only says what is wrong. */
function problemOnly(groups: number, problem: string, notes: string[] = []): InequalityView {
  return { groups: groupsWord(groups), period: null, sii: null, siiLower: null, siiUpper: null, rii: null, riiLower: null, riiUpper: null, change: "", byPeriod: [], problem, notes };
}

/**
 * The inequality view of one KPI, or undefined when the peer table is not a deprivation table with
 * this KPI: from core's summary, or the reading problem of the deprivation table.
 *
 * @example
 * inequalityViewOf(inputs, analysis)?.change; // => "Narrowed since 2017/18"
 */
export function inequalityViewOf(inputs: ParsedKpi, summary: InequalitySummary | undefined): InequalityView | undefined {
  const reading = inputs.quantiles;
  if (reading === undefined) return undefined;
  if ("problem" in reading) return problemOnly(0, reading.problem);
  if (summary === undefined) return problemOnly(reading.groups, "the deprivation table has no period for this KPI");
  const notes = summary.skipped.map((skip) => `${skip.period} left out: ${skip.reason}`);
  const latest = summary.latest;
  if (summary.problem !== undefined || latest === undefined) return problemOnly(summary.groups, summary.problem ?? "the gap could not be worked out", notes);
  return {
    groups: groupsWord(summary.groups),
    period: latest.period,
    sii: latest.sii,
    siiLower: latest.siiInterval?.lower ?? null,
    siiUpper: latest.siiInterval?.upper ?? null,
    rii: latest.rii,
    riiLower: latest.riiInterval?.lower ?? null,
    riiUpper: latest.riiInterval?.upper ?? null,
    change: changeWords(summary.change, summary.earlier?.period),
    byPeriod: summary.byPeriod,
    problem: null,
    notes,
  };
}
