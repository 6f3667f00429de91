/**
 * Counts, costs and comparators in the pane: Numerator, Denominator, Cost and Deflator columns of a
 * long table and rows of a table with periods across; a Fingertips download and an LG Inform
 * export read as peer tables with no column mapped by hand (test/fixtures/fingertips, with their
 * sources); the comparison with England on the card and in the report; and bad input named.
 */
import { invokeFunction } from "../../core/functions/invoke";
import { Cell } from "../../panel/host";
import { LayoutError } from "../../panel/shared/errors";
import { PeerChoice, peerCells } from "../../panel/shared/pane-inputs";
import { emptySettings } from "../../panel/shared/settings";
import { analyseRecord } from "../../panel/steps/analysis/analyse-all";
import { readKpisWithSeries, seriesRowOf } from "../../panel/steps/find-data/kpi-counts";
import type { KpiMapping } from "../../panel/steps/find-data/kpi-table";

/** The records of a table with their counts and costs. */
const readKpiTable = (values: readonly (readonly Cell[])[], mapping: KpiMapping) => readKpisWithSeries(values, mapping).records;
import { detectKpiTable } from "../../panel/steps/find-data/kpi-table";
import { detectPeerTable, readPeers } from "../../panel/steps/find-data/peer-table";
import { SAMPLE_COUNCIL, sampleKpiSheet, samplePeerSheet } from "../../panel/steps/find-data/sample-data";
import { REPORT_HEADER_ROW, buildReportSheet } from "../../panel/steps/report/report-sheet";
import { readCsvCells } from "../helpers/csv";

const download = readCsvCells("fingertips/fingertips_download_counts.csv");
const PROPORTION = "Test proportion (PHEindicatormethods phe_proportion test data)";
const RATE = "Test crude rate per 100,000 (PHEindicatormethods phe_rate test data)";
const DSR = "Test directly standardised rate per 100,000 (PHEindicatormethods calculate_dsr test data)";
const column = (name: string) => (download[0] as string[]).indexOf(name);

/** The peers from a peer sheet, as the pane takes them. */
function peersOf(values: Cell[][], extra: Partial<PeerChoice> = {}): PeerChoice {
  return { table: readPeers(values, detectPeerTable(values)), tableKpi: "*", ourCouncil: "", source: "Peers!A1", ...extra };
}

