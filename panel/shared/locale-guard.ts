/**
 * The browser's language, made safe for Intl before any module formats a number with it. A browser
 * started without a locale (LANG=C, as in a bare container or some remote desktops) reports
 * `navigator.language` as "en-US@posix", which `new Intl.NumberFormat(...)` rejects with a
 * RangeError; the chart library reads the language when it loads, so the whole pane would fail to
 * start. Imported for its effect, before the chart library, by the module that draws the charts.
 */

/** The language used when the browser's own is one Intl rejects: the pane writes UK English. */
export const FALLBACK_LANGUAGE = "en-GB";

/**
 * The language if Intl accepts it, else {@link FALLBACK_LANGUAGE}.
 *
 * @example
 * usableLanguage("en-US");       // => "en-US"
 * usableLanguage("en-US@posix"); // => "en-GB"
 * usableLanguage(undefined);     // => "en-GB"
 */
export function usableLanguage(language: string | undefined | null): string {
  if (!language) return FALLBACK_LANGUAGE;
  try {
    new Intl.NumberFormat(language);
    return language;
  } catch {
    return FALLBACK_LANGUAGE;
  }
}

/**
 * Replaces a language Intl rejects on this page's `navigator` (an own property of the page's
 * navigator object; the browser's settings are not touched). Does nothing outside a browser.
 */
export function guardBrowserLanguage(): void {
  if (typeof navigator === "undefined") return;
  const language = navigator.language;
  const usable = usableLanguage(language);
  if (usable === language) return;
  Object.defineProperty(navigator, "language", { configurable: true, get: () => usable });
}

guardBrowserLanguage();
