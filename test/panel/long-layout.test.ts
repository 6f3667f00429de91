/**
 * The long layout read without hiding its faults (panel/steps/find-data/long-layout.ts): a KPI and
 * period on two rows is reported with both rows and the value used, a period no row has stays as a
 * gap, a KPI whose latest figure is older than the table's is stale, and the report names them.
 * Tested on the LGBF long subset (test/fixtures/lgbf, test only) with a row repeated and a year
 * taken out, and on hand-built tables.
 */
import fs from "fs";
import path from "path";
import { Cell } from "../../panel/host";
import { emptySettings } from "../../panel/shared/settings";
import { analyseRecord } from "../../panel/steps/analysis/analyse-all";
import { CARD_SECTIONS } from "../../panel/steps/analysis/cards/card-sections";
import { detectKpiTable, firstRowOf, readKpiTable } from "../../panel/steps/find-data/kpi-table";
import { periodsWithGaps } from "../../panel/steps/find-data/long-layout";
import { REPORT_COLUMNS } from "../../panel/steps/report/report-columns";
import { REPORT_HEADER_ROW, buildReportSheet } from "../../panel/steps/report/report-sheet";

const INVOICES = "Percentage of Invoices Sampled that Were Paid Within 30 Days";
const RECYCLING = "The % of Total Waste Arising that is Recycled";

/** Fife's rows of the LGBF long subset, without the Council column, as a council's own long table. */
function fifeLong(): Cell[][] {
  const text = fs.readFileSync(path.join(__dirname, "../fixtures/lgbf/lgbf_long_subset.csv"), "utf8").trim();
  const rows = text.split("\n").map((line, r) => line.split(",").map((cell, c) => (r > 0 && c === 3 ? Number(cell) : cell)));
  return rows.filter((row, r) => r === 0 || row[0] === "Fife").map((row) => row.slice(1));
}

/**
 * Fife's table with its faults: the invoices row for 2016-17 keyed twice (the second time as 19.3),
 * 2017-18 taken out of every KPI, and recycling's 2020-21 row missing. Sheet rows: the header is row 1.
 */
function faultyTable(): Cell[][] {
  const table = fifeLong().filter((row) => row[1] !== "2017-18" && !(row[0] === RECYCLING && row[1] === "2020-21"));
  const repeat = table.findIndex((row) => row[0] === INVOICES && row[1] === "2016-17");
  table.splice(repeat + 2, 0, [INVOICES, "2016-17", 19.3]);
  return table;
}

describe("reading a long table with a duplicate row, a missing period and a stale KPI", () => {
  const table = faultyTable();
  const reading = readKpiTable(table, detectKpiTable(table));
  const [invoices, recycling] = reading.records;
  const rowOf = (kpi: string, period: string, value?: number) =>
    1 + table.findIndex((row) => row[0] === kpi && row[1] === period && (value === undefined || row[2] === value));

  test("the duplicate is reported with both rows and the value used (the first), not overwritten", () => {
    const first = rowOf(INVOICES, "2016-17");
    const second = rowOf(INVOICES, "2016-17", 19.3);
    expect(second).toBeGreaterThan(first);
    const published = table[first - 1][2];
    expect(invoices.dataNotes).toEqual([
      `Duplicate rows: rows ${first} and ${second} both give 2016-17 (${published} and 19.3); ${published} from row ${first} is used. Delete or correct the other.`,
    ]);
    expect(invoices.values[invoices.periods.indexOf("2016-17")]).toBe(published);
  });

  test("a period no row has stays as a gap, in its place, and the table says so", () => {
    expect(invoices.periods).toEqual(["2014-15", "2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21"]);
    expect(invoices.values[3]).toBeNull();
    expect(recycling.periods).toEqual(invoices.periods);
    expect(reading.notes).toEqual(["Missing period: no row of the table has 2017-18; it is kept as a gap, so the trend counts the time between."]);
  });

  test("a KPI whose latest figure is older than the table's is stale", () => {
    expect(recycling.dataNotes).toEqual(["Stale: last figure 2019-20, the table runs to 2020-21."]);
  });

  test("the card and the report name both, and the KPIs with a fault are exceptions", () => {
    const views = reading.records.map((record, i) => analyseRecord(record, i, emptySettings()));
    for (const view of views) expect(view.findings).toContain("data-quality");
    expect(views[0].dataQuality[0]).toMatch(/^Duplicate rows: rows \d+ and \d+ both give 2016-17/);
    const report = buildReportSheet(views, { source: "Fife!A1:C14", peers: "", excludedForAll: [], tableNotes: reading.notes });
    const column = REPORT_COLUMNS.findIndex((c) => c.header === "Data quality");
    expect(report.rows[REPORT_HEADER_ROW][column]).toBe("Data quality");
    expect(report.rows[REPORT_HEADER_ROW + 1][column]).toBe(views[0].dataQuality.join("\n"));
    expect(report.rows[REPORT_HEADER_ROW + 2][column]).toContain("Stale: last figure 2019-20, the table runs to 2020-21.");
    expect(String(report.rows[1][0])).toContain("Missing period: no row of the table has 2017-18; it is kept as a gap");
    expect(CARD_SECTIONS.map((section) => section.name)).toContain("data quality");
  });

  test("the same table read clean has no notes", () => {
    const clean = fifeLong();
    const cleanReading = readKpiTable(clean, detectKpiTable(clean));
    expect(cleanReading.notes).toEqual([]);
    expect(cleanReading.records.map((record) => record.dataNotes)).toEqual([[], []]);
    for (const [i, record] of cleanReading.records.entries()) expect(analyseRecord(record, i, emptySettings()).findings).not.toContain("data-quality");
  });
});

