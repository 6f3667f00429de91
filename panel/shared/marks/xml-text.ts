/**
 * Text put into SVG or other XML as text, never as markup: the five XML special characters become
 * entities and characters XML 1.0 does not allow (control characters other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF) are dropped, so a KPI named `<script>` or
 * holding a stray control character stays harmless, readable text.
 */

/** Characters XML 1.0 does not allow in a document (W3C XML 1.0, section 2.2 "Characters"). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for an XML text node or attribute value.
 *
 * @example
 * xmlText('<img src=x onerror="alert(1)">'); // => "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function xmlText(text: string): string {
  return String(text)
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * Text with the characters XML does not allow dropped, for libraries that escape the rest
 * themselves (the docx package escapes `<`, `>` and `&` but would write a control character as is).
 *
 * @example
 * xmlSafe("Visits\u0007"); // => "Visits"
 */
export function xmlSafe(text: string): string {
  return String(text).replace(NOT_XML, "");
}
