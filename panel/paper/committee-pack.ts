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
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Polarity } from "../../core/values";
import { formatGap, formatNumber } from "../dom";
import type { KpiView } from "../view";
import { directionArrow } from "./direction-arrows";
import { ASSURANCE_ICONS, VARIATION_ICONS, assuranceIcon, variationIcon } from "./mdc-icons";
import { POINT_STYLES, PointKind } from "./point-colours";
import type { ReadingKey } from "./reading-key";
import { ASSURANCE_ORDER, ReportSummary, Tally, VARIATION_ORDER, summarySentences } from "./summary";
import { xmlSafe } from "./xml-text";

/** The Word document's media type, for the file the pane saves. */
export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A chart as a picture, drawn by the pane (the card's canvas) and handed over as PNG bytes. */
export interface ChartPicture {
  png: Uint8Array;
  /** Size in pixels at 96 to the inch; scaled down to fit the page. */
  width: number;
  height: number;
  /** What the chart shows, for a reader who cannot see it (default: built from the KPI's chart). */
  altText?: string;
}

/** One KPI of the pack. */
export interface PackKpi {
  view: KpiView;
  polarity: Polarity;
  /** The officer's commentary, written by the service; printed as given. */
  commentary?: string;
  chart?: ChartPicture;
}

/** Everything the pack is made from. */
export interface CommitteePack {
  council: string;
  /** The period the paper reports ("2022/23", "Quarter 2 2024/25"). */
  period: string;
  /** Where the figures come from, one line each. */
  sources: string[];
  kpis: PackKpi[];
  summary: ReportSummary;
  key: ReadingKey;
  /** The title's first words (default "Performance report"). */
  title?: string;
  /** A date or other line under the title ("Prepared 3 March 2025"), as given. */
  prepared?: string;
}

/** Widest picture on a portrait A4 page with 2.54 cm margins, in pixels at 96 to the inch. */
const MAX_PICTURE_WIDTH = 600;

/** Cell fills of the RAG ratings: Excel's Good, Neutral and Bad cell styles. */
const RAG_FILLS: Readonly<Record<string, string>> = { Green: "C6EFCE", Amber: "FFEB9C", Red: "FFC7CE" };

/** The glyph a point kind is drawn with in the key. */
const POINT_GLYPHS: Readonly<Record<PointKind, string>> = { common: "\u25CF", improvement: "\u25CF", concern: "\u25C6", "neutral-high": "\u25B2", "neutral-low": "\u25BC" };

/** A run of workbook text: characters Word cannot hold are dropped; the package escapes the rest. */
function run(text: string, options: { bold?: boolean; colour?: string; italics?: boolean } = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), bold: options.bold, italics: options.italics, color: options.colour?.replace("#", "") });
}

/** A paragraph of text; line breaks in the text become line breaks. */
function para(text: string, options: { bold?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bullet?: boolean; pageBreakBefore?: boolean } = {}): Paragraph {
  const lines = xmlSafe(text).split(/\r?\n/);
  return new Paragraph({
    heading: options.heading,
    bullet: options.bullet ? { level: 0 } : undefined,
    pageBreakBefore: options.pageBreakBefore,
    children: lines.map((line, i) => new TextRun({ text: line, bold: options.bold, break: i > 0 ? 1 : undefined })),
  });
}

function cell(content: string | Paragraph[], options: { header?: boolean; fill?: string; width?: number } = {}): TableCell {
  const children = typeof content === "string" ? [para(content, { bold: options.header })] : content;
  return new TableCell({
    children,
    shading: options.fill === undefined ? undefined : { type: ShadingType.CLEAR, color: "auto", fill: options.fill },
    width: options.width === undefined ? undefined : { size: options.width, type: WidthType.PERCENTAGE },
  });
}

