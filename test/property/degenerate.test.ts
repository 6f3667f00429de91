/**
 * Degenerate statistics, handled on purpose: constant series (zero moving range, zero variance),
 * two points, one point, all missing, ties everywhere, a single peer, peers identical to the value.
 *
 * First for EVERY formula in the built catalogue, starting from its documented example (a call its
 * author says is valid) and changing its series (the first argument) or its peer values, keeping
 * the shape: the result is cells or "too little data" (#N/A), the same in both hosts, never an
 * argument error (#VALUE!), because the arguments are still valid (docs/FORMULA-CONVENTIONS.md,
 * "Two kinds of failure"); only a required range left wholly empty may be reported as missing. Then the exact results of
 * each formula on those inputs, with where the expected value comes from.
 */
import { Argument, Cell } from "./arbitraries";
import { parseExample } from "./examples";
import { Outcome, builtFormulas, checkCall, describe as show } from "./outcomes";
import { grid, plain, single, tryExcel, trySheets } from "../helpers/bundles";
import { expectClose } from "../helpers/reference";

const formulas = builtFormulas();

const number = (value: number): Cell => ({ kind: "number", value });
const BLANK: Cell = { kind: "blank" };

/** Cells of a range, in reading order, and a way to rebuild the range from new cells. */
function reshape(argument: Argument, cells: (index: number) => Cell): Argument {
  if (argument.kind !== "cells") return argument;
  let k = 0;
  return { kind: "cells", rows: argument.rows.map((row) => row.map(() => cells(k++))) };
}

function cellCount(argument: Argument): number {
  return argument.kind === "cells" ? argument.rows.length * argument.rows[0].length : 0;
}

/**
 * The degenerate versions of a series range, made from its own cells and keeping its shape, so that
 * the other arguments still line up and still agree with it (a numerator stays within its
 * denominator): constant at its smallest value, ties everywhere (each value repeated in pairs),
 * only the first and last values, only the first value, nothing at all.
 */
function seriesVariants(argument: Argument): [string, Argument][] {
  if (argument.kind !== "cells") return [];
  const cells = argument.rows.flat();
  const count = cells.length;
  const numbers = cells.flatMap((cell) => (cell.kind === "number" ? [cell.value] : []));
  const constant = numbers.length > 0 ? number(Math.min(...numbers)) : cells[0];
  return [
    ["a constant series (zero moving range)", reshape(argument, () => constant)],
    ["ties everywhere", reshape(argument, (i) => cells[i - (i % 2)])],
    ["two points", reshape(argument, (i) => (i === 0 || i === count - 1 ? cells[i] : BLANK))],
    ["one point", reshape(argument, (i) => (i === 0 ? cells[0] : BLANK))],
    ["all missing", reshape(argument, (i) => (i % 2 === 0 ? BLANK : { kind: "text", value: "n/a" }))],
  ];
}

/** The first number of a single-cell argument, if it is one. */
function scalarNumber(argument: Argument): number | undefined {
  if (argument.kind !== "cells" || cellCount(argument) !== 1) return undefined;
  const cell = argument.rows[0][0];
  return cell.kind === "number" ? cell.value : undefined;
}

interface Scenario {
  formula: string;
  what: string;
  args: Argument[];
}

/** Every degenerate scenario of every formula, built from the catalogue's examples. */
function scenarios(): Scenario[] {
  const all: Scenario[] = [];
  for (const spec of formulas) {
    const { args } = parseExample(spec.example.formula);
    while (args.length < spec.parameters.length) args.push({ kind: "omitted" });
    const isPeer = (i: number) => /peer/i.test(spec.parameters[i]?.name ?? "");
    const scalars = args.map((arg, i) => (isPeer(i) ? undefined : scalarNumber(arg))).filter((value): value is number => value !== undefined);
    let peerIndex = 0;
    args.forEach((arg, i) => {
      if (cellCount(arg) < 2) return;
      const replace = (what: string, replacement: Argument) =>
        all.push({ formula: spec.name, what: `${spec.parameters[i].name}: ${what}`, args: args.map((old, j) => (j === i ? replacement : old)) });
      if (isPeer(i)) {
        // Peers pair with the value of the same rank (unit_cost with peer_unit_costs, performance with peer_performance).
        const own = scalars[peerIndex++] ?? scalars[0] ?? 5;
        replace("a single peer", reshape(arg, (k) => (k === 0 ? number(own + 1) : BLANK)));
        replace("peers identical to the value", reshape(arg, () => number(own)));
        replace("peers all tied", reshape(arg, () => number(own + 2)));
      } else if (i === 0) {
        // The KPI's own series; a second series (denominators, deflators) is bound to the first.
        for (const [what, variant] of seriesVariants(arg)) replace(what, variant);
      }
    });
  }
  return all;
}

describe("every formula's documented example works in both hosts", () => {
  test.each(formulas.map((spec) => [spec.name, spec] as const))("%s", (_name, spec) => {
    const { args, usesReferences } = parseExample(spec.example.formula);
    const outcome = checkCall(spec, args);
    // An example on cell references is run on stand-in values, which need not satisfy it.
    if (!usesReferences) expect(outcome).toEqual(expect.objectContaining({ ok: true }));
  });
});

