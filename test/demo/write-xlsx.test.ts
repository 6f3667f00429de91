/**
 * The demo's .xlsx writer: the report and chart sheets the pane writes, as a file Excel opens with
 * their values, number formats, column widths, frozen header rows and styles. Read back with
 * read-excel-file (values, sheet order) and by unzipping the file (formats, widths, panes).
 */
import { strFromU8, unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/browser";
import { Cell } from "../../panel/host";
import { characterWidth, SheetToWrite, workbookFile } from "../../demo/files/write-xlsx";
import { buildChartSheet } from "../../panel/steps/report/chart-sheet";
import { buildReportSheet } from "../../panel/steps/report/report-sheet";
import { KpiView } from "../../panel/shared/kpi-view";
import { numberFormatsOf, rectangular, styleOf } from "../../panel/host";
import { figureStyle } from "../../panel/shared/figures";

async function unzipped(file: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await file.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const report: SheetToWrite = {
  name: "KPI report",
  cells: [["KPI report"], ["Made by KPI Scrutiny."], [], ["KPI", "Latest value", "Gap", "Note"], ["Recycling (%)", 58.8, 16.149999999999999, "=1+1"], ["Obesity (%)", 18.3, null, true]],
  styles: { "0:0": "title", "1:0": "note", "3:0": "header", "3:1": "header", "3:2": "header", "3:3": "header", "4:0": "wrap", "5:0": "red" },
  columnWidths: [220, 80, 64],
  frozenRows: 4,
  numberFormats: { "4:1": "0.0", "5:1": "0.0", "4:2": "0.0" },
};
const charts: SheetToWrite = { name: "KPI SPC charts", cells: [["Period", "Value"], ["2021/22", 58.8]], styles: {}, columnWidths: [90, 80], frozenRows: 0 };

describe("column widths", () => {
  test("pixels become Excel's character widths by ECMA-376 Part 1, 18.3.1.13 (64 px is the default 8.43)", () => {
    expect(characterWidth(64)).toBe(8.43);
    expect(characterWidth(220)).toBe(30.71);
    expect(characterWidth(5)).toBe(0);
  });
});

describe("the downloaded workbook", () => {
  test("holds the sheets in order, with their values; text starting with = stays text", async () => {
    const file = await workbookFile([report, charts]);
    expect(file.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const sheets = await readXlsxFile(file);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(["KPI report", "KPI SPC charts"]);
    expect(sheets[0].data[4]).toEqual(["Recycling (%)", 58.8, 16.149999999999999, "=1+1"]);
    expect(sheets[0].data[5]).toEqual(["Obesity (%)", 18.3, null, true]);
    expect(sheets[1].data).toEqual([
      ["Period", "Value"],
      ["2021/22", 58.8],
    ]);
    const xml = await unzipped(file);
    expect(xml["xl/worksheets/sheet1.xml"]).not.toMatch(/<f>/);
  });

  test("number formats, column widths, the frozen header rows and the styles are written", async () => {
    const xml = await unzipped(await workbookFile([report, charts]));
    const styles = xml["xl/styles.xml"];
    const sheet = xml["xl/worksheets/sheet1.xml"];
    // The number format 0.0 is declared and used by the cells that asked for it.
    const format = /<numFmt numFmtId="(\d+)" formatCode="0\.0"\/>/.exec(styles);
    expect(format).not.toBeNull();
    const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf [^>]*?(\/>|>[\s\S]*?<\/xf>)/g)!;
    const styleOfCell = (ref: string) => Number(new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(sheet)?.[1] ?? 0);
    expect(cellXfs[styleOfCell("B5")]).toContain(`numFmtId="${format![1]}"`);
    expect(cellXfs[styleOfCell("C5")]).toContain(`numFmtId="${format![1]}"`);
    // Widths in characters, the frozen rows as a pane split below row 4.
    expect(sheet).toMatch(/<col min="1" max="1" width="30\.71" customWidth="1"\/>/);
    expect(sheet).toMatch(/<col min="3" max="3" width="8\.43" customWidth="1"\/>/);
    expect(sheet).toMatch(/<pane [^>]*ySplit="4"[^>]*state="frozen"/);
    // Headers are bold on the Excel host's pale fill; the red RAG cell has its fill.
    expect(cellXfs[styleOfCell("A4")]).toMatch(/applyFill="1"|fillId="[1-9]/);
    expect(styles).toMatch(/E6F0F2/i);
    expect(styles).toMatch(/F4C7CC/i);
  });

  test("the pane's own report and chart sheets, as the demo host stores them, make a file that reads back cell for cell", async () => {
    const view = {
      name: "Recycling (%)", category: "Effectiveness", owner: "Waste", unit: "%", problem: null, latestPeriod: "2021/22", latestValue: 58.8, target: 55, rag: "Green",
      direction: "Improving", variation: "Common cause", assurance: "Inconsistent", quartileLabel: "Top quartile", peerNote: "", gap: 16.149999999999999,
      targetFindings: ["Met"], dataQuality: [], events: [], findings: [], polarity: "higher", narrative: "Up.", questions: ["Why?"], excludedPeriods: [],
      figures: figureStyle("%", [53.3, 58.8, 55], 1), cellNotes: [], peerMedian: 42.7,
      chart: { periods: ["2020/21", "2021/22"], values: [53.3, 58.8], excluded: [false, false], mean: [56, 56], lower: [40, 40], upper: [70, 70], target: 55, targets: [55, 55], events: [] },
    } as unknown as KpiView;
    const asStored = (spec: ReturnType<typeof buildReportSheet>): SheetToWrite => {
      const cells = rectangular(spec.rows) as Cell[][];
      const styles: Record<string, string> = {};
      cells.forEach((row, r) => row.forEach((_, c) => {
        const style = styleOf(spec, r, c);
        if (style !== undefined) styles[`${r}:${c}`] = style;
      }));
      const numberFormats = Object.fromEntries(numberFormatsOf(spec).map(({ row, column, code }) => [`${row}:${column}`, code]));
      return { name: spec.baseName, cells, styles, columnWidths: spec.columnWidths ?? [], frozenRows: spec.frozenRows ?? 0, numberFormats };
    };
    const sheets = [asStored(buildReportSheet([view], { source: "KPIs!A1:D3", peers: "", excludedForAll: [] })), asStored(buildChartSheet([view]))];
    const read = await readXlsxFile(await workbookFile(sheets));
    expect(read.map((sheet) => sheet.sheet)).toEqual(["KPI report", "KPI SPC charts"]);
    // An empty text cell is an empty cell in Excel; trailing empty cells and rows are not stored.
    const trim = (rows: unknown[][]) =>
      rows
        .map((row) => {
          const copy = row.map((cell) => (cell === "" ? null : cell));
          while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
          return copy;
        })
        .filter((row, i, all) => row.length > 0 || all.slice(i).some((rest) => rest.length > 0));
    expect(trim(read[0].data as unknown[][])).toEqual(trim(sheets[0].cells));
    expect(trim(read[1].data as unknown[][])).toEqual(trim(sheets[1].cells));
  });
});
