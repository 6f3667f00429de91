/**
 * The committee pack (.docx) built from the demo's sample plus awkward KPIs, parsed back: it is a
 * zip (unpacked with fflate, the zip library the docx package itself uses) whose
 * word/document.xml is well-formed and holds one section per exception, every KPI in the closing
 * table, every picture with alt text (wp:docPr descr), the officer's commentary unchanged, and no
 * field code, hyperlink or script from a KPI name.
 */
import { unzipSync, strFromU8 } from "fflate";
import zlib from "zlib";
import { figureStyle } from "../../panel/shared/figures";
import { CommitteePack, PackKpi, committeePackBytes, packFileName } from "../../panel/steps/report/pack/committee-pack";
import { chartAltText } from "../../panel/steps/report/pack/kpi-words";
import { packCommentary, packFile } from "../../panel/steps/report/pack/pack-button";
import { sampleViews } from "./views";
import { readingKey } from "../../panel/shared/marks/reading-key";
import { summariseReport } from "../../panel/steps/report/summary/summary";
import { KpiView } from "../../panel/shared/kpi-view";
import { sampleKpis } from "./paper-sample";

/** A tiny valid PNG (one grey pixel per `width x height`), built by hand: signature, IHDR, IDAT, IEND. */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const raw = Buffer.alloc((width + 1) * height, 0xa6);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0; // filter byte
  return new Uint8Array(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]));
}

/** The text of an XML fragment: the w:t runs, entities read back. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1])
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The paragraphs of document.xml, each with its style and text. */
function paragraphsOf(xml: string): { style: string; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p\b(?:[^>]*)>([\s\S]*?)<\/w:p>/g)].map((match) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(match[1])?.[1] ?? "",
    text: textOf(match[1]),
    xml: match[0],
  }));
}

/**
 * Whether an XML document is well-formed as far as these files go: every tag (with quoted
 * attributes) opens and closes in order, and text holds no bare `<` or stray `&`.
 */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^>]*\?>/, "");
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  const stack: string[] = [];
  let at = 0;
  while (at < body.length) {
    const next = body.indexOf("<", at);
    const text = body.slice(at, next < 0 ? body.length : next);
    if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) return false;
    if (next < 0) break;
    tag.lastIndex = next;
    const match = tag.exec(body);
    if (match === null) return false;
    const [, closing, name, , selfClosing] = match;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else if (!selfClosing) stack.push(name);
    at = tag.lastIndex;
  }
  return stack.length === 0;
}

const NASTY_NAMES = [
  '=HYPERLINK("http://example.com/x","Click")',
  '<w:fldSimple w:instr="DDE cmd /c calc"><w:r><w:t>x</w:t></w:r></w:fldSimple>',
  '{ DDE "c:\\\\windows\\\\system32\\\\cmd.exe" "/c calc" }',
  "<script>alert(1)</script> & </w:t></w:r></w:p><w:p>",
];

const COMMENTARY = 'Recycling fell when the garden waste charge came in (see <b>Cabinet</b> report 12 & 14).\n\n"Contamination" is down; rates should recover in 2023/24.\nSecond line of the same paragraph.';

/** A KPI view for a bad name: red, worsening, with a chart. */
function nastyView(name: string, index: number): KpiView {
  return {
    index,
    name,
    category: name.slice(0, 12),
    owner: "",
    unit: "%",
    polarity: "higher",
    latestPeriod: "2023/24",
    latestValue: 41,
    target: 50,
    rag: "Red",
    direction: "Worsening",
    change: "Worse than 2022/23",
    variation: "Special cause concerning",
    assurance: "Consistently failing",
    quartile: 4,
    quartileLabel: "Bottom quartile",
    gap: -3.5,
    peerNote: "rank 9 of 9",
    targetFindings: [`Hit and miss: ${name}`],
    narrative: `${name} was 41% in 2023/24.`,
    questions: [`What lies behind ${name}?`],
    chart: { periods: ["2021/22", "2022/23", "2023/24"], values: [48, 45, 41], mean: [45, 45, 45], lower: [42, 42, 42], upper: [48, 48, 48], target: 50, specialCause: [null, null, "Outside limits (special cause concerning)"], variation: ["Common cause", "Common cause", "Special cause concerning"], excluded: [false, false, false], targets: [50, 50, 50], events: [], note: "" },
    peerMedian: null,
    figures: figureStyle("%", [50], 1),
    cellNotes: [],
    previousTarget: null,
    dataQuality: [],
    commentary: null,
    otherCommentary: [],
    events: [],
    excludedPeriods: [],
    problem: null,
    findings: ["concerning", "worsening", "red"],
  };
}

