/**
 * The building blocks of the Word pack: runs, paragraphs, cells and tables of the `docx` package.
 * Every piece of workbook text goes in as a text run, which the package escapes; characters XML
 * cannot hold are dropped first (xmlSafe).
 */
import { BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { xmlSafe } from "../../../shared/marks/xml-text";
import type { Tally } from "../summary/summary";

/** Cell fills of the RAG ratings: Excel's Good, Neutral and Bad cell styles. */
const RAG_FILLS: Readonly<Record<string, string>> = { Green: "C6EFCE", Amber: "FFEB9C", Red: "FFC7CE" };

/** A run of workbook text: characters Word cannot hold are dropped; the package escapes the rest. */
export function run(text: string, options: { bold?: boolean; colour?: string; italics?: boolean } = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), bold: options.bold, italics: options.italics, color: options.colour?.replace("#", "") });
}

/** A paragraph of text; line breaks in the text become line breaks. */
export function para(text: string, options: { bold?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bullet?: boolean; pageBreakBefore?: boolean } = {}): Paragraph {
  const lines = xmlSafe(text).split(/\r?\n/);
  return new Paragraph({
    heading: options.heading,
    bullet: options.bullet ? { level: 0 } : undefined,
    pageBreakBefore: options.pageBreakBefore,
    children: lines.map((line, i) => new TextRun({ text: line, bold: options.bold, break: i > 0 ? 1 : undefined })),
  });
}

export function cell(content: string | Paragraph[], options: { header?: boolean; fill?: string; width?: number } = {}): TableCell {
  const children = typeof content === "string" ? [para(content, { bold: options.header })] : content;
  return new TableCell({
    children,
    shading: options.fill === undefined ? undefined : { type: ShadingType.CLEAR, color: "auto", fill: options.fill },
    width: options.width === undefined ? undefined : { size: options.width, type: WidthType.PERCENTAGE },
  });
}

/** A table with a header row repeated on every page. */
export function table(header: string[], rows: (string | TableCell)[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: "808080" },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: "808080" },
      left: { style: BorderStyle.SINGLE, size: 4, color: "808080" },
      right: { style: BorderStyle.SINGLE, size: 4, color: "808080" },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: "BFBFBF" },
      insideVertical: { style: BorderStyle.SINGLE, size: 2, color: "BFBFBF" },
    },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, { header: true, fill: "E7E6E6" })) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((entry) => (typeof entry === "string" ? cell(entry) : entry)) })),
    ],
  });
}

/** A RAG cell: the word, on its colour. */
export function ragCell(rag: string): TableCell {
  return cell(rag, { fill: RAG_FILLS[rag] });
}

/** "38 (83%)". */
export function countText(tally: Tally): string {
  return `${tally.count} (${Math.round(tally.share * 100)}%)`;
}
