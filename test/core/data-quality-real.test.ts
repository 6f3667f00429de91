/**
 * The data-quality checks (KPI.DATACHECK's engine) on published council data: DEFRA's household
 * recycling for Trafford's CIPFA group, Fingertips' Year 6 obesity for England's counties and
 * unitary authorities, and Scotland's LGBF (test/fixtures/data-quality and test/fixtures/lgbf,
 * sources and licences in their READMEs). A clean series gives no finding; where one is given, the
 * data really has the fault, and this test says which. Real step changes and the 2020 lockdown
 * years are not taken for keying errors.
 */
import fs from "fs";
import path from "path";
import { DataCheckInput, checkData } from "../../core/data-quality/check-data";

const FIXTURES = path.join(__dirname, "..", "fixtures");

/** A small CSV reader for the fixture files (quoted fields with commas, no embedded newlines). */
function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(path.join(FIXTURES, file), "utf8").trim().split(/\r?\n/);
  const split = (line: string) => [...line.matchAll(/("([^"]*(?:""[^"]*)*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => (m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]));
  const names = split(header);
  return lines.map((line) => Object.fromEntries(split(line).map((cell, i) => [names[i], cell])));
}

/** One series per key, over every period of the file in time order; a missing row (or NA) is a gap. */
function seriesOf(rows: Record<string, string>[], key: (row: Record<string, string>) => string, field = "value"): { periods: string[]; series: Map<string, (number | null)[]> } {
  const periods = [...new Set(rows.map((row) => row.period))].sort();
  const byKey = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (row[field] === "NA" || row[field] === "") continue;
    const values = byKey.get(key(row)) ?? new Map<string, number>();
    values.set(row.period, Number(row[field]));
    byKey.set(key(row), values);
  }
  const series = new Map([...byKey].map(([name, values]) => [name, periods.map((period) => values.get(period) ?? null)]));
  return { periods, series };
}

/** Every finding over a set of series, as "key: sentence". */
function findingsOver(periods: string[], series: Map<string, (number | null)[]>, extra: (key: string) => Partial<DataCheckInput>): string[] {
  return [...series].flatMap(([key, values]) => checkData({ values, periods, ...extra(key) }).map((finding) => `${key}: ${finding.sentence}`));
}

describe("DEFRA ENV18 household waste recycling, Trafford's CIPFA group and England, 2010/11 to 2021/22", () => {
  const rows = readCsv("data-quality/household_waste_recycling_cipfa.csv");
  const { periods, series } = seriesOf(rows, (row) => `${row.area_name}|${row.measure}`);

  test("the file is the real one: 16 councils and England, percentages and tonnages, 12 years", () => {
    expect(periods).toEqual(["2010/11", "2011/12", "2012/13", "2013/14", "2014/15", "2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22"]);
    expect(series.size).toBe(33);
  });

  test("no finding on any series, the 2020/21 lockdown year included", () => {
    expect(findingsOver(periods, series, (key) => ({ unit: key.endsWith("Percentage") ? "%" : "tonnes" }))).toEqual([]);
    // Trafford's rate fell from 56.9% to 53.3% in 2020/21 and came back to 58.8%: a real dip, not a slip.
    expect(series.get("Trafford|Percentage")!.slice(9)).toEqual([56.9, 53.3, 58.8]);
  });

  test("the tonnage rows start in 2014/15: the years before are gaps, not missing periods", () => {
    expect(series.get("Trafford|Frequency")!.slice(0, 5)).toEqual([null, null, null, null, 50755]);
  });
});

describe("Fingertips Year 6 obesity (NCMP), England, counties and unitary authorities, 2010/11 to 2022/23", () => {
  const rows = readCsv("data-quality/year6_obesity_upper_tier.csv");
  const { periods, series } = seriesOf(rows, (row) => row.area_name);

  test("the file is the real one: England and over 130 areas, 13 school years", () => {
    expect(periods).toHaveLength(13);
    expect(series.size).toBeGreaterThan(130);
  });

  test("no finding on any series, the 2020/21 pandemic year included", () => {
    expect(findingsOver(periods, series, () => ({ unit: "%" }))).toEqual([]);
    // In 2020/21 obesity rose sharply and fell back (Medway: 22.2%, 28.6%, 26.2%): real, and not flagged.
    expect(series.get("Medway")!.slice(9, 12)).toEqual([22.2, 28.6, 26.2]);
  });
});

describe("LGBF, four indicators for every council and Scotland, 2010-11 to 2020-21", () => {
  const rows = readCsv("lgbf/indicators.csv");
  const { periods, series } = seriesOf(rows, (row) => `${row.council}|${row.indicator_code}`);
  const percentages = new Set(["ENV6", "CORP 8"]);

  test("no finding on the values of ENV6, C&L1, CHN1 and CORP 8, the 2020-21 lockdown year included", () => {
    expect(series.size).toBe(132);
    expect(findingsOver(periods, series, (key) => ({ unit: percentages.has(key.split("|")[1]) ? "%" : "£" }))).toEqual([]);
    // Sports facilities closed in 2020-21, so the cost per attendance leapt (Edinburgh: £2.02 to £25.60, 13 times),
    // but as the latest year nothing returns from it, and it is not taken for a keying error.
    expect(series.get("Edinburgh City|C&L1")!.slice(9)).toEqual([2.020677079, 25.60489712]);
  });

  test("CORP 8 with its invoices: the only findings are the sample sizes that really jumped", () => {
    const counts = readCsv("lgbf/numerator_denominator.csv").filter((row) => row.indicator_code === "CORP 8");
    const values = seriesOf(counts, (row) => row.council, "published_value");
    const numerators = seriesOf(counts, (row) => row.council, "numerator").series;
    const denominators = seriesOf(counts, (row) => row.council, "denominator").series;
    const found = findingsOver(values.periods, values.series, (council) => ({ unit: "%", numerators: numerators.get(council), denominators: denominators.get(council) }));
    // Six councils changed how many invoices they sampled by more than half from one year to the
    // next (Aberdeen City: 164,934 then 16,017 then 176,063): the published percentages then rest on
    // very different samples. Every finding is such a jump; no numerator exceeds its denominator.
    expect(found.map((line) => line.split(":")[0])).toEqual(["Aberdeen City", "Dundee City", "East Dunbartonshire", "Edinburgh City", "Fife", "Stirling"]);
    for (const line of found) expect(line).toMatch(/^[^:]+: Denominator jump: /);
    expect(found[0]).toContain("from 164,934 in 2013-14 to 16,017 in 2014-15 (down 90%) and from 16,017 in 2014-15 to 176,063 in 2015-16 (11 times as large)");
  });
});

describe("LGBF series chosen for what the checks must and must not flag", () => {
  const rows = readCsv("data-quality/lgbf_series.csv");
  const { periods, series } = seriesOf(rows, (row) => `${row.council}|${row.indicator_code}`);
  const titles = new Map(readCsv("data-quality/lgbf_indicator_metadata.csv").map((row) => [row.indicator_code, row.title]));
  const unitOf = (code: string) => (/percentage|proportion|%|rate/i.test(titles.get(code) ?? "") ? "%" : "£");
  const findings = (key: string) => checkData({ values: series.get(key)!, periods, unit: unitOf(key.split("|")[1]) }).map((finding) => finding.sentence);

  test("real step changes are not keying errors: the new level stays", () => {
    // Renfrewshire's trading standards cost per 1,000 people went from £1,323 to £11,845 in 2018-19 and stayed.
    expect(findings("Renfrewshire|ENV5a")).toEqual([]);
    // Aberdeen's tourism and economic development cost was ten times higher for four years, then back.
    expect(findings("Aberdeen City|ECON6")).toEqual([]);
    // Orkney's cost per library visit fell by half in 2015-16 and to a tenth in 2018-19.
    expect(findings("Orkney Islands|C&L2")).toEqual([]);
    // Moray's share of unemployed people helped into work swings widely; 0.62% in 2019-20 is within its usual swing.
    expect(findings("Moray|ECON1")).toEqual([]);
  });

  test("a single figure far outside its series that the next one returns from", () => {
    // Glasgow's cost per planning application: £27,218 in 2012-13 between £4,879 and £4,702, and
    // between £4,486 and £7,669 every other year. The likeliest fault in the whole LGBF.
    expect(findings("Glasgow City|ECON2")).toEqual([
      "Likely keying error: 27,218.1 in 2012-13 is 5.6 times the figures either side (4,879.08 in 2011-12, 4,702.02 in 2013-14); check for a slipped decimal point or a digit too many or too few.",
    ]);
    // Highland's re-registrations: 0.68% in 2017-18 between 5.07% and 6.62%. It is 1 of 147
    // children, or a slipped 6.8% (10 of 147): only the source can tell, and the check rightly asks.
    expect(findings("Highland|CHN22")).toEqual([
      "Likely keying error: 0.680272 in 2017-18 is 7.5 times smaller than the figures either side (5.07246 in 2016-17, 6.62252 in 2018-19); check for a slipped decimal point or a digit too many or too few.",
    ]);
    // East Ayrshire's re-registrations swing: 5.68% in 2013-14 between 0.89% and 0.77% is not flagged
    // (its modified z-score is 0.2), but 0.77% in 2014-15 between 5.68% and 5% is (4.8).
    expect(findings("East Ayrshire|CHN22")).toEqual([
      "Likely keying error: 0.769231 in 2014-15 is 6.5 times smaller than the figures either side (5.68182 in 2013-14, 5 in 2015-16); check for a slipped decimal point or a digit too many or too few.",
    ]);
  });

  test("figures rolled forward: the same ten-significant-figure value year after year can only be a copy", () => {
    // Orkney's employment land: 79.29411765 twice, then a real fall to 7.302977233, repeated to the
    // digit for five years. The fall is not a keying error (it stays); the repeat is flagged.
    expect(findings("Orkney Islands|ECON10")).toEqual([
      "Figure rolled forward: 7.30298 in 5 periods in a row, 2016-17 to 2020-21; check the figure was updated each period, not copied forward.",
    ]);
    expect(findings("East Ayrshire|ECON10")).toEqual([
      "Figure rolled forward: 16.7462 in 4 periods in a row, 2016-17 to 2019-20; check the figure was updated each period, not copied forward.",
    ]);
    expect(findings("Dundee City|ECON9")).toEqual([
      "Figure rolled forward: 12.9973 in 4 periods in a row, 2017-18 to 2020-21; check the figure was updated each period, not copied forward.",
    ]);
    expect(series.get("Orkney Islands|ECON10")!.slice(6)).toEqual([7.302977233, 7.302977233, 7.302977233, 7.302977233, 7.302977233]);
  });

  test("floors, ceilings and low percentages are left alone", () => {
    // Eilean Siar: 0% re-registrations five years running; Clackmannanshire: 100% of dwellings energy efficient five years running.
    expect(findings("Eilean Siar|CHN22")).toEqual([]);
    expect(findings("Clackmannanshire|HSN5")).toEqual([]);
    // Rent lost to voids runs either side of 1% (Midlothian 1.37%, 0.84%...): percentages, not fractions.
    expect(findings("Midlothian|HSN2")).toEqual([]);
    expect(findings("East Lothian|HSN2")).toEqual([]);
  });

  test("a rate per 1,000 people may count more bed days than people (SW8): no finding", () => {
    const counts = readCsv("data-quality/lgbf_sw8_numerator_denominator.csv");
    for (const council of ["Edinburgh City", "Highland"]) {
      const own = counts.filter((row) => row.council === council);
      const values = own.map((row) => Number(row.published_value));
      const numerators = own.map((row) => Number(row.numerator));
      const denominators = own.map((row) => Number(row.denominator));
      expect(numerators.some((numerator, i) => numerator > denominators[i])).toBe(true);
      expect(checkData({ values, periods: own.map((row) => row.period), unit: "per 1,000 people aged 75+", numerators, denominators })).toEqual([]);
      // Read as a proportion (no rate unit), the same counts are impossible, and say so.
      expect(checkData({ values, numerators, denominators }).map((finding) => finding.code)).toEqual(["numerator_above_denominator"]);
    }
  });
});
