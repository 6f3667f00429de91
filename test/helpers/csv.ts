/**
 * Reads a CSV test fixture into cells as a spreadsheet shows it when the file is opened: quoted
 * fields kept whole, plain numbers as numbers, everything else as text, an empty field as empty.
 */
import fs from "fs";
import path from "path";

type Cell = string | number | boolean | null;

/** The fields of one CSV line (RFC 4180 quoting, no line breaks inside fields). */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(field);
      field = "";
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** A fixture under test/fixtures as the cells of a sheet. */
export function readCsvCells(relative: string): Cell[][] {
  const text = fs.readFileSync(path.join(__dirname, "..", "fixtures", relative), "utf8").replace(/\r\n/g, "\n").trim();
  return text.split("\n").map((line) =>
    fields(line).map((field): Cell => {
      if (field === "") return null;
      return /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(field) ? Number(field) : field;
    }),
  );
}
