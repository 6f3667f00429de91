/**
 * A deprivation table in the pane: a peer table whose rows are deprivation deciles or quintiles is
 * recognised, read and analysed into the slope and relative index of inequality, the narrative's
 * sentence, a card section and a report column.
 *
 * The fixture has the shape of a Fingertips data export of an indicator by deprivation decile:
 * its header is Fingertips' own ("Indicator ID,Indicator Name,Parent Code,...,Compared to goal",
 * github.com/ukhsa-collaboration/fingertips-open, PholioVisualisation.ServicesWebTest
 * DataControllerTest.HeaderText) and its decile labels are Fingertips' ("Most deprived decile
 * (IMD2019)", "Second most deprived decile (IMD2019)", "Third more deprived decile (IMD2019)" ...
 * "Least deprived decile (IMD2019)"). Its numbers are PHEindicatormethods 2.1.0's own SII test
 * data (tests/testthat/testdata_SII.xlsx, "proportion (e.g. child obesity)" area1 and area2, in
 * test/reference/sii.json) as percentages, so the expected SII and RII are that sheet's values
 * with multiplier 100. The area is fictional.
 */
import { Cell } from "../../panel/host";
import { readInputs } from "../../panel/shared/pane-inputs";
import { emptySettings } from "../../panel/shared/settings";
import { inequalitySection } from "../../panel/steps/analysis/cards/inequality-section";
import { viewOfKpi } from "../../panel/steps/analysis/view-of-kpi";
import { orderQuantiles, readQuantileLabel } from "../../panel/steps/find-data/deprivation-labels";
import { detectKpiTable, readKpis } from "../../panel/steps/find-data/kpi-table";
import { detectPeerTable, readPeers } from "../../panel/steps/find-data/peer-table";
import { REPORT_COLUMNS } from "../../panel/steps/report/report-columns";
import { expectClose, loadReference } from "../helpers/reference";

const FINGERTIPS_HEADER =
  "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Compared to Region value or percentiles,Time period Sortable,New data,Compared to goal".split(
    ",",
  );
const DECILES = ["Most deprived", "Second most deprived", "Third more deprived", "Fourth more deprived", "Fifth more deprived", "Fifth less deprived", "Fourth less deprived", "Third less deprived", "Second least deprived", "Least deprived"].map(
  (words) => `${words} decile (IMD2019)`,
);
const INDICATOR = "Year 6: Prevalence of obesity (including severe obesity)";
const CATEGORY_TYPE = "LSOA11 deprivation deciles within area (IMD2019)";

interface SiiInput {
  population: number[];
  value: number[];
  lower_cl: number[];
  upper_cl: number[];
  count: number[];
}
const reference = loadReference<SiiInput, { sii: number; rii: number }>("sii.json");
const sheetCase = (name: string) => reference.cases.find((c) => c.name === name)!;
const AREA1 = sheetCase("proportion_default_parameters_area1").input;
const AREA2 = sheetCase("proportion_default_parameters_area2").input;

/** One row of the export, by column name. */
function exportRow(fields: Record<string, Cell>): Cell[] {
  return FINGERTIPS_HEADER.map((column) => fields[column] ?? null);
}

/** The export: England's and the area's own rows (no category), then the area by decile, year by year. */
function fingertipsExport(years: [string, SiiInput][], edit: (row: Cell[], year: string, decile: number) => Cell[] = (row) => row): Cell[][] {
  const common = { "Indicator ID": 90323, "Indicator Name": INDICATOR, Sex: "Persons", Age: "10-11 yrs", "Parent Code": "E92000001", "Parent Name": "England" };
  const rows: Cell[][] = [FINGERTIPS_HEADER];
  for (const [year, data] of years) {
    rows.push(exportRow({ ...common, "Area Code": "E92000001", "Area Name": "England", "Area Type": "England", "Time period": year, Value: 21 }));
    rows.push(exportRow({ ...common, "Area Code": "E06999999", "Area Name": "Example Borough", "Area Type": "UA", "Time period": year, Value: 17 }));
    data.value.forEach((value, d) => {
      const row = exportRow({
        ...common,
        "Area Code": "E06999999",
        "Area Name": "Example Borough",
        "Area Type": "UA",
        "Category Type": CATEGORY_TYPE,
        Category: DECILES[d],
        "Time period": year,
        Value: value * 100,
        "Lower CI 95.0 limit": data.lower_cl[d] * 100,
        "Upper CI 95.0 limit": data.upper_cl[d] * 100,
        Count: data.count[d],
        Denominator: data.population[d],
      });
      rows.push(edit(row, year, d));
    });
  }
  return rows;
}

