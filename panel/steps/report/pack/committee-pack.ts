/**
 * The committee pack as a Word document (.docx), built in the pane with the `docx` package: a
 * title with the council, period and sources; the summary; the key ("How to read this report");
 * one section per exception KPI with its chart (a PNG with alt text), headline figures, the
 * paragraph, the officer's commentary when there is one, the target findings and the questions
 * for scrutiny; then a table of every KPI. Every piece of text from the workbook is written as
 * text runs, which the package escapes: a KPI name can never become a field code, a hyperlink
 * or markup. Pure until packed: `committeePackDocument` builds the document from plain data,
 * `committeePackBytes` zips it.
 */
import { Document, Packer, PageOrientation } from "docx";
import { xmlSafe } from "../../../shared/marks/xml-text";
import { allKpisSection, exceptionSection, keySection, summarySection, titleSection } from "./pack-sections";
import { CommitteePack, PackKpi, packTitle } from "./pack-types";

export type { ChartPicture, CommitteePack, PackKpi } from "./pack-types";

/** The Word document's media type, for the file the pane saves. */
export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The committee pack as a `docx` Document: sections for the title, summary and key; one for each
 * exception KPI (the summary's exceptions, most urgent first); and a landscape one with the table
 * of all KPIs.
 *
 * @param pack the council, period, sources, KPIs (with optional commentary and chart pictures),
 * summary and key
 * @example
 * const document = committeePackDocument({ council: "Trafford", period: "2022/23", sources, kpis, summary, key: readingKey() });
 */
export function committeePackDocument(pack: CommitteePack): Document {
  const byName = new Map<string, PackKpi[]>();
  for (const kpi of pack.kpis) byName.set(kpi.view.name, [...(byName.get(kpi.view.name) ?? []), kpi]);
  const used = new Set<PackKpi>();
  const exceptions = pack.summary.exceptions.flatMap((exception) => {
    const kpi = (byName.get(exception.name) ?? []).find((candidate) => !used.has(candidate));
    if (kpi === undefined) return [];
    used.add(kpi);
    return [{ kpi, findings: exception.findings }];
  });
  const portrait = { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } };
  return new Document({
    title: xmlSafe(packTitle(pack)),
    creator: "KPI Scrutiny",
    description: "Committee pack: summary, key, exceptions and all KPIs.",
    styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
    sections: [
      { properties: portrait, children: [...titleSection(pack), ...summarySection(pack.summary), ...keySection(pack.key)] },
      ...exceptions.map(({ kpi, findings }) => ({ properties: portrait, children: exceptionSection(kpi, findings) })),
      {
        properties: { page: { ...portrait.page, size: { orientation: PageOrientation.LANDSCAPE } } },
        children: allKpisSection(pack.kpis),
      },
    ],
  });
}

/**
 * The committee pack as the bytes of a .docx file.
 *
 * @example
 * const bytes = await committeePackBytes(pack); // a zip: word/document.xml, word/media/...
 */
export function committeePackBytes(pack: CommitteePack): Promise<Uint8Array> {
  return Packer.pack(committeePackDocument(pack), "uint8array");
}

/**
 * A file name for the pack: "Trafford performance report 2022-23.docx", with characters that no
 * file system allows replaced.
 *
 * @example
 * packFileName("Trafford", "2022/23"); // => "Trafford performance report 2022-23.docx"
 */
export function packFileName(council: string, period: string): string {
  const base = `${council.trim() ? `${council} performance report` : "Performance report"} ${period}`.replace(/[\\/:*?"<>|\u0000-\u001F]+/g, "-").replace(/\s+/g, " ").trim();
  return `${base.slice(0, 120) || "Performance report"}.docx`;
}
