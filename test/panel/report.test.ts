/**
 * The report a scrutiny committee reads: one row per KPI with its key cells, exceptions first; the
 * chart sheet's data blocks; unique sheet names; the findings that sort and filter the cards; and
 * the saved periods to leave out.
 */
import { rectangular, uniqueSheetName } from "../../panel/host";
import { REPORT_HEADER_ROW, buildReportSheet } from "../../panel/steps/report/report-sheet";
import { REPORT_COLUMNS } from "../../panel/steps/report/report-columns";
import { buildChartSheet } from "../../panel/steps/report/chart-sheet";
import { excludedFor, parseSettings, serialiseSettings, setExcluded, emptySettings } from "../../panel/shared/settings";
import { exceptionsFirst, filterViews } from "../../panel/shared/kpi-view";
import { sampleViews } from "./views";

describe("buildReportSheet", () => {
  const views = sampleViews();
  const spec = buildReportSheet(views, { source: "Sample KPIs!A1:T4", peers: "Sample peers!A1:O33, our council Trafford", excludedForAll: ["2020/21"] });

  test("a title, where it came from, then a header row and one row per KPI", () => {
    expect(spec.baseName).toBe("KPI report");
    expect(spec.rows[0]).toEqual(["KPI report"]);
    expect(spec.rows[1][0]).toBe(
      "Made by KPI Scrutiny from Sample KPIs!A1:T4. Peers: Sample peers!A1:O33, our council Trafford. Left out of the analysis for every KPI: 2020/21. Exceptions first. Variation and assurance follow NHS Making Data Count.",
    );
    expect(spec.rows[REPORT_HEADER_ROW]).toEqual(REPORT_COLUMNS.map((column) => column.header));
    expect(spec.rows).toHaveLength(REPORT_HEADER_ROW + 1 + views.length);
  });

  test("the key cells of a KPI row", () => {
    const row = spec.rows[REPORT_HEADER_ROW + 1];
    const cell = (header: string) => row[REPORT_COLUMNS.findIndex((column) => column.header === header)];
    expect(cell("KPI")).toBe("Year 6 children with obesity, including severe obesity (%)");
    expect(cell("Latest period")).toBe("2021/22");
    expect(cell("Latest value")).toBe(17.9);
    expect(cell("Target")).toBe(17);
    expect(cell("RAG")).toBe("Amber");
    expect(cell("Variation (SPC)")).toBe("Common cause");
    expect(cell("Assurance (SPC)")).toBe("Hit and miss");
    expect(cell("Peer quartile")).toBe("Upper middle quartile");
    expect(cell("Gap to peer median")).toBe(0.4);
    expect(cell("Target findings")).toBe("Hit and miss: the target lies inside the process limits.");
    expect(cell("Periods left out")).toBe("2020/21");
    expect(cell("Previous target (changed this year)")).toBe(16.5);
    expect(spec.styles?.[`${REPORT_HEADER_ROW + 1}:${REPORT_COLUMNS.findIndex((column) => column.header === "RAG")}`]).toBe("amber");
  });

  test("a KPI that could not be analysed says why, in its row", () => {
    const row = spec.rows[REPORT_HEADER_ROW + 2];
    expect(row[0]).toBe("<img src=x onerror=alert(1)>");
    expect(row[REPORT_COLUMNS.findIndex((column) => column.header === "Commentary")]).toBe('Could not be analysed: polarity: "sideways" is not one of higher, lower, neutral');
  });

  test("the chart sheet: a data block per charted KPI, with excluded points blank", () => {
    const charts = buildChartSheet(views);
    expect(charts.charts).toHaveLength(1);
    const chart = charts.charts?.[0];
    expect(chart?.title).toBe(views[0].name);
    expect(charts.rows[chart?.dataRow ?? 0]).toEqual(["Period", "Value", "Mean", "Lower limit", "Upper limit", "Target"]);
    expect(charts.rows[(chart?.dataRow ?? 0) + 2]).toEqual(["2020/21", null, 17.5, 15, 20, 17]);
    expect(chart?.rows).toBe(4);
  });
});

describe("sheet names", () => {
  test("never an existing name, in any case; forbidden characters replaced; at most 31 characters", () => {
    expect(uniqueSheetName("KPI report", ["Data"])).toBe("KPI report");
    expect(uniqueSheetName("KPI report", ["kpi REPORT", "KPI report (2)"])).toBe("KPI report (3)");
    expect(uniqueSheetName("Q1/Q2: [draft]?", [])).toBe("Q1 Q2   draft");
    const long = uniqueSheetName("A".repeat(40), ["A".repeat(31)]);
    expect(long).toBe(`${"A".repeat(27)} (2)`);
  });

  test("rows are padded to one width for a rectangular write", () => {
    expect(rectangular([["a"], [], ["b", 2]])).toEqual([["a", null], [null, null], ["b", 2]]);
  });
});

describe("findings: exceptions first, search and filter", () => {
  test("exceptions come first and the table's order is kept among equals", () => {
    const [first, second] = sampleViews();
    const calm = { ...first, index: 2, name: "Calm", findings: [] };
    expect(exceptionsFirst([calm, first, second]).map((view) => view.name)).toEqual([second.name, first.name, "Calm"]);
  });

  test("search words and a finding filter", () => {
    const views = sampleViews();
    expect(filterViews(views, "obesity", "all")).toHaveLength(1);
    expect(filterViews(views, "", "target")).toHaveLength(1);
    expect(filterViews(views, "", "problem").map((view) => view.index)).toEqual([1]);
    expect(filterViews(views, "", "exceptions")).toHaveLength(2);
    expect(filterViews(views, "nothing like this", "all")).toHaveLength(0);
  });
});

describe("periods left out, saved with the workbook", () => {
  test("for every KPI and for one KPI, combined; saved and read back; unreadable settings are empty", () => {
    let settings = setExcluded(emptySettings(), "*", ["2020/21"]);
    settings = setExcluded(settings, "Recycling", ["2019/20", "2020/21"]);
    expect(excludedFor(settings, "Recycling")).toEqual(["2020/21", "2019/20"]);
    expect(excludedFor(settings, "Obesity")).toEqual(["2020/21"]);
    expect(parseSettings(serialiseSettings(settings))).toEqual(settings);
    expect(setExcluded(settings, "*", []).excluded).toEqual({ Recycling: ["2019/20", "2020/21"] });
    expect(parseSettings("{not json")).toEqual(emptySettings());
    expect(parseSettings('{"excluded":{"*":["2020/21", 7]}}').excluded).toEqual({ "*": ["2020/21"] });
  });
});
