/**
 * Cells as the two hosts really hand them over, through the BUILT bundles: checkboxes (TRUE and
 * FALSE in Google Sheets and in Excel 365), error cells (text such as "#N/A" in Sheets; objects in
 * Excel, whose functions.json sets allowErrorForDataTypeAny) and empty cells (null in Excel, "" in
 * Sheets, 0 in older Excel desktop builds: office-js issues 4702 and 5262).
 */
import { StandInCustomFunctionsError, grid, plain, single, tryExcel, trySheets } from "../helpers/bundles";

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

/** 12 monthly values with one odd month (the 8th). */
const values = [[31], [33], [30], [32], [34], [31], [33], [70], [32], [30], [33], [31]];
/** KPI.SPC's arguments before exclude: values, polarity, target, baseline_points, headers, rules, run_length, rebase. */
const spcArguments = (exclude: unknown): unknown[] => [values, "", "", "", "", "", "", "", exclude];
/** The variation column of a KPI.SPC result, header row dropped. */
const variations = (result: unknown): unknown[] => plain(grid(result)).slice(1).map((row) => row[5]);

/** Spreadsheet error values, as the Sheets cell shows them. */
const ERROR_CODES = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#ERROR!"];

describe("checkboxes in exclude", () => {
  const ticked = values.map((_, i) => [i === 7]);

  test.each(hosts)("%s: a column of FALSE with one TRUE leaves out exactly that period", (_host, call) => {
    const marks = variations(call("SPC", ...spcArguments(ticked)));
    expect(marks.filter((mark) => mark === "Excluded")).toHaveLength(1);
    expect(marks[7]).toBe("Excluded");
    // Without the odd month the limits are those of the other 11, so no other point is special
    expect(marks.filter((mark) => mark !== "Common cause" && mark !== "Excluded")).toEqual([]);
  });

  test("both hosts give the same chart", () => {
    expect(plain(grid(tryExcel("SPC", ...spcArguments(ticked))))).toEqual(plain(grid(trySheets("SPC", ...spcArguments(ticked)))));
  });

  test.each(hosts)("%s: unticked boxes, and the 0 older Excel builds pass for a blank, leave nothing out", (_host, call) => {
    const plainChart = plain(grid(call("SPC", ...spcArguments(""))));
    expect(plain(grid(call("SPC", ...spcArguments(values.map(() => [false])))))).toEqual(plainChart);
    expect(plain(grid(call("SPC", ...spcArguments(values.map(() => [0])))))).toEqual(plainChart);
    expect(single(call("SENSLOPE", values, values.map(() => [false])))).toBe(single(call("SENSLOPE", values)));
  });

  test.each(hosts)("%s: a note or an x still leaves its period out", (_host, call) => {
    const noted = values.map((_, i) => [i === 7 ? "covid" : i === 8 ? "x" : ""]);
    const marks = variations(call("SPC", ...spcArguments(noted)));
    expect(marks.filter((mark) => mark === "Excluded")).toHaveLength(2);
  });
});

describe("checkboxes as values", () => {
  // docs/FORMULA-CONVENTIONS.md, "Cells": "Any other text, and TRUE/FALSE, is an error that names the cell"
  test.each(hosts)("%s: a column of TRUE/FALSE is not a KPI, and the message names the first box", (_host, call) => {
    const result = call("SENSLOPE", [[false], [true], [false]]) as { failed: boolean; message: string };
    expect(result.failed).toBe(true);
    expect(result.message).toMatch(/: value 1 \(FALSE\) is not a number; leave it blank or enter a number$/);
  });
});

describe("error cells", () => {
  const withGap = [[31], [33], [""], [32], [34], [31]];

  test.each(ERROR_CODES)("Sheets: %s passed as text is a gap, not text that is not a number", (code) => {
    const withError = withGap.map((row) => (row[0] === "" ? [code] : row));
    expect(trySheets("SENSLOPE", withError)).toEqual(trySheets("SENSLOPE", withGap));
    expect(plain(grid(trySheets("SPC", withError)))).toEqual(plain(grid(trySheets("SPC", withGap))));
  });

  test("Sheets: a single cell holding an error is an empty KPI, not a wrong argument", () => {
    expect(trySheets("SENSLOPE", "#N/A")).toEqual(trySheets("SENSLOPE", ""));
  });

  // Excel's error objects: a CustomFunctions.Error (the stand-in of the bundle loader), and a
  // data-type error value (Excel.ErrorCellValue: type "Error", errorType, basicValue).
  const excelErrors: [string, unknown][] = [
    ["CustomFunctions.Error #N/A", new StandInCustomFunctionsError("#N/A", "")],
    ["CustomFunctions.Error #DIV/0!", new StandInCustomFunctionsError("#DIV/0!", "")],
    ["ErrorCellValue NotAvailable", { type: "Error", errorType: "NotAvailable", basicValue: "#N/A" }],
    ["ErrorCellValue Div0 with no text", { type: "Error", errorType: "Div0" }],
  ];

  test.each(excelErrors)("Excel: %s is a gap, as the same cell is in Sheets", (_name, error) => {
    const excelGap = withGap.map((row) => (row[0] === "" ? [null] : row));
    const withError = withGap.map((row) => (row[0] === "" ? [error] : row));
    expect(tryExcel("SENSLOPE", withError)).toEqual(tryExcel("SENSLOPE", excelGap));
    expect(plain(grid(tryExcel("SPC", withError)))).toEqual(plain(grid(trySheets("SPC", withGap))));
  });

  test.each(hosts)("%s: an error in exclude keeps its period (a lookup that found no mark)", (host, call) => {
    const lookedUp = values.map((_, i) => [i === 7 ? "covid" : host === "Excel" ? new StandInCustomFunctionsError("#N/A", "") : "#N/A"]);
    const marks = variations(call("SPC", ...spcArguments(lookedUp)));
    expect(marks.filter((mark) => mark === "Excluded")).toHaveLength(1);
    expect(marks[7]).toBe("Excluded");
  });

  test("an error where a word belongs is quoted alike in both hosts", () => {
    const excel = tryExcel("DIRECTION", [[1, 2, 3, 4, 5]], [[new StandInCustomFunctionsError("#N/A", "")]]) as { message: string };
    const sheets = trySheets("DIRECTION", [[1, 2, 3, 4, 5]], "#N/A") as { message: string };
    expect(excel.message.replace("KPI.", "KPI_")).toBe(sheets.message);
    expect(sheets.message).toMatch(/^KPI_DIRECTION: polarity "#N\/A" is not recognised; /);
  });
});
