/**
 * KPI.QUESTIONS: questions chosen by what the data shows, concerns first, and an appreciative
 * question (what worked?) whenever something is going well.
 */
import fc from "fast-check";
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { KpiInput } from "../../core/analysis/types";

const YEARS = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24"];
const PEERS = [50, 58, 60, 62, 64, 66, 68, 70];

const cases: [string, KpiInput, string[]][] = [
  [
    "a soft target",
    { name: "Visits", values: [70, 72, 71, 73, 74, 72, 75, 73], targets: 66, polarity: "higher", peers: [60, 65, 70, 72, 74, 76] },
    [
      "The target has been met every period by a wide margin: is it stretching enough, and who agreed it?",
      // the peer median is 71, above the target of 66
      "Why is the target set below what a typical peer already achieves?",
      "The level is steady: is it good enough for residents, and if not, what change in approach would move it?",
    ],
  ],
  [
    "improving but missing its target: a plan, and appreciative inquiry",
    { name: "Recycling", periods: YEARS, values: [40, 41, 43, 44, 46, 47, 48, 50], targets: 52, polarity: "higher", unit: "%", peers: [40, 42, 44, 46, 48, 50, 52, 54, 56] },
    [
      "The latest value misses the target of 52%: what is the plan to close the gap, and by when?",
      "What has driven the improvement since 2016/17, and how can it be sustained or shared with other services?",
    ],
  ],
  [
    "worsening, red, no peers",
    { name: "Repairs on time", periods: YEARS, values: [96, 95, 95.5, 94, 93, 92.5, 91, 90], polarity: "higher", unit: "%", targets: 95 },
    [
      "What lies behind the decline since 2016/17, and what is being done to turn it round?",
      // 5 points in one period, when the best rise seen is 1: an unrealistic target
      "Reaching the target needs faster progress than has ever been achieved: is it realistic, and what would it take?",
      "How does this compare with similar councils, for example our nearest neighbours?",
    ],
  ],
  [
    "green but bottom quartile",
    { name: "Satisfaction", values: [54, 55, 55, 56], targets: 55, polarity: "higher", peers: PEERS },
    ["The target is met, yet most peers do better: what do the best performers do differently, and should the target rise?"],
  ],
  [
    "a missing latest figure comes first",
    { name: "Cost per visit", periods: YEARS, values: [4.1, 4.3, 4.4, 4.5, 4.6, 4.8, 4.9, null], polarity: "lower", unit: "£", peers: [3, 4, 5, 6] },
    [
      "Why is there no figure for 2023/24, and when will it be available?",
      "What lies behind the decline since 2016/17, and what is being done to turn it round?",
      "Should this measure have a target, or is it reported for context only?",
    ],
  ],
  [
    "bottom quartile against peers, no target",
    { name: "Sickness absence days", values: [10, 11, 10.5, 11.2, 10.8], polarity: "lower", unit: "days", peers: [8, 8.5, 9, 9.5, 10, 10.2] },
    [
      "Most similar councils do better: what do the best performers do differently, and what could we learn from them?",
      "Should this measure have a target, or is it reported for context only?",
      "The level is steady: is it good enough for residents, and if not, what change in approach would move it?",
    ],
  ],
  [
    "a demand measure rising (neutral)",
    { name: "Contacts", values: [11800, 12100, 12400, 12350, 12900, 13400, 13650, 14020], polarity: "neutral" },
    ["What lies behind the rise, and what does it mean for the service and its budget?"],
  ],
  [
    "top quartile, no trend, target met with a small margin",
    { name: "Council tax collected", values: [96.1, 96.3, 96.0, 96.4, 96.2, 96.5], targets: 96, polarity: "higher", unit: "%", peers: [93, 94, 94.5, 95, 95.5, 96] },
    [
      // 96 is below each of the last three values (96.4, 96.2, 96.5)
      "Why does the target allow performance to fall below its current level?",
      "Performance is among the best of its peers: what is working well here that others could learn from?",
      "The level is steady: is it good enough for residents, and if not, what change in approach would move it?",
    ],
  ],
];

const QUARTERS14 = ["2021/22", "2022/23", "2023/24", "2024/25"].flatMap((year) => ["Q1", "Q2", "Q3", "Q4"].map((q) => `${q} ${year}`)).slice(2);

describe("questions after unusual variation (SPC)", () => {
  test("a shift to a new level: ask whether the service or the recording changed, and about rebasing", () => {
    // the 8th value (55, Q2 2023/24) starts the run of 7 above the mean of 52.93
    const analysis = analyseKpi({ name: "Repairs fixed first time", periods: QUARTERS14, values: [50, 51, 49, 50, 52, 50, 51, 55, 56, 54, 55, 57, 55, 56], polarity: "higher", unit: "%" });
    expect(analysis.questions).toEqual([
      "The figures moved to a new level around Q2 2023/24: did the service, or the way it is counted or recorded, change then, and should the chart's limits be recalculated from that point?",
      "Should this measure have a target, or is it reported for context only?",
      "How does this compare with similar councils, for example our nearest neighbours?",
      "What was done differently to bring about the unusually good result in Q4 2024/25, and how could it become the norm?",
    ]);
  });

  test("special cause concerning comes first among concerns", () => {
    const months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May"].map((m, i) => `${m} ${i < 9 ? 2023 : i < 12 ? 2024 : 2024}`);
    const analysis = analyseKpi({ name: "Calls answered", periods: months, values: [80, 82, 79, 81, 80, 83, 81, 79, 82, 80, 81, 80, 82, 65], targets: 75, polarity: "higher", unit: "%" });
    expect(analysis.exceptions[0]).toBe("special_cause_concerning");
    expect(analysis.questions[0]).toBe("What caused the unusual result in May 2024, and is it a one-off or a change that needs action?");
  });
});

describe("questions follow what the data shows", () => {
  test.each(cases)("%s", (_what, input, expected) => {
    expect(analyseKpi(input).questions).toEqual(expected);
  });

  test("always one to five questions", () => {
    const value = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 6 });
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 20 }),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        fc.constantFrom("higher" as const, "lower" as const, "neutral" as const),
        fc.option(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 12 }), { nil: undefined }),
        (values, targets, polarity, peers) => {
          const questions = analyseKpi({ name: "Measure", values, targets, polarity, peers }).questions;
          expect(questions.length).toBeGreaterThanOrEqual(1);
          expect(questions.length).toBeLessThanOrEqual(5);
          for (const question of questions) expect(question).toMatch(/\?$/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
