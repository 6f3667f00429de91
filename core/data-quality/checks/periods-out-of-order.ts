import { periodSortKey } from "../../values/periods";
import { DataCheckRule, listed } from "../finding";

/**
 * Periods out of order: a period comes after a later one. Read by the step on the calendar when
 * the labels lie on one, else by year and quarter or month when every label has a year
 * (`periodSortKey`); labels with neither ("Wave 1") are not judged.
 *
 * @example
 * checkData({ values: [1, 2, 3], periods: ["2021/22", "2023/24", "2022/23"] })[0].sentence;
 * // => "Periods out of order: 2022/23 (value 3) comes after 2023/24 (value 2); put the periods in time order."
 */
export const PERIODS_OUT_OF_ORDER: DataCheckRule<"periods_out_of_order"> = {
  code: "periods_out_of_order",
  title: "Periods out of order",
  check({ labels, sequence }) {
    if (labels === undefined) return undefined;
    const keys = sequence?.steps ?? labels.map((label) => (label === "" ? undefined : periodSortKey(label)));
    if (sequence === undefined && keys.some((key, i) => key === undefined && labels[i] !== "")) return undefined;
    const backwards: string[] = [];
    let previous: number | undefined;
    keys.forEach((key, position) => {
      if (key === undefined) return;
      if (previous !== undefined && key < (keys[previous] as number)) {
        backwards.push(`${labels[position]} (value ${position + 1}) comes after ${labels[previous]} (value ${previous + 1})`);
      }
      previous = position;
    });
    return backwards.length === 0 ? undefined : `${listed(backwards)}; put the periods in time order.`;
  },
};
