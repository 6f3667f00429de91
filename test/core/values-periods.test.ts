/**
 * The one periods vocabulary (core/values/periods.ts) the formulas, the narrative and the panel
 * share: what looks like a period, their order, and a date as a period label. The Excel serials are
 * Excel's own: DATE(2024,4,1) = 45383 and DATE(2024,4,15) = 45397 (day 0 is 30 Dec 1899).
 */
import {
  MONTH_NAMES,
  dateLabel,
  dateSerialLabel,
  isDateObject,
  looksLikePeriod,
  looksLikeShownDate,
  monthLabel,
  monthNumber,
  orderPeriods,
  periodMonths,
  periodSortKey,
  yearLabel,
  yearOfMonth,
} from "../../core/values/periods";

describe("month names", () => {
  test("twelve short names, January first, and each month word read back to its number", () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES.map((name) => monthNumber(name))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect([monthNumber("September"), monthNumber("sept"), monthNumber("APRIL"), monthNumber("Wave")]).toEqual([9, 9, 4, 0]);
  });
});

describe("looksLikePeriod", () => {
  test.each(["2023/24", "2019-20", "Q3 2022", "Apr 2024", "Jan-23", "September 2023", "Quarter 1", "23/24", "P3", "M12"])("%s is a period heading", (heading) => {
    expect(looksLikePeriod(heading)).toBe(true);
  });

  test.each(["Target", "Owner", "Notes", "Decrease", "Mayor's priority", "Marks"])("%s is not", (heading) => {
    expect(looksLikePeriod(heading)).toBe(false);
  });

  test("a number is a period only as a whole year from 1900 to 2100", () => {
    expect([looksLikePeriod(2021), looksLikePeriod(12), looksLikePeriod(2021.5), looksLikePeriod(null), looksLikePeriod(true)]).toEqual([true, false, false, false, false]);
  });
});

describe("the order of periods", () => {
  test("by year, then quarter or month; labels without a year keep their order", () => {
    expect(periodSortKey("Q2 2024")).toBe(202406);
    expect(periodSortKey("Apr 2024")).toBe(202404);
    expect(periodSortKey("Wave 1")).toBeUndefined();
    expect(orderPeriods(["2023 Q2", "2022 Q4", "2023 Q1", "2022 Q4"])).toEqual(["2022 Q4", "2023 Q1", "2023 Q2"]);
    expect(orderPeriods(["Jun 2024", "Apr 2024", "May 2024"])).toEqual(["Apr 2024", "May 2024", "Jun 2024"]);
    expect(orderPeriods(["Latest", "Previous"])).toEqual(["Latest", "Previous"]);
  });
});

describe("dates as period labels", () => {
  test("the first of a month reads as the month, another day with its day", () => {
    expect(dateLabel(2024, 3, 1)).toBe("Apr 2024");
    expect(dateLabel(2024, 3, 15)).toBe("15 Apr 2024");
  });

  test("Excel's date serials from 1990 to 2100 read as dates; years and other numbers do not", () => {
    expect(dateSerialLabel(45383)).toBe("Apr 2024");
    expect(dateSerialLabel(45397)).toBe("15 Apr 2024");
    expect([dateSerialLabel(2024), dateSerialLabel(45383.5), dateSerialLabel(80000)]).toEqual([undefined, undefined, undefined]);
  });

  test("a date object (as Apps Script hands over a date cell) and the text a sheet shows for a date", () => {
    expect([isDateObject(new Date(2024, 3, 1)), isDateObject("Apr 2024"), isDateObject(45383)]).toEqual([true, false, false]);
    for (const shown of ["Apr-24", "April 2024", "1 Apr 2024", "01/04/2024"]) expect(looksLikeShownDate(shown)).toBe(true);
    for (const shown of ["45383", "2023/24", "Recycling"]) expect(looksLikeShownDate(shown)).toBe(false);
  });
});

describe("periods placed in time: the months a label covers (periodMonths)", () => {
  const month = (year: number, number: number) => year * 12 + number - 1;

  test.each([
    ["Apr-24", month(2024, 4)],
    ["Apr 24", month(2024, 4)],
    ["Apr 2024", month(2024, 4)],
    ["April 2024", month(2024, 4)],
    ["Sept '24", month(2024, 9)],
    ["2024-04", month(2024, 4)],
    ["2024/4", month(2024, 4)],
    ["04/2024", month(2024, 4)],
    ["Mar-99", month(1999, 3)],
  ])("the month %s", (label, first) => {
    expect(periodMonths(label)).toEqual({ first, months: 1, fromDate: false });
  });

  test.each([
    ["Q1 2024/25", month(2024, 4)],
    ["Q4 2024/25", month(2025, 1)],
    ["2024/25 Q2", month(2024, 7)],
    ["Qtr 3 2024-25", month(2024, 10)],
    ["Quarter 1 24/25", month(2024, 4)],
    ["Q1 FY2024/25", month(2024, 4)],
    ["2024 Q1", month(2024, 1)],
    ["2024Q3", month(2024, 7)],
    ["Q2 2024", month(2024, 4)],
    ["Apr-Jun 2024", month(2024, 4)],
    ["January to March 25", month(2025, 1)],
  ])("the quarter %s: financial with a financial year, calendar with a calendar year", (label, first) => {
    expect(periodMonths(label)).toEqual({ first, months: 3, fromDate: false });
  });

  test("years: the financial year from April, a calendar year from January; 2011-12 is a month unless the labels are years", () => {
    expect(periodMonths("2023/24")).toEqual({ first: month(2023, 4), months: 12, fromDate: false });
    expect(periodMonths(2024)).toEqual({ first: month(2024, 1), months: 12, fromDate: false });
    expect(periodMonths("2011-12")).toEqual({ first: month(2011, 12), months: 1, fromDate: false });
    expect(periodMonths("2011-12", 1)).toEqual({ first: month(2011, 4), months: 12, fromDate: false });
  });

  test("dates: Excel serials (DATE(2024,4,30) = 45412), date-times, and written dates, as the month they fall in", () => {
    for (const date of [45412, 45412.75, "2024-04-30", "30/04/2024"]) expect(periodMonths(date)).toEqual({ first: month(2024, 4), months: 1, fromDate: true });
  });

  test("what cannot be placed in time is not a period", () => {
    for (const label of ["April", "Q1", "Wave 1", "Apr-Jul 2024", "", 12, 45383.5e6, true, null]) expect(periodMonths(label)).toBeUndefined();
  });

  test("the year a month is in, and years and months as labels", () => {
    expect([yearOfMonth(month(2025, 3), 4), yearOfMonth(month(2025, 4), 4), yearOfMonth(month(2025, 3), 1)]).toEqual([2024, 2025, 2025]);
    expect([yearLabel(2024, 4), yearLabel(2009, 4), yearLabel(2099, 4), yearLabel(2024, 1)]).toEqual(["2024/25", "2009/10", "2099/00", "2024"]);
    expect(monthLabel(month(2024, 4))).toBe("Apr 2024");
  });
});
