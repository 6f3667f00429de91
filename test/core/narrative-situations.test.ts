/**
 * KPI.NARRATIVE's paragraph in each situation a committee meets, word for word, plus the rules
 * every paragraph keeps: at most three sentences, each under 30 words, a trend claimed only when
 * the trend test (Mann-Kendall, through the trend engine) supports it.
 * Expected texts were written from the rules in core/analysis/narrate.ts, with the numbers
 * worked out beside each case.
 */
import fc from "fast-check";
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { KpiInput } from "../../core/analysis/types";

const YEARS = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24"];
const QUARTERS = ["Q1 2022/23", "Q2 2022/23", "Q3 2022/23", "Q4 2022/23", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"];
const QUARTERS14 = ["2021/22", "2022/23", "2023/24", "2024/25"].flatMap((year) => ["Q1", "Q2", "Q3", "Q4"].map((q) => `${q} ${year}`)).slice(2);
const MONTHS = ["Apr 2023", "May 2023", "Jun 2023", "Jul 2023", "Aug 2023", "Sep 2023", "Oct 2023", "Nov 2023", "Dec 2023", "Jan 2024", "Feb 2024", "Mar 2024"];

const situations: [string, KpiInput, string][] = [
  [
    "improving significantly, target met, peers",
    // Mann-Kendall S = 28 of 28 pairs, exact p < 0.001; Sen's slope 1.414 (scipy 1.17.1 theilslopes)
    { name: "Household waste recycled", periods: YEARS, values: [40, 41, 43, 44, 46, 47, 48, 50], targets: 45, polarity: "higher", unit: "%", peers: [40, 42, 44, 46, 48, 50, 52, 54, 56] },
    "Household waste recycled was 50% in 2023/24, up 2 percentage points on 2022/23. Over eight years it has improved, by about 1.4 percentage points a year, and a trend test shows this is unlikely to be chance. It meets its target of 45% and ranks 4th of 9 in its peer group (upper middle quarter).",
  ],
  [
    "common-cause wobble over twelve months",
    // XmR (MDC): mean 81.67, mean moving range 2.55, limits 74.9 to 88.4; no rule broken
    { name: "Calls answered in 20 seconds", periods: MONTHS, values: [81, 83, 80, 82, 84, 81, 79, 83, 82, 80, 84, 81], targets: 80, polarity: "higher", unit: "%" },
    "Calls answered in 20 seconds was 81% in Mar 2024, down 3 percentage points on Feb 2024, within its usual range. Over 12 months there is no clear change: the ups and downs are normal variation (common cause). It meets its target of 80%; there is no peer comparison.",
  ],
  [
    "special cause concerning: the latest month far below the usual range",
    // XmR (MDC): mean 79.64, mean moving range 3.15, lower limit 71.25: 65 is outside it
    { name: "Calls answered in 20 seconds", periods: [...MONTHS, "Apr 2024", "May 2024"], values: [80, 82, 79, 81, 80, 83, 81, 79, 82, 80, 81, 80, 82, 65], polarity: "higher", unit: "%" },
    "Calls answered in 20 seconds was 65% in May 2024, down 17 percentage points on Apr 2024, a larger change than usual. There is no clear long-run trend, but the latest value is unusual variation (special cause), for the worse: it is outside its usual range. There is no target and no peer comparison.",
  ],
  [
    "special cause improving: a shift to a new level",
    // XmR (MDC): mean 52.93; the last 7 points are above it (shift), the first 7 below
    { name: "Repairs fixed first time", periods: QUARTERS14, values: [50, 51, 49, 50, 52, 50, 51, 55, 56, 54, 55, 57, 55, 56], polarity: "higher", unit: "%" },
    "Repairs fixed first time was 56% in Q4 2024/25, up 1 percentage point on Q3 2024/25, within its usual range. It has improved over 14 quarters, and the latest value is unusual variation (special cause), for the better: the last 7 values are all above its average. There is no target and no peer comparison.",
  ],
  [
    "five flat annual points",
    { name: "Adults satisfied with libraries", periods: YEARS.slice(3), values: [72, 74, 71, 73, 72], polarity: "higher", unit: "%", peers: [60, 65, 70, 72, 75, 80] },
    "Adults satisfied with libraries was 72% in 2023/24, down 1 percentage point on 2022/23. With only five years, only an unbroken run of rises or falls could show a trend, so there is no clear change. There is no target; it ranks 3rd of 6 in its peer group (upper middle quarter).",
  ],
  [
    "missing latest value",
    // Sen's slope 0.075 (scipy 1.17.1 theilslopes on the seven present values)
    { name: "Cost per library visit", periods: YEARS, values: [4.1, 4.3, 4.2, 4.4, 4.35, 4.6, 4.5, null], polarity: "lower", unit: "£", targets: 4.25 },
    "Cost per library visit has no figure for 2023/24; the latest, for 2022/23, was £4.50. Over seven years it has worsened, by about £0.07 a year, and a trend test shows this is unlikely to be chance. It misses its target of £4.25 by £0.25; there is no peer comparison.",
  ],
  [
    "no target, peers given",
    { name: "Planning applications decided", periods: QUARTERS, values: [310, 295, 320, 305, 300, 315, 298, 312], polarity: "higher", peers: [200, 250, 280, 300, 320, 350, 400] },
    "Planning applications decided was 312 in Q4 2023/24, up 14 (4.7%) on Q3 2023/24. Over eight quarters there is no clear change: the ups and downs could be chance. There is no target; it ranks 4th of 8 with its 7 peers (upper middle quarter).",
  ],
  [
    "no peers, target missed",
    { name: "Invoices paid within 30 days", periods: QUARTERS.slice(5), values: [91, 93, 92], polarity: "higher", unit: "%", targets: 95 },
    "Invoices paid within 30 days was 92% in Q4 2023/24, down 1 percentage point on Q3 2023/24. With three quarters of data it is too soon to judge a trend. It misses its target of 95% by 3 percentage points; there is no peer comparison.",
  ],
  [
    "lower is better, improving, amber within tolerance",
    // days falling every year: S = -21 of 21 pairs; Sen's slope -1.5 days a year (scipy 1.17.1 theilslopes)
    { name: "Days to process a new benefit claim", periods: YEARS.slice(1), values: [30, 28, 27, 25, 24, 22, 21], polarity: "lower", unit: "days", targets: 20, tolerance: 2 },
    "Days to process a new benefit claim was 21 days in 2023/24, down 1 day (4.5%) on 2022/23. Over seven years it has improved, by about 1.5 days a year, and a trend test shows this is unlikely to be chance. It misses its target of 20 days by 1 day, within the tolerance; there is no peer comparison.",
  ],
  [
    "worsening significantly, red but top quartile",
    // scipy 1.17.1 theilslopes: -0.9286
    { name: "Repairs completed on time", periods: YEARS, values: [96, 95, 95.5, 94, 93, 92.5, 91, 90], polarity: "higher", unit: "%", targets: 95, peers: [80, 82, 85, 86, 88, 89, 90, 91] },
    "Repairs completed on time was 90% in 2023/24, down 1 percentage point on 2022/23. Over eight years it has worsened, by about 0.93 percentage points a year, and a trend test shows this is unlikely to be chance. It misses its target of 95% by 5 percentage points but ranks 2nd of 8 in its peer group (top quarter).",
  ],
  [
    "percentages stored as fractions (cells formatted as %)",
    { name: "Council tax collected", periods: YEARS.slice(3), values: [0.951, 0.955, 0.948, 0.96, 0.962], polarity: "higher", unit: "%", targets: 0.96 },
    "Council tax collected was 96.2% in 2023/24, up 0.2 percentage points on 2022/23. With only five years, only an unbroken run of rises or falls could show a trend, so there is no clear change. It meets its target of 96%; there is no peer comparison.",
  ],
  [
    "a count in thousands, neutral polarity, rising",
    // scipy 1.17.1 theilslopes: 314.82
    { name: "Contacts received", periods: QUARTERS, values: [11800, 12100, 12400, 12350, 12900, 13400, 13650, 14020], polarity: "neutral" },
    "Contacts received was 14,020 in Q4 2023/24, up 370 (2.7%) on Q3 2023/24. Over eight quarters it has risen, by about 315 a quarter, and a trend test shows this is unlikely to be chance. There is no target and no peer comparison.",
  ],
  [
    "neutral polarity with peers: where it sits, not how it ranks",
    { name: "Planning applications received", periods: YEARS.slice(3), values: [1200, 1150, 1230, 1180, 1210], polarity: "neutral", peers: [800, 950, 1100, 1300, 1500] },
    "Planning applications received was 1,210 in 2023/24, up 30 (2.5%) on 2022/23. With only five years, only an unbroken run of rises or falls could show a trend, so there is no clear change. There is no target; it is above the peer median of 1,100.",
  ],
  [
    "money in thousands, lower is better, green but bottom quartile",
    { name: "Cost of street cleaning per 1,000 people", periods: YEARS, values: [16200, 15900, 16400, 16100, 15800, 16300, 16000, 15950], polarity: "lower", unit: "£", targets: 16000, peers: [9000, 10500, 11000, 12000, 13500, 14000, 15000, 15500] },
    "Cost of street cleaning per 1,000 people was £15,950 in 2023/24, down £50 (0.3%) on 2022/23. Over eight years there is no clear change: the ups and downs could be chance. It meets its target of £16,000 but ranks 9th of 9 with its 8 peers (bottom quarter).",
  ],
  [
    "no period labels: an unbroken run of five is a trend",
    // exact Mann-Kendall p = 2/120 = 0.0167 for S = 10 (Kendall 1975); Sen's slope 1
    { name: "Visits", values: [10, 11, 12, 13, 14], polarity: "higher" },
    "Visits was 14 in the latest period, up 1 (7.7%) on the period before. Over five periods it has improved, by about 1 a period, and a trend test shows this is unlikely to be chance. There is no target and no peer comparison.",
  ],
  [
    "no values at all",
    { name: "New measure", periods: YEARS.slice(6), values: [null, null], polarity: "higher" },
    "New measure has no values yet.",
  ],
];

describe("the narrative in each situation, word for word", () => {
  test.each(situations)("%s", (_situation, input, expected) => {
    expect(analyseKpi(input).narrative).toBe(expected);
  });
});

/** Sentences of a paragraph: split after a full stop followed by a space and a capital. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=\.)\s+(?=[A-Z])/);
}

const polarity = fc.constantFrom("higher" as const, "lower" as const, "neutral" as const);
const value = fc.option(fc.integer({ min: -50, max: 200 }), { nil: null, freq: 6 });
const kpi = fc.record({
  name: fc.constantFrom("Visits", "Days to decide", "Cost per case", "Satisfied residents"),
  values: fc.array(value, { minLength: 0, maxLength: 24 }),
  targets: fc.option(fc.integer({ min: -50, max: 200 }), { nil: undefined }),
  polarity,
  unit: fc.constantFrom("", "%", "£", "days"),
  peers: fc.option(fc.array(fc.integer({ min: -50, max: 200 }), { minLength: 0, maxLength: 20 }), { nil: undefined }),
  named: fc.boolean(),
});

describe("properties of every narrative", () => {
  test("never says improving or worsening unless the trend test found a change", () => {
    fc.assert(
      fc.property(kpi, (input) => {
        const analysis = analyseKpi({ ...input, periods: input.named ? input.values.map((_, i) => `${2000 + i}/${String(1 + i).padStart(2, "0")}`) : undefined });
        const found = analysis.direction.label === "Improving" || analysis.direction.label === "Worsening";
        if (!found) expect(analysis.narrative).not.toMatch(/improv|worsen/i);
      }),
      { numRuns: 500 },
    );
  });

  test("at most three sentences, each under 30 words, no NaN or Infinity", () => {
    fc.assert(
      fc.property(kpi, (input) => {
        const text = analyseKpi(input).narrative;
        const sentences = sentencesOf(text);
        expect(sentences.length).toBeLessThanOrEqual(3);
        for (const sentence of sentences) expect(sentence.split(/\s+/).length).toBeLessThan(30);
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 500 },
    );
  });
});