/** A table with a header row repeated on every page. */
function table(header: string[], rows: (string | TableCell)[][]): Table {
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
function ragCell(rag: string): TableCell {
  return cell(rag, { fill: RAG_FILLS[rag] });
}

/** "38 (83%)". */
function countText(tally: Tally): string {
  return `${tally.count} (${Math.round(tally.share * 100)}%)`;
}

/** The side of the latest point of a KPI's chart: +1 above its mean, -1 below, 0 without a chart. */
function latestSide(view: KpiView): number {
  const chart = view.chart;
  if (chart === null) return 0;
  for (let i = chart.values.length - 1; i >= 0; i--) {
    const value = chart.values[i];
    const mean = chart.mean[i];
    if (value !== null && !chart.excluded[i] && mean !== null) return Math.sign(value - mean);
  }
  return 0;
}

/** The variation of a KPI with its icon's letter and meaning: "Special cause concerning (icon L: ...)". */
function variationWords(kpi: PackKpi): string {
  const icon = VARIATION_ICONS[variationIcon(kpi.view.variation, kpi.polarity, latestSide(kpi.view))];
  return kpi.view.variation === "" ? "" : `${kpi.view.variation}${icon.letter ? ` (${icon.letter})` : ""}`;
}

function assuranceWords(view: KpiView): string {
  const icon = ASSURANCE_ICONS[assuranceIcon(view.assurance)];
  return view.assurance === "" ? "" : `${view.assurance}${icon.letter ? ` (${icon.letter})` : ""}`;
}

/** The peers column in words: "Top quartile, 16.2 percentage points better than the median". */
function peerWords(view: KpiView): string {
  if (view.quartile === null) return view.peerNote;
  const gap = view.gap === null ? "" : `, ${formatGap(view.gap, view.unit)} ${view.gap >= 0 ? "better" : "worse"} than the median`;
  return `${view.quartileLabel}${gap}`;
}

/** What a KPI's chart shows, in words, for its alt text. */
export function chartAltText(view: KpiView): string {
  const chart = view.chart;
  if (chart === null) return `No chart for ${view.name}.`;
  const present = chart.values.filter((value, i) => value !== null && !chart.excluded[i]).length;
  const parts = [`SPC chart of ${view.name}: ${present} values from ${chart.periods[0] ?? ""} to ${chart.periods[chart.periods.length - 1] ?? ""}`];
  const last = chart.periods.length - 1;
  const [mean, lower, upper] = [chart.mean[last], chart.lower[last], chart.upper[last]];
  if (mean !== null && mean !== undefined) parts.push(`mean ${formatNumber(mean, view.unit)}`);
  if (lower !== null && upper !== null && lower !== undefined && upper !== undefined) parts.push(`process limits ${formatNumber(lower, view.unit)} to ${formatNumber(upper, view.unit)}`);
  if (chart.target !== null) parts.push(`target ${formatNumber(chart.target, view.unit)}`);
  const special = chart.periods.flatMap((period, i) => (chart.specialCause[i] ? [`${period} (${chart.specialCause[i]})`] : []));
  parts.push(special.length === 0 ? "no special-cause points" : `special cause at ${special.join(", ")}`);
  return `${parts.join("; ")}.`;
}

/** The chart picture of a KPI, scaled to the page, with its alt text. */
function picture(kpi: PackKpi): Paragraph[] {
  const chart = kpi.chart;
  if (chart === undefined) return [];
  const scale = Math.min(1, MAX_PICTURE_WIDTH / Math.max(1, chart.width));
  const description = xmlSafe(chart.altText ?? chartAltText(kpi.view));
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: "png",
          data: chart.png,
          transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
          altText: { name: xmlSafe(`SPC chart: ${kpi.view.name}`).slice(0, 250), title: xmlSafe(`SPC chart of ${kpi.view.name}`), description },
        }),
      ],
    }),
  ];
}

/** The title page: council, period, sources. */
function titleSection(pack: CommitteePack): Paragraph[] {
  const children = [
    para(`${pack.title ?? "Performance report"}: ${pack.council}, ${pack.period}`, { heading: HeadingLevel.TITLE }),
  ];
  if (pack.prepared) children.push(para(pack.prepared));
  children.push(para("Sources", { heading: HeadingLevel.HEADING_2 }));
  for (const source of pack.sources) children.push(para(source, { bullet: true }));
  children.push(para("Analysed with KPI Scrutiny: SPC as NHS Making Data Count, trend tests, peer benchmarking and target checks. The key explains every mark."));
  return children;
}

