import { VARIATION_LABELS } from "../labels";
import { SPC_RULE_LABELS } from "./rules/table";
import { trendDirection } from "./rules/trend-run";
import type { XmrChart, XmrPoint } from "./xmr-chart";

/**
 * One episode of special cause: consecutive chart points that break a rule and read the same way
 * (the same variation, from a rule pointing the same way), as a reader of the chart sees one run
 * of marked dots.
 */
export interface SpecialCauseEpisode {
  /** First and last position (0-based) of the episode in the series. */
  start: number;
  end: number;
  /** How many points of the episode break a rule. */
  points: number;
  /**
   * How many usable points (present and not excluded) it spans: its marked points, plus an
   * unmarked point of a two-of-three window between two marked ones.
   */
  spanned: number;
  /**
   * The rule every marked point of the episode breaks, the same way at each, chosen in the order
   * a reader pictures most easily (`Shift`, `Trend`, `Outside limits`, `Two of three`); null when
   * no one rule covers them all.
   */
  rule: string | null;
  /**
   * +1 above the mean (a rising trend for `Trend`), -1 below (falling): the way the describing
   * rule points, or, with no describing rule, the way the first rule in precedence points.
   */
  direction: 1 | -1;
  /** +1 when every marked point is above the mean, -1 when every one is below, 0 otherwise. */
  side: 1 | -1 | 0;
  /** The points' variation: `Special cause improving`, `Special cause concerning` or `Special cause neutral`. */
  variation: string;
  /** True when the episode runs to the latest point of the chart. */
  ongoing: boolean;
}

/** The order in which a rule describes an episode: runs first, as a span is easiest to picture. */
const DESCRIBING_ORDER: readonly string[] = [SPC_RULE_LABELS.shift, SPC_RULE_LABELS.trend, SPC_RULE_LABELS.outsideLimits, SPC_RULE_LABELS.twoOfThree];

/** A usable point (present, not excluded) with the way each of its rules points. */
interface MarkedPoint {
  point: XmrPoint;
  /** Place among the usable points of the limit group. */
  index: number;
  /** The way each rule the point breaks points, by rule label. */
  ways: Map<string, number>;
  /** The way of the first rule in precedence (0 when the point breaks none). */
  first: number;
}

/** The usable points of one limit group with the way each rule points at each of them. */
function markedPoints(points: readonly XmrPoint[]): MarkedPoint[] {
  const usable = points.filter((point) => point.value !== null && !point.excluded);
  const values = usable.map((point) => point.value as number);
  const trends = trendDirection(
    values,
    usable.map((point) => point.rules.includes(SPC_RULE_LABELS.trend)),
  );
  return usable.map((point, i) => {
    const side = Math.sign((point.value as number) - point.mean);
    const ways = new Map<string, number>();
    for (const rule of point.rules) ways.set(rule, rule === SPC_RULE_LABELS.trend ? trends[i] : side);
    return { point, index: i, ways, first: point.rules.length === 0 ? 0 : (ways.get(point.rules[0]) as number) };
  });
}

/**
 * True when two marked points read the same way: the same variation label, and for neutral
 * variation the same side (the way of the first rule in precedence, as NHSRplotthedots splits
 * `special_cause_neutral_high` from `_low`). Improving and concerning already carry their way.
 */
function sameWay(a: MarkedPoint, b: MarkedPoint): boolean {
  if (a.point.variation !== b.point.variation) return false;
  return a.point.variation !== VARIATION_LABELS.neutral || a.first === b.first;
}

/** The episode of a run of marked points (`run` holds only the points that break a rule). */
function episodeOf(run: readonly MarkedPoint[], latestPosition: number): SpecialCauseEpisode {
  const first = run[0];
  const last = run[run.length - 1];
  const rule =
    DESCRIBING_ORDER.find((candidate) => {
      const ways = run.map((marked) => marked.ways.get(candidate));
      return ways.every((way) => way !== undefined && way !== 0 && way === ways[0]);
    }) ?? null;
  const direction = (rule === null ? first.first : (first.ways.get(rule) as number)) > 0 ? 1 : -1;
  const sides = run.map((marked) => Math.sign((marked.point.value as number) - marked.point.mean));
  const side = sides.every((s) => s > 0) ? 1 : sides.every((s) => s < 0) ? -1 : 0;
  return {
    start: first.point.position,
    end: last.point.position,
    points: run.length,
    spanned: last.index - first.index + 1,
    rule,
    direction,
    side,
    variation: first.point.variation as string,
    ongoing: last.point.position === latestPosition,
  };
}

/**
 * The episodes of special cause on an XmR chart, oldest first: each a run of consecutive usable
 * points (present and not excluded; gaps and excluded periods are stepped over, as the moving
 * ranges step over them) that break a rule and read the same way: the same variation label (the
 * colour of their dots), and for neutral variation the same side, high or low. A
 * two-of-three window may hold one unmarked point between its two marked ones: it stays inside
 * the episode. Episodes never cross a rebase. The last episode is the one the narrative names
 * (docs/SPC.md, "Episodes").
 *
 * @param chart the XmR chart, with its rules applied
 * @returns the episodes, oldest first (empty when no point breaks a rule)
 * @example
 * // The NHSRplotthedots vignette's series: the 10 is above the upper limit, nothing else is marked.
 * specialCauseEpisodes(xmrChart([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { polarity: "higher" }));
 * // => [{ start: 4, end: 4, points: 1, spanned: 1, rule: "Outside limits", direction: 1, side: 1,
 * //       variation: "Special cause improving", ongoing: false }]
 */
export function specialCauseEpisodes(chart: XmrChart): SpecialCauseEpisode[] {
  // Most charts flag nothing: no episode, without reading every point's rules.
  if (!chart.points.some((point) => point.rules.length > 0 && point.value !== null && !point.excluded)) return [];
  const usable = chart.points.filter((point) => point.value !== null && !point.excluded);
  const latestPosition = usable.length === 0 ? -1 : usable[usable.length - 1].position;
  const episodes: SpecialCauseEpisode[] = [];
  for (let group = 0; group < chart.groups.length; group++) {
    const marked = markedPoints(chart.points.filter((point) => point.group === group));
    let run: MarkedPoint[] = [];
    for (let i = 0; i < marked.length; i++) {
      const current = marked[i];
      if (current.point.rules.length === 0) {
        const before = run[run.length - 1];
        const after = marked[i + 1];
        const bridges =
          before !== undefined &&
          after !== undefined &&
          marked[i - 1] === before &&
          before.point.rules.includes(SPC_RULE_LABELS.twoOfThree) &&
          after.point.rules.includes(SPC_RULE_LABELS.twoOfThree) &&
          sameWay(before, after);
        if (!bridges && run.length > 0) {
          episodes.push(episodeOf(run, latestPosition));
          run = [];
        }
        continue;
      }
      if (run.length > 0 && !sameWay(run[run.length - 1], current)) {
        episodes.push(episodeOf(run, latestPosition));
        run = [];
      }
      run.push(current);
    }
    if (run.length > 0) episodes.push(episodeOf(run, latestPosition));
  }
  return episodes;
}
