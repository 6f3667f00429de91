import { periodsBetween } from "../../values/periods";
import { DataCheckRule, listed } from "../finding";

/**
 * Missing period: the labels lie on a regular calendar (years, quarters or months) and skip a
 * step, so the trend would treat two periods a year apart as neighbours. Not judged when periods
 * are out of order (the gap would be a guess).
 *
 * @example
 * checkData({ values: [1, 2, 3], periods: ["2018/19", "2019/20", "2021/22"] })[0].sentence;
 * // => "Missing period: no 2020/21 between 2019/20 and 2021/22; add it, blank if there is no figure, so the gap keeps its place."
 */
export const MISSING_PERIOD: DataCheckRule<"missing_period"> = {
  code: "missing_period",
  title: "Missing period",
  unless: ["periods_out_of_order"],
  check({ labels, sequence }) {
    if (labels === undefined || sequence === undefined) return undefined;
    const gaps: string[] = [];
    let total = 0;
    let previous: number | undefined;
    sequence.steps.forEach((step, position) => {
      if (step === undefined) return;
      if (previous !== undefined) {
        const skipped = step - (sequence.steps[previous] as number) - 1;
        if (skipped > 0) {
          total += skipped;
          const names = periodsBetween(labels[previous], labels[position], sequence.perYear);
          const what = names.length === skipped ? `no ${listed(names, "or")}` : `${skipped} periods missing`;
          gaps.push(`${what} between ${labels[previous]} and ${labels[position]}`);
        }
      }
      previous = position;
    });
    if (gaps.length === 0) return undefined;
    return `${listed(gaps, "and", "; ")}; add ${total === 1 ? "it" : "them"}, blank if there is no figure, so the gap keeps its place.`;
  },
};
