/**
 * The target-quality findings of KPI.TARGETCHECK, one table row per finding: a series that must
 * raise it and a near miss that must not. Expected sentences are worked out by hand from the
 * definitions documented in core/targets/check-target.ts and the constants beside it.
 */
import { checkTarget, TargetCheckInput, TargetFindingCode } from "../../core/targets/check-target";
import { processLimits } from "../../core/targets/process-limits";
import { xmrChart } from "../../core/spc/xmr-chart";
import { readUnit } from "../../core/values/units";

const codes = (input: TargetCheckInput) => checkTarget(input).map((finding) => finding.code);

/** Peers used for the quartile cases: QUARTILE.INC gives 59.5 / 63 / 66.5. */
const PEERS = [50, 58, 60, 62, 64, 66, 68, 70];

const cases: [TargetFindingCode, string, TargetCheckInput, TargetCheckInput][] = [
  [
    "soft_target",
    // LGA guide section 4: "some services set targets that are always achieved": met every period by a wide margin.
    "met in all 8 periods by 6.5 on average against a typical change of 1.9",
    { values: [70, 72, 71, 73, 74, 72, 75, 73], targets: 66, polarity: "higher" },
    // near miss: met every period, but by 0.98 on average, less than the typical change of 1.3
    { values: [72, 73, 72, 74, 73, 72, 74, 73], targets: 71.9, polarity: "higher" },
  ],
  [
    "soft_target",
    "missed once in 8 periods is not soft",
    { values: [12, 11, 10, 12, 11, 10, 11, 9], targets: 15, polarity: "lower" },
    { values: [12, 11, 10, 16, 11, 10, 11, 9], targets: 15, polarity: "lower" },
  ],
  [
    "unrealistic_target",
    "needs 5 in one period; the best rise seen is 2",
    { values: [50, 52, 53, 55], targets: 60, polarity: "higher" },
    { values: [50, 52, 53, 55], targets: 57, polarity: "higher" },
  ],
  [
    "unrealistic_target",
    "a target two periods ahead needs 3 a period; the best seen is 2",
    { values: [50, 52, 53, 55, null, null], targets: [null, null, null, null, null, 61], polarity: "higher" },
    { values: [50, 52, 53, 55, null, null], targets: [null, null, null, null, null, 59], polarity: "higher" },
  ],
  [
    "target_below_peers",
    "a target of 64 under a peer median of 65.5",
    { values: [60, 61, 62, 63], targets: 64, polarity: "higher", peers: [60, 62, 65, 66, 67, 70] },
    { values: [60, 61, 62, 63], targets: 66, polarity: "higher", peers: [60, 62, 65, 66, 67, 70] },
  ],
  [
    "stale_target",
    "the same target for 4 periods",
    { values: [55, 56, 57, 58], targets: [60, 60, 60, 60], polarity: "higher" },
    { values: [55, 56, 57, 58], targets: [59, 60, 60, 60], polarity: "higher" },
  ],
  [
    "target_asks_for_decline",
    "a target under each of the last three values",
    { values: [68, 72, 74, 75], targets: 71, polarity: "higher" },
    { values: [68, 70, 74, 75], targets: 71, polarity: "higher" },
  ],
  [
    "hit_and_miss",
    "a target of 50 inside process limits of 42.02 to 57.98",
    { values: [48, 52, 49, 51, 50, 53, 47, 50, 52, 48, 51, 49], targets: 50, polarity: "higher" },
    // near miss: the same target with 11 points: trial limits do not judge a target (docs/SPC.md, "Trial limits")
    { values: [52, 49, 51, 50, 53, 47, 50, 52, 48, 51, 49], targets: 50, polarity: "higher" },
  ],
  [
    "green_but_bottom_quartile",
    // LGA guide section 5, "The challenge of RAG ratings": green, yet poor against peers.
    "green at 56 against 55, below the lower quartile of 59.5",
    { values: [54, 55, 55, 56], targets: 55, polarity: "higher", peers: PEERS },
    { values: [54, 55, 55, 60], targets: 55, polarity: "higher", peers: PEERS },
  ],
  [
    "green_but_bottom_quartile",
    "lower is better: green at 69 against 70, above the upper quartile of 66.5",
    { values: [72, 71, 70, 69], targets: 70, polarity: "lower", peers: PEERS },
    { values: [72, 71, 70, 66], targets: 70, polarity: "lower", peers: PEERS },
  ],
  [
    "red_but_top_quartile",
    "red at 69 against 75, above the upper quartile of 66.5",
    { values: [66, 67, 68, 69], targets: 75, polarity: "higher", peers: PEERS },
    { values: [66, 67, 68, 66], targets: 75, polarity: "higher", peers: PEERS },
  ],
  [
    "no_target",
    "no target at all",
    { values: [66, 67, 68, 69], targets: null, polarity: "higher" },
    { values: [66, 67, 68, 69], targets: [null, null, 70, null], polarity: "higher" },
  ],
];

describe("each target finding is raised by its case and not by its near miss", () => {
  test.each(cases)("%s: %s", (code, _why, raises, nearMiss) => {
    expect(codes(raises)).toContain(code);
    expect(codes(nearMiss)).not.toContain(code);
  });
});

