/**
 * A browser language Intl rejects falls back to en-GB before the chart library reads it. Node's
 * Intl rejects "en-US@posix" as Chromium's does (the language a browser started with LANG=C
 * reports), so the check runs here against the real Intl; the browser test loads the demo with
 * that language.
 */
import { FALLBACK_LANGUAGE, usableLanguage } from "../../panel/shared/locale-guard";

describe("usableLanguage", () => {
  test("a language Intl accepts is kept", () => {
    expect(usableLanguage("en-US")).toBe("en-US");
    expect(usableLanguage("cy-GB")).toBe("cy-GB");
  });

  test("a language Intl rejects, or none, gives en-GB", () => {
    expect(() => new Intl.NumberFormat("en-US@posix")).toThrow(RangeError);
    expect(usableLanguage("en-US@posix")).toBe(FALLBACK_LANGUAGE);
    expect(usableLanguage("")).toBe("en-GB");
    expect(usableLanguage(undefined)).toBe("en-GB");
  });
});
