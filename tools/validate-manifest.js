/**
 * npm run validate: checks dist/excel-addin/manifest.xml offline (Microsoft's validator needs its
 * online service, which `--online` calls). Exit code 0 when every check passes.
 *
 * What is checked, and where each rule comes from:
 * - The structure the manifest schema gives a task pane add-in: which child elements each element
 *   may hold, in which order, how many times, and which it must hold (so an empty container such
 *   as `<AppDomains/>` fails). The order and the counts are the `xs:sequence` of each type in the
 *   schemas Microsoft publishes with the manifest reference: OfficeAppManifestV1_1.xsd,
 *   TaskPaneAppVersionOverridesV1_0.xsd and OfficeAppBasicTypesV1_0.xsd
 *   (github.com/OfficeDev/office-js-docs-pr, docs/overview/schemas/taskpane/), read as
 *   "How to find the proper order of manifest elements" explains
 *   (learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering): "Your manifest will
 *   not be valid and your add-in will not load, if any element is in the wrong order."
 * - Lengths and formats of values, from the same schemas: ShortString 1-125 characters, LongString
 *   1-250, URL 1-2048, a resource id or resid 1-32 (ReferenceId), the Id a GUID, the Version up
 *   to four dot-separated numbers, DefaultLocale a culture name, Permissions one of its five values.
 *   The reference pages say the same: DisplayName "up to 125 characters"
 *   (learn.microsoft.com/javascript/api/manifest/displayname), Description "no longer than 250
 *   characters" (.../manifest/description), a resid "can be no more than 32 characters"
 *   (.../manifest/group, .../manifest/control-button, .../manifest/getstarted), a URL "a maximum of
 *   2048 characters" and each ShortStrings/LongStrings String at most 125/250 characters
 *   (.../manifest/resources, .../manifest/string).
 * - Resources: "An id must be unique within the manifest" (.../manifest/resources); every resid
 *   names a resource of the kind its element needs (a Label or Title a ShortStrings String, a
 *   Description a LongStrings String, a SourceLocation, FunctionFile or LearnMoreUrl a Url, an icon
 *   Image an Image); Group ids unique across Groups (.../manifest/group) and Control ids across
 *   Controls (.../manifest/control).
 * - Icons, measured in the built PNG files: IconUrl 32 x 32 and HighResolutionIconUrl 64 x 64 pixels
 *   for a task pane add-in (.../manifest/iconurl, .../manifest/highresolutioniconurl); every ribbon
 *   Icon lists the three mandatory sizes 16, 32 and 80, uses only the supported sizes (20, 24, 40,
 *   48 and 64 besides), and each image has the size its `size` attribute states
 *   (.../manifest/icon, .../manifest/image).
 * - This project's own rules: every URL is HTTPS (or http://localhost in development), under the
 *   base URL and points at a built file; the formulas are in the KPI namespace; CustomFunctionsRuntime
 *   1.2 is required; functions.json is built.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { pngSize } = require("./icons");
const { parseXml } = require("./manifest/read-xml");
const { FORMATS, TYPES } = require("./manifest/schema-rules");

const ROOT = path.resolve(__dirname, "..");


/** Where each kind of resource is defined, for messages. */
const RESOURCE_PLACES = { image: "an Image in <bt:Images>", url: "a Url in <bt:Urls>", short: "a String in <bt:ShortStrings>", long: "a String in <bt:LongStrings>" };

/** Icon sizes (learn.microsoft.com/javascript/api/manifest/icon and .../manifest/image). */
const RIBBON_ICON_SIZES_REQUIRED = [16, 32, 80];
const RIBBON_ICON_SIZES_SUPPORTED = [16, 20, 24, 32, 40, 48, 64, 80];
/** IconUrl and HighResolutionIconUrl sizes by add-in type (.../manifest/iconurl, .../manifest/highresolutioniconurl). */
const ADD_IN_ICON_SIZES = { TaskPaneApp: { IconUrl: 32, HighResolutionIconUrl: 64 }, ContentApp: { IconUrl: 32, HighResolutionIconUrl: 64 }, MailApp: { IconUrl: 64, HighResolutionIconUrl: 128 } };

/**
 * Checks a parsed manifest against the content model. Returns the problems and what the walk
 * collected: resource definitions and references, URL values, icons, Group and Control ids.
 */