describe("a Fingertips download is read as a peer table as it comes", () => {
  const mapping = detectPeerTable(download);

  test("every column it needs is recognised by its Fingertips header", () => {
    const roleOf = (header: string) => mapping.roles[column(header)];
    expect(Object.fromEntries((download[0] as string[]).map((header) => [header, roleOf(header)]))).toEqual({
      "Indicator ID": "ignore",
      "Indicator Name": "kpi",
      "Parent Code": "ignore",
      "Parent Name": "ignore",
      "Area Code": "areaCode",
      "Area Name": "council",
      "Area Type": "areaType",
      Sex: "sex",
      Age: "age",
      "Category Type": "categoryType",
      Category: "ignore",
      "Time period": "periodLabel",
      Value: "value",
      "Lower CI 95.0 limit": "lower95",
      "Upper CI 95.0 limit": "upper95",
      "Lower CI 99.8 limit": "lower998",
      "Upper CI 99.8 limit": "upper998",
      Count: "numerator",
      Denominator: "denominator",
      "Value note": "ignore",
      "Recent Trend": "ignore",
      "Compared to England value or percentiles": "comparedTo",
      "Compared to Region value or percentiles": "ignore",
      "Time period Sortable": "ignore",
      "New data": "ignore",
      "Compared to goal": "ignore",
    });
  });

  test("England is the comparator, never a peer; a breakdown row (Category Type) is not a peer", () => {
    const table = readPeers(download, mapping);
    expect(table.national).toEqual(["England"]);
    expect(table.comparedWith).toBe("England");
    expect(table.councils).toEqual(["England", "Area1", "Area2", "Area3", "Area4", "Area5", "Area7", "Area8", "Area9"]);
    // Seven areas, England left out, Area4 once (its deprivation-decile row is filtered out).
    expect(peerCells(table, PROPORTION, "2022/23")).toEqual([1, 5, 20, 65, 79.83799108950991, 6.905132192846033, 28.90625]);
    expect(table.extras?.get(PROPORTION.toLowerCase())?.get("Area8")?.get("2022/23")).toEqual({
      numerator: 999,
      denominator: 3456,
      lower95: 27.418951080009872,
      upper95: 30.440389662818056,
      lower998: 26.583995768074953,
      upper998: 31.344754492799847,
      comparedTo: "Worse",
    });
  });

  // The label worked out from each row's counts (KPI.COMPARE, Wilson or Byar / exact Poisson at 95%) and the label
  // from its published limits (KPI.COMPARE type "interval") must agree, and match the download's "Compared to England".
  test("where a row has counts and published limits, the label from the counts and the label from the limits agree, except where named", () => {
    const table = readPeers(download, mapping);
    const polarity: Record<string, string> = { [PROPORTION]: "higher", [RATE]: "lower", [DSR]: "lower" };
    const disagreements: string[] = [];
    for (const row of download.slice(1)) {
      const [indicator, area, count, denominator, lower, upper, published, category] = [
        "Indicator Name", "Area Name", "Count", "Denominator", "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Compared to England value or percentiles", "Category Type",
      ].map((header) => row[column(header)]);
      if (area === "England" || count === null || lower === null || category !== null) continue;
      const england = peerCells({ ...table, national: [] }, indicator as string, "2022/23").find((_, i) => table.councils[i] === "England") as number;
      const rate = indicator !== PROPORTION;
      const fromCounts = invokeFunction("COMPARE", [[[count]], [[denominator]], england, polarity[indicator as string], rate ? "rate" : "proportion", 0.95, rate ? 100000 : 100], "KPI.COMPARE");
      const fromLimits = invokeFunction("COMPARE", [[[lower]], [[upper]], england, polarity[indicator as string], "interval"], "KPI.COMPARE");
      if (!fromCounts.ok || !fromLimits.ok) throw new Error(`${area}: ${JSON.stringify([fromCounts, fromLimits])}`);
      const [a, b] = [fromCounts.cells[0][0], fromLimits.cells[0][0]];
      expect(b).toBe(published);
      if (a !== b) disagreements.push(`${indicator} ${area}: ${a} from the counts, ${b} from the limits`);
    }
    // Indicator 3 is age-standardised: its published value (10,430.2) and Dobson limits (9,717.7 to 11,178.9) are not
    // the crude rate of its counts (895 / 8,970 = 9,977.7 per 100,000, Byar 9,327 to 10,657), so England's 9,600 falls
    // inside the crude interval and below the standardised one. The pane works out no interval from such counts
    // (core/benchmark/count-scale.ts): it compares the published limits.
    expect(disagreements).toEqual([`${DSR} Area9: Similar from the counts, Worse from the limits`]);
  });

  test("the filters: Persons, the whole population (no Category Type) and the Area Type on most rows, unless chosen", () => {
    const males = download.map((row, r) => (r === 0 || row[column("Area Name")] !== "Area1" ? row : row.map((cell, c) => (c === column("Sex") ? "Male" : c === column("Area Type") ? "Districts & UAs (from Apr 2023)" : cell))));
    const table = readPeers(males, detectPeerTable(males));
    expect(peerCells(table, PROPORTION, "2022/23")).toHaveLength(6);
    const districts = readPeers(males, detectPeerTable(males), { areaType: "Districts & UAs (from Apr 2023)", sex: "Male" });
    // England's rows are for Persons, so with Sex "Male" there is no comparator row.
    expect(districts.councils).toEqual(["Area1"]);
  });
});

