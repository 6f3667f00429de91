/**
 * The bench's size figures: the built files users load (raw and gzipped), and what the Sheets
 * Code.js is made of. Used by tools/bench.js.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Size of built files in KB: raw, and gzipped as a server sends them. */
function sizes(DIST, files) {
  const present = files.filter((file) => fs.existsSync(path.join(DIST, file)));
  if (present.length < files.length) return undefined;
  const buffers = present.map((file) => fs.readFileSync(path.join(DIST, file)));
  return {
    raw: buffers.reduce((sum, buffer) => sum + buffer.length, 0) / 1024,
    gzipped: buffers.reduce((sum, buffer) => sum + zlib.gzipSync(buffer, { level: 9 }).length, 0) / 1024,
  };
}

/** The size figures, as rows of the bench's table (`notBuilt` rows for files not built yet). */
function sizeRows(DIST, format) {
  const rows = [];
  const report = (row) => rows.push(row);
  const notBuilt = (figure, what) => report({ figure, unit: "", note: `not built yet (${what})` });
  for (const [figure, files, limit, measure] of [
  ["size: Sheets Code.js (minified)", ["sheets-addon/Code.js"], 150, "raw"],
  ["size: Excel task pane JS + CSS (gzipped)", ["excel-addin/taskpane.js", "excel-addin/panel.css"], 250, "gzipped"],
  ["size: Sheets sidebar page (gzipped)", ["sheets-addon/Sidebar.html"], 250, "gzipped"],
  ["size: Excel functions bundle (minified)", ["excel-addin/functions.js"], undefined, "raw"],
]) {
  const size = sizes(DIST, files);
  if (size === undefined) {
    notBuilt(figure, files.join(" + "));
    continue;
  }
  const value = size[measure];
  report({
    figure,
    value,
    unit: "KB",
    baseline: measure === "raw" ? `${format(size.gzipped, "KB")} gzipped` : `${format(size.raw, "KB")} raw`,
    target: limit === undefined ? "" : `< ${limit} KB`,
    met: limit === undefined ? undefined : value < limit,
  });
}

/**
 * What Code.js is made of: the licence notices of the bundled packages (comments that must travel
 * with the code, tools/licence-notices-plugin.js), the bundled code, and the KPI_* stubs whose JSDoc
 * is Sheets' autocomplete help (tools/catalogue-plugin.js). Only the bundled code grows with speed
 * or size work; the other two grow with the libraries and the formulas the product offers.
 */
function codeJsParts(DIST) {
  const file = path.join(DIST, "sheets-addon", "Code.js");
  if (!fs.existsSync(file)) return undefined;
  const text = fs.readFileSync(file, "utf8");
  const notices = /^\/\*! Third-party software[\s\S]*?\*\/\n/.exec(text);
  const noticesLength = notices ? Buffer.byteLength(notices[0]) : 0;
  const firstStub = text.search(/\n\/\*\*\n \* [^\n]*\n \*\n \* @param/);
  const stubs = firstStub < 0 ? 0 : Buffer.byteLength(text.slice(firstStub));
  return { notices: noticesLength / 1024, stubs: stubs / 1024, code: (Buffer.byteLength(text) - noticesLength - stubs) / 1024 };
}

  const parts = codeJsParts(DIST);
if (parts !== undefined) {
  report({
    figure: "size: Code.js parts (licence notices / bundled code / formula help stubs)",
    value: parts.code,
    unit: "KB",
    note: `${format(parts.notices, "KB")} / ${format(parts.code, "KB")} / ${format(parts.stubs, "KB")}`,
    baseline: "",
    target: "",
    met: undefined,
  });
}
  return rows;
}

module.exports = { sizeRows };
