import { DENOMINATOR_CHANGE_SHARE } from "../constants";
import { DataCheckRule, cellFigure, listed, placeOf, ratioWords } from "../finding";

/** The size of a change for a sentence: " (down 90%)", " (up 52%)", " (11 times as large)"; none from 0. */
function sizeOf(change: number): string {
  if (!Number.isFinite(change)) return "";
  if (change >= 1) return ` (${ratioWords(change + 1)} times as large)`;
  return ` (${change > 0 ? "up" : "down"} ${Math.round(Math.abs(change) * 100)}%)`;
}

/**
 * Denominator jump: from one present denominator to the next, a change of more than
 * DENOMINATOR_CHANGE_SHARE of the earlier one (to over 1.5 times, or under half), so the rate may
 * no longer measure the same thing.
 *
 * @example
 * checkData({ values: [50, 52], numerators: [50, 21], denominators: [100, 40] })[0].sentence;
 * // => "Denominator jump: from 100 in value 1 to 40 in value 2 (down 60%); check whether the definition, the boundary or the recording changed."
 */
export const DENOMINATOR_JUMP: DataCheckRule<"denominator_jump"> = {
  code: "denominator_jump",
  title: "Denominator jump",
  check(context) {
    const { denominators } = context;
    if (denominators === undefined) return undefined;
    const jumps: string[] = [];
    let previous: number | undefined;
    denominators.forEach((denominator, position) => {
      if (denominator === null || denominator < 0) return;
      if (previous !== undefined) {
        const before = denominators[previous] as number;
        const change = before === 0 ? (denominator === 0 ? 0 : Infinity) : (denominator - before) / before;
        if (Math.abs(change) > DENOMINATOR_CHANGE_SHARE) {
          jumps.push(`from ${cellFigure(before)} in ${placeOf(context, previous)} to ${cellFigure(denominator)} in ${placeOf(context, position)}${sizeOf(change)}`);
        }
      }
      previous = position;
    });
    return jumps.length === 0 ? undefined : `${listed(jumps)}; check whether the definition, the boundary or the recording changed.`;
  },
};