describe("degenerate data is too little data at worst, never a wrong argument, in every formula", () => {
  const cases = scenarios();

  test("there are degenerate cases for the series and peer formulas", () => {
    expect(cases.length).toBeGreaterThan(formulas.length);
  });

  test.each(cases.map((scenario) => [scenario.formula, scenario.what, scenario] as const))("%s with %s", (formula, _what, scenario) => {
    const spec = formulas.find((entry) => entry.name === formula)!;
    const outcome: Outcome = checkCall(spec, scenario.args);
    if (!outcome.ok) {
      const missing = scenario.what.endsWith("all missing") && outcome.message.startsWith(`${scenario.what.split(":")[0]} is missing;`);
      // A required range with nothing in it may be reported as missing, which is what it is.
      if (!missing) expect({ code: outcome.code, message: outcome.message, args: show(scenario.args) }).toEqual(expect.objectContaining({ code: "#N/A" }));
    }
  });
});

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

describe.each(hosts)("%s: degenerate series in the trend formulas", (_host, call) => {
  test("Sen's slope of a constant series is 0, of two points their slope, with a gap counted as a period", () => {
    // Sen (1968): the median of pairwise slopes; every pair of a constant series has slope 0.
    expect(single(call("SENSLOPE", [[50, 50, 50, 50, 50]]))).toBe(0);
    // One pair: (12 - 10) / (3 - 0) with two gaps between.
    expectClose(single(call("SENSLOPE", [[10, "", "n/a", 12]])) as number, 2 / 3, 1e-12);
  });

  test("Sen's slope with ties everywhere is the median of the pairwise slopes", () => {
    // Pairs of [3, 4, 4, 3]: slopes 1, 1/2, 0, 0, -1/2, -1; median of six = (0 + 0) / 2.
    expect(single(call("SENSLOPE", [[3, 4, 4, 3]]))).toBe(0);
    // Pairs of [3, 4, 4, 3, 4]: slopes 1, .5, 0, .25, 0, -.5, 0, -1, 0, 1; median of ten = 0.
    expect(single(call("SENSLOPE", [[3, 4, 4, 3, 4]]))).toBe(0);
  });

  test("Sen's slope with one point or none says why it cannot answer (#N/A)", () => {
    expect(call("SENSLOPE", [[10, "", ""]])).toEqual(expect.objectContaining({ failed: true, message: expect.stringMatching(/at least 2 values are needed and values has 1; add more periods$/) }));
    expect(call("SENSLOPE", [["", "n/a", "#N/A"]])).toEqual(expect.objectContaining({ failed: true, message: expect.stringMatching(/at least 2 values are needed and values has 0; add more periods$/) }));
    if (call === tryExcel) expect(call("SENSLOPE", [[null, null]])).toEqual(expect.objectContaining({ code: "#N/A" }));
  });

  test("Mann-Kendall on a constant series: S = 0, variance 0, z = 0 and p = 1, not a division by zero", () => {
    // pyMannKendall original_test: var_s = 0 when every value is tied, z = 0 when s = 0, p = 2 * (1 - cdf(0)) = 1.
    expect(plain(call("MANNKENDALL", [[50, 50, 50, 50, 50, 50]]))).toEqual([[0, 0, 0, 1, "normal"]]);
  });

  test("Mann-Kendall with ties everywhere uses the tie-corrected variance", () => {
    // [1, 2, 1, 2, 1, 2]: S = 6 - 3 = 3; two tie groups of 3, var S = (6*5*17 - 2*3*2*11) / 18 = 21
    // (Kendall 1975); z = (3 - 1) / sqrt(21); p = erfc(z / sqrt 2) = 0.6625205835400575 (Python math.erfc).
    const [s, tau, z, p, method] = (plain(call("MANNKENDALL", [[1, 2, 1, 2, 1, 2]])) as unknown[][])[0] as [number, number, number, number, string];
    expect(s).toBe(3);
    expectClose(tau, 3 / 15, 1e-12);
    expectClose(z, 2 / Math.sqrt(21), 1e-12);
    expectClose(p, 0.6625205835400575, 1e-9);
    expect(method).toBe("normal");
  });

  test("Mann-Kendall with two points is too little data, and in a block that row is left empty", () => {
    expect(call("MANNKENDALL", [[10, "", 12]])).toEqual(expect.objectContaining({ failed: true, message: expect.stringMatching(/at least 3 values are needed and values has 2; add more periods$/) }));
    expect(plain(call("MANNKENDALL", [[1, 2, 3, 4], ["", "", "", ""]]))).toEqual([
      [6, 1, 5 / Math.sqrt(26 / 3), 1 / 12, "exact"],
      ["", "", "", "", ""],
    ]);
  });
});

describe.each(hosts)("%s: degenerate targets in KPI.RAG", (_host, call) => {
  test("a value exactly on target is Green, whatever the polarity", () => {
    for (const polarity of ["higher", "lower", "neutral"]) expect(single(call("RAG", 60, 60, polarity, 5))).toBe("Green");
  });

  test("no value is not enough data; no target says so", () => {
    expect(plain(call("RAG", [[""], [58]], [[60], [""]], "higher"))).toEqual([["Not enough data"], ["No target"]]);
  });
});

