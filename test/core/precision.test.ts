/**
 * decimalsOfNumber's fast path (exact arithmetic below 1e6) must give the places the reading to 12
 * significant digits gives: the reference below is that reading written out on its own.
 */
import fc from "fast-check";
import { MAX_DECIMALS, decimalsOfNumber } from "../../core/values/precision";

/** The places of a figure read to 12 significant digits, trailing zeros dropped (the definition). */
function placesAt12Digits(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  const [mantissa, exponentText] = Math.abs(value).toPrecision(12).split("e");
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const fraction = (mantissa.split(".")[1] ?? "").replace(/0+$/, "");
  return Math.min(MAX_DECIMALS, Math.max(0, fraction.length - exponent));
}

describe("decimalsOfNumber", () => {
  test.each([
    [58.8, 1],
    [50755, 0],
    [0.1 + 0.2, 1],
    [17.358333333333338, 6],
    [-3.25, 2],
    [0.000125, 6],
    [999999.5, 1],
  ])("%p has %p places", (value, places) => {
    expect(decimalsOfNumber(value)).toBe(places);
    expect(placesAt12Digits(value)).toBe(places);
  });

  test("figures written with up to eight places, and sums of them, read as at 12 significant digits", () => {
    const written = fc.tuple(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), fc.integer({ min: 0, max: 8 })).map(([units, places]) => units / 10 ** places);
    fc.assert(
      fc.property(written, written, (a, b) => {
        expect(decimalsOfNumber(a)).toBe(placesAt12Digits(a));
        expect(decimalsOfNumber(a + b)).toBe(placesAt12Digits(a + b));
        expect(decimalsOfNumber(a / 3)).toBe(placesAt12Digits(a / 3));
      }),
      { numRuns: 20000 },
    );
  });

  test("any double reads as at 12 significant digits", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e7, max: 1e7 }), (value) => {
        expect(decimalsOfNumber(value)).toBe(placesAt12Digits(value));
      }),
      { numRuns: 20000 },
    );
  });
});
