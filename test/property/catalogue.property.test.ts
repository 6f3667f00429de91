/**
 * Property tests over EVERY formula of the catalogue, through both BUILT bundles (Excel
 * functions.js and Sheets Code.js): generated workbooks of numbers, numeric text, junk text,
 * blanks, booleans, error values, NaN, Infinity, 1e300 and 1e-300, in single cells, rows,
 * columns, blocks, empty ranges and 10,000-row ranges. Each call must give a result or a typed
 * error with a message (see outcomes.ts), never an uncaught exception, never NaN or Infinity.
 *
 * The formulas come from the built functions.json and their parameters from the catalogue, so a
 * new formula is covered as soon as it is added. The case budget is shared: at least 100,000
 * generated calls per run in total, most of them on small ranges, plus a few 10,000-row calls per
 * formula. KPI_PROPERTY_CASES changes the budget; KPI_PROPERTY_SEED replays a run (fast-check
 * prints the seed and the shrunk counterexample of a failure).
 */
import fc from "fast-check";
import { callArguments, largeCallArguments } from "./arbitraries";
import { builtFormulas, checkCall } from "./outcomes";

/** Generated calls per run, shared by all formulas. */
const MINIMUM_CASES = 100_000;
const BUDGET = Number(process.env.KPI_PROPERTY_CASES ?? 104_000);
/** 10,000-row calls per formula (each is real work: Sen's slope on 10,000 points is 50 million pairs). */
const LARGE_CASES = 2;
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
const perFormula = Math.ceil(BUDGET / formulas.length);
let cases = 0;

describe("every catalogue formula, in both built hosts, on generated workbooks", () => {
  test("the built bundles carry formulas to test", () => {
    expect(formulas.length).toBeGreaterThan(0);
  });

  describe.each(formulas.map((spec) => [spec.name, spec] as const))("%s", (_name, spec) => {
    test(`gives a result or a typed error on ${perFormula} generated small workbooks`, () => {
      fc.assert(
        fc.property(callArguments(spec.parameters), (args) => {
          cases += 1;
          checkCall(spec, args);
        }),
        { numRuns: perFormula, seed: SEED, endOnFailure: false },
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
