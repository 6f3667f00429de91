/**
 * The quarterly cycle in the analysis: a target that steps up each April (RAG, assurance, the target
 * findings and the previous target all read the target in force at the latest period), and the
 * year to date against an annual target, with a red that is a profile effect. Figures are worked
 * by hand beside each expectation.
 */
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { checkTarget } from "../../core/targets/check-target";
import { xmrChart } from "../../core/spc/xmr-chart";

/** Quarters from Q1 2022/23 on. */
const QUARTERS = ["2022/23", "2023/24", "2024/25", "2025/26"].flatMap((year) => [1, 2, 3, 4].map((q) => `Q${q} ${year}`));

describe("a target stepped up each April", () => {
  // 14 quarters to Q2 2025/26, alternating 62 and 63; the target is 60, 62, 64, then 66 from April 2025.
  const values = [62, 63, 62, 63, 62, 63, 62, 63, 62, 63, 62, 63, 62, 63];
  const targets = [60, 60, 60, 60, 62, 62, 62, 62, 64, 64, 64, 64, 66, 66];
  const analysis = analyseKpi({ name: "Satisfaction", periods: QUARTERS.slice(0, 14), values, targets, polarity: "higher", unit: "%" });

  test("RAG and assurance at the latest period use the target in force there, 66", () => {
    // Latest 63 against 66: Red (against the first target, 60, it would be Green).
    expect(analysis.target).toMatchObject({ value: 66, rag: "Red" });
    // MDC limits: mean (7 × 62 + 7 × 63) / 14 = 62.5, every moving range 1, so 62.5 ± 2.66 = 59.84 to 65.16.
    // 66 lies above the upper limit: Consistently failing; 60 would lie inside: Hit and miss.
    expect(analysis.spc?.groups[0].lower).toBeCloseTo(59.84, 10);
    expect(analysis.spc?.groups[0].upper).toBeCloseTo(65.16, 10);
    expect(analysis.spc?.assurance).toBe("Consistently failing");
    expect(xmrChart(values, { polarity: "higher", target: 60 }).assurance).toBe("Hit and miss");
    expect(analysis.narrative).toContain("It misses its target of 66% by 3 percentage points");
  });

  test("the analysis carries the previous target, since it changed this year (from Q1 2025/26)", () => {
    expect(analysis.target?.previous).toEqual({ value: 64, period: "Q4 2024/25", changedIn: "Q1 2025/26" });
  });

  test("a target that has not changed this year has no previous one", () => {
    // 62 from Q1 2023/24 carried into Q1 2024/25: set last year.
    const held = analyseKpi({ name: "Held", periods: QUARTERS.slice(0, 9), values: values.slice(0, 9), targets: [60, 60, 60, 60, 62, 62, 62, 62, 62], polarity: "higher" });
    expect(held.target).toEqual({ value: 62, rag: "Green" });
  });

  test("Stale target does not fire on a yearly target repeated across its quarters", () => {
    // Q1 2022/23 to Q4 2024/25: 60, 62, 64, four quarters each. Counted in periods alone the last
    // run of four 64s would be stale; counted in years it is one year's target.
    const twelve = { values: values.slice(0, 12), targets: targets.slice(0, 12), polarity: "higher" as const };
    expect(checkTarget(twelve).map((finding) => finding.code)).toContain("stale_target");
    expect(checkTarget({ ...twelve, periodsPerYear: 4 }).map((finding) => finding.code)).not.toContain("stale_target");
    expect(analyseKpi({ name: "Stepped", periods: QUARTERS.slice(0, 12), ...twelve }).targetFindings.map((finding) => finding.code)).not.toContain("stale_target");
  });

  test("a target unchanged for four years of quarters is stale", () => {
    const flat = analyseKpi({ name: "Flat", periods: QUARTERS, values: [...values, 62, 63], targets: new Array(16).fill(60), polarity: "higher" });
    const stale = flat.targetFindings.find((finding) => finding.code === "stale_target");
    expect(stale?.sentence).toBe("Stale target: the target has been 60 for every one of the 16 periods given (4 years); review it against recent performance and peers.");
  });
});

