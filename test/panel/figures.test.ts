/**
 * Figures as a committee reads them: each KPI at its own precision with its unit, a gap with its
 * direction, and the number formats the report and chart sheets carry, read back as Excel and
 * Google Sheets show them (format codes: sections positive;negative;zero, 0 and # digits,
 * thousands commas, % times 100, quoted text; Excel's "Review guidelines for customizing a number
 * format" and Google's "Date and number formats" guide describe the same codes).
 */
import { figureStyle, gapCell, gapFormat, roundFigure, showGap, showNumber, showValue, valueFormat } from "../../panel/shared/figures";

describe("a KPI's figures in the pane", () => {
  const percent = figureStyle("%", [18.3, 17.9, 17], 1);
  const fractions = figureStyle("%", [0.183, 0.179], 3);

  test("values at the KPI's precision with the unit, trailing zeros kept", () => {
    expect(showValue(22.25, percent)).toBe("22.3%");
    expect(showValue(18, percent)).toBe("18.0%");
    expect(showValue(0.2225, fractions)).toBe("22.3%");
    expect(showValue(17.358333333333338, percent, 1)).toBe("17.36%");
    expect(showValue(50755, figureStyle("tonnes", [50755], 0))).toBe("50,755 tonnes");
    expect(showValue(null, percent)).toBe("none");
  });

  test("a gap says its size, its unit and its direction: the issue's 22.3% against 18.3% is 4.0 points", () => {
    expect(showGap(4, percent, "the peer median of 22.3%")).toBe("4.0 percentage points better than the peer median of 22.3%");
    expect(showGap(-2.1, percent, "the peer median")).toBe("2.1 percentage points worse than the peer median");
    expect(showGap(0.04, fractions, "the peer median")).toBe("4.0 percentage points better than the peer median");
    expect(showGap(0.01, percent, "the peer median")).toBe("level with the peer median");
  });
});

describe("number formats of the sheets, read as the hosts show them", () => {
  test("values: one place with a literal %, a percentage kept as fractions with %, money, a unit word", () => {
    expect(valueFormat(figureStyle("%", [58.8], 1))).toBe('#,##0.0"%"');
    expect(showNumber(58.8, '#,##0.0"%"')).toBe("58.8%");
    expect(valueFormat(figureStyle("%", [0.588], 3))).toBe("#,##0.0%");
    expect(showNumber(0.588, "#,##0.0%")).toBe("58.8%");
    expect(showNumber(4.5, valueFormat(figureStyle("£", [4.5], 2)))).toBe("£4.50");
    expect(showNumber(12, valueFormat(figureStyle("days", [12], 0), 1))).toBe("12.0 days");
    expect(showNumber(1234567.891, "#,##0.00")).toBe("1,234,567.89");
  });

  test("a gap: better, worse or level by the sign, without a minus sign", () => {
    const code = gapFormat(figureStyle("%", [18.3], 1));
    expect(showNumber(4, code)).toBe("4.0 percentage points better");
    expect(showNumber(-2.1, code)).toBe("2.1 percentage points worse");
    expect(showNumber(0, code)).toBe("level");
    expect(showNumber(1500, gapFormat(figureStyle("£", [1500], 0)))).toBe("£1,500 better");
  });

  test("the cell holds the gap in the units shown, rounded; a mean is kept to one place more", () => {
    expect(gapCell(0.04, figureStyle("%", [0.183], 3))).toBe(4);
    // 22.25 - 18.3 computed is 3.9499999999999993: read to 12 significant digits it is 3.95, and rounds as 3.95 typed would.
    expect(gapCell(3.9499999999999993, figureStyle("%", [18.3], 1))).toBe(4);
    expect(roundFigure(17.358333333333338, figureStyle("", [17.9], 1), 1)).toBe(17.36);
  });

  test("without a format, a number shows as a General cell does: ten significant digits", () => {
    expect(showNumber(17.358333333333338)).toBe("17.35833333");
    expect(showNumber(3.9499999999999993, "General")).toBe("3.95");
  });

  test("huge figures show their digits, as a spreadsheet does, not 1e+300", () => {
    expect(showNumber(1e300, "#,##0")).toMatch(/^1,000,000,000,000,000(,000)+$/);
    expect(showNumber(-1e300, "#,##0.0")).toMatch(/^-1,000,(000,)+000\.0$/);
  });
});
