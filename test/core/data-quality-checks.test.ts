/**
 * The data-quality checks of KPI.DATACHECK (core/data-quality), one table row per check: a table
 * that must raise it and a near miss that must not, each just across the threshold named in
 * core/data-quality/constants.ts. Expected sentences are worked out by hand from those definitions
 * (docs/FORMULA-CONVENTIONS.md, "Data quality").
 */
import { DataCheckCode, DataCheckInput, checkData } from "../../core/data-quality/check-data";
import { DATA_CHECKS } from "../../core/data-quality/checks/table";
import { cellFigure, listed } from "../../core/data-quality/finding";
import { periodsBetween, readPeriodSequence, orderPeriods } from "../../core/values/periods";

const codes = (input: DataCheckInput) => checkData(input).map((finding) => finding.code);
const YEARS = ["2018/19", "2019/20", "2020/21", "2021/22", "2022/23"];

const cases: [DataCheckCode, string, DataCheckInput, DataCheckInput][] = [
  [
    "duplicate_period",
    "the same year twice, written two ways",
    { values: [50, 51, 52], periods: ["2021/22", "2022/23", "2022-23"] },
    { values: [50, 51, 52], periods: ["2021/22", "2022/23", "2023-24"] },
  ],
  [
    "duplicate_period",
    "labels on no calendar compared as text",
    { values: [50, 51, 52], periods: ["Wave 1", "Wave 2", "wave  2"] },
    { values: [50, 51, 52], periods: ["Wave 1", "Wave 2", "Wave 3"] },
  ],
  [
    "periods_out_of_order",
    "a quarter before the one it follows",
    { values: [50, 51, 52], periods: ["Q1 2024/25", "Q3 2024/25", "Q2 2024/25"] },
    { values: [50, 51, 52], periods: ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"] },
  ],
  [
    "missing_period",
    "a financial year skipped",
    { values: [50, 51, 52, 53], periods: ["2018/19", "2019/20", "2021/22", "2022/23"] },
    { values: [50, 51, null, 53], periods: ["2018/19", "2019/20", "2020/21", "2021/22"] },
  ],
  [
    "missing_period",
    "a month skipped (a blank month is a gap, not a missing period)",
    { values: [50, 51, 52], periods: ["Nov-23", "Dec-23", "Feb-24"] },
    { values: [50, null, 52], periods: ["Dec-23", "Jan-24", "Feb-24"] },
  ],
  [
    "percentage_out_of_range",
    "100.04% is above 100",
    { values: [98.5, 100.04, 99], unit: "%" },
    { values: [98.5, 100, 99], unit: "%" },
  ],
  [
    "percentage_out_of_range",
    "a percentage typed among fractions is above 1",
    { values: [0.72, 0.74, 73.1], unit: "%" },
    { values: [0.72, 0.74, 0.731], unit: "%" },
  ],
  [
    "negative_count",
    "a negative count of complaints",
    { values: [12, -3, 15], unit: "count" },
    { values: [12, 0, 15], unit: "count" },
  ],
  [
    "negative_count",
    "a negative denominator, whatever the unit",
    { values: [50, 50], numerators: [5, 5], denominators: [10, -10] },
    { values: [50, 50], numerators: [5, 5], denominators: [10, 10] },
  ],
  [
    "numerator_above_denominator",
    "131 invoices paid of 120 sampled",
    { values: [90, 95], unit: "%", numerators: [108, 131], denominators: [120, 120] },
    { values: [90, 100], unit: "%", numerators: [108, 120], denominators: [120, 120] },
  ],
  [
    "denominator_jump",
    "a denominator 51% up on the period before",
    { values: [50, 50], numerators: [50, 75.5], denominators: [100, 151] },
    { values: [50, 50], numerators: [50, 75], denominators: [100, 150] },
  ],
  [
    "denominator_jump",
    "a denominator down to 49% of the period before",
    { values: [50, 50], numerators: [50, 24.5], denominators: [100, 49] },
    { values: [50, 50], numerators: [50, 25], denominators: [100, 50] },
  ],
  [
    "likely_keying_error",
    "a decimal point one place out, and the next figure back",
    { values: [45.3, 44.9, 452, 46.1, 45.8] },
    // the same jump, but the new level stays: a step change
    { values: [45.3, 44.9, 452, 461, 458] },
  ],
  [
    "likely_keying_error",
    "a tenth of its neighbours",
    { values: [45.3, 44.9, 4.52, 46.1, 45.8] },
    // 4.9 times its neighbours: under the ratio of 5
    { values: [45.3, 44.9, 220, 46.1, 45.8] },
  ],
  [
    "likely_keying_error",
    "five times both neighbours in a steady series",
    { values: [2.1, 1.9, 2.0, 10.5, 2.05, 1.95, 2.0] },
    // the same spike in a series that swings as widely anyway: modified z-score under 3.5
    // (the other values' logs have a median of 1.04 and a median deviation of 0.86: z = 0.6745 × (2.40 − 1.04) / 0.86 = 1.1)
    { values: [1.0, 6.0, 2.0, 11, 1.8, 9.0, 4.0, 0.9, 7.5] },
  ],
  [
    "rolled_forward",
    "the same figure four periods running",
    { values: [61.2, 63.5, 63.5, 63.5, 63.5] },
    { values: [61.2, 62, 63.5, 63.5, 63.5] },
  ],
];

describe("each data-quality finding: a table that raises it and a near miss that does not", () => {
  test.each(cases)("%s: %s", (code, _why, raises, nearMiss) => {
    expect(codes(raises)).toContain(code);
    expect(codes(nearMiss)).not.toContain(code);
  });

  test("every check of the table has a case", () => {
    expect(new Set(cases.map(([code]) => code))).toEqual(new Set(DATA_CHECKS.map((check) => check.code)));
  });
});

describe("the sentences name the positions and the numbers", () => {
  const sentences = (input: DataCheckInput) => checkData(input).map((finding) => finding.sentence);

  test("periods: duplicated, out of order, missing (named in the style of their neighbours)", () => {
    expect(sentences({ values: [1, 2, 3], periods: ["2022/23", "2023/24", "2023/24"] })).toEqual([
      "Duplicated period: 2023/24 is given twice (values 2 and 3); keep one figure for each period.",
    ]);
    expect(sentences({ values: [1, 2, 3], periods: ["2021/22", "2023/24", "2022/23"] })).toEqual([
      "Periods out of order: 2022/23 (value 3) comes after 2023/24 (value 2); put the periods in time order.",
    ]);
    expect(sentences({ values: [1, 2, 3, 4], periods: ["Q1 2023/24", "Q4 2023/24", "Q1 2024/25", "Q3 2024/25"] })).toEqual([
      "Missing period: no Q2 2023/24 or Q3 2023/24 between Q1 2023/24 and Q4 2023/24; and no Q2 2024/25 between Q1 2024/25 and Q3 2024/25; add them, blank if there is no figure, so the gap keeps its place.",
    ]);
  });

  test("a missing period is not guessed when the periods are out of order", () => {
    expect(codes({ values: [1, 2, 3], periods: ["2019/20", "2022/23", "2020/21"] })).toEqual(["periods_out_of_order"]);
  });

  test("impossible figures", () => {
    expect(sentences({ values: [98.5, 100.04, -0.5], unit: "%" })).toEqual([
      "Percentage out of range: value 2 is 100.04 and value 3 is -0.5; a percentage of a whole lies between 0 and 100.",
    ]);
    expect(sentences({ values: [0.72, 0.74, 73.1], unit: "%" })).toEqual([
      "Percentage out of range: value 3 is 73.1; the other values are fractions of 1 (0.724 for 72.4%), so each should lie between 0 and 1.",
    ]);
    expect(sentences({ values: [50, 60], periods: ["2022/23", "2023/24"], numerators: [-1, 6], denominators: [8, 10] })).toEqual([
      "Negative count: the numerator for 2022/23 is -1; a count cannot be below 0.",
    ]);
    expect(sentences({ values: [90, 95], numerators: [108, 131], denominators: [120, 120] })).toEqual([
      "Numerator above denominator: value 2 has 131 out of 120; a part cannot be more than its whole.",
    ]);
  });

  test("suspicious figures", () => {
    // 164,934 invoices sampled then 16,017: Aberdeen City, CORP 8, 2013-14 and 2014-15 (test/fixtures/lgbf)
    expect(sentences({ values: [93, 92], periods: ["2013-14", "2014-15"], numerators: [153389, 14735], denominators: [164934, 16017] })).toEqual([
      "Denominator jump: from 164,934 in 2013-14 to 16,017 in 2014-15 (down 90%); check whether the definition, the boundary or the recording changed.",
    ]);
    expect(sentences({ values: [50, 52], numerators: [50, 520], denominators: [100, 1000] })).toEqual([
      "Denominator jump: from 100 in value 1 to 1,000 in value 2 (10 times as large); check whether the definition, the boundary or the recording changed.",
    ]);
    // 452 / 46.1 = 9.8, the smaller of the two ratios
    expect(sentences({ values: [45.3, 44.9, 452, 46.1, 45.8] })).toEqual([
      "Likely keying error: 452 in value 3 is 9.8 times the figures either side (44.9 in value 2, 46.1 in value 4); check for a slipped decimal point or a digit too many or too few.",
    ]);
    expect(sentences({ values: [45.3, 44.9, 4.52, 46.1, 45.8] })).toEqual([
      "Likely keying error: 4.52 in value 3 is 9.9 times smaller than the figures either side (44.9 in value 2, 46.1 in value 4); check for a slipped decimal point or a digit too many or too few.",
    ]);
    expect(sentences({ values: [61.2, 63.5, 63.5, null, 63.5, 63.5], periods: YEARS.concat("2023/24") })).toEqual([
      "Figure rolled forward: 63.5 in 4 periods in a row, 2019/20 to 2023/24; check the figure was updated each period, not copied forward.",
    ]);
  });

  test("a sentence names three occurrences, then how many more", () => {
    expect(listed(["a", "b", "c", "d", "e"])).toBe("a, b, c and 2 more");
    expect(sentences({ values: [101, 102, 103, 104, 105], unit: "%" })).toEqual([
      "Percentage out of range: value 1 is 101, value 2 is 102, value 3 is 103 and 2 more; a percentage of a whole lies between 0 and 100.",
    ]);
  });

  test("a value all but 0 beside ordinary ones: the ratio in words, never Infinity", () => {
    expect(checkData({ values: [488, 5e-324, 123, 130] })[0].sentence).toBe(
      "Likely keying error: 5e-324 in value 2 is over a million times smaller than the figures either side (488 in value 1, 123 in value 3); check for a slipped decimal point or a digit too many or too few.",
    );
  });

  test("figures are written as the cell holds them, to six significant digits", () => {
    expect([cellFigure(27218.10406), cellFigure(100.04), cellFigure(-3), cellFigure(0.8928571429), cellFigure(1234567)]).toEqual([
      "27,218.1",
      "100.04",
      "-3",
      "0.892857",
      "1,234,570",
    ]);
  });
});

describe("what is left alone", () => {
  test("clean series: no finding", () => {
    expect(checkData({ values: [50, 52, 51, 53, 55], periods: YEARS, unit: "%" })).toEqual([]);
    expect(checkData({ values: [], periods: [] })).toEqual([]);
  });

  test("a blank unit is not a count: a gap or a balance may be negative", () => {
    expect(codes({ values: [-0.8, 2.65, 0.26], unit: "" })).toEqual([]);
  });

  test("a rate per 1,000 may have more events than people (SW8: bed days per 1,000 people aged 75+)", () => {
    expect(codes({ values: [1592], unit: "per 1,000", numerators: [55857], denominators: [35088] })).toEqual([]);
  });

  test("a low percentage either side of 1 is a percentage, not fractions (HSN2, rent lost to voids)", () => {
    expect(codes({ values: [0.9, 1.1, 1.45, 0.8, 0.95], unit: "%" })).toEqual([]);
  });

  test("a floor or a ceiling held for years is not a figure rolled forward", () => {
    expect(codes({ values: [0, 0, 0, 0, 0] })).toEqual([]);
    expect(codes({ values: [100, 100, 100, 100], unit: "%" })).toEqual([]);
    expect(codes({ values: [1, 1, 1, 1], unit: "%" })).toEqual([]);
    expect(codes({ values: [100, 100, 100, 100], unit: "" })).toEqual(["rolled_forward"]);
  });

  test("the first and last values have no return to judge; zero and negative values are not ratios", () => {
    expect(codes({ values: [452, 44.9, 46.1, 45.8] })).toEqual([]);
    expect(codes({ values: [45.3, 44.9, 46.1, 452] })).toEqual([]);
    expect(codes({ values: [45.3, 44.9, 0, 46.1, 45.8] })).toEqual([]);
  });
});

describe("periods on a regular calendar (core/values/periods.ts)", () => {
  test("years, financial years, quarters and months read as steps", () => {
    expect(readPeriodSequence(["2021/22", "2023/24"])).toEqual({ perYear: 1, steps: [2021, 2023] });
    expect(readPeriodSequence(["23/24", "FY 24/25"])).toEqual({ perYear: 1, steps: [2023, 2024] });
    expect(readPeriodSequence([2022, "", 2024])).toEqual({ perYear: 1, steps: [2022, undefined, 2024] });
    // Q4 2023/24 is January to March 2024; Q1 2024/25 follows it
    expect(readPeriodSequence(["Q4 2023/24", "Q1 2024/25"])).toEqual({ perYear: 4, steps: [2023 * 4 + 3, 2024 * 4] });
    expect(readPeriodSequence(["Oct-Dec 2023", "Jan-Mar 2024"])).toEqual({ perYear: 4, steps: [2023 * 4 + 3, 2024 * 4] });
    expect(readPeriodSequence(["Dec-23", "Jan-24"])).toEqual({ perYear: 12, steps: [2023 * 12 + 11, 2024 * 12] });
    expect(readPeriodSequence(["2023-12", "2024-01"])).toEqual({ perYear: 12, steps: [2023 * 12 + 11, 2024 * 12] });
    expect(readPeriodSequence(["2024-01-31", "2024-02-29"])).toEqual({ perYear: 12, steps: [2024 * 12, 2024 * 12 + 1] });
  });

  test("labels on no calendar, or a quarter without its year, are not read", () => {
    expect(readPeriodSequence(["Wave 1", "Wave 2"])).toBeUndefined();
    expect(readPeriodSequence(["Q1", "Q2"])).toBeUndefined();
    expect(readPeriodSequence(["2023/24", "Q1 2024/25"])).toBeUndefined();
  });

  test("the periods between two labels, written in the style of the first", () => {
    expect(periodsBetween("2019/20", "2022/23", 1)).toEqual(["2020/21", "2021/22"]);
    expect(periodsBetween("2019-20", "2021-22", 1)).toEqual(["2020-21"]);
    expect(periodsBetween("FY 22/23", "FY 24/25", 1)).toEqual(["FY 23/24"]);
    expect(periodsBetween(2019, 2021, 1)).toEqual(["2020"]);
    expect(periodsBetween("Q3 2023/24", "Q2 2024/25", 4)).toEqual(["Q4 2023/24", "Q1 2024/25"]);
    expect(periodsBetween("2024 Q3", "2025 Q2", 4)).toEqual(["2024 Q4", "2025 Q1"]);
    expect(periodsBetween("Oct-Dec 2023", "Jul-Sep 2024", 4)).toEqual(["Jan-Mar 2024", "Apr-Jun 2024"]);
    expect(periodsBetween("Nov-23", "Feb-24", 12)).toEqual(["Dec-23", "Jan-24"]);
    expect(periodsBetween("SEPTEMBER 2023", "Dec 2023", 12)).toEqual(["OCTOBER 2023", "NOVEMBER 2023"]);
    expect(periodsBetween("2023-11", "2024-02", 12)).toEqual(["2023-12", "2024-01"]);
    expect(periodsBetween("2024-01-31", "2024-04-30", 12)).toEqual([]);
    expect(periodsBetween("2022/23", "2021/22", 1)).toEqual([]);
  });

  test("months and short financial years without a four-digit year are put in order", () => {
    expect(orderPeriods(["Mar-24", "Jan-24", "Dec-23", "Feb-24"])).toEqual(["Dec-23", "Jan-24", "Feb-24", "Mar-24"]);
    expect(orderPeriods(["23/24", "21/22", "22/23"])).toEqual(["21/22", "22/23", "23/24"]);
  });
});

describe("the table of checks (core/data-quality/checks/table.ts)", () => {
  test("periods first (a wrong period misplaces every figure), then impossible figures, then suspicious ones", () => {
    expect(DATA_CHECKS.map((check) => check.title)).toEqual([
      "Duplicated period",
      "Periods out of order",
      "Missing period",
      "Percentage out of range",
      "Negative count",
      "Numerator above denominator",
      "Denominator jump",
      "Likely keying error",
      "Figure rolled forward",
    ]);
  });

  test("codes and titles are unique, and a check is suppressed only by checks run before it", () => {
    expect(new Set(DATA_CHECKS.map((check) => check.code)).size).toBe(DATA_CHECKS.length);
    expect(new Set(DATA_CHECKS.map((check) => check.title)).size).toBe(DATA_CHECKS.length);
    DATA_CHECKS.forEach((check, index) => {
      const earlier = DATA_CHECKS.slice(0, index).map((other) => other.code as string);
      for (const code of ("unless" in check ? check.unless : undefined) ?? []) expect([check.code, earlier.includes(code)]).toEqual([check.code, true]);
    });
  });

  test("each sentence starts with its check's title", () => {
    for (const [, , raises] of cases) for (const finding of checkData(raises)) expect(finding.sentence.startsWith(`${finding.title}: `)).toBe(true);
  });
});
