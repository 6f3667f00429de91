/**
 * The public health formulas in the BUILT bundles: the layouts a council holds the data in (one
 * area, or a table with one area or year per row), and bad input with the same message in both
 * hosts, naming the argument and the fix.
 */
import { grid, plain, single, tryExcel, trySheets } from "../helpers/bundles";
import { expectClose } from "../helpers/reference";

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

// PHEindicatormethods testdata_DSR_ISR.xlsx, testdata_small (rates.json dsr_esp2013_testdata_small_per100000).
const COUNTS = [12, 4, 3, 2, 3, 4, 8, 2, 2, 3, 4, 5, 6, 8, 5, 6, 5, 5, 4];
const POPULATIONS = [636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207];
const DSR_SMALL = 1103.212025300104;
// refdata of the same workbook (rates.json isratio cases).
const REFERENCE_COUNTS = [10303, 2824, 0, 3615, 3641, 3490, 3789, 3213, 3031, 2771, 3089, 3490, 3595, 4745, 5514, 7125, 5694, 6210, 5757];
const REFERENCE_POPULATIONS = [50520, 57173, 60213, 54659, 44345, 50128, 62163, 67423, 62899, 55463, 60479, 49974, 44140, 40888, 37239, 30819, 18136, 15325, 13918];
const RATIO_SMALL = 0.10886683770400503;

/**
 * The failure of a call, as a host shows it: Excel's code (`#VALUE!` for a wrong argument, `#N/A` for too
 * little data; Sheets shows both as an error, code "Error" here) and the message, written with KPI. in both.
 */
function failureOf(call: (typeof hosts)[number][1], name: string, ...args: unknown[]): { code: string; message: string } {
  const outcome = call(name, ...args) as { failed?: boolean; code: string; message: string };
  expect(outcome.failed).toBe(true);
  return { code: outcome.code === "Error" ? "(Sheets error)" : outcome.code, message: outcome.message.replace(/^KPI_/, "KPI.") };
}

/** What a host shows for a wrong argument, and for too little data. */
const wrong = (call: unknown) => (call === tryExcel ? "#VALUE!" : "(Sheets error)");
const tooLittle = (call: unknown) => (call === tryExcel ? "#N/A" : "(Sheets error)");

describe.each(hosts)("%s: layouts", (_host, call) => {
  test("KPI.DSR: a row, a column, and a table with one area per row (an area with no data is an empty row)", () => {
    expectClose(grid(call("DSR", [COUNTS], [POPULATIONS], "ESP2013"))[0][0] as number, DSR_SMALL, 1e-12, 0);
    const doubled = COUNTS.map((count) => 2 * count);
    const table = plain(grid(call("DSR", [COUNTS, COUNTS.map(() => ""), doubled], [POPULATIONS, POPULATIONS.map(() => ""), POPULATIONS], "ESP2013"))) as unknown[][];
    expect(table).toHaveLength(3);
    expectClose(table[0][0] as number, DSR_SMALL, 1e-12, 0);
    expect(table[1]).toEqual(["", "", ""]);
    // Twice the events in the same population: twice the rate.
    expectClose(table[2][0] as number, 2 * DSR_SMALL, 1e-12, 0);
  });

  test("KPI.DSR: a table with one area per row and a population row shared by all", () => {
    const table = plain(grid(call("DSR", [COUNTS, COUNTS], [POPULATIONS], POPULATIONS.map(() => [1])))) as number[][];
    expect(table[1]).toEqual(table[0]);
  });

  test("KPI.SMR: observed per age band or as a total; a table with one area per row", () => {
    const byBand = plain(grid(call("SMR", [COUNTS], [POPULATIONS], [REFERENCE_COUNTS], [REFERENCE_POPULATIONS]))) as number[][];
    expectClose(byBand[0][0], RATIO_SMALL, 1e-12, 0);
    const total = COUNTS.reduce((sum, count) => sum + count, 0);
    expect(plain(grid(call("SMR", total, [POPULATIONS], [REFERENCE_COUNTS], [REFERENCE_POPULATIONS])))).toEqual(byBand);
    const table = plain(grid(call("SMR", [[total], [""], [2 * total]], [POPULATIONS, POPULATIONS.map(() => ""), POPULATIONS], [REFERENCE_COUNTS], [REFERENCE_POPULATIONS]))) as unknown[][];
    expect(table[0]).toEqual(byBand[0]);
    expect(table[1]).toEqual(["", "", "", "", "", ""]);
    expectClose(table[2][0] as number, 2 * RATIO_SMALL, 1e-12, 0);
  });

  test("KPI.QUANTILE: a column of values against one shared peer row", () => {
    const peers = [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]];
    // Decile cut points of 1..10 (PERCENTILE.INC at 0.1, ..., 0.9): 1.9, 2.8, ..., 9.1.
    expect(plain(grid(call("QUANTILE", [[10], [9.1], [9], [1]], peers, 10, "higher")))).toEqual([[1], [1], [2], [10]]);
    expect(plain(grid(call("QUANTILE", [[1], [1.9], [2], [10]], peers, 10, "lower")))).toEqual([[1], [1], [2], [10]]);
  });
});

