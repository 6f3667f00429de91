/**
 * Special-cause episodes: the runs of marked points a reader of an XmR chart sees, which the
 * narrative names. The marks themselves come from xmrChart (checked against NHSRplotthedots in
 * spc-reference.test.ts); these tests check how they are grouped, with the rules each point
 * breaks worked out beside each case.
 */
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { specialCauseEpisodes } from "../../core/spc/special-cause-episodes";
import { xmrChart } from "../../core/spc/xmr-chart";

describe("specialCauseEpisodes", () => {
  test("the NHSRplotthedots vignette series: one point above the upper limit", () => {
    // Mean 1.944, MDC limits -3.06 to 6.95 (docs/SPC.md, "Checked against"): only the 10 is marked.
    expect(specialCauseEpisodes(xmrChart([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { polarity: "higher" }))).toEqual([
      { start: 4, end: 4, points: 1, spanned: 1, rule: "Outside limits", direction: 1, side: 1, variation: "Special cause improving", ongoing: false },
    ]);
  });

  test("a common-cause series has no episode", () => {
    // Mean 81.67, limits 74.9 to 88.4; no run of 7 on one side, no trend, nothing near a limit.
    expect(specialCauseEpisodes(xmrChart([81, 83, 80, 82, 84, 81, 79, 83, 82, 80, 84, 81], { polarity: "higher" }))).toEqual([]);
  });

  test("Trafford's recycling rate (DEFRA ENV18): two of three low at the start, then a run of seven high", () => {
    // Mean 55.32, mean moving range 3.6, limits 45.74 to 64.89, near band 48.93 to 61.70.
    // 2010/11 (40.8) is below the lower limit and with 2012/13 (47.9) two of three below the near
    // band (2011/12, 49.2, is inside it): one episode of concern spanning three years. Then
    // 2013/14 to 2019/20 are seven values above the mean: a shift, improving when higher is better.
    const values = [40.8, 49.2, 47.9, 57.5, 61.9, 60.4, 61.3, 58.5, 57.3, 56.9, 53.3, 58.8];
    expect(specialCauseEpisodes(xmrChart(values, { polarity: "higher" }))).toEqual([
      { start: 0, end: 2, points: 2, spanned: 3, rule: "Two of three", direction: -1, side: -1, variation: "Special cause concerning", ongoing: false },
      { start: 3, end: 9, points: 7, spanned: 7, rule: "Shift", direction: 1, side: 1, variation: "Special cause improving", ongoing: false },
    ]);
  });

  test("a shift still going on at the latest value is ongoing", () => {
    // Mean 52.93: the first seven quarters below it (concerning), the last seven above (improving).
    const chart = xmrChart([50, 51, 49, 50, 52, 50, 51, 55, 56, 54, 55, 57, 55, 56], { polarity: "higher" });
    const episodes = specialCauseEpisodes(chart);
    expect(episodes.map((e) => [e.start, e.end, e.rule, e.direction, e.variation, e.ongoing])).toEqual([
      [0, 6, "Shift", -1, "Special cause concerning", false],
      [7, 13, "Shift", 1, "Special cause improving", true],
    ]);
  });

  test("episodes split where the colour of the dots changes: a shift below (better) then a rising trend (worse)", () => {
    // Lower is better. Mean 13.13: positions 0 to 6 are below it (a shift, improving); 4 to 12 rise
    // nine times in a row (a trend). MDC shows improvement where a point's rules disagree, so 4 to 6
    // stay improving and the trend's later points, 7 to 12, are concerning; 11 and 12 are also above
    // the upper limit (13.13 + 2.66 x 1.4 = 16.85), so the trend describes that episode: every point in it is rising.
    const chart = xmrChart([10, 11, 10, 11, 10, 11, 12, 13, 14, 15, 16, 17, 18, 11, 10, 11], { polarity: "lower" });
    expect(specialCauseEpisodes(chart).map((e) => [e.start, e.end, e.points, e.rule, e.direction, e.variation])).toEqual([
      [0, 6, 7, "Shift", -1, "Special cause improving"],
      [7, 12, 6, "Trend", 1, "Special cause concerning"],
    ]);
  });

  test("neutral polarity: high and low are separate episodes, as NHSRplotthedots' neutral_high and neutral_low", () => {
    // Mean 19.36 with the 5: the eleven values of 20 and 21 are above it (a shift, high), the 5 is
    // below the lower limit (low).
    const chart = xmrChart([20, 21, 20, 21, 20, 21, 20, 21, 20, 21, 20, 5, 21, 20], { polarity: "neutral" });
    expect(specialCauseEpisodes(chart).map((e) => [e.start, e.end, e.rule, e.direction, e.variation])).toEqual([
      [0, 10, "Shift", 1, "Special cause neutral"],
      [11, 11, "Outside limits", -1, "Special cause neutral"],
    ]);
  });

  test("missing and excluded periods are stepped over, as the moving ranges step over them", () => {
    // The shift of the ongoing case with a gap (position 9) and an excluded period (position 11)
    // inside the high run: the seven usable high values still make one episode, from 7 to 15.
    const values = [50, 51, 49, 50, 52, 50, 51, 55, 56, null, 54, 99, 55, 57, 55, 56];
    const exclude = values.map((_, i) => i === 11);
    const episodes = specialCauseEpisodes(xmrChart(values, { polarity: "higher", exclude }));
    expect(episodes[episodes.length - 1]).toEqual({
      start: 7,
      end: 15,
      points: 7,
      spanned: 7,
      rule: "Shift",
      direction: 1,
      side: 1,
      variation: "Special cause improving",
      ongoing: true,
    });
  });

  test("episodes never cross a rebase", () => {
    // Two groups of the vignette series: each has its own outside point.
    const values = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];
    const chart = xmrChart([...values, ...values], { polarity: "lower", rebase: [18] });
    expect(specialCauseEpisodes(chart).map((e) => [e.start, e.end, e.variation])).toEqual([
      [4, 4, "Special cause concerning"],
      [22, 22, "Special cause concerning"],
    ]);
  });

  test("analyseKpi carries the most recent episode", () => {
    const analysis = analyseKpi({ name: "Recycling", values: [40.8, 49.2, 47.9, 57.5, 61.9, 60.4, 61.3, 58.5, 57.3, 56.9, 53.3, 58.8], polarity: "higher" });
    expect(analysis.spcEpisode).toMatchObject({ start: 3, end: 9, rule: "Shift", ongoing: false });
    expect(analyseKpi({ name: "Calls", values: [81, 83, 80, 82, 84, 81, 79, 83, 82, 80, 84, 81], polarity: "higher" }).spcEpisode).toBeUndefined();
  });
});
