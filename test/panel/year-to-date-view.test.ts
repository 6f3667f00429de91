/**
 * The card's year-to-date line, read from core's analysis.yearToDate: the figure against what is
 * due by now, the profile effect, and why there is no figure.
 */
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { yearToDateText } from "../../panel/steps/analysis/view-of-kpi";

const MONTHS = ["Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24", "Sep-24"];

describe("the year-to-date line of a card", () => {
  test("a count against the annual target pro rata, with a red month that is a profile effect", () => {
    // 90 + 100 + 120 + 110 + 125 + 95 = 640 against 6/12 of 1,200 = 600; September's 95 misses 100.
    const analysis = analyseKpi({ name: "Homes completed", periods: MONTHS, values: [90, 100, 120, 110, 125, 95], targets: 100, polarity: "higher", annualTarget: 1200 });
    expect(yearToDateText(analysis)).toBe(
      "2024/25 to date (6 of 12 months): 640 against 600 due by now (annual target 1,200), Green. The latest month is Red but the year is on track: a profile effect.",
    );
  });

  test("a rate against the annual target itself", () => {
    // (96 + 97 + 90) / 3 = 94.3% against 95%: Red, and so is the quarter: no profile effect.
    const analysis = analyseKpi({ name: "Calls answered", periods: ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"], values: [96, 97, 90], targets: 95, polarity: "higher", unit: "%", annualTarget: 95 });
    expect(yearToDateText(analysis)).toBe("2024/25 to date (3 of 4 quarters): 94.3% against the annual target of 95%, Red.");
  });

  test("a gap, and no annual target", () => {
    const gap = analyseKpi({ name: "Homes completed", periods: MONTHS, values: [90, null, 120, 110, 125, 95], polarity: "higher", annualTarget: 1200 });
    expect(yearToDateText(gap)).toBe("2024/25 to date (6 of 12 months): no figure, because there is no figure for May-24.");
    expect(yearToDateText(analyseKpi({ name: "Homes completed", periods: MONTHS, values: [90, 100, 120, 110, 125, 95], polarity: "higher" }))).toBe("");
  });
});
