/**
 * Finding the data: the two usual layouts and the usual extra columns recognised by their headers,
 * the mapping the user can correct, and peer tables. Pure functions, tested on hand-built tables,
 * the sample data (DEFRA and Fingertips, OGL) and an LGBF subset in the long layout (test only).
 */
import fs from "fs";
import path from "path";
import { Cell } from "../../panel/host";
import { LayoutError } from "../../panel/shared/errors";
import { councilCells, peerCells } from "../../panel/shared/pane-inputs";
import { checkKpiMapping, detectKpiTable, readKpis } from "../../panel/steps/find-data/kpi-table";
import { detectPeerTable, readPeers } from "../../panel/steps/find-data/peer-table";
import { SAMPLE_COUNCIL, sampleKpiSheet, samplePeerSheet } from "../../panel/steps/find-data/sample-data";
import { looksLikePeriod, orderPeriods } from "../../core/values/periods";

/** Reads the LGBF fixture (a small CSV without quoted commas). */
function lgbfLong(): Cell[][] {
  const text = fs.readFileSync(path.join(__dirname, "../fixtures/lgbf/lgbf_long_subset.csv"), "utf8").trim();
  return text.split("\n").map((line, r) => line.split(",").map((cell, c) => (r > 0 && c === 3 ? Number(cell) : cell)));
}

