/**
 * KPI.TARGETCHECK and KPI.DEADLINE as built for both hosts: the same cells in Excel and Sheets,
 * one column of findings for one KPI, one row per KPI for a block, and clear messages for bad input.
 */
import { grid, plain, tryExcel, trySheets } from "../helpers/bundles";

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

/** 100 planning decisions in weeks: 60 in weeks 7-8, 40 spread over weeks 1-6 (LGA guide, "working to deadlines"). */
const decisions: number[][] = [
  ...Array.from({ length: 30 }, () => [7]),
  ...Array.from({ length: 30 }, () => [8]),
  ...Array.from({ length: 40 }, (_, i) => [1 + (i % 6)]),
];

describe("KPI.TARGETCHECK in both hosts", () => {
  test.each(hosts)("%s: a soft target gives a one-column result with its sentence", (_host, call) => {
    const result = plain(grid(call("TARGETCHECK", [[70, 72, 71, 73, 74, 72, 75, 73]], 66, "higher")));
    expect(result).toEqual([
      ["Soft target: met in all 8 periods, by 6.5 on average, more than the typical change of 1.9 from one period to the next."],
    ]);
  });

  test.each(hosts)("%s: green but bottom quartile, with peers; a clean KPI says so", (_host, call) => {
    const peers = [[50, 58, 60, 62, 64, 66, 68, 70, ""]];
    const result = plain(grid(call("TARGETCHECK", [[54], [55], [55], [56]], 55, "higher", peers)));
    expect(result.map((row) => String(row[0]).split(":")[0])).toEqual(["Green but bottom quartile", "Target below peers"]);
    expect(plain(grid(call("TARGETCHECK", [[60, 61, 59, 62]], 61, "higher")))).toEqual([["No concerns found"]]);
  });

  test.each(hosts)("%s: a block of KPIs gives one row each, findings across", (_host, call) => {
    const values = [
      [70, 72, 71, 73, 74, 72, 75, 73],
      [60, 61, 59, 62, 60, 61, 62, 60],
      ["", "", "", "", "", "", "", ""],
    ];
    const result = plain(grid(call("TARGETCHECK", values, [[66], [""], [50]], [["higher"], ["higher"], ["lower"]])));
    expect(result.length).toBe(3);
    expect(String(result[0][0])).toMatch(/^Soft target: /);
    expect(result[1][0]).toBe("No target: none is set, so the KPI can only be judged on its trend and against peers.");
    expect(result[2][0]).toBe("Not enough data");
    for (const row of result) expect(row.length).toBe(result[0].length);
  });

  test.each(hosts)("%s: per-period targets, with next year's target beside an empty value", (_host, call) => {
    const result = plain(grid(call("TARGETCHECK", [[50, 52, 53, 55, "", ""]], [["", "", "", "", "", 61]], "higher")));
    expect(result).toEqual([
      ["Unrealistic target: reaching 61 from 55 needs an improvement of 3 a period for 2 periods, but the best seen between two periods is 2."],
    ]);
  });
});

describe("KPI.DEADLINE in both hosts", () => {
  test.each(hosts)("%s: the guide's planning case is bunching; in-time rates both ways", (_host, call) => {
    const extensions = decisions.map(() => [""]);
    const durations = [...decisions, [9], [10]];
    extensions.push(["Yes"], ["No"]);
    const [row] = plain(grid(call("DEADLINE", durations, 8, "", extensions)));
    expect(row[0]).toBe(0.6);
    expect(row[1]).toBe(0.25);
    expect(row[2]).toBeCloseTo(2.4, 12);
    expect(row[3]).toBe("Bunching before deadline");
    // scipy 1.17.1: binom.sf(59, 100, 0.25) = 1.3268346743587464e-13
    expect((row[4] as number) / 1.3268346743587464e-13).toBeCloseTo(1, 9);
    expect(row[5]).toBeCloseTo(100 / 102, 12);
    expect(row[6]).toBeCloseTo(101 / 102, 12);
  });

  test.each(hosts)("%s: an even spread is no bunching; without extensions the last cell is empty", (_host, call) => {
    const durations = [Array.from({ length: 56 }, (_, i) => i + 1)];
    expect(plain(grid(call("DEADLINE", durations, 56)))).toEqual([[0.25, 0.25, 1, "No bunching", expect.any(Number), 1, ""]]);
  });
});

describe("bad input names the argument and the fix, in both hosts", () => {
  const failures: [string, string, unknown[], string, string][] = [
    [
      "a targets range shorter than values",
      "TARGETCHECK",
      [[[1, 2, 3, 4]], [[1, 2, 3]]],
      "#VALUE!",
      "targets has 3 cells but values has 4; give one target per value (a range the size of values, blank where there is none) or a single target",
    ],
    ["a negative tolerance", "RAG", [58, 60, "higher", -2], "#VALUE!", "tolerance -2 is out of range; use zero or a positive number"],
    ["a negative duration", "DEADLINE", [[[5], [-3], [7]], 8], "#VALUE!", "durations has a negative value in duration 2 (-3); enter the time each case took, 0 or more"],
    ["a duration in words", "DEADLINE", [[[5], ["six"], [7]], 8], "#VALUE!", 'duration 2 ("six") is not a number; leave it blank or enter a number'],
    ["a deadline of zero", "DEADLINE", [[[5], [6]], 0], "#VALUE!", "deadline 0 is out of range; use a number above 0: the time limit, in the units of durations"],
    ["a window as long as the deadline", "DEADLINE", [[[5], [6]], 8, 8], "#VALUE!", "window 8 is out of range; use a number above 0 and below the deadline (8)"],
    ["no durations at all", "DEADLINE", [[[""], [""]], 8], "#VALUE!", "durations is missing; enter the time each case took, one per cell"],
  ];

  test.each(failures)("%s", (_what, name, args, excelCode, message) => {
    expect(tryExcel(name, ...args)).toEqual({ failed: true, code: excelCode, message: `KPI.${name}: ${message}` });
    expect(trySheets(name, ...args)).toEqual({ failed: true, code: "Error", message: `KPI_${name}: ${message}` });
  });
});
