/**
 * The demo's file layer, reading: CSV text (quotes, commas in fields, £ and %, byte-order marks,
 * the encodings Excel saves CSV in), tables pasted from Excel or Sheets, and .xlsx workbooks written
 * here with write-excel-file and read back through the demo's reader. Each bad file gets its own
 * message naming what is wrong.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import writeXlsxFile from "write-excel-file/browser";
import { DATE_FORMAT, excelSerial, shownDate } from "../../demo/files/excel-dates";
import { FileProblem } from "../../demo/files/imported-sheet";
import { MAX_FILE_BYTES } from "../../demo/files/limits";
import { openFile } from "../../demo/files/open-file";
import { readPastedText } from "../../demo/files/read-text-table";
import { cellFromText } from "../../demo/files/text-cells";
import { bytesOf, fileOf } from "./helpers";

/** The message of the FileProblem a promise fails with (fails the test when it does not). */
async function problem(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FileProblem);
  return (error as Error).message;
}

describe("cells from text", () => {
  test("plain numbers become numbers; percent, pound and other text stays as typed", () => {
    expect(cellFromText("45")).toBe(45);
    expect(cellFromText(" -3.5 ")).toBe(-3.5);
    expect(cellFromText("1,250.5")).toBe(1250.5);
    expect(cellFromText("1e3")).toBe(1000);
    expect(cellFromText("85%")).toBe("85%");
    expect(cellFromText("£1,250")).toBe("£1,250");
    expect(cellFromText("tbc")).toBe("tbc");
    expect(cellFromText("Q1 2023/24")).toBe("Q1 2023/24");
    expect(cellFromText("1,23")).toBe("1,23");
    expect(cellFromText("")).toBeNull();
    expect(cellFromText("   ")).toBeNull();
  });
});

describe("opening a CSV file", () => {
  test("quotes, commas and line breaks inside quoted fields, doubled quotes, £ and % values", async () => {
    const text = 'KPI,Unit,2022/23,2023/24\r\n"Rent collected, as a share of rent due (%)",%,96.5%,"97.1%"\r\n"Cost per ""bin"" lift",£,£1.20,£1.35\r\n"Two\nlines",,"1,250",1250\r\n';
    const result = await openFile(fileOf("kpis.csv", text));
    expect(result.notes).toEqual([]);
    expect(result.sheets).toHaveLength(1);
    expect(result.sheets[0].name).toBe("kpis");
    expect(result.sheets[0].cells).toEqual([
      ["KPI", "Unit", "2022/23", "2023/24"],
      ["Rent collected, as a share of rent due (%)", "%", "96.5%", "97.1%"],
      ['Cost per "bin" lift', "£", "£1.20", "£1.35"],
      ["Two\nlines", null, 1250, 1250],
    ]);
  });

  test("a UTF-8 byte-order mark (Excel's CSV UTF-8) is not part of the first cell", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("KPI,2024\nCost (£),£3.50\n")]);
    const { sheets, notes } = await openFile(fileOf("bom.csv", bytes));
    expect(sheets[0].cells).toEqual([
      ["KPI", 2024],
      ["Cost (£)", "£3.50"],
    ]);
    expect(notes).toEqual([]);
  });

  test("Windows-1252 (Excel's CSV (Comma delimited) on Windows), where £ is the byte A3, is read and named", async () => {
    const { sheets, notes } = await openFile(fileOf("ansi.csv", bytesOf("KPI,Cost\r\nMeals,£4.48\r\n")));
    expect(sheets[0].cells).toEqual([
      ["KPI", "Cost"],
      ["Meals", "£4.48"],
    ]);
    expect(notes.join(" ")).toMatch(/Windows-1252/);
  });

  test("UTF-16 with its byte-order mark (Excel's Unicode Text, tab-separated) is read", async () => {
    const text = "KPI\tQ1 2024/25\nCalls answered (%)\t85%\n";
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    const { sheets, notes } = await openFile(fileOf("unicode.txt", utf16));
    expect(sheets[0].cells).toEqual([
      ["KPI", "Q1 2024/25"],
      ["Calls answered (%)", "85%"],
    ]);
    expect(notes.join(" ")).toMatch(/UTF-16LE/);
  });

  test("ragged rows are fine: each row keeps its own cells, and trailing blank lines are dropped", async () => {
    const { sheets } = await openFile(fileOf("ragged.csv", "KPI,2022,2023,2024\nMissed bins,45,60\nCalls,1,2,3,extra\n\n\n"));
    expect(sheets[0].cells).toEqual([
      ["KPI", 2022, 2023, 2024],
      ["Missed bins", 45, 60],
      ["Calls", 1, 2, 3, "extra"],
    ]);
  });

  test("semicolon-separated files are recognised", async () => {
    const { sheets } = await openFile(fileOf("semi.csv", "KPI;2023;2024\nCalls;85;88\n"));
    expect(sheets[0].cells).toEqual([
      ["KPI", 2023, 2024],
      ["Calls", 85, 88],
    ]);
  });
});