async function unpack(pack: CommitteePack): Promise<Record<string, Uint8Array>> {
  return unzipSync(await committeePackBytes(pack));
}

describe("the committee pack in Word", () => {
  const sample = sampleKpis();
  const kpis: PackKpi[] = [
    ...sample.map(({ view }, i) => ({
      view,
      chart: { png: png(640, 340), width: 640, height: 340 },
      commentary: i === 0 ? COMMENTARY : undefined,
    })),
    ...NASTY_NAMES.map((name, i) => ({ view: nastyView(name, sample.length + i), chart: { png: png(320, 170), width: 320, height: 170 } })),
  ];
  const views = kpis.map((kpi) => kpi.view);
  const summary = summariseReport(views);
  const pack: CommitteePack = {
    council: "Trafford",
    period: "2022/23",
    sources: ["DEFRA, ENV18 Local authority collected waste", "OHID Fingertips, indicator 90323"],
    kpis,
    summary,
    key: readingKey(),
    prepared: "Prepared for the Scrutiny Committee, March 2024",
  };
  let files: Record<string, Uint8Array>;
  let xml: string;

  beforeAll(async () => {
    files = await unpack(pack);
    xml = strFromU8(files["word/document.xml"]);
  });

  test("the well-formedness check can fail", () => {
    expect(wellFormed('<a b="1"><c/>x &amp; y</a>')).toBe(true);
    expect(wellFormed("<a><b></a></b>")).toBe(false);
    expect(wellFormed("<a>x & y</a>")).toBe(false);
    expect(wellFormed("<a><script>alert(1)</script>")).toBe(false);
  });

  test("is a Word document: content types, a well-formed document.xml, pictures under word/media", () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/_rels/document.xml.rels"]));
    expect(strFromU8(files["[Content_Types].xml"])).toContain("wordprocessingml.document.main+xml");
    for (const [name, bytes] of Object.entries(files)) if (name.endsWith(".xml") || name.endsWith(".rels")) expect([name, wellFormed(strFromU8(bytes))]).toEqual([name, true]);
    expect(Object.keys(files).filter((name) => name.startsWith("word/media/")).length).toBeGreaterThan(0);
    expect(Object.keys(files).some((name) => /vbaProject|macro/i.test(name))).toBe(false);
  });

  test("a title with council, period and sources, then the summary and the key", () => {
    const paragraphs = paragraphsOf(xml);
    expect(paragraphs[0]).toMatchObject({ style: "Title", text: "Performance report: Trafford, 2022/23" });
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(["DEFRA, ENV18 Local authority collected waste", "OHID Fingertips, indicator 90323", "Summary", "How to read this report"]));
    expect(texts.some((text) => text.startsWith("Against target, of 7 KPIs:"))).toBe(true);
    expect(texts.some((text) => text.includes("Consistently passing. Blue with P:"))).toBe(true);
  });

  test("one section per exception, most urgent first, each headed by its KPI", () => {
    expect(summary.exceptions.length).toBe(7);
    const sections = (xml.match(/<w:sectPr\b/g) ?? []).length;
    // The title, summary and key; one per exception; the table of all KPIs.
    expect(sections).toBe(1 + summary.exceptions.length + 1);
    const headings = paragraphsOf(xml).filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(headings).toEqual(["Summary", "How to read this report", ...summary.exceptions.map((exception) => exception.name), "All KPIs"]);
    // Each exception's section ends with its own section break: its heading comes after the previous break.
    const body = xml.slice(xml.indexOf("<w:body>"));
    const chunks = body.split(/<w:sectPr\b/);
    summary.exceptions.forEach((exception, i) => {
      expect(paragraphsOf(chunks[i + 1]).find((p) => p.style === "Heading1")?.text).toBe(exception.name);
    });
  });

  test("every KPI is in the closing table, in the report's order", () => {
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const last = tables[tables.length - 1];
    const rows = last.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? [];
    const firstCells = rows.map((row) => textOf((row.match(/<w:tc>[\s\S]*?<\/w:tc>/) ?? [""])[0]));
    expect(firstCells).toEqual(["KPI", ...views.map((view) => view.name)]);
  });

  test("every picture has alt text", () => {
    const pictures = [...xml.matchAll(/<wp:docPr\b([^>]*)\/?>/g)].map((match) => match[1]);
    // A chart for each exception that could be analysed.
    expect(pictures).toHaveLength(summary.exceptions.length);
    for (const attributes of pictures) expect(/descr="([^"]+)"/.exec(attributes)?.[1]).toMatch(/^SPC chart of .{3,}/);
    expect(xml).toContain(`descr="${chartAltText(views[0]).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")}"`);
  });

  test("the officer's commentary is printed unchanged", () => {
    const paragraphs = paragraphsOf(xml);
    const start = paragraphs.findIndex((p) => p.text === "Officer commentary");
    expect(start).toBeGreaterThan(0);
    const after = paragraphs.slice(start + 1);
    const end = after.findIndex((p) => p.style.startsWith("Heading"));
    const printed = after.slice(0, end).map((p) => p.xml);
    // Paragraphs are separated by a blank line; lines within one by a line break.
    const text = printed.map((p) => p.split(/<w:br\/>/).map(textOf).join("\n")).join("\n\n");
    expect(text).toBe(COMMENTARY);
    expect(paragraphs.filter((p) => p.text === "Officer commentary")).toHaveLength(1);
  });

  test("no field code, hyperlink or script from a KPI name: each name is plain text", () => {
    for (const [name, bytes] of Object.entries(files)) {
      if (!name.endsWith(".xml")) continue;
      const part = strFromU8(bytes);
      expect([name, /<w:fldSimple|<w:instrText|<w:fldChar|<w:hyperlink|<script/i.test(part)]).toEqual([name, false]);
    }
    const texts = paragraphsOf(xml).map((p) => p.text);
    for (const name of NASTY_NAMES) {
      expect(texts).toContain(name);
      expect(texts).toContain(`${name} was 41% in 2023/24.`);
    }
    expect(strFromU8(files["word/_rels/document.xml.rels"])).not.toMatch(/TargetMode="External"/);
  });

  test("a file name every system accepts", () => {
    expect(packFileName("Trafford", "2022/23")).toBe("Trafford performance report 2022-23.docx");
    expect(packFileName('A<b>:c"?', "Q1 2024/25")).toBe("A-b-c- performance report Q1 2024-25.docx");
  });
});

