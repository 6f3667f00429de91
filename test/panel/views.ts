/**
 * Hand-built KPI views for testing report writing and the hosts, independent of the analysis.
 * The labels are the fixed strings of docs/FORMULA-CONVENTIONS.md, "Labels"; the numbers are only cell contents here.
 */
import { problemView } from "../../panel/steps/analysis/view-of-kpi";
import { KpiView } from "../../panel/shared/kpi-view";
import { figureStyle } from "../../panel/shared/figures";

export function sampleViews(): KpiView[] {
  const periods = ["2019/20", "2020/21", "2021/22"];
  return [
    {
      index: 0,
      name: "Year 6 children with obesity, including severe obesity (%)",
      category: "Equity",
      owner: "Public health",
      unit: "%",
      polarity: "lower",
      latestPeriod: "2021/22",
      latestValue: 17.9,
      target: 17,
      previousTarget: { value: 16.5, period: "2019/20", changedIn: "2020/21" },
      rag: "Amber",
      direction: "No clear change",
      change: "Worse than 2020/21",
      variation: "Common cause",
      assurance: "Hit and miss",
      quartile: 2,
      quartileLabel: "Upper middle quartile",
      gap: 0.4,
      peerMedian: 18.3,
      peerNote: "",
      targetFindings: ["Hit and miss: the target lies inside the process limits."],
      dataQuality: [],
      narrative: "Obesity was 17.9% in 2021/22.",
      commentary: [{ period: "2021/22", heading: "Corrective action", text: "=HYPERLINK(\"http://example.com\") <script>alert(1)</script>" }],
      otherCommentary: [],
      questions: ["What would it take to meet the target consistently?", "=1+1 is not a formula here"],
      chart: { periods, values: [17.8, null, 17.9], mean: [17.5, 17.5, 17.5], lower: [15, 15, 15], upper: [20, 20, 20], target: 17, targets: [16.5, 17, 17], specialCause: [null, null, null], variation: ["Common cause", null, "Common cause"], excluded: [false, true, false], events: [{ period: "2020/21", position: 1, note: "Lockdown: <b>no</b> weighing", rebase: false }], note: "" },
      excludedPeriods: ["2020/21"],
      figures: figureStyle("%", [17.8, 17.9, 17], 1),
      cellNotes: [],
      events: [{ period: "2020/21", position: 1, note: "Lockdown: <b>no</b> weighing", rebase: false }],
      problem: null,
      findings: ["target"],
    },
    problemView(
      { name: "<img src=x onerror=alert(1)>", periods, values: [], polarity: "sideways", target: null, tolerance: null, unit: "", category: "", owner: "", row: 1 },
      1,
      'polarity: "sideways" is not one of higher, lower, neutral',
    ),
  ];
}
