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