const MONTHS = ["Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24", "Sep-24"];

describe("the year to date against an annual target", () => {
  test("a count: summed, and judged against the annual target pro rata; a red September is a profile effect", () => {
    // Homes completed: 90 + 100 + 120 + 110 + 125 + 95 = 640 by September; 6/12 of 1,200 = 600 due by now.
    // September's 95 misses its monthly target of 100: Red.
    const homes = analyseKpi({ name: "Homes completed", periods: MONTHS, values: [90, 100, 120, 110, 125, 95], targets: 100, polarity: "higher", annualTarget: 1200 });
    expect(homes.target?.rag).toBe("Red");
    expect(homes.yearToDate).toEqual({
      year: "2024/25",
      method: "sum",
      periodsSoFar: 6,
      periodsPerYear: 12,
      value: 640,
      annualTarget: 1200,
      targetToDate: 600,
      rag: "Green",
      profileEffect: true,
    });
    expect(homes.narrative).toContain("It misses its target of 100 by 5, but the year to date, 640, is on track for the annual target (600 due by now).");
    const sentences = homes.narrative.split(/(?<=\.) /);
    expect(sentences.length).toBeLessThanOrEqual(3);
    for (const sentence of sentences) expect(sentence.split(/\s+/).length).toBeLessThan(30);
  });

  test("a percentage: the mean of the quarters, or with its counts their ratio", () => {
    // Q1 96%, Q2 97%, Q3 93% against 95%: Q3 is Red. Mean (96 + 97 + 93) / 3 = 95.33: meets 95.
    const periods = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"];
    const rate = analyseKpi({ name: "Calls answered", periods, values: [96, 97, 93], targets: 95, polarity: "higher", unit: "%", annualTarget: 95 });
    expect(rate.yearToDate).toMatchObject({ method: "mean", periodsSoFar: 3, periodsPerYear: 4, targetToDate: 95, rag: "Green", profileEffect: true });
    expect(rate.yearToDate?.value).toBeCloseTo(286 / 3, 12);
    expect(rate.narrative).toContain("but the year to date, 95.3%, meets the annual target of 95%");
    // With counts 96/100, 194/200, 93/100: (96 + 194 + 93) / 400 = 95.75%, not the mean 95.33%.
    const counted = analyseKpi({ name: "Calls answered", periods, values: [96, 97, 93], numerators: [96, 194, 93], denominators: [100, 200, 100], targets: 95, polarity: "higher", unit: "%", annualTarget: 95 });
    expect(counted.yearToDate?.method).toBe("ratio");
    expect(counted.yearToDate?.value).toBeCloseTo(95.75, 12);
  });

  test("a gap in the year: no figure, and why", () => {
    const gap = analyseKpi({ name: "Homes completed", periods: MONTHS, values: [90, 100, null, 110, 125, 95], polarity: "higher", annualTarget: 1200 });
    expect(gap.yearToDate).toMatchObject({ periodsSoFar: 6, gap: "there is no figure for Jun-24", profileEffect: false });
    expect(gap.yearToDate?.value).toBeUndefined();
    expect(gap.yearToDate?.rag).toBeUndefined();
  });

  test("behind the profile: no profile effect to claim", () => {
    // 80 + 90 + 85 = 255 by June, against 3/12 of 1,200 = 300: Red, and June is Red too.
    const behind = analyseKpi({ name: "Homes completed", periods: MONTHS.slice(0, 3), values: [80, 90, 85], targets: 100, polarity: "higher", annualTarget: 1200 });
    expect(behind.yearToDate).toMatchObject({ value: 255, targetToDate: 300, rag: "Red", profileEffect: false });
    expect(behind.narrative).not.toContain("year to date");
  });

  test("periods that are not months or quarters give no year to date, with a warning", () => {
    const yearly = analyseKpi({ name: "Yearly", periods: ["2022/23", "2023/24"], values: [1, 2], polarity: "higher", annualTarget: 3 });
    expect(yearly.yearToDate).toBeUndefined();
    expect(yearly.warnings).toContain("The year to date needs monthly or quarterly periods, labelled as months (Apr-24), quarters (Q1 2024/25) or dates.");
  });
});
