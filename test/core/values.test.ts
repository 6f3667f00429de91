import vm from "vm";
import { KpiError } from "../../core/errors";
import {
  applyExclusions,
  isDateObject,
  isExclusionMark,
  isMissingCell,
  isOmitted,
  normaliseCell,
  parseNumberCell,
  quoteCell,
  sheetsSerial,
  parseNumericText,
  readExclusions,
  readPerSeries,
  readPolarity,
  readSeriesSet,
  toGrid,
} from "../../core/values";

function issueOf(run: () => unknown): { code: string; message: string; kind: string } {
  try {
    run();
  } catch (error) {
    const kpi = error as KpiError;
    return { code: kpi.code, message: kpi.message, kind: kpi.kind };
  }
  throw new Error("expected a KpiError");
}

describe("cell conventions (docs/FORMULA-CONVENTIONS.md, 'Cells')", () => {
  test.each([
    ["1,234", 1234],
    ["45%", 0.45],
    ["£2.50", 2.5],
    [" 12 ", 12],
    ["-3.5", -3.5],
    ["1,234,567.5", 1234567.5],
    ["-£1,000", -1000],
    ["1e3", 1000],
  ])("numeric text %p reads as %p", (text, expected) => {
    expect(parseNumericText(text)).toBeCloseTo(expected, 12);
  });

  test.each(["-", "..", "n/a", "N/A", "na", "x", "X", "*", ":", "c", " c ", "", "#N/A", "#DIV/0!", "#VALUE!"])(
    "missing marker %p is a gap",
    (marker) => {
      expect(parseNumberCell(marker, "values", "value 1")).toBeNull();
    },
  );

  test("empty cells as Excel (null) and Sheets ('') both read as gaps", () => {
    expect(readSeriesSet([[1, null, 3]], "values", "value").series).toEqual([[1, null, 3]]);
    expect(readSeriesSet([[1, "", 3]], "values", "value").series).toEqual([[1, null, 3]]);
    expect(readSeriesSet([[1], [undefined], [3]], "values", "value").series).toEqual([[1, null, 3]]);
  });

  test("an Excel error object is a gap", () => {
    expect(parseNumberCell({ type: "Error", errorType: "NotAvailable" }, "values", "value 1")).toBeNull();
  });

  test("text that is not a number names the cell and says how to fix it", () => {
    const issue = issueOf(() => readSeriesSet([[1, 2, "tbc"]], "values", "value"));
    expect(issue).toEqual({ code: "not_a_number", kind: "argument", message: 'value 3 ("tbc") is not a number; leave it blank or enter a number' });
  });

  test("TRUE/FALSE is not a number", () => {
    expect(issueOf(() => readSeriesSet([[true, 2]], "values", "value")).message).toBe(
      "value 1 (TRUE) is not a number; leave it blank or enter a number",
    );
  });

  test("a checkbox column passed as values names its first box (docs/FORMULA-CONVENTIONS.md, Cells: TRUE/FALSE is an error)", () => {
    expect(issueOf(() => readSeriesSet([[3], [false], [true]], "values", "value")).message).toBe(
      "value 2 (FALSE) is not a number; leave it blank or enter a number",
    );
  });

  test("a cell in a block is named by row and position", () => {
    expect(issueOf(() => readSeriesSet([[1, 2], [3, "abc"]], "values", "value")).message).toBe(
      'row 2, value 2 ("abc") is not a number; leave it blank or enter a number',
    );
  });
});

describe("series shapes (docs/FORMULA-CONVENTIONS.md, 'Series')", () => {
  test("a single row and a single column are one series", () => {
    expect(readSeriesSet([[1, 2, 3]], "values", "value")).toMatchObject({ series: [[1, 2, 3]], isBlock: false, isColumn: false });
    expect(readSeriesSet([[1], [2], [3]], "values", "value")).toMatchObject({ series: [[1, 2, 3]], isBlock: false, isColumn: true });
  });

  test("a block is one series per row", () => {
    const set = readSeriesSet([[1, 2, 3], [4, 5, 6]], "values", "value");
    expect(set.isBlock).toBe(true);
    expect(set.series).toEqual([[1, 2, 3], [4, 5, 6]]);
  });

  test("a Sheets single cell (a plain value) is a series of one", () => {
    expect(readSeriesSet(7, "values", "value").series).toEqual([[7]]);
    expect(toGrid("x")).toEqual([["x"]]);
  });

  test("a gap keeps the period's position", () => {
    expect(readSeriesSet([[1, "", "", 4]], "values", "value").series[0]).toEqual([1, null, null, 4]);
  });
});

describe("optional arguments", () => {
  test.each([undefined, null, "", [[null]], [[""]], [["", null]]])("%p is omitted", (raw) => {
    expect(isOmitted(raw)).toBe(true);
  });
  test("a value is not omitted", () => {
    expect(isOmitted(0)).toBe(false);
    expect(isOmitted([["lower"]])).toBe(false);
  });
});

describe("polarity words (docs/FORMULA-CONVENTIONS.md, 'Polarity')", () => {
  test.each([
    [undefined, "higher"],
    ["higher", "higher"],
    ["Lower", "lower"],
    ["neutral", "neutral"],
    ["up", "higher"],
    ["DOWN", "lower"],
    ["Higher is better", "higher"],
    ["lower is  better", "lower"],
    [1, "higher"],
    [-1, "lower"],
    [0, "neutral"],
    [[["lower"]], "lower"],
  ])("%p means %p", (raw, expected) => {
    expect(readPolarity(raw)).toBe(expected);
  });

  test("anything else lists the accepted words", () => {
    expect(issueOf(() => readPolarity("upwards"))).toEqual({
      code: "unknown_option",
      kind: "argument",
      message:
        'polarity "upwards" is not recognised; use one of "higher", "lower", "neutral", "up", "down", "higher is better", "lower is better", "1", "-1", "0"',
    });
  });

  test("one polarity per KPI row", () => {
    expect(readPerSeries([["higher"], ["lower"]], 2, "polarity", (cell) => readPolarity(cell))).toEqual(["higher", "lower"]);
    expect(issueOf(() => readPerSeries([["higher"], ["lower"], ["up"]], 2, "polarity", (cell) => readPolarity(cell))).code).toBe(
      "length_mismatch",
    );
  });
});

