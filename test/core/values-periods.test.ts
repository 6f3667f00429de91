/**
 * The one periods vocabulary (core/values/periods.ts) the formulas, the narrative and the panel
 * share: what looks like a period, their order, and a date as a period label. The Excel serials are
 * Excel's own: DATE(2024,4,1) = 45383 and DATE(2024,4,15) = 45397 (day 0 is 30 Dec 1899).
 */
import { MONTH_NAMES, dateLabel, dateSerialLabel, isDateObject, looksLikePeriod, looksLikeShownDate, monthNumber, orderPeriods, periodSortKey } from "../../core/values/periods";

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
