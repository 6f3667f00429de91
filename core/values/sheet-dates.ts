/**
 * Dates, date-times and durations from Google Sheets.
 *
 * A spreadsheet holds a date as a serial number: whole days since 30 December 1899, the time of
 * day as a fraction (Google Sheets API, DateTimeRenderOption SERIAL_NUMBER: "January 1st 1900 at
 * noon would be 2.5 ... February 1st 1900 at 3pm would be 33.625"; Excel's serials agree from
 * 1 March 1900 on). A duration is a serial too: 36 hours is 1.5. Excel hands a custom function
 * that number. Apps Script does not: "Times and dates in Sheets become Date objects in Apps
 * Script ... Duration values in Sheets also become Date objects" (Google, "Custom Functions in
 * Google Sheets", Data types). A duration of 0:30 arrives as 30 December 1899, 00:30.
 *
 * The Date is the moment at which a clock in the spreadsheet's time zone showed the cell's date
 * and time, and the script reads it in the script's time zone; Google's guide notes the two can
 * differ ("a rare problem") and the script then "needs to compensate". When they agree, the Date's
 * own calendar fields (getFullYear ... getMilliseconds) are exactly what the cell shows, so the
 * serial is rebuilt from them. Counting milliseconds from 1899-12-30 instead (getTime() minus an
 * epoch) would shift every value by the zone's offset from UTC (8 hours, a third of a day, in Los
 * Angeles), by an hour more in summer time than in winter, and, near 1899, by the local mean time
 * times then kept (Dublin's clocks ran 25 minutes behind Greenwich until 1916): durations would
 * read wrong everywhere but in UTC.
 */

/** Day 0 of spreadsheet serials, 30 December 1899, as a UTC time (Google Sheets API, SERIAL_NUMBER). */
const SERIAL_DAY_ZERO_UTC = Date.UTC(1899, 11, 30);
/** Milliseconds in a day of the calendar (serials count calendar days, whatever the clocks did). */
const MS_PER_DAY = 86_400_000;

/**
 * True for a JavaScript Date, whichever script realm made it (Apps Script's own Date, a test's).
 *
 * @example
 * isDateObject(new Date(2024, 0, 1)); // => true
 * isDateObject(45292);                // => false
 */
export function isDateObject(value: unknown): value is Date {
  return typeof value === "object" && value !== null && Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * The serial number a Google Sheets cell holds, from the Date Apps Script made of it: days since
 * 30 December 1899 with the time as a fraction of the day, read from the Date's calendar fields in
 * the script's time zone. An invalid Date gives NaN, which every reader treats as an empty cell.
 *
 * @example
 * sheetsSerial(new Date(2024, 0, 1));          // => 45292
 * sheetsSerial(new Date(1900, 0, 1, 12));      // => 2.5 (Google's own example)
 * sheetsSerial(new Date(1899, 11, 30, 0, 30)); // => 0.020833... (a duration of 0:30)
 * sheetsSerial(new Date(1899, 11, 31, 12));    // => 1.5 (a duration of 36:00:00)
 */
export function sheetsSerial(date: Date): number {
  if (Number.isNaN(date.getTime())) return NaN;
  // setUTCFullYear, unlike Date.UTC, keeps years 0 to 99 as they are.
  const day = new Date(0);
  day.setUTCFullYear(date.getFullYear(), date.getMonth(), date.getDate());
  const msOfDay = ((date.getHours() * 60 + date.getMinutes()) * 60 + date.getSeconds()) * 1000 + date.getMilliseconds();
  // One division of an exact whole number of milliseconds: the nearest double to the serial, as a
  // spreadsheet stores it (0:30 is the double nearest 1/48, the same number Excel passes).
  return (day.getTime() - SERIAL_DAY_ZERO_UTC + msOfDay) / MS_PER_DAY;
}
