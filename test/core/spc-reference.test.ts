/**
 * The SPC engine against NHSRplotthedots (test/reference/spc.json): every chart case with the NHSR
 * profile (mean, limits, per-point flags and labels), and the vignette case with the MDC profile.
 */
import { xmrChart, XmrChart } from "../../core/spc/xmr-chart";
import { expectClose, loadReference } from "../helpers/reference";

interface ChartInput {
  values: number[];
  dates?: string[];
  improvement_direction: "increase" | "decrease" | "neutral";
  screen_outliers: boolean;
  fix_after_n_points?: number | null;
  rebase_dates?: string[];
}

interface Segment {
  start_index: number;
  end_index: number;
  n: number;
  mean?: number;
  lpl?: number;
  upl?: number;
  mean_2dp?: number;
  lpl_2dp?: number;
  upl_2dp?: number;
}

type ChartExpected = {
  segments: Segment[];
  outside_limits?: boolean[];
  relative_to_mean?: number[];
  relative_to_mean_first_16?: number[];
  relative_to_mean_first_15?: number[];
  close_to_limits?: boolean[];
  close_to_limits_first_8?: boolean[];
  special_cause_flag?: boolean[];
  point_type?: string[];
  summary?: { n: number; common_cause: number; special_cause_improvement: number; special_cause_concern: number };
};

const reference = loadReference<ChartInput, ChartExpected>("spc.json");

/** NHSRplotthedots point_type values and the labels KPI Scrutiny uses for them. */
const POINT_TYPE_LABELS: Record<string, string> = {
  common_cause: "Common cause",
  special_cause_improvement: "Special cause improving",
  special_cause_concern: "Special cause concerning",
  special_cause_neutral_high: "Special cause neutral",
  special_cause_neutral_low: "Special cause neutral",
};

const POLARITY = { increase: "higher", decrease: "lower", neutral: "neutral" } as const;

function chartOf(input: ChartInput, profile: "MDC" | "NHSR"): XmrChart {
  const rebase = (input.rebase_dates ?? []).map((date) => input.dates!.indexOf(date));
  return xmrChart(input.values, {
    polarity: POLARITY[input.improvement_direction],
    profile,
    baselinePoints: input.fix_after_n_points ?? undefined,
    rebase,
  });
}

/** Closeness for values the reference prints to 7 significant figures or rounds to 2 d.p. */
function expectCloseAbsolute(actual: number, expected: number, tolerance: number): void {
  if (!(Math.abs(actual - expected) <= tolerance)) throw new Error(`expected ${expected} (±${tolerance}), got ${actual}`);
}

const chartCases = reference.cases.filter((c) => c.expected.segments !== undefined && Array.isArray(c.input.values));

