/**
 * The panel reads core's analysis, it does not redo it: the inputs it gives analyseKpi (peers of the
 * latest period, periods left out) and the view it shows (the same labels and numbers as core's).
 */
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import type { KpiAnalysis } from "../../core/analysis/types";
import { readInputs } from "../../panel/shared/pane-inputs";
import { xmrChart } from "../../core/spc/xmr-chart";
import { chartOf, kpiInput, viewOfKpi } from "../../panel/steps/analysis/view-of-kpi";
import { findingsOfAnalysis } from "../../panel/steps/analysis/findings";
import { detectKpiTable, readKpis } from "../../panel/steps/find-data/kpi-table";
import { detectPeerTable, readPeers } from "../../panel/steps/find-data/peer-table";
import { SAMPLE_COUNCIL, sampleKpiSheet, samplePeerSheet } from "../../panel/steps/find-data/sample-data";
import { emptySettings, setExcluded } from "../../panel/shared/settings";

const records = readKpis(sampleKpiSheet(), detectKpiTable(sampleKpiSheet()));
const peerValues = samplePeerSheet();
const peers = { table: readPeers(peerValues, detectPeerTable(peerValues)), tableKpi: "*", ourCouncil: SAMPLE_COUNCIL, source: "Sample peers!A1:O33" };

describe("the input the panel gives analyseKpi", () => {
  test("values, polarity, target, tolerance and unit from the table; peers of the latest present period", () => {
    const input = kpiInput(readInputs(records[0], emptySettings(), peers));
    expect(input.name).toBe("Household waste sent for reuse, recycling or composting (%)");
    expect(input.values).toHaveLength(13);
    expect(input.values[12]).toBeNull(); // 2022/23 not published yet
    // The sample's recycling target steps up, year by year, on the row under the KPI (illustrative).
    expect([input.polarity, input.targets, input.tolerance, input.unit]).toEqual(["higher", [45, 45, 45, 50, 50, 50, 50, 50, 52, 52, 52, 55, null], 2, "%"]);
    // DEFRA ENV18 2021/22: 16 councils, Trafford's 58.8 among them.
    expect(input.peers).toHaveLength(16);
    expect(input.peers).toContain(58.8);
    expect(input.exclude).toBeUndefined();
  });

  test("periods left out for every KPI and for one KPI become the exclude marks", () => {
    let settings = setExcluded(emptySettings(), "*", ["2020/21"]);
    settings = setExcluded(settings, records[2].name, ["2019/20"]);
    const obesity = kpiInput(readInputs(records[2], settings));
    expect(obesity.exclude?.flatMap((mark, i) => (mark ? [records[2].periods[i]] : []))).toEqual(["2019/20", "2020/21"]);
    expect(kpiInput(readInputs(records[0], settings)).exclude?.filter(Boolean)).toHaveLength(1);
  });

  test("text in a value is a gap, and the card names the cell (the pane's rule, README 'Using the pane')", () => {
    const noted = { ...records[0], values: [...records[0].values.slice(0, 12), "tbc"] };
    const inputs = readInputs(noted, emptySettings());
    expect(inputs.values[12]).toBeNull();
    expect(inputs.cellNotes).toEqual(['"tbc" in 2022/23 is not a figure, so 2022/23 is a gap: enter the figure there, or leave it blank.']);
  });
});

