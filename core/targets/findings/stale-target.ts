import { formatValue } from "../../values/units";
import { STALE_TARGET_PERIODS } from "../constants";
import { TargetFindingRule } from "./finding";

/**
 * Stale target: targets given per period, unchanged for the last STALE_TARGET_PERIODS periods or
 * more that have a target (up to the furthest target given). With months or quarters
 * (`periodsPerYear` 12 or 4) the run is counted in years of them, STALE_TARGET_PERIODS years, so
 * that a yearly target repeated across the quarters or months of its year, or stepped up each
 * April, is not stale. Applies with any polarity.
 *
 * @example
 * checkTarget({ values: [55, 56, 57, 58], targets: [60, 60, 60, 60], polarity: "higher" }).map((finding) => finding.title);
 * // => ["Unrealistic target", "Stale target"] (the latest value, 58, is 2 short; the best rise seen is 1)
 */
export const STALE_TARGET: TargetFindingRule<"stale_target"> = {
  code: "stale_target",
  title: "Stale target",
  directional: false,
  check(context) {
    if (!context.perPeriod) return undefined;
    const given = context.targets.filter((target): target is number => target !== null);
    const needed = STALE_TARGET_PERIODS * context.periodsPerYear;
    if (given.length < needed) return undefined;
    const last = given[given.length - 1];
    let run = 0;
    for (let i = given.length - 1; i >= 0 && given[i] === last; i--) run += 1;
    if (run < needed) return undefined;
    const years = context.periodsPerYear === 1 ? "" : ` (${Math.floor(run / context.periodsPerYear)} years)`;
    const span = run === given.length ? `every one of the ${run} periods given${years}` : `the last ${run} periods${years}`;
    return `the target has been ${formatValue(last, context.unit)} for ${span}; review it against recent performance and peers.`;
  },
  question: "When was the target last reviewed against recent performance and peers?",
};