describe("leaving periods out (docs/FORMULA-CONVENTIONS.md, 'Leaving periods out')", () => {
  const set = readSeriesSet([[1, 2, 3, 4]], "values", "value");

  test("non-empty cells mark periods; they keep their position", () => {
    const masks = readExclusions([["", "covid", "", ""]], set);
    expect(applyExclusions(set, masks)).toEqual([[1, null, 3, 4]]);
  });

  test("a mask of another shape is refused", () => {
    expect(issueOf(() => readExclusions([["", "x"]], set)).message).toBe(
      "exclude has 1 row by 2 columns but values has 1 row by 4 columns; give ranges of the same size",
    );
  });

  test("leaving out every period is refused", () => {
    const masks = readExclusions([["x", "x", "x", "x"]], set);
    expect(issueOf(() => applyExclusions(set, masks)).message).toBe(
      "exclude leaves out every period; mark only the periods to leave out and keep the rest blank",
    );
  });
});

describe("dates and durations from Google Sheets (see test/hosts/sheets-dates.test.ts for time zones)", () => {
  test("a Date reads as the serial number the cell holds, wherever it is read", () => {
    // Google Sheets API, SERIAL_NUMBER: 1 January 1900 at noon is 2.5; Microsoft's DATE help: 1 January 2008 is 39448
    expect(parseNumberCell(new Date(1900, 0, 1, 12), "values", "value 1")).toBe(2.5);
    expect(readSeriesSet([[new Date(2008, 0, 1), 3]], "values", "value").series).toEqual([[39448, 3]]);
    expect(toGrid(new Date(1899, 11, 31, 12))).toEqual([[1.5]]); // a duration of 36:00:00, as a single cell
    expect(normaliseCell(new Date(1899, 11, 30, 0, 30))).toBe(1 / 48); // 0:30
  });

  test("a Date made by another script realm (as Apps Script's own) is a Date too", () => {
    const foreign = vm.runInNewContext("new Date(2008, 0, 1)");
    expect(foreign instanceof Date).toBe(false);
    expect(isDateObject(foreign)).toBe(true);
    expect(sheetsSerial(foreign)).toBe(39448);
  });

  test("an invalid Date is an empty cell; a Date in a message shows its serial", () => {
    expect(parseNumberCell(new Date(Number.NaN), "values", "value 1")).toBeNull();
    expect(isMissingCell(new Date(Number.NaN))).toBe(true);
    expect(isMissingCell(new Date(2008, 0, 1))).toBe(false);
    expect(quoteCell(new Date(2008, 0, 1))).toBe("39448");
  });
});

describe("error cells as each host passes them", () => {
  test.each([
    ["Sheets text", "#N/A", "#N/A"],
    ["CustomFunctions.Error", Object.assign(new Error(""), { code: "#DIV/0!" }), "#DIV/0!"],
    ["Excel.ErrorCellValue with its text", { type: "Error", errorType: "NotAvailable", basicValue: "#N/A" }, "#N/A"],
    ["Excel.ErrorCellValue with no text", { type: "Error", errorType: "Ref" }, "#REF!"],
    ["an Error with no code", new Error("boom"), "#VALUE!"],
  ])("%s reads as the error text Sheets passes, and as a gap", (_name, cell, text) => {
    expect(normaliseCell(cell)).toBe(text);
    expect(isMissingCell(cell)).toBe(true);
    expect(parseNumberCell(cell, "values", "value 1")).toBeNull();
    expect(quoteCell(cell)).toBe(`"${text}"`);
  });

  test("every error text Sheets can show is a gap; missing-value markers stay markers", () => {
    for (const text of ["#N/A", "#DIV/0!", "#DIV/0", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#ERROR!"]) {
      expect(parseNumberCell(text, "values", "value 1")).toBeNull();
    }
    expect(normaliseCell("N/A")).toBe("N/A");
  });
});

describe("checkboxes and marks in exclude", () => {
  const set = readSeriesSet([[1, 2, 3, 4]], "values", "value");

  test.each([
    [true, true],
    ["covid", true],
    ["x", true],
    [1, true],
    [false, false],
    [0, false],
    ["", false],
    [" ", false],
    [null, false],
    ["#N/A", false],
    [Number.NaN, false],
  ])("exclude cell %p leaves its period out: %p", (cell, marked) => {
    expect(isExclusionMark(cell)).toBe(marked);
  });

  test("a row of unticked boxes with one ticked leaves out only that period", () => {
    expect(applyExclusions(set, readExclusions([[false, true, false, false]], set))).toEqual([[1, null, 3, 4]]);
    expect(applyExclusions(set, readExclusions([[false, false, false, false]], set))).toEqual([[1, 2, 3, 4]]);
  });

  test("an Excel error object in exclude keeps its period, as the same cell does in Sheets", () => {
    const error = { type: "Error", errorType: "NotAvailable" };
    expect(readExclusions([[error, "covid", error, error]], set)).toEqual(readExclusions([["#N/A", "covid", "#N/A", "#N/A"]], set));
  });
});
