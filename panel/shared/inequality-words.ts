/**
 * The words the card and the report use for inequality across deprivation groups, from the view
 * (panel/shared/kpi-view.ts, InequalityView): one place, so the card and the report agree.
 */
import { formatDifference, formatNumber as plainNumber, readUnit } from "../../core/values/units";
import { InequalityView } from "./kpi-view";

/** A signed gap with its unit: "-5.8 percentage points". */
export function signedGap(value: number, unit: string): string {
  const text = formatDifference(value, readUnit(unit));
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/** "(95% interval -6.2 to -5.4)", or nothing without limits. */
export function intervalWords(lower: number | null, upper: number | null): string {
  return lower === null || upper === null ? "" : ` (95% interval ${plainNumber(lower)} to ${plainNumber(upper)})`;
}

/** Which end is higher, from the sign of the slope index: the most deprived group is quantile 1. */
export function higherEnd(sii: number): string {
  return sii < 0 ? "higher among the most deprived" : sii > 0 ? "higher among the least deprived" : "no gap";
}

/**
 * The inequality of a KPI in one line, for a report cell: "2019/20: SII -5.8 percentage points (95%
 * interval -6.2 to -5.4), higher among the most deprived; RII 0.55 (95% interval 0.52 to 0.57);
 * Narrowed since 2017/18", or why it could not be worked out.
 */
export function inequalityLine(view: InequalityView, unit: string): string {
  if (view.problem !== null || view.sii === null || view.rii === null) return `Not worked out: ${view.problem ?? "no result"}`;
  const parts = [
    `${view.period}: SII ${signedGap(view.sii, unit)}${intervalWords(view.siiLower, view.siiUpper)}, ${higherEnd(view.sii)}`,
    `RII ${plainNumber(view.rii)}${intervalWords(view.riiLower, view.riiUpper)}`,
  ];
  if (view.change) parts.push(view.change);
  return parts.join("; ");
}