describe("bad choices and bad cells get a clear message", () => {
  test("an Area Type that matches no row names the Area Types there are", () => {
    expect(() => readPeers(download, detectPeerTable(download), { areaType: "Wards" })).toThrow(
      new LayoutError('No row of the peer table has Area Type "Wards"; its Area Type values are "Counties & UAs (from Apr 2023)". Choose one of those.'),
    );
  });

  test("a combination no row has names the filters to change", () => {
    const mixed = download.map((row, r) => (r === 0 || row[column("Area Name")] !== "Area1" ? row : row.map((cell, c) => (c === column("Area Type") ? "Districts & UAs (from Apr 2023)" : c === column("Sex") ? "Male" : cell))));
    expect(() => readPeers(mixed, detectPeerTable(mixed), { areaType: "Counties & UAs (from Apr 2023)", sex: "Male" })).toThrow(
      'No row of the peer table has Area Type "Counties & UAs (from Apr 2023)", Sex "Male" and Category Type "(none)" together: choose another Area Type, Sex or Category Type.',
    );
  });
});

/** Our council's series of the proportion: the last year is Area8's counts (999 of 3,456), earlier years made up around it. */
const COUNTS: [string, number, number][] = [
  ["2018/19", 931, 3402],
  ["2019/20", 960, 3431],
  ["2020/21", 944, 3390],
  ["2021/22", 987, 3470],
  ["2022/23", 999, 3456],
];

/** A long KPI table: KPI, Period, Value, Numerator, Denominator, Polarity, Unit. */
function longTable(): Cell[][] {
  return [["KPI", "Period", "Value", "Numerator", "Denominator", "Polarity", "Unit"], ...COUNTS.map(([period, x, n]): Cell[] => [PROPORTION, period, (100 * x) / n, x, n, "higher", "%"])];
}

/** The same KPI with periods across and its counts in rows named after it. */
function wideTable(): Cell[][] {
  return [
    ["KPI", "Polarity", "Unit", ...COUNTS.map(([period]) => period)],
    [PROPORTION, "higher", "%", ...COUNTS.map(([, x, n]) => (100 * x) / n)],
    [`${PROPORTION} numerator`, null, null, ...COUNTS.map(([, x]) => x)],
    ["Denominator", null, null, ...COUNTS.map(([, , n]) => n)],
  ];
}

describe("the pane on a table with numerator and denominator columns shows the comparison with England", () => {
  const peers = peersOf(download, { ourCouncil: "Area8", comparator: { kind: "row", name: "England" } });

  test.each([
    ["long: Numerator and Denominator columns", longTable],
    ["periods across: rows named after the KPI, or by the word alone under it", wideTable],
  ])("%s", (_name, table) => {
    const values = table();
    const records = readKpiTable(values, detectKpiTable(values));
    expect(records.map((record) => record.name)).toEqual([PROPORTION]);
    expect(records[0].series).toEqual({ numerator: COUNTS.map(([, x]) => x), denominator: COUNTS.map(([, , n]) => n) });
    const view = analyseRecord(records[0], 0, emptySettings(), peers);
    expect(view.problem).toBeNull();
    // PHEindicatormethods phe_proportion Area8 (x100): 95% 27.419 to 30.440, 99.8% 26.584 to 31.345. England's 57.52%
    // lies above even the 99.8% limit and higher is better: Worst.
    expect(view.counts).toEqual({
      interval: "27.4% to 30.4% (95%, Wilson score method, 999 of 3,456)",
      comparisonLabel: "Worst",
      comparison: "Worst: significantly worse, even at 99.8%, than England (57.5%), from the counts",
      // The peers' pooled 11,168 of 19,416 (England left out); at 3,456 cases the 99.8% funnel starts near 54.9%.
      funnel: "Below the 99.8% limit around the peers' 57.5% (7 peers): worse than chance alone explains",
    });
  });

  test("without a comparator there is no comparison, but the interval and the funnel remain", () => {
    const values = longTable();
    const view = analyseRecord(readKpiTable(values, detectKpiTable(values))[0], 0, emptySettings(), peersOf(download));
    expect(view.counts?.comparison).toBe("");
    expect(view.counts?.interval).toMatch(/^27\.4% to 30\.4%/);
  });

  test("a typed comparator, with no peer table", () => {
    const values = longTable();
    const typed: PeerChoice = { table: { councils: [], values: new Map() }, tableKpi: "*", ourCouncil: "", source: "", comparator: { kind: "value", name: "the regional figure", value: 29 } };
    const view = analyseRecord(readKpiTable(values, detectKpiTable(values))[0], 0, emptySettings(), typed);
    expect(view.counts?.comparison).toBe("Similar: not significantly different from the regional figure (29%), from the counts");
    expect(view.counts?.funnel).toBe("");
  });

  test("the counts come from our council's row of the download when the KPI table has none", () => {
    const values = longTable().map((row) => row.slice(0, 3));
    const view = analyseRecord(readKpiTable(values, detectKpiTable(values))[0], 0, emptySettings(), peers);
    expect(view.counts?.comparisonLabel).toBe("Worst");
  });
});

