/**
 * A message for each mistake: every wrong table a new user offers (the ones in the issue that asked
 * for this) gets its own message and its own fix, never one catch-all; and a column of notes under
 * a period heading is a period with gaps, not a mistake.
 */
import { Cell } from "../../panel/host";
import { LayoutError } from "../../panel/shared/errors";
import { checkKpiMapping, detectKpiTable, readKpis } from "../../panel/steps/find-data/kpi-table";
import { checkPeerMapping, detectPeerTable } from "../../panel/steps/find-data/peer-table";
import { sampleKpiSheet, samplePeerSheet } from "../../panel/steps/find-data/sample-data";
import { duplicateNames } from "../../panel/steps/find-data/table-problems";

/** The LayoutError a detection throws, as message and fix. */
function problemOf(detect: () => unknown): { message: string; fix?: string } {
  try {
    detect();
  } catch (error) {
    expect(error).toBeInstanceOf(LayoutError);
    return { message: (error as LayoutError).message, fix: (error as LayoutError).fix };
  }
  throw new Error("no problem was found");
}

const EMPTY: Cell[][] = [
  [null, null, ""],
  [null, " ", null],
];
const HEADER_ONLY: Cell[][] = [["KPI", "Polarity", "Q1 2023/24", "Q2 2023/24"]];
const NO_HEADER: Cell[][] = [
  ["Calls answered in 20s (%)", "higher", 85, 82],
  ["Missed bins per 100k", "lower", 45, 60],
];
const ONE_CELL: Cell[][] = [["Calls answered"]];

describe("each wrong table gets its own message and fix", () => {
  const found = {
    empty: problemOf(() => detectKpiTable(EMPTY, "A1:C2")),
    headerOnly: problemOf(() => detectKpiTable(HEADER_ONLY, "A1:D1")),
    noHeader: problemOf(() => detectKpiTable(NO_HEADER, "A1:D2")),
    oneCell: problemOf(() => detectKpiTable(ONE_CELL, "B4")),
    categoriesAsCouncils: problemOf(() => detectPeerTable(sampleKpiSheet(), "A1:T4")),
  };

  test("an empty range", () => {
    expect(found.empty.message).toBe("The selected range (A1:C2) is empty.");
    expect(found.empty.fix).toMatch(/^Select your KPI table from its header row/);
  });

  test("a header row alone", () => {
    expect(found.headerOnly.message).toBe('Only a header row was found ("KPI", "Polarity", "Q1 2023/24"...): there are no KPIs below it.');
    expect(found.headerOnly.fix).toBe("Select the header row together with the rows of KPIs under it.");
  });

  test("a table with no header row", () => {
    expect(found.noHeader.message).toBe("The first row of the table holds figures (85, 82), not headings, so its columns cannot be named.");
    expect(found.noHeader.fix).toMatch(/^Add a header row above the KPIs/);
  });

  test("a single cell", () => {
    expect(found.oneCell.message).toBe('Only one cell holds anything here (B4): "Calls answered", so there is no table to read.');
    expect(found.oneCell.fix).toMatch(/widens to the table around it/);
  });

  test("the KPI table offered as peers: a council column that holds categories", () => {
    expect(found.categoriesAsCouncils.message).toBe('The column taken for the council names, "Category", holds categories ("Effectiveness", "Equity"), not councils.');
    expect(found.categoriesAsCouncils.fix).toMatch(/^This looks like a KPI table: use it as the KPI table/);
  });

  test("the peer table offered as the KPI table: duplicate KPI names, with the advice to use it as peers", () => {
    const values = samplePeerSheet();
    const records = readKpis(values, detectKpiTable(values));
    const duplicates = duplicateNames(records, values, "A1:O33");
    // The sample peer table: 16 councils for each of two KPIs, rows 2 to 17 and 18 to 33.
    expect(duplicates?.message).toBe('16 rows have the same KPI name, "Household waste sent for reuse, recycling or composting (%)" (rows 2, 3, 4...), so their cards and settings would be mixed up. 1 other name is repeated too.');
    expect(duplicates?.fix).toMatch(/^This looks like a peer table \(a row for each council\): use it under Peers/);
    expect(duplicateNames(readKpis(sampleKpiSheet(), detectKpiTable(sampleKpiSheet())), sampleKpiSheet(), "A1:T4")).toBeUndefined();
  });

  test("a text column marked as values is named when the mapping changes", () => {
    const values = sampleKpiSheet();
    const mapping = detectKpiTable(values);
    expect(checkKpiMapping(mapping, values)).toBeUndefined();
    const roles = [...mapping.roles];
    roles[2] = "period"; // the Owner column
    expect(checkKpiMapping({ ...mapping, roles }, values)).toBe(
      'The column "Owner" is marked as values, but it holds text ("Waste and recycling", "Public health"), not figures. Mark it as what it holds (Owner, Category...) or Not used.',
    );
    const peers = samplePeerSheet();
    const peerMapping = detectPeerTable(peers);
    const peerRoles = [...peerMapping.roles];
    peerRoles[0] = "period"; // the KPI column
    expect(checkPeerMapping({ ...peerMapping, roles: peerRoles }, peers)).toMatch(/^The column "KPI" is marked as values, but it holds text/);
  });

  test("every message differs from every other", () => {
    const messages = Object.values(found).map((problem) => problem.message);
    expect(new Set(messages).size).toBe(messages.length);
  });
});

describe("a period column of notes is a period with gaps", () => {
  test('Q3 of "tbc" and "n/a" stays between Q2 and Q4', () => {
    const values: Cell[][] = [
      ["KPI", "Polarity", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"],
      ["Calls answered in 20s (%)", "Higher", "85%", "82%", "tbc", "88%"],
      ["Missed bins per 100k", "lower", 45, 60, "n/a", 38],
    ];
    const mapping = detectKpiTable(values);
    expect(mapping.roles).toEqual(["name", "polarity", "period", "period", "period", "period"]);
    expect(checkKpiMapping(mapping, values)).toBeUndefined();
  });

  test("but a table whose only period-like columns hold no figure has no periods", () => {
    expect(() => detectKpiTable([["KPI", "Q1 2023/24"], ["Calls", "tbc"]])).toThrow(/No period columns found/);
  });
});