describe("detectKpiTable", () => {
  test("KPIs down, periods across, with every usual extra column (the sample sheet)", () => {
    const mapping = detectKpiTable(sampleKpiSheet());
    expect(mapping.headerRow).toBe(0);
    expect(mapping.endRow).toBe(5); // three KPIs and a target row; the notes below the blank row are not part of the table
    expect(mapping.roles.slice(0, 7)).toEqual(["name", "category", "owner", "polarity", "unit", "target", "tolerance"]);
    expect(mapping.roles.slice(7)).toEqual([...Array(13).fill("period"), "commentary"]);
    // The recycling rate's target row is not a KPI: it gives that KPI a target for each year.
    expect(readKpis(sampleKpiSheet(), mapping).map((kpi) => [kpi.name, kpi.targets?.length ?? 0])).toEqual([
      ["Household waste sent for reuse, recycling or composting (%)", 13],
      ["Household waste sent for reuse, recycling or composting (tonnes)", 0],
      ["Year 6 children with obesity, including severe obesity (%)", 0],
    ]);
  });

  test("headers are matched without regard to case and order, and numbers as year headers count", () => {
    const mapping = detectKpiTable([
      [null, null, null, null],
      ["Owner", "Indicator", "TARGET", "Higher is better?", 2021, 2022, 2023],
      ["Waste", "Recycling rate", 50, "higher", 45, 47, 49],
    ]);
    expect(mapping.headerRow).toBe(1);
    expect(mapping.roles).toEqual(["owner", "name", "target", "polarity", "period", "period", "period"]);
  });

  test("quarters and months as headers, with missing markers in the data; a Notes column is the officer's commentary", () => {
    const mapping = detectKpiTable([
      ["Measure", "Q1 2023/24", "Q2 2023/24", "Apr-24", "Notes"],
      ["Days to process a benefit claim", 21, "n/a", "18", "new system"],
      ["Calls answered", "..", 88, 91, "x"],
    ]);
    expect(mapping.roles).toEqual(["name", "period", "period", "period", "commentary"]);
  });

  test("one row per KPI and period (long): the LGBF layout", () => {
    const values = lgbfLong();
    // The KPI table: drop the Council column as a performance officer's own table would have it.
    const own = values.filter((row, r) => r === 0 || row[0] === "Fife").map((row) => row.slice(1));
    const mapping = detectKpiTable(own);
    expect(mapping.roles).toEqual(["name", "periodLabel", "value"]);
    const kpis = readKpis(own, mapping);
    expect(kpis.map((kpi) => kpi.name)).toEqual([
      "Percentage of Invoices Sampled that Were Paid Within 30 Days",
      "The % of Total Waste Arising that is Recycled",
    ]);
    expect(kpis[0].periods).toEqual(["2014-15", "2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21"]);
    // LGBF data-Jan22: Fife CORP 8 2014-15 and ENV6 2020-21, as in the fixture.
    expect(kpis[0].values[0]).toBeCloseTo(Number(own.find((row) => row[1] === "2014-15" && /Invoices/.test(String(row[0])))?.[2]), 10);
    expect(kpis[1].values).toHaveLength(7);
  });

  test("a report with a merged title, a merged group header and section headings", () => {
    // Excel hands a merged cell's value to its top-left cell and "" to the rest.
    const grid: Cell[][] = [
      ["Corporate performance report 2023/24", "", "", "", "", ""],
      ["", "", "2023/24", "", "", ""],
      ["Measure", "Polarity", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"],
      ["Housing", "", "", "", "", ""],
      ["Days to relet a council home", "lower", 30, 28, "27", 25],
      ["Finance", null, null, null, null, null],
      ["Rent collected (%)", "higher", "97.5%", 98, 98.2, null],
      ["New measure, no data yet", "higher", null, null, null, null],
    ];
    const mapping = detectKpiTable(grid);
    expect(mapping.headerRow).toBe(2);
    expect(mapping.roles).toEqual(["name", "polarity", "period", "period", "period", "period"]);
    const kpis = readKpis(grid, mapping);
    // The section headings are not KPIs; a KPI with a polarity but no figures yet still is.
    expect(kpis.map((kpi) => kpi.name)).toEqual(["Days to relet a council home", "Rent collected (%)", "New measure, no data yet"]);
    expect(kpis[0].values).toEqual([30, 28, "27", 25]);
  });

  test("a table with no numbers says what to select", () => {
    expect(() => detectKpiTable([["Just a title"], ["and a note"]])).toThrow(LayoutError);
    expect(() => detectKpiTable([["KPI", "Owner"], ["Recycling", "Waste"]])).toThrow(/No period columns found/);
  });
});

describe("the mapping the user corrects", () => {
  test("each problem is named", () => {
    expect(checkKpiMapping({ headerRow: 0, endRow: 2, roles: ["ignore", "period"] })).toBe("Choose which column holds the KPI names.");
    expect(checkKpiMapping({ headerRow: 0, endRow: 2, roles: ["name", "name", "period"] })).toBe("Only one column can hold the KPI names.");
    expect(checkKpiMapping({ headerRow: 0, endRow: 2, roles: ["name", "periodLabel", "period"] })).toMatch(/exactly one Period column and one Value column/);
    expect(checkKpiMapping({ headerRow: 0, endRow: 2, roles: ["name", "target", "target", "period"] })).toBe("Only one column can be the Target column.");
    expect(checkKpiMapping({ headerRow: 0, endRow: 2, roles: ["name", "period"] })).toBeUndefined();
  });

  test("a corrected mapping is read as corrected: a column marked Not used is left out", () => {
    const values = sampleKpiSheet();
    const mapping = detectKpiTable(values);
    mapping.roles[7] = "ignore"; // leave out 2010/11
    const [recycling] = readKpis(values, mapping);
    expect(recycling.periods[0]).toBe("2011/12");
    // DEFRA ENV18: Trafford 2011/12 household recycling rate 49.2%.
    expect(recycling.values[0]).toBe(49.2);
    expect(recycling.polarity).toBe("Higher is better");
    expect(recycling.target).toBe(55);
  });
});

describe("peer tables", () => {
  test("councils down with a KPI column and periods across (the sample peers)", () => {
    const values = samplePeerSheet();
    const mapping = detectPeerTable(values);
    expect(mapping.roles.slice(0, 2)).toEqual(["kpi", "council"]);
    const table = readPeers(values, mapping);
    expect(table.councils).toHaveLength(16);
    expect(table.councils).toContain(SAMPLE_COUNCIL);
    const group = peerCells(table, "household waste sent for reuse, recycling or composting (%)", "2021/22");
    expect(group).toHaveLength(16);
    // DEFRA ENV18 2021/22: Trafford 58.8%, via councilCells.
    expect(councilCells(table, "Household waste sent for reuse, recycling or composting (%)", "Trafford", ["2021/22"])).toEqual([58.8]);
  });

  test("long peer table (LGBF): Council, Indicator, Period, Value", () => {
    const values = lgbfLong();
    const mapping = detectPeerTable(values);
    expect(mapping.roles).toEqual(["council", "kpi", "periodLabel", "value"]);
    const table = readPeers(values, mapping);
    expect(table.councils.sort()).toEqual(["Edinburgh City", "Falkirk", "Fife", "Stirling"]);
    expect(peerCells(table, "The % of Total Waste Arising that is Recycled", "2019-20").filter((cell) => typeof cell === "number")).toHaveLength(4);
  });

  test("a table without a KPI column serves the KPI it is assigned to", () => {
    const values: Cell[][] = [["Council", "2022", "2023"], ["Bury", 52, 53], ["York", 47, 49]];
    const table = readPeers(values, detectPeerTable(values));
    expect(peerCells(table, "Recycling", "2023", "Recycling")).toEqual([53, 49]);
    expect(peerCells(table, "Other KPI", "2023", "Recycling")).toEqual([]);
    expect(peerCells(table, "Any KPI", "2022")).toEqual([52, 47]);
  });
});

describe("periods", () => {
  test("period headers", () => {
    for (const header of ["2023/24", "2019-20", "Q3 2022", "Apr 2024", 2021, "Jan-23"]) expect(looksLikePeriod(header)).toBe(true);
    for (const header of ["Target", "Owner", 12, "Notes"]) expect(looksLikePeriod(header)).toBe(false);
  });

  test("long tables put periods in time order, quarters within years", () => {
    expect(orderPeriods(["2023 Q2", "2022 Q4", "2023 Q1", "2022 Q4"])).toEqual(["2022 Q4", "2023 Q1", "2023 Q2"]);
    expect(orderPeriods(["Latest", "Previous"])).toEqual(["Latest", "Previous"]);
  });
});
