/**
 * Dates, date-times and durations from Google Sheets, through the BUILT Code.js, in more than one
 * time zone.
 *
 * Apps Script hands a custom function a date, date-time or duration cell as a JavaScript Date
 * (Google, "Custom Functions in Google Sheets", Data types), made for the wall-clock date and time
 * the cell shows in the script's time zone. The stand-in here makes each Date the same way, from
 * its calendar fields (`new Date(year, month, day, hours, minutes)`) in this process's time zone.
 * Excel hands over the serial number the cell holds: days since 30 December 1899, the time as a
 * fraction (Google Sheets API, DateTimeRenderOption SERIAL_NUMBER). The same sheet must give the
 * same answer either way.
 *
 * Run directly, this file also runs itself again under TZ=Europe/London and
 * TZ=America/Los_Angeles (child jest processes, in parallel), since a reading that counted
 * milliseconds from an epoch would pass in UTC and fail in Los Angeles.
 */
import { spawn } from "child_process";
import path from "path";
import { sheetsSerial } from "../../core/values";
import { grid, plain, single, tryExcel, trySheets } from "../helpers/bundles";

/** The time zones each run covers: the UK's, and one eight hours behind UTC with its own summer time. */
const ZONES = ["Europe/London", "America/Los_Angeles"] as const;
/** Set in the child runs, to the zone the child was started in. */
const CHILD_ZONE = process.env.KPI_TZ_CHILD;

/**
 * A serial number: whole days since 30 December 1899 plus minutes, divided once, so that it is
 * the double a spreadsheet holds for that date and time (and that Excel passes).
 */
function serial(days: number, minutes = 0): number {
  return (days * 1440 + minutes) / 1440;
}

/**
 * 1 January 2024 is serial 45292: Microsoft's DATE help gives 39448 for 1 January 2008, and the 16
 * years between hold four 29 Februarys (16 x 365 + 4 = 5844 days).
 */
const JAN_1_2024 = 45292;

/** A duration cell as Apps Script passes it: the Date that many days and minutes after 30 Dec 1899, 00:00. */
function durationDate(days: number, minutes = 0): Date {
  return new Date(1899, 11, 30 + days, 0, minutes);
}

if (CHILD_ZONE === undefined) {
  describe("in each time zone", () => {
    test(`every test of this file passes under TZ=${ZONES.join(" and TZ=")}`, async () => {
      const jest = require.resolve("jest/bin/jest");
      const runs = ZONES.map(
        (zone) =>
          new Promise<{ zone: string; code: number | null; output: string }>((resolve) => {
            const child = spawn(process.execPath, [jest, "--ci", "--runTestsByPath", __filename], {
              cwd: path.resolve(__dirname, "../.."),
              env: { ...process.env, TZ: zone, KPI_TZ_CHILD: zone },
            });
            let output = "";
            child.stdout.on("data", (chunk) => (output += chunk));
            child.stderr.on("data", (chunk) => (output += chunk));
            child.on("close", (code) => resolve({ zone, code, output }));
          }),
      );
      for (const run of await Promise.all(runs)) {
        if (run.code !== 0) throw new Error(`TZ=${run.zone}: the date tests failed\n${run.output}`);
        // The child really ran the tests below (jest prints the count on stderr).
        expect(run.output).toMatch(/Tests:\s+\d+ passed, \d+ total/);
      }
    });
  });
}