describe("the view shows core's judgements unchanged", () => {
  test.each(records.map((record, i) => [record.name, i]))("%s", (_name, i) => {
    const inputs = readInputs(records[i as number], emptySettings(), peers);
    const analysis = analyseKpi(kpiInput(inputs));
    const view = viewOfKpi(inputs, i as number);
    expect(view.latestPeriod).toBe(analysis.latest?.period ?? null);
    expect(view.latestValue).toBe(analysis.latest?.value ?? null);
    expect(view.direction).toBe(analysis.direction.label);
    expect(view.polarity).toBe(analysis.polarity);
    expect(view.rag).toBe(analysis.target?.rag ?? "No target");
    expect(view.narrative).toBe(analysis.narrative);
    expect(view.questions).toEqual(analysis.questions);
    expect(view.targetFindings).toEqual(analysis.targetFindings.map((finding) => finding.sentence));
    // The gap shown is core's, rounded once at the KPI's precision (core/analysis/shown-figures.ts).
    expect(view.gap).toBe(analysis.benchmark === undefined ? null : analysis.shown.gapToMedian);
    expect(view.peerMedian).toBe(analysis.shown.peerMedian ?? null);
  });

  test("peers: a quartile and rank where core ranks, else why not", () => {
    const recycling = viewOfKpi(readInputs(records[0], emptySettings(), peers), 0);
    // By hand with QUARTILE.INC over the 16 councils in 2021/22 (DEFRA ENV18): 58.8 is above the upper quartile 54.75.
    expect([recycling.quartileLabel, recycling.peerNote]).toEqual(["Top quartile", expect.stringMatching(/^rank \d+ of 16$/)]);
    // Our council's figure in the peer table must agree with the KPI table (both shown with the unit, to one place past the KPI's).
    const edited = { ...records[0], values: [...records[0].values.slice(0, 11), 60, null] };
    expect(viewOfKpi(readInputs(edited, emptySettings(), peers), 0).peerNote).toMatch(/check the tables: the peer table has 58\.80% for Trafford in 2021\/22, the KPI table 60\.00%$/);
    // The peer table has no tonnage rows.
    expect(viewOfKpi(readInputs(records[1], emptySettings(), peers), 1).peerNote).toBe("No peer data");
    const neutralWithPeers = { ...records[0], polarity: "neutral" };
    expect(viewOfKpi(readInputs(neutralWithPeers, emptySettings(), peers), 0).peerNote).toBe("Not ranked: neither higher nor lower is better");
  });

  test("core's exception codes become the panel's findings, no target not flagged", () => {
    const analysis = { exceptions: ["worsening", "soft_target", "hit_and_miss", "no_target", "green_but_bottom_quartile"], direction: { label: "Worsening" } } as unknown as KpiAnalysis;
    expect(findingsOfAnalysis(analysis, "Special cause concerning")).toEqual(["concerning", "worsening", "target", "green-bottom"]);
  });
});

describe("the SPC chart on a card is core's XmR chart", () => {
  test("mean, limits and the special-cause point of the NHSRplotthedots vignette data", () => {
    const values = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];
    const periods = values.map((_, i) => `M${i + 1}`);
    const chart = chartOf(xmrChart(values, { polarity: "higher" }), periods, null);
    // docs/SPC.md, "Checked against": NHSRplotthedots vignette, MDC (unscreened) mean 1.944444, limits -3.062614 / 6.951503; 10 is outside.
    expect(chart.mean[0]).toBeCloseTo(1.944444, 5);
    expect(chart.lower[17]).toBeCloseTo(-3.062614, 5);
    expect(chart.upper[17]).toBeCloseTo(6.951503, 5);
    expect(chart.specialCause.flatMap((rules, i) => (rules ? [chart.periods[i]] : []))).toEqual(["M5"]);
    expect(chart.specialCause[4]).toMatch(/^Outside limits/);
    expect(chart.note).toMatch(/MDC/);
  });

  test("each sample KPI with enough values has a chart; left-out periods are marked, not drawn as data", () => {
    const settings = setExcluded(emptySettings(), "*", ["2020/21"]);
    const view = viewOfKpi(readInputs(records[0], settings, peers), 0);
    expect(view.chart?.periods).toEqual(records[0].periods);
    expect(view.chart?.excluded[records[0].periods.indexOf("2020/21")]).toBe(true);
    expect(view.excludedPeriods).toEqual(["2020/21"]);
  });
});
