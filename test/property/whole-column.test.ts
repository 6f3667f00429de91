/**
 * Whole-column references: in Excel `=KPI.SENSLOPE(B:B)` hands the formula 1,048,576 rows, almost
 * all of them empty. Every series formula (first parameter `values`) must read such a column as the
 * values it holds, through the built Excel bundle, without running out of stack.
 */
import { callExcel, builtFormulas } from "./outcomes";
import { parseExample } from "./examples";
import { forExcel } from "./arbitraries";

/** Rows in an Excel worksheet column. */
const EXCEL_ROWS = 1_048_576;

const seriesFormulas = builtFormulas().filter((spec) => spec.parameters[0]?.name === "values");

describe("a whole-column range in Excel (1,048,576 rows, 40 filled)", () => {
  // A 40-period KPI at the top of the column, empty cells as Excel passes them (null).
  const column: unknown[][] = new Array(EXCEL_ROWS);
  for (let i = 0; i < EXCEL_ROWS; i++) column[i] = [i < 40 ? 50 + i * 0.5 + (i % 4) : null];

  test("there are series formulas to try", () => {
    expect(seriesFormulas.length).toBeGreaterThan(0);
  });

  test.each(seriesFormulas.map((spec) => [spec.name, spec] as const))("%s reads it as the 40 values it holds", (name, spec) => {
    // The example's other arguments (polarity, target...) are kept; only `values` becomes the column.
    const args = forExcel(parseExample(spec.example.formula).args);
    args[0] = column;
    const outcome = callExcel(name, args, false);
    // 40 numbers in a column are a valid series: the only wrong argument can be another range of
    // the example that no longer lines up with the column.
    if (!outcome.ok && outcome.code !== "#N/A") expect(outcome.message).toMatch(/give ranges of the same size/);
  });
});

describe("the unused end of an oversized range is not a missing figure", () => {
  // A 12-period KPI typed at the top of a whole column (or of B2:B500 left room to grow).
  const values = [50, 52, 51, 53, 54, 53, 55, 56, 55, 57, 58, 59];
  const column = (rows: number, after: unknown = null): unknown[][] => Array.from({ length: rows }, (_, i) => [i < values.length ? values[i] : i === values.length ? after : null]);
  const MISSING = /no figure for the latest period/;

  test("KPI.QUESTIONS on a whole column asks nothing about a missing latest figure", () => {
    const outcome = callExcel("QUESTIONS", [column(EXCEL_ROWS)], false);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.cells.flat().join(" ")).not.toMatch(MISSING);
  });

  test("a typed marker after the last value is a missing figure, and is asked about", () => {
    const outcome = callExcel("QUESTIONS", [column(40, "n/a")], false);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.cells.flat().join(" ")).toMatch(MISSING);
  });

  test("KPI.NARRATIVE keeps a labelled period with no value as the latest, missing", () => {
    const labels = [[...values.map((_, i) => `Month ${i + 1}`), "Month 13", "", ""]];
    const row = [[...values, null, null, null]];
    const outcome = callExcel("NARRATIVE", [[["Visits"]], row, labels], false);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(String(outcome.cells[0][0])).toMatch(/Month 13/);
    const unlabelled = callExcel("NARRATIVE", [[["Visits"]], row], false);
    expect(unlabelled.ok).toBe(true);
    if (unlabelled.ok) expect(String(unlabelled.cells[0][0])).toMatch(/^Visits was 59 in the latest period/);
  });
});