const YEARS: [string, SiiInput][] = [
  ["2017/18", AREA1],
  ["2018/19", AREA1],
  ["2019/20", AREA2],
];

/** The KPI table: the borough's own figure, lower is better. */
const KPI_TABLE: Cell[][] = [
  ["Indicator", "Category", "Unit", "Polarity", "2017/18", "2018/19", "2019/20"],
  [INDICATOR, "Public health", "%", "lower", 18.4, 18.1, 9.6],
];
const record = readKpis(KPI_TABLE, detectKpiTable(KPI_TABLE))[0];

function viewWith(table: Cell[][]) {
  const peers = { table: readPeers(table, detectPeerTable(table)), tableKpi: "*", ourCouncil: "", source: "Fingertips!A1:Z34" };
  return viewOfKpi(readInputs(record, emptySettings(), peers), 0);
}

/** A stand-in for the page's document: enough for the panel's `el`, and the text a reader sees. */
class FakeNode {
  children: FakeNode[] = [];
  own = "";
  className = "";
  id = "";
  constructor(readonly tag: string) {}
  setAttribute(): void {}
  addEventListener(): void {}
  append(...nodes: FakeNode[]): void {
    this.children.push(...nodes);
  }
  set textContent(text: string) {
    this.children = [];
    this.own = text;
  }
  get textContent(): string {
    return this.own + this.children.map((child) => child.textContent).join(" ");
  }
}
function renderedText(nodes: readonly unknown[]): string {
  return nodes.map((node) => (node as FakeNode).textContent).join(" ");
}

beforeAll(() => {
  (globalThis as unknown as { document: unknown }).document = {
    createElement: (tag: string) => new FakeNode(tag),
    createTextNode: (text: string) => Object.assign(new FakeNode("#text"), { own: text }),
  };
});
afterAll(() => {
  delete (globalThis as unknown as { document?: unknown }).document;
});

describe("deprivation labels", () => {
  test.each([
    ["Most deprived decile (IMD2019)", 1],
    ["Second most deprived decile (IMD2019)", 2],
    ["Third more deprived decile (IMD2019)", 3],
    ["Fifth more deprived decile (IMD2019)", 5],
    ["Fifth less deprived decile (IMD2019)", 6],
    ["Second least deprived decile (IMD2019)", 9],
    ["Least deprived decile (IMD2019)", 10],
  ])("Fingertips' %p is decile %p of 10", (label, rank) => {
    const order = orderQuantiles(DECILES);
    expect(order!.groups).toBe(10);
    expect(order!.rank.get(label)).toBe(rank);
  });

  test("numbered deciles count from the most deprived (English Indices of Deprivation), unless a label says otherwise", () => {
    const numbered = orderQuantiles(["Decile 1", "Decile 2", "IMD decile 3", "Decile 10"]);
    expect([numbered!.groups, numbered!.rank.get("Decile 10"), numbered!.rank.get("IMD decile 3")]).toEqual([10, 10, 3]);
    const reversed = orderQuantiles(["Quintile 1 (least deprived)", "Quintile 2", "Quintile 5"]);
    expect([reversed!.groups, reversed!.rank.get("Quintile 5"), reversed!.rank.get("Quintile 2")]).toEqual([5, 1, 4]);
    const shares = orderQuantiles(["Most deprived 20%", "Middle quintile", "Least deprived 20%"]);
    expect([shares!.rank.get("Most deprived 20%"), shares!.rank.get("Middle quintile"), shares!.rank.get("Least deprived 20%")]).toEqual([1, 3, 5]);
    expect(orderQuantiles(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], "IMD decile")!.rank.get("10")).toBe(10);
  });

  test("council names, periods and Fingertips' category type are not deprivation groups", () => {
    expect(orderQuantiles(["Bury", "Bolton", "Trafford"])).toBeUndefined();
    expect(readQuantileLabel(CATEGORY_TYPE)).toBeUndefined();
    expect(readQuantileLabel("2019/20", "Deprivation decile")).toBeUndefined();
    expect(orderQuantiles(["Decile 1", "Quintile 2"])!.problem).toBe("its deprivation groups mix deciles and quintiles: keep one kind of group in the table");
  });
});

