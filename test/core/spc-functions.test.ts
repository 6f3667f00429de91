/**
 * KPI.SPC, KPI.VARIATION and KPI.ASSURANCE through the catalogue: layout, profiles, rebase,
 * baseline, leaving periods out, and the messages for bad input.
 */
import { invokeFunction } from "../../core/functions";
import { xmrChart } from "../../core/spc/xmr-chart";
import { expectClose } from "../helpers/reference";

const call = (name: string, ...args: unknown[]) => invokeFunction(name, args, `KPI.${name}`);
const cells = (name: string, ...args: unknown[]) => {
  const outcome = call(name, ...args);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.cells;
};

/** Quarterly, 2016 Q1 to 2023 Q4; the four 2020 quarters (positions 17-20) fall in the lockdown. Hand-built. */
const QUARTERS = [50, 53, 49, 52, 48, 51, 50, 54, 49, 52, 50, 47, 51, 53, 49, 50, 31, 29, 33, 30, 52, 48, 51, 50, 53, 49, 52, 48, 50, 51, 49, 53];
const IN_2020 = QUARTERS.map((_, i) => i >= 16 && i < 20);
const VIGNETTE = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];

describe("KPI.SPC", () => {
  test("one row per cell under a header naming the profile; MDC by default", () => {
    const grid = cells("SPC", [VIGNETTE]);
    expect(grid[0]).toEqual(["Value", "Mean", "Lower process limit", "Upper process limit", "Rules broken", "Variation (MDC rules, run of 7)"]);
    expect(grid).toHaveLength(VIGNETTE.length + 1);
    // NHSRplotthedots 0.2.2 vignette deviations.Rmd with screen_outliers = FALSE (the MDC Excel tool): docs/SPC.md, "Checked against"
    const [value, mean, lower, upper, rules, variation] = grid[5] as [number, number, number, number, string, string];
    expect(value).toBe(10);
    expectClose(mean, 1.944444, 1e-6);
    expectClose(lower, -3.062614, 1e-6);
    expectClose(upper, 6.951503, 1e-6);
    expect([rules, variation]).toEqual(["Outside limits", "Special cause improving"]);
    expect(grid[1].slice(4)).toEqual(["", "Common cause"]);
  });

  test("NHSR profile, headers off, a missing cell gives a blank row and keeps positions", () => {
    const withGap: (number | string)[] = [...VIGNETTE];
    withGap[7] = "n/a";
    const grid = cells("SPC", withGap.map((v) => [v]), "higher", "", "", false, "nhsr");
    expect(grid).toHaveLength(VIGNETTE.length);
    expect(grid[7]).toEqual(["", "", "", "", "", ""]);
    expect(grid[4][0]).toBe(10);
    expect(grid[4][4]).toBe("Outside limits");
    // Moving ranges join the present points on either side of the gap (docs/SPC.md, "Limits")
    const present = VIGNETTE.filter((_, i) => i !== 7);
    expectClose(grid[0][3] as number, xmrChart(present, { polarity: "higher", profile: "NHSR" }).groups[0].upper, 1e-12);
  });

  test("the header says when the limits are trial limits (fewer than 12 points)", () => {
    const grid = cells("SPC", [[3, 4, 3, 5, 4, 3, 4, 5]]);
    expect(grid[0][5]).toBe("Variation (MDC rules, run of 7; trial limits, fewer than 12 points)");
    expect(grid).toHaveLength(9);
  });

  test("a run of 6 flags a shift of 6 only with run_length 6", () => {
    const values = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 4, 4.5, 4, 4.5, 4, 4.5, 6];
    const seven = cells("SPC", [values], "higher", "", "", false, "MDC", 7);
    const six = cells("SPC", [values], "higher", "", "", false, "MDC", 6);
    expect(seven.map((row) => row[4])).not.toContain("Shift");
    expect(six.slice(12, 18).map((row) => row[4])).toEqual(["Shift", "Shift", "Shift", "Shift", "Shift", "Shift"]);
    expect(six[17][5]).toBe("Special cause concerning");
  });

  test("rebase positions start new limit groups (NHSRplotthedots ae_all_attendances_rebase_2017_04 layout)", () => {
    const values = [...Array(12)].map((_, i) => 10 + (i % 2)).concat([...Array(12)].map((_, i) => 20 + (i % 3)));
    const grid = cells("SPC", [values], "higher", "", "", false, "NHSR", "", 13);
    expect(grid[0][1]).toBe(10.5);
    expect(grid[12][1]).toBe(21);
    expect(grid[11][4]).toBe("");
    // Without the rebase the step up is a shift
    const single = cells("SPC", [values], "higher", "", "", false, "NHSR");
    expect(single[23][4]).toContain("Shift");
  });

  test("a fixed baseline uses the first N points and extends the limits", () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 15, 15, 15];
    const grid = cells("SPC", [values], "higher", "", 12, false);
    expect(grid[14][1]).toBe(10.5);
    expectClose(grid[14][3] as number, 10.5 + 2.66, 1e-12);
    // MDC (Nov 2023 change): points beyond the limits also count for two of three; NHSR counts only those inside
    expect(grid[14][4]).toBe("Outside limits; Two of three");
    expect(cells("SPC", [values], "higher", "", 12, false, "NHSR")[14][4]).toBe("Outside limits");
  });

  test("with a target, a last column gives the assurance of the point's limits", () => {
    const grid = cells("SPC", [[80, 82, 81, 83, 80, 82, 81, 83, 80, 82, 81, 83]], "higher", 70);
    expect(grid[0][6]).toBe("Assurance (target 70)");
    expect(grid[12][6]).toBe("Consistently passing");
  });

  test("leaving out the 2020 quarters: no special cause, and the limits of the series without them", () => {
    const exclude = [IN_2020.map((out) => (out ? "lockdown" : ""))];
    // Without exclusions the 2020 quarters break the rules
    const all = cells("SPC", [QUARTERS], "higher", "", "", false);
    expect(all.filter((row) => row[4] !== "").length).toBeGreaterThan(0);
    for (const profile of ["MDC", "NHSR"]) {
      const grid = cells("SPC", [QUARTERS], "higher", "", "", false, profile, "", "", exclude);
      const kept = QUARTERS.filter((_, i) => !IN_2020[i]);
      const without = xmrChart(kept, { polarity: "higher", profile: profile as "MDC" | "NHSR" }).groups[0];
      grid.forEach((row, i) => {
        expect(row[0]).toBe(QUARTERS[i]);
        expect(row[1]).toBe(without.mean);
        expect(row[2]).toBe(without.lower);
        expect(row[3]).toBe(without.upper);
        expect(row[4]).toBe("");
        expect(row[5]).toBe(IN_2020[i] ? "Excluded" : "Common cause");
      });
    }
    expect(cells("VARIATION", [QUARTERS.slice(0, 20)], "higher", "", "", [IN_2020.slice(0, 20).map((out) => (out ? "x" : ""))])).toEqual([["Common cause"]]);
    expect(cells("VARIATION", [QUARTERS.slice(0, 20)], "higher")).toEqual([["Special cause concerning"]]);
  });
});

