/**
 * Opening a file the user chose: a CSV (or other delimited text) or an Excel workbook (.xlsx),
 * told apart by what the file holds rather than by its name alone. The readers are loaded only when
 * needed, as separate scripts of the demo, so the page opens without them. Every problem is found
 * before anything is added to the workbook.
 */
import { FileProblem, ImportResult } from "./imported-sheet";
import { MAX_FILE_BYTES, sizeInWords } from "./limits";

/** The part of a browser File the demo uses (a test can pass its own). */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A .xlsx file is a zip archive: it starts with the zip "local file header" signature PK\x03\x04. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Excel 97-2003 (.xls) and password-protected workbooks are OLE compound files: D0 CF 11 E0 A1 B1 1A E1. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** PDF files start with %PDF. */
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** The file's name without its extension, as a sheet name for a CSV. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, "").trim() || "Opened file";
}

/**
 * The sheets of a chosen file, or a FileProblem saying why it cannot be used.
 *
 * @example
 * (await openFile(file)).sheets[0].name; // => "kpis" for kpis.csv
 */
export async function openFile(file: ChosenFile): Promise<ImportResult> {
  const extension = (/\.([^.]+)$/.exec(file.name)?.[1] ?? "").toLowerCase();
  if (file.size === 0) throw new FileProblem(`"${file.name}" is empty (0 bytes). Choose the file that holds your KPI table.`);
  if (file.size > MAX_FILE_BYTES) {
    throw new FileProblem(`"${file.name}" is ${sizeInWords(file.size)}; the browser version opens files up to ${sizeInWords(MAX_FILE_BYTES)}. Save just the sheet with your KPI table (as .xlsx or CSV), or copy the table and use Paste a table.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (startsWith(bytes, ZIP_SIGNATURE)) {
    const { readWorkbook } = await import(/* webpackChunkName: "read-xlsx" */ "./read-xlsx");
    return readWorkbook(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, file.name);
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new FileProblem(`"${file.name}" is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which the browser cannot open. Open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx).`);
  }
  if (startsWith(bytes, PDF_SIGNATURE)) throw new FileProblem(`"${file.name}" is a PDF, not a table. Open the CSV or Excel file the figures came from.`);
  if (extension === "xlsx" || extension === "xlsm") {
    throw new FileProblem(`"${file.name}" is named like an Excel workbook but is not one (an .xlsx file is a zip archive; this is not): it may be damaged, or another kind of file renamed. Open it in Excel and save it again as .xlsx.`);
  }
  const { decodeText } = await import(/* webpackChunkName: "read-text" */ "./decode-text");
  const { readCsvText } = await import(/* webpackChunkName: "read-text" */ "./read-text-table");
  const { text, encoding } = decodeText(bytes, file.name);
  const cells = readCsvText(text, file.name);
  const notes = encoding === "UTF-8" ? [] : [`Read as ${encoding === "Windows-1252" ? "Windows-1252 text (Excel's usual CSV on Windows)" : `${encoding} text`}.`];
  return { sheets: [{ name: baseName(file.name), cells, shown: {}, numberFormats: {} }], notes };
}