describe("the sentences carry the numbers that raised them", () => {
  test("soft target", () => {
    const [finding] = checkTarget({ values: [70, 72, 71, 73, 74, 72, 75, 73], targets: 66, polarity: "higher", unit: readUnit("%") });
    // margins 4, 6, 5, 7, 8, 6, 9, 7: mean 6.5; moving ranges 2, 1, 2, 1, 2, 3, 2: mean 13/7 = 1.857
    expect(finding.sentence).toBe(
      "Soft target: met in all 8 periods, by 6.5 percentage points on average, more than the typical change of 1.9 percentage points from one period to the next.",
    );
  });

  test("unrealistic target", () => {
    const [finding] = checkTarget({ values: [50, 52, 53, 55, null, null], targets: [null, null, null, null, null, 61], polarity: "higher" });
    expect(finding.sentence).toBe(
      "Unrealistic target: reaching 61 from 55 needs an improvement of 3 a period for 2 periods, but the best seen between two periods is 2.",
    );
  });

  test("green but bottom quartile, with the peer group", () => {
    const findings = checkTarget({ values: [54, 55, 55, 56], targets: 55, polarity: "higher", peers: PEERS, unit: readUnit("%") });
    expect(findings.map((f) => f.sentence)).toEqual([
      "Green but bottom quartile: the latest value of 56% meets its target of 55% but is in the bottom quarter of its peers (8 in the group, median 63%).",
      "Target below peers: the target of 55% is worse than the peer median of 63% (8 in the group).",
    ]);
  });

  test("hit and miss gives the process limits", () => {
    const [finding] = checkTarget({ values: [48, 52, 49, 51, 50, 53, 47, 50, 52, 48, 51, 49], targets: 50, polarity: "higher" });
    // mean 50, mean moving range 33/11 = 3, limits 50 -/+ 2.66 * 3 = 42.02 / 57.98
    expect(finding.sentence).toBe(
      "Hit and miss: the target of 50 lies inside the range the KPI normally varies within (its process limits, 42 to 58), so it will be met in some periods and missed in others by chance alone.",
    );
  });

  test("a target beyond the process limits on the failing side is soft (assurance: consistently passing)", () => {
    const findings = checkTarget({ values: [48, 52, 49, 51, 50, 53, 47, 50, 52, 48, 51, 49], targets: 41, polarity: "higher" });
    expect(findings.map((f) => f.code)).toEqual(["soft_target"]);
  });

  test("a target beyond the process limits on the passing side is unrealistic (assurance: consistently failing)", () => {
    const values = [48, 52, 49, 51, 50, 53, 47, 50, 52, 48, 51, 49];
    const findings = checkTarget({ values, targets: 59, polarity: "higher" });
    expect(findings.map((f) => f.code)).toEqual(["unrealistic_target"]);
    expect(findings[0].sentence).toMatch(/^Unrealistic target: the target of 59 lies beyond the range the KPI normally varies within \(its process limits, 42 to 58\)/);
  });

  test("no target, and nothing else", () => {
    expect(checkTarget({ values: [1, 2, 3], targets: null, polarity: "higher", peers: PEERS }).map((f) => f.sentence)).toEqual([
      "No target: none is set, so the KPI can only be judged on its trend and against peers.",
    ]);
  });

  test("neutral polarity: only stale and no-target findings can apply", () => {
    const findings = checkTarget({ values: [70, 72, 71, 73, 74, 72, 75, 73], targets: [66, 66, 66, 66, 66, 66, 66, 66], polarity: "neutral", peers: PEERS });
    expect(findings.map((f) => f.code)).toEqual(["stale_target"]);
    expect(findings[0].sentence).toBe("Stale target: the target has been 66 for every one of the 8 periods given; review it against recent performance and peers.");
  });

  test("a series with no values has no findings", () => {
    expect(checkTarget({ values: [null, null], targets: 5, polarity: "higher" })).toEqual([]);
  });
});

describe("the helpers follow the published conventions", () => {
  test("process limits on the NHSRplotthedots vignette data (MDC profile, unscreened)", () => {
    // docs/SPC.md, "Checked against": mean 1.944444, MRbar 1.882353, limits 6.951503 / -3.062614
    const limits = processLimits([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1])!;
    expect(limits.mean).toBeCloseTo(1.944444, 6);
    expect(limits.meanMovingRange).toBeCloseTo(1.882353, 6);
    expect(limits.upper).toBeCloseTo(6.951503, 6);
    expect(limits.lower).toBeCloseTo(-3.062614, 6);
  });

  test("the process-limit findings agree with the SPC engine's assurance icon", () => {
    const values = [48, 52, 49, 51, 50, 53, 47, 50, 52, 48, 51, 49];
    const cases: [number, string, string][] = [
      [50, "Hit and miss", "hit_and_miss"],
      [41, "Consistently passing", "soft_target"],
      [59, "Consistently failing", "unrealistic_target"],
    ];
    for (const [target, assurance, code] of cases) {
      expect(xmrChart(values, { polarity: "higher", target }).assurance).toBe(assurance);
      expect(checkTarget({ values, targets: target, polarity: "higher" }).map((f) => f.code)).toContain(code);
    }
  });
});