describe("KPI.VARIATION and KPI.ASSURANCE", () => {
  test("a block of KPIs gives one label per row; polarity per row; too few points is Not enough data", () => {
    const block = [
      [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 9, 9, 9, 9, 9, 9, 9],
      [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 9, 9, 9, 9, 9, 9, 9],
      [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5],
      [5, 6, 5, 6, 5, 6, 5, "", "", "", "", "", "", "", "", "", "", "", ""],
    ];
    expect(cells("VARIATION", block, [["higher"], ["lower"], ["higher"], ["higher"]])).toEqual([
      ["Special cause improving"],
      ["Special cause concerning"],
      ["Common cause"],
      ["Not enough data"],
    ]);
    expect(cells("VARIATION", block, "neutral")[0]).toEqual(["Special cause neutral"]);
  });

  test("assurance: passing, failing, hit and miss, no target, not enough data", () => {
    const steady = [80, 82, 81, 83, 80, 82, 81, 83, 80, 82, 81, 83];
    const block = [steady, steady, steady, steady, steady.map((v, i) => (i < 5 ? v : ""))];
    expect(cells("ASSURANCE", block, [[70], [90], [81], [""], [70]], "higher")).toEqual([
      ["Consistently passing"],
      ["Consistently failing"],
      ["Hit and miss"],
      ["No target"],
      ["Not enough data"],
    ]);
    expect(cells("ASSURANCE", [steady], 70, "lower")).toEqual([["Consistently failing"]]);
    expect(cells("ASSURANCE", [steady], 70, "neutral")).toEqual([["No target"]]);
  });
});