describe("counts that are not the value's own: an age-standardised rate (download indicator 3)", () => {
  test("the published limits are compared, and the card says why the counts give no interval", () => {
    const values: Cell[][] = [
      ["KPI", "Period", "Value", "Count", "Denominator", "Polarity"],
      [DSR, "2020/21", 10800, null, null, "lower"],
      [DSR, "2021/22", 10650, null, null, "lower"],
      [DSR, "2022/23", 10430.247991469423, 895, 8970, "lower"],
    ];
    const peers = peersOf(download, { ourCouncil: "Area9", comparator: { kind: "row", name: "England" } });
    const view = analyseRecord(readKpiTable(values, detectKpiTable(values))[0], 0, emptySettings(), peers);
    // calculate_dsr (PHEindicatormethods): 10,430.2 per 100,000 with Dobson's 95% limits 9,717.7 to 11,178.9; 895 / 8,970
    // is the crude rate, 9,977.7. England's 9,600 lies below the published interval, and lower is better: Worse.
    expect(view.counts).toEqual({
      interval: "9,718 to 11,179 (95%, as published); not worked out from the counts: 10,430 is not 895 ÷ 8,970 (it may be age-standardised)",
      comparisonLabel: "Worse",
      comparison: "Worse: significantly worse than England (9,600), from the published limits",
      funnel: "",
    });
  });
});

describe("a download with published labels and no counts (Fingertips 90323, Year 6 obesity)", () => {
  const published = readCsvCells("fingertips/year6_obesity_trafford_cipfa.csv");
  const records = readKpiTable(sampleKpiSheet(), detectKpiTable(sampleKpiSheet()));
  const obesity = records[2];

  test("is read without mapping: England (Country) is the comparator, the 16 councils the peers", () => {
    expect(detectPeerTable(published).roles).toEqual(["areaCode", "council", "areaType", "periodLabel", "value", "comparedTo"]);
    const table = readPeers(published, detectPeerTable(published));
    expect(table.national).toEqual(["England"]);
    expect(peerCells(table, obesity.name, "2022/23")).toHaveLength(16);
  });

  test("Trafford's published label is shown as given and never recomputed", () => {
    const peers = peersOf(published, { tableKpi: obesity.name, ourCouncil: SAMPLE_COUNCIL, comparator: { kind: "row", name: "England" } });
    const view = analyseRecord(obesity, 2, emptySettings(), peers);
    // The extract: Trafford 18.3% in 2022/23, England 22.7%, compared_to_england "Better".
    expect(view.latestValue).toBe(18.3);
    expect(view.counts).toEqual({ interval: "", comparisonLabel: "Better", comparison: "Better (as published, compared with England)", funnel: "" });
    // The quartile is among the 16 councils only, as with the sample peer table (England is not a peer).
    const sample = analyseRecord(obesity, 2, emptySettings(), { table: readPeers(samplePeerSheet(), detectPeerTable(samplePeerSheet())), tableKpi: "*", ourCouncil: SAMPLE_COUNCIL, source: "" });
    expect([view.quartileLabel, view.gap]).toEqual([sample.quartileLabel, sample.gap]);
  });
});