describe("NHSR profile reproduces every NHSRplotthedots chart case", () => {
  test.each(chartCases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    // Every case: screen_outliers = TRUE is NHSRplotthedots' default and our NHSR profile;
    // screen_outliers = FALSE replicates the Making Data Count Excel tool, our MDC profile.
    const profile = c.input.screen_outliers ? "NHSR" : "MDC";
    const chart = chartOf(c.input, profile);
    const { expected } = c;
    // NHSRplotthedots (source_detail of the case): segment means and process limits.
    expect(chart.groups.map((g) => [g.start, g.end])).toEqual(expected.segments.map((s) => [s.start_index, s.end_index]));
    expected.segments.forEach((segment, k) => {
      const group = chart.groups[k];
      expect(group.used).toBe(segment.n);
      if (segment.mean !== undefined) {
        // Snapshot prints of 7 significant figures: absolute 1e-5 as the case notes say; full doubles: 1e-6 relative.
        const printed = c.notes?.includes("7 significant figures") === true;
        const check = (actual: number, wanted: number) => (printed ? expectCloseAbsolute(actual, wanted, 1e-5) : expectClose(actual, wanted, 1e-6));
        check(group.mean, segment.mean);
        check(group.lower, segment.lpl!);
        check(group.upper, segment.upl!);
      } else {
        // Vignette captions: rounded to 2 d.p.
        expectCloseAbsolute(group.mean, segment.mean_2dp!, 0.005);
        expectCloseAbsolute(group.lower, segment.lpl_2dp!, 0.005);
        expectCloseAbsolute(group.upper, segment.upl_2dp!, 0.005);
      }
    });
    const points = chart.points;
    const outside = points.map((p) => p.rules.includes("Outside limits"));
    const relative = points.map((p) => Math.sign((p.value as number) - p.mean));
    const close = points.map((p, i) => {
      const group = chart.groups[p.group];
      return !outside[i] && ((p.value as number) < group.nearLower || (p.value as number) > group.nearUpper);
    });
    if (expected.outside_limits) expect(outside).toEqual(expected.outside_limits);
    if (expected.relative_to_mean) expect(relative).toEqual(expected.relative_to_mean);
    if (expected.relative_to_mean_first_16) expect(relative.slice(0, 16)).toEqual(expected.relative_to_mean_first_16);
    if (expected.relative_to_mean_first_15) expect(relative.slice(0, 15)).toEqual(expected.relative_to_mean_first_15);
    if (expected.close_to_limits) expect(close).toEqual(expected.close_to_limits);
    if (expected.close_to_limits_first_8) expect(close.slice(0, 8)).toEqual(expected.close_to_limits_first_8);
    if (expected.point_type) {
      expect(points.map((p) => p.variation)).toEqual(expected.point_type.map((type) => POINT_TYPE_LABELS[type]));
      // A point is special cause exactly when it breaks a rule.
      expect(points.map((p) => p.rules.length > 0)).toEqual(expected.point_type.map((type) => type !== "common_cause"));
    }
    if (expected.special_cause_flag) {
      // The v0.1.0.9000 snapshot flag; where the case notes a v0.2.2 change, point_type above is the v0.2.2 label.
      const changed = c.name === "ae_rl4_by_type_attendances_type_1" ? [33, 35] : [];
      points.forEach((p, i) => {
        if (!changed.includes(i)) expect([i, p.rules.length > 0]).toEqual([i, expected.special_cause_flag![i]]);
      });
    }
    if (expected.summary) {
      const count = (label: string) => points.filter((p) => p.variation === label).length;
      expect(points.length).toBe(expected.summary.n);
      expect(count("Common cause")).toBe(expected.summary.common_cause);
      expect(count("Special cause improving")).toBe(expected.summary.special_cause_improvement);
      expect(count("Special cause concerning")).toBe(expected.summary.special_cause_concern);
    }
  });

  test("two facets of 10 points each: means and limits published to 3 significant figures", () => {
    const c = reference.cases.find((one) => one.name === "rnorm20_two_facets_of_10")!;
    const input = c.input as unknown as { facets: Record<string, number[]> };
    const expected = c.expected as unknown as { facets: Record<string, { mean: number; lpl: number; upl: number; n: number; common_cause: number }> };
    for (const [facet, values] of Object.entries(input.facets)) {
      const chart = xmrChart(values, { polarity: "higher", profile: "NHSR" });
      const wanted = expected.facets[facet];
      // NHSRplotthedots tests/testthat/_snaps/ptd_spc.md (s3), tibble print: abs tolerance 0.006
      expectCloseAbsolute(chart.groups[0].mean, wanted.mean, 0.006);
      expectCloseAbsolute(chart.groups[0].lower, wanted.lpl, 0.006);
      expectCloseAbsolute(chart.groups[0].upper, wanted.upl, 0.006);
      expect(chart.points.filter((p) => p.variation === "Common cause").length).toBe(wanted.common_cause);
      // 10 points: trial limits, so the latest-point icons say so.
      expect(chart.trialLimits).toBe(true);
      expect(chart.variation).toBe("Not enough data");
    }
  });

  test("two points close to the limits on opposite sides of the mean are not special cause", () => {
    const c = reference.cases.find((one) => one.name === "two_close_points_opposite_sides_not_special")!;
    const chart = xmrChart(c.input.values, { polarity: "higher", profile: "NHSR" });
    // NHSRplotthedots 0.2.2 tests/testthat/test-ptd_spc_standard.R
    const expected = (c.expected as unknown as { point_type_last_2: string[] }).point_type_last_2;
    expect(chart.points.slice(-2).map((p) => p.variation)).toEqual(expected.map((type) => POINT_TYPE_LABELS[type]));
  });
});

describe("the vignette case with both profiles (docs/SPC.md, 'Checked against')", () => {
  const data = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];

  test("MDC: unscreened limits 6.951503 / -3.062614, the 10 outside the upper limit", () => {
    const chart = xmrChart(data, { polarity: "higher" });
    // NHSRplotthedots 0.2.2 vignette deviations.Rmd: ptd_spc(..., screen_outliers = FALSE); values of docs/SPC.md, "Checked against"
    expect(chart.profile).toBe("MDC");
    expectClose(chart.groups[0].mean, 1.944444, 1e-6);
    expectClose(chart.groups[0].movingRangeMean, 1.882353, 1e-6);
    expectClose(chart.groups[0].upper, 6.951503, 1e-6);
    expectClose(chart.groups[0].lower, -3.062614, 1e-6);
    expect(chart.points[4].rules).toEqual(["Outside limits"]);
    expect(chart.points[4].variation).toBe("Special cause improving");
    expect(chart.points.filter((p) => p.rules.length > 0).map((p) => p.position)).toEqual([4]);
  });

  test("NHSR: screened MRbar 1.0, limits 4.604444 / -0.715556", () => {
    const chart = xmrChart(data, { polarity: "higher", profile: "NHSR" });
    // NHSRplotthedots 0.2.2 vignette deviations.Rmd: ptd_spc(..., screen_outliers = TRUE); values of docs/SPC.md, "Checked against"
    expect(chart.profile).toBe("NHSR");
    expectClose(chart.groups[0].movingRangeMean, 1.0, 1e-6);
    expectClose(chart.groups[0].upper, 4.604444, 1e-6);
    expectClose(chart.groups[0].lower, -0.715556, 1e-6);
    expect(chart.groups[0].screenedOut).toBe(2);
    expect(chart.points[4].rules).toEqual(["Outside limits"]);
  });
});