describe(`dates and durations from Sheets (TZ=${process.env.TZ ?? "as set"})`, () => {
  test("the child run is in the zone it was started in", () => {
    // Offsets from the IANA time zone database: London GMT in winter, BST in summer; Los Angeles PST, PDT.
    const offsets: Record<string, [number, number]> = { "Europe/London": [0, -60], "America/Los_Angeles": [480, 420] };
    if (CHILD_ZONE === undefined) return;
    expect([new Date(2024, 0, 15).getTimezoneOffset(), new Date(2024, 6, 15).getTimezoneOffset()]).toEqual(offsets[CHILD_ZONE]);
  });

  test("dates at midnight read as whole serial numbers, in winter and in summer time", () => {
    expect(sheetsSerial(new Date(2008, 0, 1))).toBe(39448); // Microsoft's DATE help
    expect(sheetsSerial(new Date(2024, 0, 1))).toBe(JAN_1_2024);
    // 1 July 2024: 182 days after 1 January (31 + 29 + 31 + 30 + 31 + 30), in summer time in both zones
    expect(sheetsSerial(new Date(2024, 6, 1))).toBe(JAN_1_2024 + 182);
  });

  test("date-times keep their time as a fraction of the day (Google's own examples)", () => {
    // Google Sheets API, SERIAL_NUMBER: 1 January 1900 at noon is 2.5; 1 February 1900 at 3pm is 33.625
    expect(sheetsSerial(new Date(1900, 0, 1, 12))).toBe(2.5);
    expect(sheetsSerial(new Date(1900, 1, 1, 15))).toBe(33.625);
    expect(sheetsSerial(new Date(2024, 6, 1, 13, 30))).toBe(serial(JAN_1_2024 + 182, 13 * 60 + 30));
    // 27 October 2024 is the day British summer time ends; 23:59 is on the clock either way
    expect(sheetsSerial(new Date(2024, 9, 27, 23, 59))).toBe(serial(JAN_1_2024 + 300, 23 * 60 + 59));
  });

  test("durations read as days, near the 1899 epoch where no summer time applies", () => {
    expect(sheetsSerial(durationDate(0, 30))).toBe(1 / 48); // 0:30
    expect(sheetsSerial(durationDate(0, 0))).toBe(0); // 0:00
    expect(sheetsSerial(durationDate(1, 12 * 60))).toBe(1.5); // 36:00:00
    expect(sheetsSerial(durationDate(56))).toBe(56); // 1344:00:00, eight weeks
    // A negative duration (-0:30) is a Date half an hour before the epoch
    expect(sheetsSerial(durationDate(0, -30))).toBe(-1 / 48);
  });

  describe("through the built Code.js, as Excel would read the same sheet", () => {
    // Days to a decision (statutory limit 56 days): whole days, days and hours, 0:30, on and past the limit.
    const days: [number, number][] = [[10, 0], [20, 12 * 60], [30, 6 * 60], [55, 0], [55, 23 * 60 + 30], [56, 0], [0, 30], [0, 12 * 60], [70, 0]];
    const asDates = days.map(([d, m]) => [durationDate(d, m)]);
    const asNumbers = days.map(([d, m]) => [serial(d, m)]);

    test("KPI_DEADLINE over durations given as Dates equals the same call over the day counts", () => {
      const sheets = plain(grid(trySheets("DEADLINE", asDates, 56)));
      expect(sheets).toEqual(plain(grid(trySheets("DEADLINE", asNumbers, 56))));
      expect(sheets).toEqual(plain(grid(tryExcel("DEADLINE", asNumbers, 56))));
      // 8 of the 9 cases within 56 days; 3 of those 8 in the last 14 days (the default window, 56 / 4)
      expect(sheets[0][5]).toBe(8 / 9);
      expect(sheets[0][0]).toBe(3 / 8);
    });

    test("a single duration cell (Sheets passes the Date itself) and a negative duration read as Excel reads them", () => {
      expect(trySheets("DEADLINE", durationDate(20, 12 * 60), 56)).toEqual(trySheets("DEADLINE", 20.5, 56));
      const negative = trySheets("DEADLINE", [[durationDate(0, -30)], [durationDate(3)]], 56);
      expect(negative).toEqual(trySheets("DEADLINE", [[-1 / 48], [3]], 56));
      expect((negative as { message: string }).message).toBe(
        `KPI_DEADLINE: durations has a negative value in duration 1 (${-1 / 48}); enter the time each case took, 0 or more`,
      );
    });

    test("KPI_SENSLOPE over date-valued cells equals it over their serials (days per period)", () => {
      const dates = [new Date(2024, 0, 1), new Date(2024, 1, 1, 9, 30), new Date(2024, 2, 31, 17), new Date(2024, 6, 1), new Date(2024, 9, 27, 23, 59)];
      const serials = [serial(JAN_1_2024), serial(JAN_1_2024 + 31, 9 * 60 + 30), serial(JAN_1_2024 + 90, 17 * 60), serial(JAN_1_2024 + 182), serial(JAN_1_2024 + 300, 23 * 60 + 59)];
      const slope = single(trySheets("SENSLOPE", dates.map((date) => [date])));
      expect(slope).toBe(single(trySheets("SENSLOPE", serials.map((value) => [value]))));
      expect(slope).toBe(single(tryExcel("SENSLOPE", serials.map((value) => [value]))));
      // A row of dates, and a block of two rows, read the same way
      expect(single(trySheets("SENSLOPE", [dates]))).toBe(slope);
      expect(plain(grid(trySheets("SENSLOPE", [dates, dates])))).toEqual([[slope], [slope]]);
    });
  });
});