describe("a long LG Inform export (area, area label, period, value) is read as a peer table", () => {
  const lgInform = readCsvCells("fingertips/lginform_long_recycling.csv");

  test("the names are the councils, the codes are codes, and England is the comparator", () => {
    const mapping = detectPeerTable(lgInform);
    expect(mapping.roles).toEqual(["areaCode", "council", "periodLabel", "value"]);
    const table = readPeers(lgInform, mapping);
    expect(table.national).toEqual(["England"]);
    // The same 16 DEFRA ENV18 figures for 2021/22 as the sample peer table.
    const sample = readPeers(samplePeerSheet(), detectPeerTable(samplePeerSheet()));
    const recycling = "Household waste sent for reuse, recycling or composting (%)";
    expect([...peerCells(table, recycling, "2021/22")].sort()).toEqual([...peerCells(sample, recycling, "2021/22")].sort());
  });
});

describe("rows and columns of counts and costs", () => {
  test("a KPI whose name ends in such a word stays a KPI, and a second row of the same kind is not dropped", () => {
    const values: Cell[][] = [
      ["KPI", "2022", "2023"],
      ["Claimant count", 900, 950],
      ["Claimant count denominator", 40000, 40100],
      ["Recycling rate", 48, 51],
      ["Numerator", 4800, 5100],
      ["Numerator", 4700, 5000],
    ];
    const records = readKpiTable(values, detectKpiTable(values));
    expect(records.map((record) => [record.name, record.series])).toEqual([
      ["Claimant count", { denominator: [40000, 40100] }],
      ["Recycling rate", { numerator: [4800, 5100] }],
      ["Numerator", undefined],
    ]);
  });

  test.each([
    ["Recycling rate numerator", { kpi: "recycling rate", role: "numerator" }],
    ["Recycling rate – Population", { kpi: "recycling rate", role: "denominator" }],
    ["Recycling rate (cost)", { kpi: "recycling rate", role: "cost" }],
    ["GDP deflator", { kpi: "", role: "deflator" }],
    ["Account closures", undefined],
  ])("%s", (name, expected) => {
    expect(seriesRowOf(name)).toEqual(expected);
  });

  test("Cost and Deflator columns of a long table; a Count column in a table with periods across is not a period", () => {
    const long: Cell[][] = [
      ["KPI", "Year", "Value", "Cost", "Deflator"],
      ["Recycling rate", "2022/23", 51, 1210, 100],
      ["Recycling rate", "2021/22", 48, 1160, 98],
    ];
    const mapping = detectKpiTable(long);
    expect(mapping.roles).toEqual(["name", "periodLabel", "value", "cost", "deflator"]);
    expect(readKpiTable(long, mapping)[0].series).toEqual({ cost: [1160, 1210], deflator: [98, 100] });
    expect(detectKpiTable([["KPI", "Count", "2022", "2023"], ["Recycling", 3, 48, 51]]).roles).toEqual(["name", "ignore", "period", "period"]);
  });
});

describe("bad counts get a clear message on the KPI's card", () => {
  const peers = peersOf(download, { ourCouncil: "Area8", comparator: { kind: "row", name: "England" } });

  test("a Count column with text", () => {
    const values = longTable();
    values[0][3] = "Count";
    values[5][3] = "tbc";
    const view = analyseRecord(readKpiTable(values, detectKpiTable(values))[0], 0, emptySettings(), peers);
    expect(view.problem).toBe('numerator (count) for 2022/23 ("tbc") is not a number; leave it blank or enter a number');
  });

  test("a denominator of zero", () => {
    const values = longTable();
    values[4][4] = 0;
    const view = analyseRecord(readKpiTable(values, detectKpiTable(values))[0], 0, emptySettings(), peers);
    expect(view.problem).toBe("denominators for 2021/22 is 0, which leaves nothing to divide by; enter the number of cases or the population (more than zero), or leave the cell blank");
  });

  test("text in a peer's Count names the area and the period", () => {
    const bad = download.map((row) => (row[column("Area Name")] === "Area3" && row[column("Indicator Name")] === PROPORTION ? row.map((cell, c) => (c === column("Count") ? "c" : c === column("Denominator") ? "n/a" : cell)) : row));
    const stillFine = analyseRecord(readKpiTable(longTable(), detectKpiTable(longTable()))[0], 0, emptySettings(), peersOf(bad, { ourCouncil: "Area8" }));
    // "c" (suppressed) and "n/a" are missing markers: that peer simply has no counts.
    expect(stillFine.counts?.funnel).toMatch(/\(6 peers\)/);
    const worse = download.map((row) => (row[column("Area Name")] === "Area3" && row[column("Indicator Name")] === PROPORTION ? row.map((cell, c) => (c === column("Count") ? "twenty" : cell)) : row));
    const view = analyseRecord(readKpiTable(longTable(), detectKpiTable(longTable()))[0], 0, emptySettings(), peersOf(worse));
    expect(view.problem).toBe('numerator (count) for Area3 in 2022/23 ("twenty") is not a number; leave it blank or enter a number');
  });
});