describe("the pack the button makes from the pane's views", () => {
  test("the officer's notes for the latest period go in as written, under their column's heading, with each exception's chart", async () => {
    // test/panel/views.ts: the obesity view has a "Corrective action" note that looks like a formula and markup.
    const [view, problem] = sampleViews();
    expect(packCommentary(view)).toBe(`Corrective action: ${view.commentary?.[0].text}`);
    expect(packCommentary({ commentary: null })).toBeUndefined();
    expect(packCommentary({ commentary: [] })).toBeUndefined();
    const drawn: string[] = [];
    const about = { source: "Sample KPIs!A1:T4", peers: "", excludedForAll: [], council: "Trafford", period: "2021/22" };
    const { name, bytes } = await packFile({ views: [view, problem], about, chartPicture: async (kpi) => (drawn.push(kpi.name), { png: png(640, 300), width: 640, height: 300 }) }, new Date(2025, 2, 3));
    expect(name).toBe("Trafford performance report 2021-22.docx");
    // Only a KPI with a chart gets a picture: the one that could not be analysed has none.
    expect(drawn).toEqual([view.name]);
    const document = strFromU8(unzipSync(bytes)["word/document.xml"]);
    expect(document).toContain("=HYPERLINK(&quot;http://example.com&quot;) &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(document).toContain("Prepared 3 March 2025");
    expect(document).not.toMatch(/<w:hyperlink|<w:instrText|<w:fldSimple/);
  });
});