describe("files that cannot be used get a message saying why and what to do", () => {
  test("an empty file", async () => {
    expect(await problem(openFile(fileOf("empty.csv", "")))).toMatch(/"empty\.csv" is empty \(0 bytes\)/);
  });

  test("a file with only blank lines and separators", async () => {
    expect(await problem(openFile(fileOf("blank.csv", "\n,,\n ,\n")))).toMatch(/has no cells/);
  });

  test("a file over the size limit, refused before it is read", async () => {
    const big = { name: "huge.csv", size: MAX_FILE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error("read although too big")) };
    expect(await problem(openFile(big))).toMatch(/"huge\.csv" is 10\.0 MB; the browser version opens files up to 10\.0 MB/);
  });

  test("a binary file that is not a workbook (a PNG image)", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    expect(await problem(openFile(fileOf("chart.png", png)))).toMatch(/encoding KPI Scrutiny cannot read|not a text \(CSV\) file/);
  });

  test("an Excel 97-2003 workbook (.xls)", async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await problem(openFile(fileOf("old.xls", xls)))).toMatch(/Excel 97-2003 workbook \(\.xls\).*save it as an Excel Workbook \(\.xlsx\)/);
  });

  test("a PDF", async () => {
    expect(await problem(openFile(fileOf("report.pdf", "%PDF-1.7\n...")))).toMatch(/is a PDF, not a table/);
  });

  test("a file named .xlsx that is not a workbook", async () => {
    expect(await problem(openFile(fileOf("renamed.xlsx", "KPI,2024\n")))).toMatch(/named like an Excel workbook but is not one/);
  });

  test("a zip archive that is not a workbook", async () => {
    const zip = zipSync({ "notes.txt": strToU8("hello") });
    expect(await problem(openFile(fileOf("archive.xlsx", zip)))).toMatch(/is not an Excel workbook \(\.xlsx\), or it is damaged/);
  });

  test("UTF-16 text without its byte-order mark is named as such", async () => {
    const text = "KPI,2024\nCalls,85\n";
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[2 * i] = text.charCodeAt(i);
    expect(await problem(openFile(fileOf("utf16.csv", bytes)))).toMatch(/looks like UTF-16 \(Unicode\) text without the byte-order mark/);
  });

  test("text in an encoding that is neither UTF-8, UTF-16 nor Windows-1252 is named, not garbled", async () => {
    // 0x81 and 0x8D are not characters in Windows-1252 and not valid UTF-8 here.
    expect(await problem(openFile(fileOf("other.csv", bytesOf("KPI,Cost\n", [0x81, 0x8d], ",5\n"))))).toMatch(/not UTF-8, UTF-16 or Windows-1252.*CSV UTF-8/);
  });

  test("a quote mark that is never closed", async () => {
    expect(await problem(openFile(fileOf("quote.csv", 'KPI,2024\n"Calls,85\nBins,45\n')))).toMatch(/quote mark \("\) in row 2 that is never closed/);
  });
});