/** The summary: sentences, then the counts in tables. */
function summarySection(summary: ReportSummary): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [para("Summary", { heading: HeadingLevel.HEADING_1, pageBreakBefore: true })];
  for (const sentence of summarySentences(summary)) children.push(para(sentence));
  children.push(para("Against target", { heading: HeadingLevel.HEADING_2 }));
  children.push(table(["RAG", "KPIs"], summary.rag.map((tally) => [ragCell(tally.label), countText(tally)])));
  children.push(para("Direction of travel", { heading: HeadingLevel.HEADING_2 }));
  children.push(table(["Direction", "KPIs"], summary.direction.map((tally) => [tally.label, countText(tally)])));
  children.push(para("Variation and assurance (SPC)", { heading: HeadingLevel.HEADING_2 }));
  children.push(
    table(
      ["Variation \\ assurance", ...ASSURANCE_ORDER],
      VARIATION_ORDER.map((variation) => [variation, ...ASSURANCE_ORDER.map((assurance) => String(summary.pairs.find((pair) => pair.variation === variation && pair.assurance === assurance)?.count ?? 0))]),
    ),
  );
  children.push(para("Against peers", { heading: HeadingLevel.HEADING_2 }));
  children.push(table(["Peer quartile", "KPIs"], summary.quartile.map((tally) => [tally.label, countText(tally)])));
  if (summary.categories.length > 0) {
    children.push(para("By category", { heading: HeadingLevel.HEADING_2 }));
    children.push(
      table(
        ["Category", "KPIs", ...summary.rag.map((tally) => tally.label), "Improving", "Worsening"],
        summary.categories.map((category) => [
          category.category,
          String(category.total),
          ...category.rag.map((tally) => String(tally.count)),
          String(category.direction.find((tally) => tally.label === "Improving")?.count ?? 0),
          String(category.direction.find((tally) => tally.label === "Worsening")?.count ?? 0),
        ]),
      ),
    );
  }
  children.push(para("Exceptions", { heading: HeadingLevel.HEADING_2 }));
  if (summary.exceptions.length === 0) children.push(para("No KPI is an exception."));
  for (const exception of summary.exceptions) children.push(para(`${exception.name}: ${exception.findings.join(", ")}`, { bullet: true }));
  return children;
}

/** The key: each mark in one sentence, then the method. */
function keySection(key: ReadingKey): Paragraph[] {
  const children = [para(key.title, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }), para(key.introduction)];
  for (const section of key.sections) {
    children.push(para(section.heading, { heading: HeadingLevel.HEADING_2 }));
    for (const entry of section.entries) {
      const kind = entry.id.startsWith("point-") ? (entry.id.slice("point-".length) as PointKind) : undefined;
      const glyph = kind !== undefined ? POINT_GLYPHS[kind] : entry.cellText?.charAt(0).match(/[\u2190-\u2193]/) ? entry.cellText.charAt(0) : entry.colour ? "\u25CF" : "";
      const colour = kind !== undefined ? POINT_STYLES[kind].colour : entry.colour;
      children.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [...(glyph ? [run(`${glyph} `, { colour, bold: true })] : []), run(`${entry.label}. `, { bold: true }), run(entry.sentence)],
        }),
      );
    }
  }
  children.push(para("Method", { heading: HeadingLevel.HEADING_2 }));
  for (const method of key.methods) {
    children.push(para(method.heading, { heading: HeadingLevel.HEADING_3 }));
    children.push(para(method.paragraph));
    children.push(new Paragraph({ children: [run("Sources: ", { italics: true }), run(method.sources.map((source) => `${source.name} (${source.url})`).join("; "), { italics: true })] }));
  }
  return children;
}

