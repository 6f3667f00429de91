import { ROLLED_FORWARD_PERIODS } from "../constants";
import { DataCheckRule, cellFigure, listed, placeOf } from "../finding";

/**
 * Figure rolled forward: the same value in ROLLED_FORWARD_PERIODS present periods in a row or
 * more, as when last period's figure is copied instead of updated. A run at 0, or at 100% (1 when
 * kept as fractions) for a percentage, is left alone: a floor or a ceiling is often real.
 *
 * @example
 * checkData({ values: [61.2, 63.5, 63.5, 63.5, 63.5] })[0].sentence;
 * // => "Figure rolled forward: 63.5 in 4 periods in a row, value 2 to value 5; check the figure was updated each period, not copied forward."
 */
export const ROLLED_FORWARD: DataCheckRule<"rolled_forward"> = {
  code: "rolled_forward",
  title: "Figure rolled forward",
  check(context) {
    const { positions, values } = context.present;
    const ceiling = context.unit.percent ? (context.unit.fractions ? 1 : 100) : undefined;
    const runs: string[] = [];
    let start = 0;
    for (let k = 1; k <= values.length; k++) {
      if (k < values.length && values[k] === values[start]) continue;
      const length = k - start;
      const value = values[start];
      if (length >= ROLLED_FORWARD_PERIODS && value !== 0 && value !== ceiling) {
        runs.push(`${cellFigure(value)} in ${length} periods in a row, ${placeOf(context, positions[start])} to ${placeOf(context, positions[k - 1])}`);
      }
      start = k;
    }
    return runs.length === 0 ? undefined : `${listed(runs)}; check the figure was updated each period, not copied forward.`;
  },
};