describe("a Fingertips export by deprivation decile over three years", () => {
  const table = fingertipsExport(YEARS);

  test("is recognised as a deprivation table, its columns by their Fingertips headers", () => {
    const mapping = detectPeerTable(table);
    const roleOf = (header: string) => mapping.roles[FINGERTIPS_HEADER.indexOf(header)];
    expect(FINGERTIPS_HEADER.map((header) => [header, roleOf(header)]).filter(([, role]) => role !== "ignore")).toEqual([
      ["Indicator Name", "kpi"],
      ["Area Code", "areaCode"],
      ["Area Name", "council"],
      ["Area Type", "areaType"],
      ["Sex", "sex"],
      ["Age", "age"],
      ["Category Type", "categoryType"],
      ["Category", "quantile"],
      ["Time period", "periodLabel"],
      ["Value", "value"],
      ["Lower CI 95.0 limit", "lower"],
      ["Upper CI 95.0 limit", "upper"],
      ["Denominator", "population"],
    ]);
    const peers = readPeers(table, mapping);
    expect(peers.values.size).toBe(0); // deciles are not peers to rank against
    expect(peers.councils).toEqual(["Example Borough"]);
    expect(peers.deprivation!.labels).toEqual(DECILES);
  });

  test("gives the SII and RII of the latest year, the SII of each year, and the change", () => {
    const view = viewWith(table);
    const inequality = view.inequality!;
    const expected = (name: string) => sheetCase(name).expected;
    // phe_sii with multiplier 100 on the sheet's proportions: SII in percentage points.
    expect(inequality.period).toBe("2019/20");
    expectClose(inequality.sii!, expected("proportion_testing_multiplier_x_100_area2").sii, 1e-12);
    expectClose(inequality.rii!, expected("proportion_testing_multiplier_x_100_area2").rii, 1e-12);
    const area1 = expected("proportion_testing_multiplier_x_100_area1").sii;
    expect(inequality.byPeriod.map((point) => point.period)).toEqual(["2017/18", "2018/19", "2019/20"]);
    inequality.byPeriod.slice(0, 2).forEach((point) => expectClose(point.sii, area1, 1e-12));
    expect(inequality.siiLower! < inequality.sii! && inequality.sii! < inequality.siiUpper!).toBe(true);
    // The sheet's 95% limits: 2017/18 -11.22 to -10.22, 2019/20 -6.22 to -5.42, apart.
    expect(inequality.change).toBe("Narrowed since 2017/18");
    expect(inequality.problem).toBeNull();
    expect(view.peerNote).toBe("No peer data");
  });

  test("the narrative ends with the sentence on the gap", () => {
    expect(viewWith(table).narrative).toMatch(
      / The gap between the most and least deprived was about 5\.8 percentage points in 2019\/20, higher among the most deprived, and has narrowed since 2017\/18\.$/,
    );
  });

  test("the card section and the report column show the indices", () => {
    const view = viewWith(table);
    const card = renderedText(inequalitySection(view));
    expect(card).toMatch(/^Inequality by deprivation \(deciles\) /);
    expect(card).toMatch(/Slope index \(2019\/20\) -5\.8 percentage points \(95% interval -6\.\d to -5\.\d\), higher among the most deprived/);
    expect(card).toMatch(/Relative index 0\.55 \(95% interval 0\.5\d to 0\.5\d\)/);
    expect(card).toContain("Change Narrowed since 2017/18");
    expect(card).toContain("Slope index by period 2017/18: -10.7; 2018/19: -10.7; 2019/20: -5.8");
    const column = REPORT_COLUMNS.find((entry) => entry.header === "Inequality by deprivation (SII, RII)")!;
    expect(column.cell(view)).toMatch(/^2019\/20: SII -5\.8 percentage points \(95% interval -6\.\d to -5\.\d\), higher among the most deprived; RII 0\.55 \(95% interval 0\.5\d to 0\.5\d\); Narrowed since 2017\/18$/);
  });
});

describe("deciles down with years across and a Population column", () => {
  test("the SII of each year without limits: the gap, and that its change cannot be judged", () => {
    // The sheet's life expectancy deciles (testdata_SII default area1, then area2) under numbered labels, in years.
    const first = sheetCase("default_default_parameters_area1");
    const second = sheetCase("default_default_parameters_area2");
    const table: Cell[][] = [["IMD decile", "Population", "2015-17", "2018-20"]];
    // One population column serves every year: the second area's (the latest year is the sheet's area2 exactly).
    first.input.value.forEach((value, d) => table.push([d + 1, second.input.population[d], value, second.input.value[d]]));
    const mapping = detectPeerTable(table);
    expect(mapping.roles).toEqual(["quantile", "population", "period", "period"]);
    const kpi: Cell[][] = [["Indicator", "Unit", "Polarity", "2015-17", "2018-20"], ["Life expectancy at birth", "years", "higher", 78.1, 78.4]];
    const peers = { table: readPeers(table, mapping), tableKpi: "*", ourCouncil: "", source: "Deciles!A1:D11" };
    const view = viewOfKpi(readInputs(readKpis(kpi, detectKpiTable(kpi))[0], emptySettings(), peers), 0);
    expectClose(view.inequality!.sii!, second.expected.sii, 1e-12);
    expect([view.inequality!.siiLower, view.inequality!.change]).toEqual([null, "Cannot be judged: each group's 95% confidence limits are needed"]);
    expect(view.narrative).toMatch(/ The gap between the most and least deprived was about 12\.5 years in 2018-20, higher among the least deprived; its change cannot be judged without confidence limits\.$/);
  });
});

