/**
 * KPI.QUANTILE in the BUILT bundles: with 4 groups it agrees with KPI.QUARTILE on every quartile
 * case the other tests hold (the worked examples, the degenerate peer groups, and the real LGBF
 * tables of test/hosts/benchmark-lgbf.test.ts); with 5 and 10 groups it agrees, for every council
 * and year of the LGBF family groups, with a plain recomputation written out here.
 */
import fs from "fs";
import path from "path";
import { grid, plain, tryExcel, trySheets } from "../helpers/bundles";

const FIXTURES = path.join(__dirname, "..", "fixtures", "lgbf");

/** A small CSV reader for the fixture files (quoted fields with commas, no embedded newlines). */
function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(path.join(FIXTURES, file), "utf8").trim().split(/\r?\n/);
  const split = (line: string) => [...line.matchAll(/("([^"]*(?:""[^"]*)*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => (m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]));
  const names = split(header);
  return lines.map((line) => Object.fromEntries(split(line).map((cell, i) => [names[i], cell])));
}

/** Both hosts, same cells, no failure. */
function both(name: string, ...args: unknown[]): unknown[][] {
  const excel = plain(grid(tryExcel(name, ...args)));
  const sheets = plain(grid(trySheets(name, ...args)));
  expect(sheets).toEqual(excel);
  expect(excel).not.toHaveProperty("failed");
  return excel;
}

const councils = readCsv("councils.csv").filter((row) => row.council !== "Scotland");
const metadata = readCsv("indicator_metadata.csv");
const observations = readCsv("indicators.csv");
const PERIODS = ["2010-11", "2011-12", "2012-13", "2013-14", "2014-15", "2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21"];
const INDICATORS = ["ENV6", "C&L1", "CHN1", "CORP 8"];

function benchmarkTable(code: string): (number | "")[][] {
  const byKey = new Map(observations.filter((o) => o.indicator_code === code).map((o) => [`${o.council}|${o.period}`, Number(o.value)]));
  return councils.map((council) => PERIODS.map((period) => byKey.get(`${council.council}|${period}`) ?? ""));
}

const present = (values: (number | "")[]) => values.filter((v): v is number => v !== "");

/** PERCENTILE.INC / R type 7: linear interpolation at position (n - 1)p of the sorted values. */
function percentileInc(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  return below + 1 < sorted.length ? sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]) : sorted[below];
}

/** The group of a value, written out: count the cut points k/groups it passes, a value on a cut point going to the better group. */
function groupOf(value: number, peers: number[], groups: number, polarity: string): number {
  const cuts = Array.from({ length: groups - 1 }, (_, i) => percentileInc(peers, (i + 1) / groups));
  if (polarity === "lower") return 1 + cuts.filter((cut) => value > cut).length;
  return 1 + cuts.filter((cut) => value < cut).length;
}

describe("KPI.QUANTILE with 4 groups is KPI.QUARTILE, on every quartile case of the other tests", () => {
  const PEERS = [[1, 2, 4, 7, 8, 9, 10, 12]];
  const cases: [string, unknown, unknown, string][] = [
    // test/hosts/benchmark-formulas.test.ts: QUARTILE.INC boundaries for both polarities.
    ["boundaries, higher", [[9.25], [7.5], [3.5], [3.4]], PEERS, "higher"],
    ["boundaries, lower", [[3.5], [7.5], [9.25], [9.3]], PEERS, "lower"],
    // test/core/benchmark-core.test.ts: values just off the boundaries and at the ends.
    ["near boundaries, higher", [[9.24], [3.49], [12], [1]], PEERS, "higher"],
    ["near boundaries, lower", [[3.51], [9.26], [1], [12]], PEERS, "lower"],
    ["neutral", [[9.25], [7.5], [3.5], [3.4]], PEERS, "neutral"],
    // test/property/degenerate.test.ts: a single peer, peers identical to the value.
    ["a single peer", 7, [[8]], "higher"],
    ["identical peers, higher", 7, [[7, 7, 7, 7]], "higher"],
    ["identical peers, lower", 7, [[7, 7, 7, 7]], "lower"],
  ];
  test.each(cases)("%s", (_name, value, peers, polarity) => {
    expect(both("QUANTILE", value, peers, 4, polarity)).toEqual(both("QUARTILE", value, peers, polarity));
  });

  // test/hosts/benchmark-lgbf.test.ts: each whole LGBF table against itself, and each council's row against its family group.
  test.each(INDICATORS)("LGBF %s: the whole table, and every council's row against its family group", (code) => {
    const meta = metadata.find((m) => m.indicator_code === code)!;
    const polarity = meta.higher_is_better === "true" ? "higher" : "lower";
    const familyColumn = meta.category === "People Services" ? "family_group_people" : "family_group_other";
    const table = benchmarkTable(code);
    expect(both("QUANTILE", table, table, 4, polarity)).toEqual(both("QUARTILE", table, table, polarity));
    councils.forEach((council, r) => {
      const block = councils.flatMap((other, i) => (other[familyColumn] === council[familyColumn] ? [table[i]] : []));
      expect(both("QUANTILE", [table[r]], block, 4, polarity)).toEqual(both("QUARTILE", [table[r]], block, polarity));
    });
  });
});

describe.each(INDICATORS)("LGBF %s: quintiles and deciles within the family group, every council and year", (code) => {
  const meta = metadata.find((m) => m.indicator_code === code)!;
  const polarity = meta.higher_is_better === "true" ? "higher" : "lower";
  // LGBF family groups: "people" for children's, social work and housing; "other" for the rest.
  const familyColumn = meta.category === "People Services" ? "family_group_people" : "family_group_other";
  const table = benchmarkTable(code);

  test.each([5, 10])("%i groups: our row against the family group's block (councils down, years across)", (groups) => {
    let placed = 0;
    councils.forEach((council, r) => {
      const block = councils.flatMap((other, i) => (other[familyColumn] === council[familyColumn] ? [table[i]] : []));
      const cells = both("QUANTILE", [table[r]], block, groups, polarity)[0];
      table[r].forEach((value, p) => {
        if (value === "") return expect(cells[p]).toBe("");
        placed += 1;
        expect([council.council, PERIODS[p], cells[p]]).toEqual([council.council, PERIODS[p], groupOf(value, present(block.map((row) => row[p])), groups, polarity)]);
      });
    });
    expect(placed).toBeGreaterThan(300);
  });

  test("every group is used across the whole table at 10 groups, and 1 is the best", () => {
    const cells = both("QUANTILE", table, table, 10, polarity);
    const used = new Set(cells.flat().filter((cell) => cell !== ""));
    expect([...used].sort((a, b) => (a as number) - (b as number))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const year = PERIODS.length - 1;
    const values = present(table.map((row) => row[year]));
    const best = polarity === "higher" ? Math.max(...values) : Math.min(...values);
    expect(cells[table.findIndex((row) => row[year] === best)][year]).toBe(1);
  });
});