describe.each(hosts)("%s: bad input names itself and says how to fix it", (_host, call) => {
  test("age bands that do not line up with the standard population", () => {
    expect(failureOf(call, "DSR", [COUNTS.slice(0, 18)], [POPULATIONS.slice(0, 18)], "ESP2013")).toEqual({
      code: wrong(call),
      message: "KPI.DSR: counts has 18 age bands but ESP2013 has 19; give one cell per age band of ESP2013 (0-4, 5-9, ..., 85-89, 90+), in that order",
    });
    expect(failureOf(call, "DSR", [COUNTS], [POPULATIONS.slice(0, 18)], "ESP2013").message).toBe(
      "KPI.DSR: populations has 18 age bands but counts has 19; give ranges of the same size: one cell per age band, in the same order as counts (one row or column shared by every row of counts, or a block of the same shape)",
    );
    expect(failureOf(call, "DSR", [COUNTS], [POPULATIONS], [[5000, 5500, 5500]]).message).toMatch(/^KPI\.DSR: standard_populations has 3 age bands but counts has 19; /);
    expect(failureOf(call, "DSR", [COUNTS], [POPULATIONS], "ESP1976").message).toBe(
      'KPI.DSR: standard_populations "ESP1976" is not a standard population KPI Scrutiny knows by name; enter "ESP2013", or the standard population of each age band in a row or column',
    );
    expect(failureOf(call, "SMR", [COUNTS], [POPULATIONS], [REFERENCE_COUNTS.slice(1)], [REFERENCE_POPULATIONS]).message).toMatch(
      /^KPI\.SMR: reference_counts has 18 age bands but populations has 19; give ranges of the same size: one cell per age band, in the same order as populations/,
    );
  });

  test("a zero population", () => {
    const zero = POPULATIONS.map((people, band) => (band === 3 ? 0 : people));
    expect(failureOf(call, "DSR", [COUNTS], [zero], "ESP2013")).toEqual({
      code: wrong(call),
      message:
        "KPI.DSR: populations in age band 4 is 0, which leaves nothing to divide by; enter a population above zero for every age band (an age band with nobody in it can be merged into the next one, in the standard population too)",
    });
    // In a table, the row is named.
    expect(failureOf(call, "DSR", [COUNTS, COUNTS], [POPULATIONS, zero], "ESP2013").message).toMatch(/^KPI\.DSR: populations \(row 2\) in age band 4 is 0, /);
    const zeroReference = REFERENCE_POPULATIONS.map((people, band) => (band === 2 ? 0 : people));
    expect(failureOf(call, "SMR", [COUNTS], [POPULATIONS], [REFERENCE_COUNTS], [zeroReference]).message).toBe(
      "KPI.SMR: reference_populations in age band 3 is 0, so that age band has no reference rate; give the reference population (e.g. England's) of every age band, above zero, lined up with populations",
    );
    expect(failureOf(call, "SII", [[70, 72, 74, 76, 78]], [[100, 100, 0, 100, 100]]).message).toBe(
      "KPI.SII: populations of quantile 3 is 0, which is not a population; enter the population of every quantile, above zero",
    );
  });

  test("observed counts with no reference", () => {
    expect(failureOf(call, "SMR", [COUNTS], [POPULATIONS])).toEqual({
      code: wrong(call),
      message: "KPI.SMR: reference_counts is missing; select the reference events of each age band (e.g. England's)",
    });
    const gap = REFERENCE_POPULATIONS.map((people, band) => (band === 5 ? "" : people));
    expect(failureOf(call, "SMR", [COUNTS], [POPULATIONS], [REFERENCE_COUNTS], [gap]).message).toBe(
      "KPI.SMR: reference_populations in age band 6 is missing, so that age band has no reference rate; give the reference population (e.g. England's) of every age band, above zero, lined up with populations",
    );
  });

  test("too little data is #N/A with the reason, not a wrong argument", () => {
    expect(failureOf(call, "DSR", [COUNTS.map((_, band) => (band < 3 ? 3 : 0))], [POPULATIONS], "ESP2013")).toEqual({
      code: tooLittle(call),
      message:
        "KPI.DSR: at least 10 events in all are needed and counts has 9; a standardised rate on fewer is not reliable (Fingertips does not publish it); pool more years or areas",
    });
    expect(failureOf(call, "SII", [[70, 72, "", 76, 78]], [[100, 100, 100, 100, 100]]).message).toBe(
      "KPI.SII: at least 5 quantile values are needed and values has 4; every quantile needs a value (PHEindicatormethods leaves out an area with a quantile missing)",
    );
  });

  test("options: groups, confidence with type dsr, a comparator interval with two levels or half given, half the quantile limits, too many simulations", () => {
    expect(failureOf(call, "QUANTILE", 9, [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], 3).message).toBe("KPI.QUANTILE: groups 3 is out of range; use 4 (quartiles), 5 (quintiles) or 10 (deciles)");
    expect(failureOf(call, "COMPARE", 5, 1000, 2.1, "lower", "dsr", 0.9).message).toBe(
      'KPI.COMPARE: confidence is 0.9, but control limits are drawn at 0.95 and 0.998 only; with type "dsr" give 0.95, 0.998 or both',
    );
    expect(failureOf(call, "COMPARE", 2.7, 3.1, 4, "lower", "interval", [[0.95, 0.998]], "", 3.5, 4.5).message).toBe(
      "KPI.COMPARE: confidence has two levels but the comparator has one interval; give the one level of the comparator's interval, such as 0.95",
    );
    // A limit pair is given whole or not at all, and only where a comparator can have its own interval.
    expect(failureOf(call, "COMPARE", 650, 1000, 0.6, "higher", "proportion", 0.95, 1, 0.55).message).toBe(
      "KPI.COMPARE: comparator_upper is missing; enter the comparator's upper confidence limit, or leave comparator_lower and comparator_upper both empty",
    );
    expect(failureOf(call, "COMPARE", 5, 1000, 2.1, "lower", "dsr", 0.95, "", 1.5, 2.5).message).toBe(
      'KPI.COMPARE: comparator_lower is given with type "dsr"; type dsr compares the rate with control limits around the comparator; leave comparator_lower and comparator_upper empty',
    );
    expect(failureOf(call, "SII", [[70, 72, 74, 76, 78]], [[100, 100, 100, 100, 100]], [[69, 71, 73, 75, 77]]).message).toBe(
      "KPI.SII: upper is missing; select each quantile's upper 95% limit, or leave lower and upper both empty",
    );
    const rows = Array.from({ length: 40 }, () => [70, 72, 74, 76, 78, 80, 82, 84, 86, 88]);
    const lower = rows.map((values) => values.map((value) => value - 1));
    const upper = rows.map((values) => values.map((value) => value + 1));
    expect(failureOf(call, "SII", rows, [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]], lower, upper).message).toBe(
      "KPI.SII: repetitions of 100000 for 40 rows would take too long in one formula; split the table into a few formulas, or give fewer repetitions (at least 1000)",
    );
  });
});

describe.each(hosts)("%s: KPI.COMPARE's earlier arguments keep their meaning", (_host, call) => {
  test("without comparator limits and with the earlier types, the results are those of the single-interval comparison", () => {
    // Wilson 95% for 650/1000 is 0.620 to 0.679 (PHEindicatormethods wilson_lower/upper).
    expect(single(call("COMPARE", 650, 1000, 0.6, "higher"))).toBe("Better");
    expect(single(call("COMPARE", 650, 1000, 0.6, "higher", "proportion", 0.95, 1, "", ""))).toBe("Better");
    // With the comparator's own interval (0.55 to 0.63) overlapping the value's, the two are Similar.
    expect(single(call("COMPARE", 650, 1000, 0.6, "higher", "proportion", 0.95, 1, 0.55, 0.63))).toBe("Similar");
    expect(single(call("COMPARE", 650, 1000, 0.6, "higher", "proportion", 0.95, 1, 0.55, 0.61))).toBe("Better");
    // Rates: 65 events in 100 per 100 is 50.2 to 82.8 (Byar's, PHEindicatormethods byars_lower/upper).
    expect(single(call("COMPARE", 65, 100, 40, "lower", "rate", 0.95, 100, 30, 45))).toBe("Worse");
  });
});
