/**
 * The key sheet, "How to read this report", written once with the report: each mark the paper
 * uses (the dots of the charts, the variation and assurance icons, the arrows, the RAG ratings,
 * the peer quartiles) as the report's cells show it, with its name and one plain sentence; then
 * the method in one paragraph each, with its sources. Read from the key's data (reading-key.ts),
 * which the Word pack uses too. Pure: it builds a NewSheetSpec.
 */
import { CellStyle, NewSheetSpec, SheetCell } from "../../host";
import { CellMark, iconCell } from "../../shared/marks/kpi-marks";
import type { AssuranceIcon, VariationIcon } from "../../shared/marks/mdc-icons";
import { PTD_SPC_COLOURS, POINT_STYLES, PointKind } from "../../shared/marks/point-colours";
import { KeyEntry, ReadingKey } from "../../shared/marks/reading-key";
import { ReportContext, paperTitle } from "./report-sheet";

/** The glyph of each kind of dot, in its shape. */
const DOT_GLYPHS: Readonly<Record<PointKind, string>> = { common: "\u25CF", improvement: "\u25CF", concern: "\u25C6", "neutral-high": "\u25B2", "neutral-low": "\u25BC" };

/** The cell style of each Making Data Count colour. */
const COLOUR_STYLES: Readonly<Record<string, CellStyle>> = {
  [PTD_SPC_COLOURS.commonCause]: "mark-common",
  [PTD_SPC_COLOURS.improvement]: "mark-improvement",
  [PTD_SPC_COLOURS.concern]: "mark-concern",
  [PTD_SPC_COLOURS.neutral]: "mark-neutral",
};

/** The RAG ratings' cell styles, as the report colours them. */
const RAG_STYLES: Readonly<Record<string, CellStyle>> = { "rag-green": "green", "rag-amber": "amber", "rag-red": "red" };

/** How the report's cells show a mark of the key (a glyph on its colour), or nothing. */
export function keyMark(entry: KeyEntry): CellMark {
  const [group, ...rest] = entry.id.split("-");
  const name = rest.join("-");
  if (group === "point") {
    const kind = name as PointKind;
    return { text: DOT_GLYPHS[kind], style: COLOUR_STYLES[POINT_STYLES[kind].colour] };
  }
  if (group === "variation") return iconCell(name as VariationIcon);
  if (group === "assurance") return iconCell(name as AssuranceIcon);
  if (group === "arrow") {
    const glyph = entry.cellText?.match(/^[\u2190-\u2193]/)?.[0] ?? "";
    return glyph === "" ? { text: "" } : { text: glyph, style: entry.colour === undefined ? undefined : COLOUR_STYLES[entry.colour] };
  }
  if (group === "rag") return { text: entry.label, style: RAG_STYLES[entry.id] };
  return { text: "" };
}

/**
 * The key sheet.
 *
 * @example
 * buildKeySheet(readingKey(), { source: "", peers: "", excludedForAll: [] }).rows[0]; // => ["How to read this report"]
 */
export function buildKeySheet(key: ReadingKey, context: Pick<ReportContext, "council" | "period">, baseName = key.title): NewSheetSpec {
  const rows: SheetCell[][] = [[key.title], [key.introduction], []];
  const styles: Record<string, CellStyle> = { "0:0": "title", "1:0": "note" };
  const add = (cells: SheetCell[], style?: CellStyle): number => {
    rows.push(cells);
    if (style !== undefined) styles[`${rows.length - 1}:*`] = style;
    return rows.length - 1;
  };
  for (const section of key.sections) {
    add([section.heading, "Name", "What it means"], "header");
    for (const entry of section.entries) {
      const mark = keyMark(entry);
      const r = add([mark.text, entry.label, entry.sentence]);
      if (mark.style !== undefined) styles[`${r}:0`] = mark.style;
      styles[`${r}:2`] = "wrap";
    }
    add([]);
  }
  add(["Method", "", ""], "header");
  for (const method of key.methods) {
    const r = add(["", method.heading, method.paragraph]);
    styles[`${r}:1`] = "wrap";
    styles[`${r}:2`] = "wrap";
    const s = add(["", "Sources", method.sources.map((source) => `${source.name}: ${source.url}`).join("\n")]);
    styles[`${s}:2`] = "wrap";
  }
  return {
    baseName,
    rows,
    styles,
    columnWidths: [70, 240, 560],
    print: { landscape: false, fitToWidth: true, title: paperTitle(key.title, context) },
  };
}
