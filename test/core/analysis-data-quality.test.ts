/**
 * analyseKpi runs the data-quality checks (KPI.DATACHECK's engine) once, so the pane's card, its
 * report column and the formula cannot disagree; a KPI with a finding is an exception
 * (`data_quality`), which the panel places in FINDING_OF.
 */
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { checkData } from "../../core/data-quality/check-data";
import { FINDING_OF } from "../../panel/steps/analysis/findings";
import { detectKpiTable, readKpis } from "../../panel/steps/find-data/kpi-table";
import { sampleKpiSheet } from "../../panel/steps/find-data/sample-data";
import { readInputs } from "../../panel/shared/pane-inputs";
import { emptySettings } from "../../panel/shared/settings";
import { kpiInput } from "../../panel/steps/analysis/view-of-kpi";

const YEARS = ["2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23"];

describe("data quality in the analysis of one KPI", () => {
  test("a keying error is found, with the same sentence as KPI.DATACHECK, and makes the KPI an exception", () => {
    const input = { name: "Cost per planning application", values: [4879, 27218, 4702, 4683, 4916, 4486], periods: YEARS, polarity: "lower" as const, unit: "£" };
    const analysis = analyseKpi(input);
    expect(analysis.dataQuality).toEqual(checkData({ values: input.values, periods: YEARS, unit: "£" }));
    expect(analysis.dataQuality.map((finding) => finding.code)).toEqual(["likely_keying_error"]);
    expect(analysis.exceptions).toContain("data_quality");
    expect(FINDING_OF.data_quality).toBe("data-quality");
  });

  test("counts and periods are checked too: a numerator above its denominator, a missing year", () => {
    const analysis = analyseKpi({
      name: "Invoices paid in 30 days",
      values: [90, 92, 95],
      periods: ["2019/20", "2021/22", "2022/23"],
      polarity: "higher",
      unit: "%",
      numerators: [108, 131, 114],
      denominators: [120, 120, 120],
    });
    expect(analysis.dataQuality.map((finding) => finding.code)).toEqual(["missing_period", "numerator_above_denominator"]);
  });

  test("periods numbered by the analysis (none given) are not checked as labels", () => {
    const analysis = analyseKpi({ name: "Visits", values: [10, 11, 12, 13], polarity: "higher" });
    expect(analysis.periods).toEqual(["period 1", "period 2", "period 3", "period 4"]);
    expect(analysis.dataQuality).toEqual([]);
    expect(analysis.exceptions).not.toContain("data_quality");
  });

  test("the sample data (DEFRA and Fingertips, as published) has no data-quality finding", () => {
    const records = readKpis(sampleKpiSheet(), detectKpiTable(sampleKpiSheet()));
    for (const record of records) expect(analyseKpi(kpiInput(readInputs(record, emptySettings()))).dataQuality).toEqual([]);
  });
});