describe("bad input is a #VALUE! that says what is allowed", () => {
  const failures: [string, string, unknown[], string][] = [
    ["a baseline under 12 points", "SPC", [[VIGNETTE], "", "", 8], "baseline_points 8 is out of range; use a whole number of 12 or more (Making Data Count fixes limits on at least 12 points)"],
    ["a rebase position outside the series", "SPC", [[VIGNETTE], "", "", "", "", "", "", 19], "rebase 19 is out of range; use positions from 1 to 18 (the cells of values) where a new limit group starts"],
    ["a run length other than 6 or 7", "SPC", [[VIGNETTE], "", "", "", "", "", 5], "run_length 5 is out of range; use 6 or 7"],
    ["a run length of 6 with the NHSR rules", "VARIATION", [[VIGNETTE], "", "NHSR", 6], 'run_length 6 applies only to the MDC rules (NHSRplotthedots always uses runs of 7); leave it empty or enter 7 with rules "NHSR", or use rules "MDC"'],
    ["an unknown profile", "SPC", [[VIGNETTE], "", "", "", "", "Excel"], 'rules "Excel" is not recognised; use one of "MDC", "NHSR"'],
    ["an unknown profile (VARIATION)", "VARIATION", [[VIGNETTE], "", "PBI"], 'rules "PBI" is not recognised; use one of "MDC", "NHSR"'],
    ["exclude of another shape", "SPC", [[VIGNETTE], "", "", "", "", "", "", "", [["x", ""]]], "exclude has 1 row by 2 columns but values has 1 row by 18 columns; give ranges of the same size"],
    ["every period excluded", "ASSURANCE", [[[1, 2, 3]], 2, "", "", [["x", "x", "x"]]], "exclude leaves out every period; mark only the periods to leave out and keep the rest blank"],
    ["a block for KPI.SPC", "SPC", [[[1, 2], [3, 4]]], "values is a block of 2 rows by 2 columns; give a single row or a single column"],
    ["a rebase that leaves a group of one value", "SPC", [[VIGNETTE], "", "", "", "", "", "", 18], "rebase gives a limit group (periods 18 to 18) with only 1 value; each limit group needs at least 2 values (12 for firm limits); move or remove a rebase position"],
  ];
  test.each(failures)("%s", (_what, name, args, message) => {
    expect(call(name, ...args)).toEqual({ ok: false, kind: "argument", message: `KPI.${name}: ${message}` });
  });

  test("a single value is too little data for a chart (#N/A), not a wrong argument", () => {
    expect(call("SPC", [[4, "", ""]])).toEqual({ ok: false, kind: "data", message: "KPI.SPC: at least 2 values are needed and values has 1; add more periods" });
  });
});

describe("rules that point in opposite directions (docs/SPC.md, 'Profiles')", () => {
  // Hand-built: 14 points around 50, then a falling trend of 7 points still far above the upper limit.
  const values = [50, 52, 49, 51, 50, 52, 49, 51, 50, 52, 49, 51, 50, 52, 100, 99, 98, 97, 96, 95, 94];

  test("the last point breaks outside limits (above) and trend (falling)", () => {
    const chart = xmrChart(values, { polarity: "lower", profile: "NHSR" });
    expect(chart.points[20].rules).toEqual(["Outside limits", "Trend", "Shift"]);
  });

  test("NHSR: the rule first in precedence decides; MDC: improvement is shown", () => {
    // Lower is better: above the limit is concerning, the falling trend improving.
    expect(xmrChart(values, { polarity: "lower", profile: "NHSR" }).variation).toBe("Special cause concerning");
    expect(xmrChart(values, { polarity: "lower", profile: "MDC" }).variation).toBe("Special cause improving");
    expect(xmrChart(values, { polarity: "higher", profile: "NHSR" }).variation).toBe("Special cause improving");
    expect(xmrChart(values, { polarity: "neutral", profile: "MDC" }).variation).toBe("Special cause neutral");
  });

  test("warnings say when limits are trial limits or a baseline is longer than the data", () => {
    const chart = xmrChart([3, 4, 3, 5, 4, 3, 4, 5], { polarity: "higher", baselinePoints: 12 });
    expect(chart.trialLimits).toBe(true);
    expect(chart.variation).toBe("Not enough data");
    expect(chart.warnings).toEqual([
      "baseline_points is 12 but periods 1 to 8 have 8 values; all of them set the limits.",
      "The limits of periods 1 to 8 rest on 8 points: they are trial limits until there are 12.",
    ]);
  });
});
