/**
 * "The target in force", defined once (core/targets/target-in-force.ts) and read by the analysis
 * (RAG, KPI.ONTRACK's projection) and the target checks (KPI.TARGETCHECK). Expected positions are
 * worked out by hand from the definition: the current target is the latest period's own or the
 * most recent before it; the goal is the furthest target strictly after the latest period, else
 * the current target one period ahead.
 */
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { checkTarget } from "../../core/targets/check-target";
import { targetInForce } from "../../core/targets/target-in-force";
import { Series } from "../../core/values";

describe("targetInForce", () => {
  test.each<[string, Series, number, ReturnType<typeof targetInForce>]>([
    ["one target for every period: carried one period ahead", [60, 60, 60, 60], 3, { current: { position: 3, value: 60 }, goal: { position: 4, value: 60 } }],
    [
      "next year's target beside a value not due yet",
      [60, 61, 62, null, 65],
      2,
      { current: { position: 2, value: 62 }, goal: { position: 4, value: 65 } },
    ],
    // The case the two earlier definitions disagreed on: the furthest target is the latest period's
    // own. That value has just been rated against it, so the goal is the same target one period
    // ahead, never the period already reported.
    ["the furthest target is the latest period's own", [60, 61, 62], 2, { current: { position: 2, value: 62 }, goal: { position: 3, value: 62 } }],
    ["only an earlier target: it still applies", [60, null, null], 2, { current: { position: 0, value: 60 }, goal: { position: 3, value: 60 } }],
    ["targets shorter than the values", [60], 3, { current: { position: 0, value: 60 }, goal: { position: 4, value: 60 } }],
    ["a target only after the latest value", [null, null, 70], 1, { current: null, goal: { position: 2, value: 70 } }],
    ["no target at all", [null, null], 1, { current: null, goal: null }],
  ])("%s", (_name, targets, latest, expected) => {
    expect(targetInForce(targets, latest)).toEqual(expected);
  });
});

describe("the analysis and the target checks read the same target in force", () => {
  // 50 to 54, one a period: the best improvement seen between two periods is 1 (fewer than 12
  // points, so only the pace test of Unrealistic target applies).
  const values = [50, 51, 52, 53, 54];

  test("a goal two periods after the latest value", () => {
    const targets = [null, null, null, null, null, null, 60];
    const analysis = analyseKpi({ name: "KPI", values, targets, polarity: "higher" });
    expect(analysis.onTrack).toMatchObject({ position: 6, target: 60 });
    // (60 - 54) / 2 = 3 a period for the 2 periods to position 6.
    const unrealistic = checkTarget({ values, targets, polarity: "higher" }).find((finding) => finding.code === "unrealistic_target");
    expect(unrealistic?.sentence).toContain("needs an improvement of 3 a period for 2 periods");
  });

  test("the latest period's own target is the goal one period ahead", () => {
    const targets = [50, 51, 52, 53, 60];
    const analysis = analyseKpi({ name: "KPI", values, targets, polarity: "higher" });
    expect(analysis.target).toEqual({ value: 60, rag: "Red" });
    expect(analysis.onTrack).toMatchObject({ position: 5, target: 60 });
    // 60 - 54 = 6 in the one period to position 5.
    const unrealistic = checkTarget({ values, targets, polarity: "higher" }).find((finding) => finding.code === "unrealistic_target");
    expect(unrealistic?.sentence).toContain("needs an improvement of 6 in one period");
  });
});