describe("the reader's sentences", () => {
  const read = (rows: Cell[][], firstRow = 1) => readKpiTable(rows, detectKpiTable(rows), firstRow);

  test("rows are the sheet's: a table that starts on row 5 counts from there", () => {
    expect(firstRowOf("B5:D9")).toBe(5);
    expect(firstRowOf("Sheet1!$A$3:$C$9")).toBe(3);
    expect(firstRowOf("")).toBe(1);
    const rows: Cell[][] = [
      ["KPI", "Period", "Value"],
      ["Complaints", "2022/23", 38],
      ["Complaints", "2022/23", 31],
    ];
    expect(read(rows, 5).records[0].dataNotes).toEqual([
      "Duplicate rows: rows 6 and 7 both give 2022/23 (38 and 31); 38 from row 6 is used. Delete or correct the other.",
    ]);
  });

  test("the same value twice is one figure; a blank first row gives way to a filled one", () => {
    const rows: Cell[][] = [
      ["KPI", "Period", "Value"],
      ["Complaints", "2021/22", 40],
      ["Complaints", "2022/23", 31],
      ["Complaints", "2022/23", 31],
      ["Visits", "2022/23", null],
      ["Visits", "2022/23", 120],
      ["Visits", "2021/22", 110],
    ];
    const [complaints, visits] = read(rows).records;
    expect(complaints.dataNotes).toEqual(["Duplicate rows: rows 3 and 4 both give 2022/23 as 31; one is used. Delete the repeat."]);
    expect(visits.dataNotes).toEqual(["Duplicate rows: rows 5 and 6 both give 2022/23 (blank and 120); 120 from row 6 is used. Delete or correct the other."]);
    expect(visits.values).toEqual([110, 120]);
  });

  test("gaps are filled only on a regular calendar, in the labels' own style", () => {
    expect(periodsWithGaps(["Q1 2024/25", "Q4 2023/24", "Q3 2024/25"])).toEqual({ periods: ["Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25"], gaps: ["Q2 2024/25"] });
    expect(periodsWithGaps(["Jan-24", "Apr-24"])).toEqual({ periods: ["Jan-24", "Feb-24", "Mar-24", "Apr-24"], gaps: ["Feb-24", "Mar-24"] });
    expect(periodsWithGaps(["Wave 1", "Wave 3"])).toEqual({ periods: ["Wave 1", "Wave 3"], gaps: [] });
    // the same year written two ways is not a regular run: left as it is for the data-quality checks to name
    expect(periodsWithGaps(["2021/22", "2021-22", "2023/24"]).gaps).toEqual([]);
  });

  test("a KPI with only n/a for the latest period is stale too; a KPI with no figure at all is not", () => {
    const rows: Cell[][] = [
      ["KPI", "Period", "Value"],
      ["Visits", "2022/23", 110],
      ["Visits", "2023/24", 120],
      ["Complaints", "2022/23", 31],
      ["Complaints", "2023/24", "n/a"],
      ["New KPI", "2023/24", null],
    ];
    const notes = read(rows).records.map((record) => record.dataNotes);
    expect(notes).toEqual([[], ["Stale: last figure 2022/23, the table runs to 2023/24."], []]);
  });

  test("the wide layout has no reader's notes: its blank latest cell is a missing latest figure", () => {
    const rows: Cell[][] = [
      ["KPI", "2022/23", "2023/24"],
      ["Visits", 110, 120],
      ["Complaints", 31, null],
    ];
    const reading = read(rows);
    expect(reading.notes).toEqual([]);
    expect(reading.records.map((record) => record.dataNotes)).toEqual([undefined, undefined]);
  });
});