describe("costs on the card and in the report", () => {
  // A service's spend, households served and GDP deflators (made up for the test); peers' spend and households in 2022/23.
  const kpis: Cell[][] = [
    ["KPI", "Year", "Value", "Denominator", "Spend", "GDP deflator", "Polarity"],
    ...[
      ["2018/19", 40, 10, 1000, 80],
      ["2019/20", 42, 10, 1050, 88],
      ["2020/21", 44, 10, 1100, 97],
      ["2021/22", 46, 11, 1160, 107],
      ["2022/23", 48, 11, 1210, 118],
    ].map((row): Cell[] => ["Household waste recycled", row[0], row[1], row[2], row[3], row[4], "higher"]),
  ];
  const peerTable: Cell[][] = [
    ["Council", "Period", "Value", "Denominator", "Cost"],
    ["Bury", "2022/23", 40, 10, 1200],
    ["York", "2022/23", 50, 20, 2000],
    ["Derby", "2022/23", 45, 10, 1300],
    ["Reading", "2022/23", 38, 10, 1500],
  ];

  test("cost per unit in real terms, value for money and the cost quadrant", () => {
    const record = readKpiTable(kpis, detectKpiTable(kpis))[0];
    const view = analyseRecord(record, 0, emptySettings(), peersOf(peerTable, { tableKpi: "Household waste recycled" }));
    // 1,210 at 2022/23 prices (its own deflator is the base) over 11 households is £110. Real costs per household fall
    // every year (147.5, 140.8, 133.8, 116.3, 110) while performance rises: Mann-Kendall S = -10 and 10, exact p = 0.0167.
    // Peers' cost per household 120, 100, 130, 150 (median 125) and performance median 42.5: ours is low cost, high performance.
    expect(view.cost).toEqual({
      value: 110,
      text: "£110 per unit in 2022/23, at 2022/23 prices",
      valueForMoney: "Spending less, performing better",
      quadrant: "Low cost, high performance (against the medians of 4 peers)",
    });
    const spec = buildReportSheet([view], { source: "KPIs!A1", peers: "", excludedForAll: [] });
    const header = spec.rows[REPORT_HEADER_ROW] as string[];
    const cell = (name: string) => spec.rows[REPORT_HEADER_ROW + 1][header.indexOf(name)];
    expect([cell("Cost per unit"), cell("Value for money"), cell("Cost quadrant")]).toEqual([110, "Spending less, performing better", "Low cost, high performance (against the medians of 4 peers)"]);
  });

  test("the comparison in the report: the label alone, and in words", () => {
    const values = longTable();
    const view = analyseRecord(readKpiTable(values, detectKpiTable(values))[0], 0, emptySettings(), peersOf(download, { comparator: { kind: "row", name: "England" } }));
    const spec = buildReportSheet([view], { source: "KPIs!A1", peers: "", excludedForAll: [] });
    const header = spec.rows[REPORT_HEADER_ROW] as string[];
    const cell = (name: string) => spec.rows[REPORT_HEADER_ROW + 1][header.indexOf(name)];
    expect([cell("Interval (95%)"), cell("Comparison"), cell("Compared with")]).toEqual([
      "27.4% to 30.4% (95%, Wilson score method, 999 of 3,456)",
      "Worst",
      "Worst: significantly worse, even at 99.8%, than England (57.5%), from the counts",
    ]);
  });
});
