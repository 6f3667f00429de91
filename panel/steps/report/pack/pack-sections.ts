/**
 * The sections of the Word pack: the title page, the summary, the key, one section per exception
 * KPI and the table of every KPI. Each builds `docx` paragraphs and tables from plain data.
 */
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, Table, TableCell } from "docx";
import { showValue } from "../../../shared/figures";
import { directionArrow } from "../../../shared/marks/direction-arrows";
import { POINT_STYLES, PointKind } from "../../../shared/marks/point-colours";
import type { ReadingKey } from "../../../shared/marks/reading-key";
import { xmlSafe } from "../../../shared/marks/xml-text";
import { ASSURANCE_ORDER, ReportSummary, VARIATION_ORDER } from "../summary/summary";
import { summarySentences } from "../summary/summary-sentences";
import { countText, para, ragCell, run, table } from "./docx-parts";
import { assuranceWords, chartAltText, peerWords, variationWords } from "./kpi-words";
import { CommitteePack, PackKpi, packTitle } from "./pack-types";

/** Widest picture on a portrait A4 page with 2 cm margins, in pixels at 96 to the inch. */
const MAX_PICTURE_WIDTH = 600;

/** The glyph a point kind is drawn with in the key. */
const POINT_GLYPHS: Readonly<Record<PointKind, string>> = { common: "\u25CF", improvement: "\u25CF", concern: "\u25C6", "neutral-high": "\u25B2", "neutral-low": "\u25BC" };

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
export function titleSection(pack: CommitteePack): Paragraph[] {
  const children = [
    para(packTitle(pack), { heading: HeadingLevel.TITLE }),
  ];
  if (pack.prepared) children.push(para(pack.prepared));
  children.push(para("Sources", { heading: HeadingLevel.HEADING_2 }));
  for (const source of pack.sources) children.push(para(source, { bullet: true }));
  children.push(para("Analysed with KPI Scrutiny: SPC as NHS Making Data Count, trend tests, peer benchmarking and target checks. The key explains every mark."));
  return children;
}

/** The summary: sentences, then the counts in tables. */
export function summarySection(summary: ReportSummary): (Paragraph | Table)[] {
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
export function keySection(key: ReadingKey): Paragraph[] {
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
  const arrow = directionArrow(view.direction, view.polarity);
  const rows: (string | TableCell)[][] = [
    [`Latest${view.latestPeriod ? ` (${view.latestPeriod})` : ""}`, showValue(view.latestValue, view.figures)],
    ["Target", view.target === null ? "No target" : showValue(view.target, view.figures)],
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
export function exceptionSection(kpi: PackKpi, findings: string[]): (Paragraph | Table)[] {
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
export function allKpisSection(kpis: readonly PackKpi[]): (Paragraph | Table)[] {
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
          `${showValue(view.latestValue, view.figures)}${view.latestPeriod ? ` (${view.latestPeriod})` : ""}`,
          view.target === null ? "No target" : showValue(view.target, view.figures),
          ragCell(view.rag),
          directionArrow(view.direction, view.polarity).cellText,
          variationWords(kpi),
          assuranceWords(view),
          peerWords(view),
        ];
      }),
    ),
  ];
}