describe("bad deprivation tables: a clear message on the card, and nothing else changes", () => {
  const plain = viewOfKpi(readInputs(record, emptySettings()), 0);
  /** The view without its inequality part (a deprivation table gives no peers, so the peer note is "No peer data" as without one). */
  const rest = (view: ReturnType<typeof viewWith>) => {
    const { inequality, ...others } = view;
    return others;
  };

  test("a decile with a population of zero", () => {
    const denominator = FINGERTIPS_HEADER.indexOf("Denominator");
    const view = viewWith(fingertipsExport(YEARS, (row, year, decile) => (year === "2019/20" && decile === 3 ? row.map((cell, c) => (c === denominator ? 0 : cell)) : row)));
    expect(view.inequality!.problem).toBe("the population of Fourth more deprived decile (IMD2019) in 2019/20 is 0: enter the population (or denominator) of every deprivation group, above zero");
    expect(renderedText(inequalitySection(view))).toBe(
      "Inequality by deprivation (deciles) The gap between the most and least deprived could not be worked out: the population of Fourth more deprived decile (IMD2019) in 2019/20 is 0: enter the population (or denominator) of every deprivation group, above zero.",
    );
    expect(REPORT_COLUMNS.find((entry) => entry.header.startsWith("Inequality"))!.cell(view)).toMatch(/^Not worked out: the population of Fourth more deprived/);
    expect(rest(view)).toEqual(rest(plain));
  });

  test("only one decile in the table", () => {
    // The header and the one decile's row: with the areas' own rows beside it, one row by decile would be a breakdown of a peer table.
    const one = fingertipsExport([["2019/20", AREA2]]).filter((row, r) => r === 0 || row[10] === DECILES[0]);
    const view = viewWith(one);
    expect(view.inequality!.problem).toBe(
      "only 1 of the 10 deprivation groups has a value for 2019/20 (none for decile 2, decile 3, decile 4 and 6 more): the gap between the most and least deprived needs a value for every group",
    );
    expect(rest(view)).toEqual(rest(plain));
  });

  test("no population column, and two rows for one decile", () => {
    const denominator = FINGERTIPS_HEADER.indexOf("Denominator");
    const noPopulation = fingertipsExport(YEARS).map((row) => row.filter((_, c) => c !== denominator));
    expect(viewWith(noPopulation).inequality!.problem).toMatch(/^the deprivation table has no Population or Denominator column/);
    const table = fingertipsExport(YEARS);
    // A row for males is filtered out (Persons, as for a peer table); a second row for persons is not.
    const males = [...table, table[table.length - 1].map((cell, c) => (c === FINGERTIPS_HEADER.indexOf("Sex") ? "Male" : cell))];
    expect(viewWith(males).inequality).toEqual(viewWith(table).inequality);
    const twice = [...table, table[table.length - 1].map((cell, c) => (c === FINGERTIPS_HEADER.indexOf("Value") ? 1 : cell))];
    expect(viewWith(twice).inequality!.problem).toBe(
      "the deprivation table cannot be used: it has two rows for Least deprived decile (IMD2019) in 2019/20 (Example Borough, Year 6: Prevalence of obesity (including severe obesity)): keep one row per group and period, for one sex, age and deprivation measure",
    );
  });

  test("a value that is not a number names its cell", () => {
    const value = FINGERTIPS_HEADER.indexOf("Value");
    const view = viewWith(fingertipsExport(YEARS, (row, year, decile) => (year === "2018/19" && decile === 0 ? row.map((cell, c) => (c === value ? "tbc" : cell)) : row)));
    expect(view.inequality!.problem).toBe('the value of Most deprived decile (IMD2019) in 2018/19 ("tbc") is not a number; leave it blank or enter a number');
    expect(rest(view)).toEqual(rest(plain));
  });
});