function checkStructure(root) {
  const problems = [];
  const found = { definitions: [], references: [], urls: [], iconLists: [], ids: { Group: [], Control: [] }, settings: {} };
  const label = (element) => `<${element.name}>${element.attrs.id ? ` id="${element.attrs.id}"` : ""} (line ${element.line})`;

  const visit = (element, typeName, parent) => {
    const type = TYPES[typeName];
    if (!type || type.unchecked) return;
    for (const [attribute, rule] of Object.entries(type.attrs || {})) {
      const value = element.attrs[attribute];
      if (value === undefined) {
        if (rule.required) problems.push(`${label(element)} lacks its ${attribute} attribute`);
        continue;
      }
      const wrong = FORMATS[rule.format](value);
      if (wrong) problems.push(`${label(element)} ${attribute}: ${wrong}`);
      if (rule.format === "URL") found.urls.push({ url: value, where: label(element) });
    }
    if (type.text) {
      const wrong = FORMATS[type.text](element.text.trim());
      if (wrong) problems.push(`${label(element)}: ${wrong}`);
    } else if (element.text.trim() !== "") {
      problems.push(`${label(element)} holds text, but the schema allows only child elements in it`);
    }
    if (type.defines) found.definitions.push({ id: element.attrs.id, kind: type.defines, url: element.attrs.DefaultValue, where: label(element) });
    if (type.reference) found.references.push({ resid: element.attrs.resid, kind: type.reference, size: element.attrs.size, where: label(element), parent });
    if (typeName === "IconList") found.iconLists.push({ element, where: `${label(element)} in ${label(parent)}` });
    if (typeName === "Group") found.ids.Group.push({ id: element.attrs.id, where: label(element) });
    if (typeName === "Button" || typeName === "Menu") found.ids.Control.push({ id: element.attrs.id, where: label(element) });
    if (parent && parent.local === "OfficeApp" && typeName === "UrlSetting") found.settings[element.local] = element.attrs.DefaultValue;

    const sequence = type.sequence || [];
    if (element.children.length === 0 && sequence.some((entry) => entry.min > 0)) {
      const needed = sequence.filter((entry) => entry.min > 0).map((entry) => Object.keys(entry.types).map((name) => `<${name}>`).join(" or "));
      problems.push(`${label(element)} is empty: the manifest schema requires ${needed.join(", ")} in it, and an empty container fails validation`);
      return;
    }
    const counts = sequence.map(() => 0);
    let position = 0;
    let previous = null;
    for (const child of element.children) {
      let index = -1;
      for (let k = position; k < sequence.length; k++) {
        if (child.local in sequence[k].types) {
          index = k;
          break;
        }
      }
      if (index < 0) {
        index = sequence.findIndex((entry) => child.local in entry.types);
        if (index < 0) {
          problems.push(`${label(child)} is not an element the manifest schema allows in ${label(element)}`);
          continue;
        }
        problems.push(`${label(child)} is out of order in ${label(element)}: the schema puts it before <${previous.name}>`);
      } else {
        position = index;
        previous = child;
      }
      counts[index] += 1;
      if (counts[index] > sequence[index].max) problems.push(`${label(child)}: ${label(element)} may hold at most ${sequence[index].max} <${child.local}>`);
      let childType = sequence[index].types[child.local];
      if (childType && childType.xsiType) {
        const xsiType = child.attrs["xsi:type"];
        if (!xsiType) {
          problems.push(`${label(child)} lacks its xsi:type attribute`);
          continue;
        }
        childType = childType.xsiType[xsiType.replace(/^.*:/, "")] || "Unchecked";
      }
      visit(child, childType, element);
    }
    sequence.forEach((entry, k) => {
      if (counts[k] < entry.min) {
        const names = Object.keys(entry.types).map((name) => `<${name}>`).join(" or ");
        problems.push(`${label(element)} lacks ${names}, which the manifest schema requires there`);
      }
    });
  };

  if (root.local !== "OfficeApp") {
    problems.push(`the root element is <${root.name}>, not <OfficeApp>`);
    return { problems, found };
  }
  const appType = (root.attrs["xsi:type"] || "").replace(/^.*:/, "");
  found.appType = appType;
  if (appType !== "TaskPaneApp") {
    problems.push(`<OfficeApp> has xsi:type "${appType}"; these checks cover task pane add-ins (TaskPaneApp) only`);
    return { problems, found };
  }
  visit(root, "TaskPaneApp", null);
  return { problems, found };
}

/** Resource ids defined once, every resid defined and of the kind its element needs, unique Group and Control ids. */
function checkResources(found) {
  const problems = [];
  const byId = new Map();
  for (const definition of found.definitions) {
    const first = byId.get(definition.id);
    if (first) problems.push(`resource id "${definition.id}" is defined twice (${first.where} and ${definition.where}); an id must be unique within the manifest`);
    else byId.set(definition.id, definition);
  }
  for (const reference of found.references) {
    const definition = byId.get(reference.resid);
    if (!definition) problems.push(`resid "${reference.resid}" in ${reference.where} names no resource; define it as ${RESOURCE_PLACES[reference.kind]}`);
    else if (definition.kind !== reference.kind) {
      problems.push(`resid "${reference.resid}" in ${reference.where} must name ${RESOURCE_PLACES[reference.kind]}, but it names ${RESOURCE_PLACES[definition.kind]}`);
    }
  }
  for (const [kind, ids] of Object.entries(found.ids)) {
    const seen = new Map();
    for (const { id, where } of ids) {
      if (seen.has(id)) problems.push(`${kind} id "${id}" is used twice (${seen.get(id)} and ${where}); it must be unique across all ${kind} elements`);
      else seen.set(id, where);
    }
  }
  return { problems, byId };
}

