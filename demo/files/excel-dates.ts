/**
 * Dates as Excel keeps them: a serial number of days in the 1900 date system, whose day 0 is taken
 * as 30 December 1899 so that serials from 61 (1 March 1900) on match Excel's, which counts the
 * non-existent 29 February 1900 (Microsoft, "Excel incorrectly assumes that the year 1900 is a leap
 * year", a Microsoft support article). 1 April 2024 is 45383.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** 30 December 1899, serial 0, in milliseconds since 1 January 1970 (UTC). */
const SERIAL_ZERO_MS = Date.UTC(1899, 11, 30);

/**
 * The Excel serial of a date read from a file (the reader gives dates at UTC midnight plus the
 * time of day), to the second.
 *
 * @example
 * excelSerial(new Date(Date.UTC(2024, 3, 1))); // => 45383
 */
export function excelSerial(date: Date): number {
  const seconds = Math.round((date.getTime() - SERIAL_ZERO_MS) / 1000);
  return seconds / (DAY_MS / 1000);
}

/** The number format the demo gives a date it opens: Excel's short date as a UK copy of Excel shows it. */
export const DATE_FORMAT = "dd/mm/yyyy";
/** The same with the time of day, for a date that has one. */
export const DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";

const two = (n: number) => String(n).padStart(2, "0");

/**
 * The text a date serial shows: `31/01/2024`, or `31/01/2024 09:30` when it has a time of day.
 * UK order, as Excel's default short date shows in the UK and as the pane reads dates.
 *
 * @example
 * shownDate(45383);      // => "01/04/2024"
 * shownDate(45383.5);    // => "01/04/2024 12:00"
 */
export function shownDate(serial: number): string {
  const date = new Date(SERIAL_ZERO_MS + Math.round(serial * DAY_MS));
  const day = `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  return Number.isInteger(serial) ? day : `${day} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}

/** The number format for a date serial: with the time of day when it has one. */
export function dateFormatOf(serial: number): string {
  return Number.isInteger(serial) ? DATE_FORMAT : DATE_TIME_FORMAT;
}
