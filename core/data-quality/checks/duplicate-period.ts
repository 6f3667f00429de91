import { DataCheckRule, listed } from "../finding";

/** A label compared as text: trimmed, spaces collapsed, in lower case. */
function textKey(label: string): string {
  return label.replace(/\s+/g, " ").toLowerCase();
}

/**
 * Duplicated period: two positions carry the same period, by their step on the calendar when the
 * labels lie on one ("2023/24" and "2023-24" are the same year), else by their text.
 *
 * @example
 * checkData({ values: [1, 2, 3], periods: ["2022/23", "2023/24", "2023/24"] })[0].sentence;
 * // => "Duplicated period: 2023/24 is given twice (values 2 and 3); keep one figure for each period."
 */
export const DUPLICATE_PERIOD: DataCheckRule<"duplicate_period"> = {
  code: "duplicate_period",
  title: "Duplicated period",
  check({ labels, sequence }) {
    if (labels === undefined) return undefined;
    const seen = new Map<string | number, number[]>();
    labels.forEach((label, position) => {
      if (label === "") return;
      const key = sequence?.steps[position] ?? textKey(label);
      seen.set(key, [...(seen.get(key) ?? []), position]);
    });
    const repeats = [...seen.values()].filter((positions) => positions.length > 1);
    if (repeats.length === 0) return undefined;
    const described = repeats.map((positions) => {
      const names = [...new Set(positions.map((position) => labels[position]))];
      const times = positions.length === 2 ? "twice" : `${positions.length} times`;
      const which = `values ${listed(positions.map((position) => String(position + 1)))}`;
      return names.length === 1 ? `${names[0]} is given ${times} (${which})` : `${listed(names)} are the same period (${which})`;
    });
    return `${listed(described)}; keep one figure for each period.`;
  },
};