/** The built file a URL under the base points at, or null. */
function builtFile(url, base, distDir) {
  if (!url || !url.startsWith(base)) return null;
  const relative = url.slice(base.length).replace(/[?#].*$/, "");
  const file = path.join(distDir, relative);
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/** The pixel size of an icon file, or a sentence saying why it cannot be measured. */
function measureIcon(url, base, distDir) {
  const file = builtFile(url, base, distDir);
  if (!file) return { problem: `${url} is not a built file, so its size cannot be checked` };
  const size = pngSize(fs.readFileSync(file));
  if (!size) return { problem: `${url} is not a PNG file, so its size cannot be checked (the add-in's icons are drawn as PNG)` };
  return { size };
}

/** Icon sizes: the add-in icons and every ribbon Icon, measured in the built PNG files. */
function checkIcons(found, byId, base, distDir) {
  const problems = [];
  const expected = ADD_IN_ICON_SIZES[found.appType] || {};
  for (const [element, pixels] of Object.entries(expected)) {
    const url = found.settings[element];
    if (!url) continue;
    const { size, problem } = measureIcon(url, base, distDir);
    if (problem) problems.push(`<${element}>: ${problem}`);
    else if (size.width !== pixels || size.height !== pixels) {
      problems.push(`<${element}> ${url} is ${size.width} x ${size.height} pixels; a ${found.appType} icon there must be ${pixels} x ${pixels}`);
    }
  }
  for (const { element, where } of found.iconLists) {
    const images = element.children.filter((child) => child.local === "Image");
    const sizes = images.map((image) => Number(image.attrs.size));
    const missing = RIBBON_ICON_SIZES_REQUIRED.filter((size) => !sizes.includes(size));
    if (missing.length > 0) problems.push(`${where} lacks the mandatory image size${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (16, 32 and 80 are required)`);
    const seen = new Set();
    for (const image of images) {
      const size = Number(image.attrs.size);
      if (!RIBBON_ICON_SIZES_SUPPORTED.includes(size)) {
        problems.push(`<${image.name}> (line ${image.line}) has size ${image.attrs.size}; supported sizes are ${RIBBON_ICON_SIZES_SUPPORTED.join(", ")}`);
        continue;
      }
      if (seen.has(size)) problems.push(`<${image.name}> (line ${image.line}) repeats size ${size} in ${where}`);
      seen.add(size);
      const definition = byId.get(image.attrs.resid);
      if (!definition || definition.kind !== "image") continue;
      const measured = measureIcon(definition.url, base, distDir);
      if (measured.problem) problems.push(`icon "${image.attrs.resid}": ${measured.problem}`);
      else if (measured.size.width !== size || measured.size.height !== size) {
        problems.push(`icon "${image.attrs.resid}" (${definition.url}) is ${measured.size.width} x ${measured.size.height} pixels, but <${image.name}> (line ${image.line}) declares size ${size}`);
      }
    }
  }
  return problems;
}

/** The findings of the offline checks: an empty list means the manifest is good. */
async function checkManifest(distDir = path.join(ROOT, process.env.KPI_DIST || "dist", "excel-addin")) {
  const problems = [];
  const file = path.join(distDir, "manifest.xml");
  if (!fs.existsSync(file)) return [`${file} is missing: run npm run build`];
  const xml = fs.readFileSync(file, "utf8");
  const { OfficeAddinManifest } = require("office-addin-manifest");
  let root;
  let info;
  try {
    root = parseXml(xml);
    info = await OfficeAddinManifest.readManifestFile(file);
  } catch (error) {
    return [`manifest.xml does not parse: ${error.message}`];
  }

  const structure = checkStructure(root);
  problems.push(...structure.problems);
  const resources = checkResources(structure.found);
  problems.push(...resources.problems);

  const base = ((info.defaultSettings && info.defaultSettings.sourceLocation) || "").replace(/taskpane\.html$/, "");
  if (!/^https:\/\//.test(base) && !/^http:\/\/(localhost|127\.0\.0\.1)/.test(base)) problems.push(`base URL ${base} is not https`);
  for (const { url, where } of structure.found.urls) {
    if (!url.startsWith(base)) problems.push(`${url} (${where}) is not under the base URL ${base}`);
    else if (!builtFile(url, base, distDir)) problems.push(`${url} (${where}) points at no built file`);
  }
  problems.push(...checkIcons(structure.found, resources.byId, base, distDir));

  if (!/<bt:String id="Functions.Namespace" DefaultValue="KPI"\/>/.test(xml)) problems.push("the KPI namespace is not set");
  if (!/<Set Name="CustomFunctionsRuntime" MinVersion="1.2"\/>/.test(xml)) problems.push("CustomFunctionsRuntime 1.2 is not required");
  if (!fs.existsSync(path.join(distDir, "functions.json"))) problems.push("functions.json is missing");
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

module.exports = { checkManifest, parseXml };