describe("a table pasted from Excel or Sheets", () => {
  test("tab-separated, with a quoted cell holding a line break and doubled quotes, as Excel copies it", () => {
    const clipboard = 'KPI\tPolarity\tQ1 2023/24\tQ2 2023/24\tQ3 2023/24\r\nCalls answered in 20s (%)\tHigher\t85%\t82%\ttbc\r\n"Missed bins\nper 100k ""households"""\tlower\t45\t60\tn/a\r\n';
    expect(readPastedText(clipboard)).toEqual([
      ["KPI", "Polarity", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24"],
      ["Calls answered in 20s (%)", "Higher", "85%", "82%", "tbc"],
      ['Missed bins\nper 100k "households"', "lower", 45, 60, "n/a"],
    ]);
  });

  test("commas inside tab-separated cells are kept; text without tabs is read as CSV", () => {
    expect(readPastedText("KPI\tNote\nCalls\tup, then down\n")).toEqual([
      ["KPI", "Note"],
      ["Calls", "up, then down"],
    ]);
    expect(readPastedText("KPI,2024\nCalls,85\n")).toEqual([
      ["KPI", 2024],
      ["Calls", 85],
    ]);
  });

  test("nothing pasted gets its own message", () => {
    expect(() => readPastedText("  \n")).toThrow(/Nothing was pasted/);
  });
});

describe("dates as Excel serial numbers", () => {
  test("1 April 2024 is serial 45383, as write-excel-file writes it into the sheet", async () => {
    const date = new Date(Date.UTC(2024, 3, 1));
    const blob = await writeXlsxFile([[{ value: date, type: Date, format: "mmm-yy" }]]).toBlob();
    const sheetXml = strFromU8(unzipSync(new Uint8Array(await blob.arrayBuffer()))["xl/worksheets/sheet1.xml"]);
    expect(sheetXml).toMatch(/<v>45383<\/v>/);
    expect(excelSerial(date)).toBe(45383);
    expect(shownDate(45383)).toBe("01/04/2024");
    expect(shownDate(45383.75)).toBe("01/04/2024 18:00");
  });
});

describe("opening an .xlsx workbook (written here with write-excel-file, read back through the demo's reader)", () => {
  /** A workbook with a KPI sheet, a peer sheet, an empty sheet; one formula cell gets a cached value. */
  async function workbook(): Promise<Uint8Array> {
    const month = (m: number) => ({ value: new Date(Date.UTC(2024, m, 1)), type: Date, format: "mmm-yy" });
    const blob = await writeXlsxFile([
      {
        sheet: "KPIs",
        data: [
          [{ value: "KPI", fontWeight: "bold" }, "Unit", month(3), month(4), month(5)],
          ["Calls answered (%)", "%", { value: 0.85, format: "0%" }, 0.82, 0.88],
          ["Missed bins", null, 45, { value: "SUM(C3:D3)", type: "Formula" }, 38],
          ["Rent collected", "£", 1250.5, { value: true, type: Boolean }, { value: "tbc", type: String }],
        ],
      },
      { sheet: "Peers", data: [["KPI", "Council", 2023], ["Missed bins", "Trafford", 41]] },
      { sheet: "Notes", data: [[null]] },
    ] as never).toBlob();
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const kpis = strFromU8(files["xl/worksheets/sheet1.xml"]);
    // As Excel saves it: the formula with the value it last calculated (7, not what SUM would give
    // now, 105), and an error cell with its cached error.
    expect(kpis).toContain("<f>SUM(C3:D3)</f>");
    files["xl/worksheets/sheet1.xml"] = strToU8(kpis.replace("<f>SUM(C3:D3)</f>", "<f>SUM(C3:D3)</f><v>7</v>").replace("</row></sheetData>", '<c r="F4" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData>'));
    return zipSync(files);
  }

  test("each sheet with cells becomes a sheet: numbers, text, TRUE/FALSE, dates as serials showing as dates", async () => {
    const { sheets, notes } = await openFile(fileOf("council.xlsx", await workbook()));
    expect(sheets.map((sheet) => sheet.name)).toEqual(["KPIs", "Peers"]);
    expect(notes).toEqual(['Left out the empty sheet "Notes".']);
    const [kpis, peers] = sheets;
    expect(kpis.cells).toEqual([
      ["KPI", "Unit", 45383, 45413, 45444],
      ["Calls answered (%)", "%", 0.85, 0.82, 0.88],
      ["Missed bins", null, 45, 7, 38],
      ["Rent collected", "£", 1250.5, true, "tbc"],
    ]);
    expect(kpis.shown).toEqual({ "0:2": "01/04/2024", "0:3": "01/05/2024", "0:4": "01/06/2024" });
    expect(kpis.numberFormats).toEqual({ "0:2": DATE_FORMAT, "0:3": DATE_FORMAT, "0:4": DATE_FORMAT });
    expect(peers.cells).toEqual([
      ["KPI", "Council", 2023],
      ["Missed bins", "Trafford", 41],
    ]);
  });

  test("formulas are never evaluated: a formula reads as the value saved with it, an error or unsaved value as empty", async () => {
    const { sheets } = await openFile(fileOf("council.xlsx", await workbook()));
    expect(sheets[0].cells[2][3]).toBe(7);
    expect(sheets[0].cells[3]).toHaveLength(5);
    const unsaved = await writeXlsxFile([[1, { value: "A1*2", type: "Formula" }, "x"]] as never).toBlob();
    expect((await openFile(fileOf("unsaved.xlsx", unsaved))).sheets[0].cells).toEqual([[1, null, "x"]]);
  });

  test("a workbook whose sheets are all empty gets its own message", async () => {
    const blob = await writeXlsxFile([{ sheet: "Empty", data: [[null]] }] as never).toBlob();
    expect(await problem(openFile(fileOf("empty.xlsx", blob)))).toMatch(/has no cells in any of its sheets/);
  });
});