describe.each(hosts)("%s: values near the largest a cell can hold, and a number where a unit belongs", (_host, call) => {
  // Number.MAX_VALUE (about 1.8e308) is the largest double; the sum or difference of two such
  // values overflows to Infinity, which must never reach a sentence as "Infinity".
  const huge = Number.MAX_VALUE;

  test("KPI.TARGETCHECK averages its margins without overflowing", () => {
    const findings = [plain(call("TARGETCHECK", [[huge, huge, huge, huge]], 0))].flat(2).join(" ");
    expect(findings).not.toMatch(/Infinity|NaN/);
    // The average of four margins of 1.8e308 is 1.8e308, which is finite (toFixed writes it in e-notation).
    expect(findings).toMatch(/^Soft target: met in all 4 periods, by 1.7976931348623157e\+308 on average/);
  });

  test("a figure that does overflow reads as too large to show", () => {
    const findings = [plain(call("TARGETCHECK", [[huge, huge, huge, huge]], -huge))].flat(2).join(" ");
    expect(findings).not.toMatch(/Infinity|NaN/);
    expect(findings).toContain("by a figure too large to show on average");
  });

  test("KPI.NARRATIVE names a number given as the unit instead of writing it after every figure", () => {
    const outcome = call("NARRATIVE", "Recycling", [[40, 42, 45]], "", "", "higher", "", Infinity);
    expect(outcome).toEqual(expect.objectContaining({ failed: true, message: expect.stringContaining('unit is a number, which is not a unit; give a unit word such as "%"') }));
    expect(call("NARRATIVE", "Recycling", [[40, 42, 45]], "", "", "higher", "", 12)).toEqual(
      expect.objectContaining({ failed: true, message: expect.stringContaining("unit is the number 12, which is not a unit") }),
    );
    expect(single(call("NARRATIVE", "Recycling", [[40, 42, 45]], "", "", "higher", "", "%"))).toMatch(/^Recycling was 45%/);
  });
});

describe.each(hosts)("%s: degenerate peer groups and a constant series, exact results", (_host, call) => {
  test("a single peer: one better peer ranks the value 2nd, in the bottom quartile, at percentile 0", () => {
    // RANK.EQ: 1 + the number strictly better (8 > 7). QUARTILE.INC of {8} puts every boundary at 8,
    // so 7 is below the lower quartile: 4. Mid-rank percentile: 0 worse + 0 tied of 1 = 0. Gap: 7 - 8.
    expect(single(call("RANK", 7, [[8]], "higher"))).toBe(2);
    expect(single(call("QUARTILE", 7, [[8]], "higher"))).toBe(4);
    expect(single(call("PERCENTILE", 7, [[8]], "higher"))).toBe(0);
    expect(single(call("GAP", 7, [[8]], "median", "higher"))).toBe(-1);
  });

  test("peers identical to the value: ties share the best rank, a boundary goes to the better quartile, percentile 50", () => {
    // No peer is strictly better: rank 1. Every boundary is 7 and the value sits on it: quartile 1
    // either way round. Mid-rank percentile: 0 worse + 4 tied / 2 of 4 = 50. Gaps are 0.
    expect(single(call("RANK", 7, [[7, 7, 7, 7]], "higher"))).toBe(1);
    expect(single(call("RANK", 7, [[7, 7, 7, 7]], "lower"))).toBe(1);
    expect(single(call("QUARTILE", 7, [[7, 7, 7, 7]], "higher"))).toBe(1);
    expect(single(call("QUARTILE", 7, [[7, 7, 7, 7]], "lower"))).toBe(1);
    expect(single(call("PERCENTILE", 7, [[7, 7, 7, 7]], "higher"))).toBe(50);
    for (const to of ["median", "mean", "top quartile", "best"]) expect(single(call("GAP", 7, [[7, 7, 7, 7]], to, "higher"))).toBe(0);
  });

  test("a constant series: zero moving range, limits on the mean, common cause, no trend", () => {
    const flat = [Array.from({ length: 15 }, () => 50)];
    // Mean 50 and mean moving range 0, so both limits are 50 (NHS Making Data Count: mean ± 2.66 mR);
    // a point on a limit is not outside it, and points on the mean belong to no run.
    const rows = plain(grid(call("SPC", flat))) as unknown[][];
    expect(rows.slice(1).every((row) => row[1] === 50 && row[2] === 50 && row[3] === 50 && row[4] === "")).toBe(true);
    expect(single(call("VARIATION", flat))).toBe("Common cause");
    // A target on the limits cannot be relied on either way (NHSRplotthedots: target within the limits).
    expect(single(call("ASSURANCE", flat, 50))).toBe("Hit and miss");
    expect(single(call("ASSURANCE", flat, 40))).toBe("Consistently passing");
    expect(single(call("DIRECTION", flat))).toBe("No clear change");
  });
});
