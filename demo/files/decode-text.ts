/**
 * The text of a CSV file, in the encodings Excel saves CSV files in: UTF-8 (with or without its
 * byte-order mark: "CSV UTF-8"), UTF-16 with its byte-order mark ("Unicode Text"), or, on Windows
 * in the UK, Windows-1252 ("CSV (Comma delimited)", where £ is the single byte A3). Anything else is
 * named in a message rather than read as garbled text.
 */
import { FileProblem } from "./imported-sheet";

/** The encodings read. */
export type TextEncodingName = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "Windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** What to do about text KPI Scrutiny cannot read. */
const SAVE_AS_UTF8 = 'In Excel, choose File > Save As > "CSV UTF-8 (Comma delimited)", then open the new file.';

/** Control characters no text table holds (tab, line feed, form feed and carriage return are allowed). */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

function decode(bytes: Uint8Array, label: string, fatal: boolean): string {
  return new TextDecoder(label, { fatal }).decode(bytes);
}

/** True when every other byte is zero, as in UTF-16 text of Latin letters without its byte-order mark. */
function looksLikeUtf16WithoutMark(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 400));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++);
  const pairs = Math.floor(sample.length / 2);
  return pairs > 0 && Math.max(evenZeros, oddZeros) >= pairs * 0.6 && Math.min(evenZeros, oddZeros) <= pairs * 0.1;
}

/**
 * The text of a file, or a FileProblem naming the encoding that could not be read.
 *
 * @example
 * decodeText(new Uint8Array([0x4b, 0x50, 0x49]), "kpis.csv"); // => { text: "KPI", encoding: "UTF-8" }
 * decodeText(new Uint8Array([0xa3, 0x35]), "kpis.csv");       // => { text: "£5", encoding: "Windows-1252" }
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  let found: DecodedText | undefined;
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) found = { text: decode(bytes, "utf-8", true), encoding: "UTF-8" };
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) found = { text: decode(bytes, "utf-16le", true), encoding: "UTF-16LE" };
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) found = { text: decode(bytes, "utf-16be", true), encoding: "UTF-16BE" };
  } catch {
    throw new FileProblem(`"${fileName}" starts with the mark of Unicode text, but what follows is not valid Unicode: the file is damaged or was saved wrongly. ${SAVE_AS_UTF8}`);
  }
  if (found === undefined) {
    if (looksLikeUtf16WithoutMark(bytes)) {
      throw new FileProblem(`"${fileName}" looks like UTF-16 (Unicode) text without the byte-order mark that says so, which KPI Scrutiny cannot read reliably. ${SAVE_AS_UTF8}`);
    }
    try {
      found = { text: decode(bytes, "utf-8", true), encoding: "UTF-8" };
    } catch {
      // Not UTF-8: Excel's "CSV (Comma delimited)" on Windows in the UK is Windows-1252, where every
      // byte but five (81, 8D, 8F, 90, 9D) is a character; those five decode to C1 control codes.
      const text = decode(bytes, "windows-1252", false);
      if (!/[\u0080-\u009F]/.test(text) && !CONTROL.test(text)) found = { text, encoding: "Windows-1252" };
      else {
        throw new FileProblem(
          `The text of "${fileName}" is in an encoding KPI Scrutiny cannot read: it is not UTF-8, UTF-16 or Windows-1252, the encodings Excel saves CSV files in (or it is not a text file at all). ${SAVE_AS_UTF8}`,
        );
      }
    }
  }
  if (CONTROL.test(found.text)) {
    throw new FileProblem(`"${fileName}" is not a text (CSV) file: it holds control characters no table has. Open a CSV file, or an Excel workbook saved as .xlsx.`);
  }
  return found;
}
