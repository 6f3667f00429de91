/**
 * npm run docs: writes docs/FORMULAS.md, the formula reference, from the catalogue in the built
 * core (dist/core), so the reference cannot drift from what the hosts register. A test fails
 * when the committed file differs from what this would write.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const OUTPUT = path.join(ROOT, "docs", "FORMULAS.md");

function cell(text) {
  return String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The reference as Markdown, from the catalogue metadata. */
function renderReference(metadata) {
  const lines = [
    "# Formula reference",
    "",
    "Generated from the formula catalogue (`core/functions`) by `npm run docs`; do not edit by hand.",
    "Every formula exists in Excel as `KPI.NAME` and in Google Sheets as `KPI_NAME`, with the same",
    "arguments and results. Conventions shared by all formulas (series, blanks and `n/a`, numeric",
    "text, polarity words, the two kinds of failure) are described in the README.",
    "",
    "| Formula | What it returns |",
    "| --- | --- |",
    ...metadata.map((meta) => {
      const params = meta.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      return `| \`KPI.${meta.name}(${params})\` | ${cell(meta.description)} |`;
    }),
    "",
  ];
  for (const meta of metadata) {
    lines.push(`## KPI.${meta.name}`, "", meta.description, "");
    lines.push("| Argument | Help |", "| --- | --- |");
    for (const p of meta.parameters) lines.push(`| \`${p.name}\`${p.optional ? " (optional)" : ""} | ${cell(p.description)} |`);
    lines.push("");
    if (meta.result.columns) lines.push(`Result columns: ${meta.result.columns.join(", ")}.`, "");
    lines.push(`Example: \`${meta.example.formula}\` gives ${cell(meta.example.result)}.`);
    lines.push(`In Google Sheets: \`${meta.example.formula.replace(/KPI\./g, "KPI_")}\`.`, "");
  }
  return lines.join("\n");
}

if (require.main === module) {
  const corePath = path.join(ROOT, process.env.KPI_DIST || "dist", "core", "index.js");
  if (!fs.existsSync(corePath)) {
    console.error("Build first: npm run build");
    process.exit(1);
  }
  const { catalogueMetadata } = require(corePath);
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, renderReference(catalogueMetadata()));
  console.log(`Wrote ${path.relative(process.cwd(), OUTPUT)}`);
}

module.exports = { renderReference };