/** The headline figures of one KPI. */
function headlineTable(kpi: PackKpi): Table {
  const { view } = kpi;
  const arrow = directionArrow(view.direction, kpi.polarity);
  const rows: (string | TableCell)[][] = [
    [`Latest${view.latestPeriod ? ` (${view.latestPeriod})` : ""}`, formatNumber(view.latestValue, view.unit)],
    ["Target", view.target === null ? "No target" : formatNumber(view.target, view.unit)],
    ["RAG", ragCell(view.rag || "Not rated")],
    ["Direction of travel", `${arrow.cellText} (${arrow.words})${view.change ? `; ${view.change}` : ""}`],
    ["Variation (SPC)", variationWords(kpi)],
    ["Assurance (SPC)", assuranceWords(view)],
    ["Peers", peerWords(view)],
  ];
  if (view.excludedPeriods.length > 0) rows.push(["Left out of the analysis", view.excludedPeriods.join(", ")]);
  return table(["Figure", "Value"], rows);
}

/** One exception KPI: its own section. */
function exceptionSection(kpi: PackKpi, findings: string[]): (Paragraph | Table)[] {
  const { view } = kpi;
  const children: (Paragraph | Table)[] = [para(view.name, { heading: HeadingLevel.HEADING_1 })];
  const about = [view.category, view.owner].filter(Boolean).join(" · ");
  if (about) children.push(para(about));
  if (findings.length > 0) children.push(new Paragraph({ children: [run("Why it is here: ", { bold: true }), run(findings.join(", "))] }));
  if (view.problem !== null) {
    children.push(para(`Could not be analysed: ${view.problem}`));
    return children;
  }
  children.push(...picture(kpi));
  children.push(headlineTable(kpi));
  if (view.narrative) {
    children.push(para("What the figures show", { heading: HeadingLevel.HEADING_2 }));
    children.push(para(view.narrative));
  }
  if (kpi.commentary !== undefined && kpi.commentary.trim() !== "") {
    children.push(para("Officer commentary", { heading: HeadingLevel.HEADING_2 }));
    for (const paragraph of kpi.commentary.split(/\r?\n\s*\r?\n/)) children.push(para(paragraph));
  }
  if (view.targetFindings.length > 0) {
    children.push(para("Target findings", { heading: HeadingLevel.HEADING_2 }));
    for (const finding of view.targetFindings) children.push(para(finding, { bullet: true }));
  }
  if (view.questions.length > 0) {
    children.push(para("Questions for scrutiny", { heading: HeadingLevel.HEADING_2 }));
    for (const question of view.questions) children.push(para(question, { bullet: true }));
  }
  return children;
}

/** The table of every KPI. */
function allKpisSection(kpis: readonly PackKpi[]): (Paragraph | Table)[] {
  return [
    para("All KPIs", { heading: HeadingLevel.HEADING_1 }),
    table(
      ["KPI", "Category", "Latest", "Target", "RAG", "Direction of travel", "Variation", "Assurance", "Peers"],
      kpis.map((kpi) => {
        const { view } = kpi;
        if (view.problem !== null) return [view.name, view.category, "", "", "", "", "", "", `Could not be analysed: ${view.problem}`];
        return [
          view.name,
          view.category,
          `${formatNumber(view.latestValue, view.unit)}${view.latestPeriod ? ` (${view.latestPeriod})` : ""}`,
          view.target === null ? "No target" : formatNumber(view.target, view.unit),
          ragCell(view.rag),
          directionArrow(view.direction, kpi.polarity).cellText,
          variationWords(kpi),
          assuranceWords(view),
          peerWords(view),
        ];
      }),
    ),
  ];
}

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
    title: xmlSafe(`${pack.title ?? "Performance report"}: ${pack.council}, ${pack.period}`),
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
  const base = `${council} performance report ${period}`.replace(/[\\/:*?"<>|\u0000-\u001F]+/g, "-").replace(/\s+/g, " ").trim();
  return `${base.slice(0, 120) || "Performance report"}.docx`;
}
