import { changeOnComparablePeriod, changeOnPeriod } from "../trend/change";
import { Polarity, Series } from "../values";
import { periodsPerYearFromLabels } from "../values/periods";
import { ChangeSummary } from "./types";

/**
 * The series the change reads: the values, with the periods left out before the latest value
 * taken away (a period left out is never compared with), the latest value kept.
 */
function keptSeries(values: Series, exclude: readonly boolean[] | undefined, latest: number): Series {
  if (exclude === undefined) return values;
  return values.map((value, i) => (i < latest && exclude[i] ? null : value));
}

/** The last position before `latest` with a value, or -1. */
function lastPresentBefore(series: Series, latest: number): number {
  for (let i = latest - 1; i >= 0; i--) if (series[i] !== null) return i;
  return -1;
}

/**
 * The change of the latest value, as the narrative and the card report it (KPI.CHANGE's engine):
 * on the same quarter or month last year when named periods show a seasonal series, else on the
 * previous period. A change is never taken silently across a gap: when the previous period has no
 * figure, or was left out, the change is on the last period with a figure that was kept, and the
 * periods passed over are named (`missingBetween`, `leftOutBetween`) so the words can say so
 * ("on Q2 2023/24, the last quarter with a figure; none for Q3 2023/24").
 *
 * @param values the KPI's values in time order (`null` = missing)
 * @param exclude one mark per position: true for a period left out
 * @param periods one label per position
 * @param periodsNamed true when the labels were given (they then choose the seasonal comparison)
 * @param polarity which direction is better
 * @returns the change, or undefined when there is no earlier figure to compare with
 * @example
 * changeSummary([85, 82, null, 88], undefined, ["Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"], true, "higher");
 * // => { period: "Q2 2023/24", previous: 82, difference: 6, percent: 7.317..., label: "Better",
 * //      comparedWith: "previous period", missingBetween: ["Q3 2023/24"], leftOutBetween: [] }
 */
export function changeSummary(values: Series, exclude: readonly boolean[] | undefined, periods: readonly string[], periodsNamed: boolean, polarity: Polarity): ChangeSummary | undefined {
  if (values.length < 2) return undefined;
  let latest = values.length - 1;
  while (latest >= 0 && values[latest] === null) latest--;
  if (latest < 1) return undefined;
  const series = keptSeries(values, exclude, latest);
  const perYear = periodsNamed ? periodsPerYearFromLabels(periods) : undefined;
  const comparable = perYear === undefined || perYear === 1 ? undefined : changeOnComparablePeriod(series, perYear, polarity);
  let result = comparable ?? changeOnPeriod(series, 1, polarity);
  const comparedWith: ChangeSummary["comparedWith"] = comparable?.comparedWith ?? "previous period";
  if (comparedWith === "previous period" && result.earlierValue === null) {
    const earlier = lastPresentBefore(series, latest);
    if (earlier < 0) return undefined;
    // Across the gap: the last period with a figure, with its usual range left out (that range is of one-period changes).
    result = { ...changeOnPeriod(series, latest - earlier, polarity), usualChange: null };
  }
  if (result.change === null || result.earlierPosition === null || result.earlierValue === null) return undefined;
  const change: ChangeSummary = {
    period: periods[result.earlierPosition],
    previous: result.earlierValue,
    difference: result.change,
    label: result.label,
    comparedWith,
  };
  if (result.percentChange !== null) change.percent = result.percentChange * 100;
  if (result.usualChange !== null) change.withinUsualRange = result.usualChange.withinUsualRange;
  if (comparedWith === "previous period" && result.earlierPosition < latest - 1) {
    const between = Array.from({ length: latest - 1 - result.earlierPosition }, (_, k) => result.earlierPosition! + 1 + k);
    change.missingBetween = between.filter((i) => !(exclude?.[i] ?? false)).map((i) => periods[i]);
    change.leftOutBetween = between.filter((i) => exclude?.[i] ?? false).map((i) => periods[i]);
  }
  return change;
}
