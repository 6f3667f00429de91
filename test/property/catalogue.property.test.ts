/**
 * Property tests over EVERY formula of the catalogue, through both BUILT bundles (Excel
 * functions.js and Sheets Code.js): generated workbooks of numbers, numeric text, junk text,
 * blanks, checkboxes, dates and durations, error values, NaN, Infinity, 1e300 and 1e-300, in
 * single cells, rows, columns, blocks, empty ranges and 10,000-row ranges, handed to each host as
 * it really passes them (arbitraries.ts: null or "" for empty, a serial or a Date, an error object
 * or error text). Each call must give a result or a typed error with a message (see outcomes.ts),
 * never an uncaught exception, never NaN or Infinity, and both hosts must agree on every workbook.
 *
 * The formulas come from the built functions.json and their parameters from the catalogue, so a
 * new formula is covered as soon as it is added. The case budget is shared: at least 100,000
 * generated calls per run in total, most of them on small ranges (a formula whose calls are costly
 * gets fewer, never under 1,000), plus one 10,000-row call per formula. KPI_PROPERTY_CASES changes
 * the budget; KPI_PROPERTY_SEED replays a run (fast-check prints the seed and the shrunk
 * counterexample of a failure).
 */
import fc from "fast-check";
import { callArguments, largeCallArguments } from "./arbitraries";
import { builtFormulas, checkCall } from "./outcomes";

/** Generated calls per run, shared by all formulas. */
const MINIMUM_CASES = 100_000;
const BUDGET = Number(process.env.KPI_PROPERTY_CASES ?? 104_000);
/** Calls per formula in the first pass, which also measures what a call of each formula costs. */
const PILOT_CASES = 40;
/** The fewest small-workbook calls any formula gets, however costly its calls. */
const FEWEST_CASES = 1000;
/** 10,000-row calls per formula (each is real work: Sen's slope on 10,000 points is 50 million pairs). */
const LARGE_CASES = 1;
const SEED = process.env.KPI_PROPERTY_SEED === undefined ? undefined : Number(process.env.KPI_PROPERTY_SEED);

const formulas = builtFormulas();
// jest records 100 stack frames for every Error; failures are part of what is generated, so keep it short.
const stackTraceLimit = Error.stackTraceLimit;
beforeAll(() => {
  Error.stackTraceLimit = 10;
});
afterAll(() => {
  Error.stackTraceLimit = stackTraceLimit;
});

let cases = 0;
/** Small-workbook calls per formula, set by the first pass. */
const allocation = new Map<string, number>();

function median(numbers: number[]): number {
  const sorted = numbers.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Shares the budget among the formulas: an equal share each, except that a formula whose calls
 * cost more than the median call gets proportionally fewer (never fewer than FEWEST_CASES), and the
 * cases it gives up go to the cheaper formulas, so the total stays at the budget and one slow
 * formula cannot make the run slow. The cost only moves cases between formulas; no test depends on it.
 */
function allocate(costs: Map<string, number>, remaining: number): void {
  const equal = remaining / formulas.length;
  const typical = median([...costs.values()]);
  for (const spec of formulas) {
    const cost = costs.get(spec.name)!;
    allocation.set(spec.name, Math.max(FEWEST_CASES, Math.round(equal * Math.min(1, typical / cost))));
  }
  const cheap = formulas.filter((spec) => costs.get(spec.name)! <= typical);
  const shortfall = remaining - [...allocation.values()].reduce((sum, runs) => sum + runs, 0);
  if (shortfall > 0) for (const spec of cheap) allocation.set(spec.name, allocation.get(spec.name)! + Math.ceil(shortfall / cheap.length));
}

describe("every catalogue formula, in both built hosts, on generated workbooks", () => {
  test("the built bundles carry formulas to test", () => {
    expect(formulas.length).toBeGreaterThan(0);
  });

  test(`a first pass of ${PILOT_CASES} generated workbooks per formula`, () => {
    const costs = new Map<string, number>();
    for (const spec of formulas) {
      const sample = fc.sample(callArguments(spec.parameters), { numRuns: PILOT_CASES, seed: SEED ?? Date.now() });
      const start = process.cpuUsage();
      for (const args of sample) {
        cases += 1;
        checkCall(spec, args);
      }
      const used = process.cpuUsage(start);
      costs.set(spec.name, Math.max(0.001, (used.user + used.system) / 1000 / PILOT_CASES));
    }
    allocate(costs, Math.max(0, BUDGET - cases));
    expect(allocation.size).toBe(formulas.length);
  });

  describe.each(formulas.map((spec) => [spec.name, spec] as const))("%s", (_name, spec) => {
    test("gives a result or a typed error on generated small workbooks", () => {
      fc.assert(
        fc.property(callArguments(spec.parameters), (args) => {
          cases += 1;
          checkCall(spec, args);
        }),
        { numRuns: allocation.get(spec.name) ?? FEWEST_CASES, seed: SEED, endOnFailure: false },
      );
    });

    test("gives a result or a typed error on 10,000-row ranges", () => {
      fc.assert(
        fc.property(largeCallArguments(spec.parameters), (args) => {
          cases += 1;
          checkCall(spec, args);
        }),
        { numRuns: LARGE_CASES, seed: SEED, endOnFailure: true },
      );
    });
  });

  test(`ran at least ${MINIMUM_CASES.toLocaleString("en-GB")} generated cases in total`, () => {
    expect(cases).toBeGreaterThanOrEqual(Math.min(MINIMUM_CASES, BUDGET));
  });
});
