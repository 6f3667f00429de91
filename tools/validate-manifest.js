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

const ROOT = path.resolve(__dirname, "..");

// ---------------------------------------------------------------------------------------------
// Reading the XML: a small reader for the elements, attributes and text a manifest holds
// (comments, processing instructions and CDATA are allowed; a DOCTYPE is not).
// ---------------------------------------------------------------------------------------------

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The root element of an XML document: { name, local, attrs, children, text, line }. Throws on malformed XML. */
function parseXml(xml) {
  const lineStarts = [0];
  for (let i = 0; i < xml.length; i++) if (xml[i] === "\n") lineStarts.push(i + 1);
  const lineAt = (index) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const document = { name: "#document", children: [], text: "" };
  const stack = [document];
  const startTag = /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
  let i = 0;
  const fail = (index, what) => {
    throw new Error(`line ${lineAt(index)}: ${what}`);
  };
  while (i < xml.length) {
    const open = xml.indexOf("<", i);
    const textEnd = open < 0 ? xml.length : open;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      if (stack.length === 1 && text.trim() !== "") fail(i, "text outside the root element");
      stack[stack.length - 1].text += decodeEntities(text);
    }
    if (open < 0) break;
    if (xml.startsWith("<!--", open)) {
      const end = xml.indexOf("-->", open + 4);
      if (end < 0) fail(open, "a comment is not closed");
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", open)) {
      const end = xml.indexOf("]]>", open);
      if (end < 0) fail(open, "a CDATA section is not closed");
      stack[stack.length - 1].text += xml.slice(open + 9, end);
      i = end + 3;
    } else if (xml.startsWith("<?", open)) {
      const end = xml.indexOf("?>", open);
      if (end < 0) fail(open, "a processing instruction is not closed");
      i = end + 2;
    } else if (xml.startsWith("<!", open)) {
      fail(open, "a DOCTYPE or other declaration is not allowed in a manifest");
    } else if (xml.startsWith("</", open)) {
      const end = xml.indexOf(">", open);
      if (end < 0) fail(open, "an end tag is not closed");
      const name = xml.slice(open + 2, end).trim();
      const element = stack.pop();
      if (stack.length === 0 || element.name !== name) fail(open, `</${name}> does not close <${element.name}>`);
      i = end + 1;
    } else {
      startTag.lastIndex = open;
      const match = startTag.exec(xml);
      if (!match) fail(open, "a start tag is malformed");
      const attrs = {};
      for (const attribute of match[2].matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (attribute[1] in attrs) fail(open, `attribute ${attribute[1]} appears twice`);
        attrs[attribute[1]] = decodeEntities(attribute[2] ?? attribute[3]);
      }
      const element = { name: match[1], local: match[1].replace(/^.*:/, ""), attrs, children: [], text: "", line: lineAt(open) };
      if (stack.length === 1 && document.children.length > 0) fail(open, "a second root element");
      stack[stack.length - 1].children.push(element);
      if (!match[3]) stack.push(element);
      i = startTag.lastIndex;
    }
  }
  if (stack.length > 1) throw new Error(`<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is not closed`);
  if (document.children.length === 0) throw new Error("no root element");
  return document.children[0];
}

// ---------------------------------------------------------------------------------------------
// Value formats (OfficeAppBasicTypesV1_0.xsd and OfficeAppManifestV1_1.xsd simple types).
// ---------------------------------------------------------------------------------------------

const length = (min, max, schemaName) => (value) =>
  value.length < min ? `is empty; ${schemaName} needs at least ${min} character` : value.length > max ? `has ${value.length} characters; ${schemaName} allows at most ${max}` : null;
const pattern = (regex, description) => (value) => (regex.test(value) ? null : `"${value}" is not ${description}`);

/** Each value format of the schemas: a function returning what is wrong with a value, or null. */
const FORMATS = {
  ShortString: length(1, 125, "a ShortString"),
  LongString: length(1, 250, "a LongString"),
  URL: length(1, 2048, "a URL"),
  ReferenceId: length(1, 32, "a resource id (ReferenceId)"),
  NonEmptyString: length(1, Infinity, "a NonEmptyString"),
  UUID: pattern(
    /^(?:(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/,
    "a GUID",
  ),
  Version: pattern(/^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/, "a version of up to four numbers (such as 1.0.0.0)"),
  ShortVersion: pattern(/^[0-9]{1,5}\.[0-9]{1,5}$/, "a version of two numbers (such as 1.1)"),
  CultureName: pattern(
    /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/,
    "a culture name (such as en-GB)",
  ),
  TaskPanePermission: pattern(/^(Restricted|ReadDocument|ReadAllDocument|WriteDocument|ReadWriteDocument)$/, "one of Restricted, ReadDocument, ReadAllDocument, WriteDocument, ReadWriteDocument"),
  Boolean: pattern(/^(true|false|1|0)$/, "true or false"),
  Integer: pattern(/^[+-]?[0-9]+$/, "a whole number"),
};

// ---------------------------------------------------------------------------------------------
// The content model of a task pane add-in manifest, type by type, as the schemas define it.
// ---------------------------------------------------------------------------------------------

const MANY = Infinity;
/** One place in an element's sequence of children: the names it takes (each with its type), how few and how many. */
function slot(names, type, min = 0, max = 1) {
  const types = typeof names === "string" ? { [names]: type } : names;
  return { types, min, max };
}
/** A type chosen by the element's xsi:type attribute; an unlisted xsi:type is not checked further. */
const byXsiType = (choices) => ({ xsiType: choices });
const required = (format) => ({ format, required: true });
const optional = (format) => ({ format, required: false });

const CONTROL = byXsiType({ Button: "Button", Menu: "Menu" });
const ACTION = byXsiType({ ShowTaskpane: "ShowTaskpane", ExecuteFunction: "ExecuteFunction" });
const HOST = byXsiType({ Workbook: "VersionOverridesHost", Document: "VersionOverridesHost", Presentation: "VersionOverridesHost", Notebook: "VersionOverridesHost" });
const EXTENSION_POINT = byXsiType({ PrimaryCommandSurface: "CommandSurface", ContextMenu: "ContextMenu", CustomFunctions: "CustomFunctionsExtensionPoint" });
const setting = (format, overrideType) => ({ attrs: { DefaultValue: required(format) }, sequence: [slot("Override", overrideType, 0, MANY)] });
const override = (format) => ({ attrs: { Locale: required("CultureName"), Value: required(format) } });
const text = (format) => ({ text: format });
const reference = (kind) => ({ attrs: { resid: required("ReferenceId") }, reference: kind });
const resource = (kind, format, overrideType) => ({ attrs: { id: required("ReferenceId"), DefaultValue: required(format) }, sequence: [slot("Override", overrideType, 0, MANY)], defines: kind });

const TYPES = {
  // OfficeAppManifestV1_1.xsd: OfficeApp, then its TaskPaneApp extension.
  TaskPaneApp: {
    sequence: [
      slot("Id", "UUIDText", 1, 1),
      slot("AlternateId", "NonEmptyText"),
      slot("Version", "VersionText", 1, 1),
      slot("ProviderName", "ShortText", 1, 1),
      slot("DefaultLocale", "CultureText", 1, 1),
      slot("DisplayName", "ShortSetting", 1, 1),
      slot("Description", "LongSetting", 1, 1),
      slot("IconUrl", "UrlSetting"),
      slot("HighResolutionIconUrl", "UrlSetting"),
      slot("SupportUrl", "UrlSetting"),
      slot("AppDomains", "AppDomains"),
      slot("Hosts", "Hosts"),
      slot("Requirements", "Requirements"),
      slot("DefaultSettings", "TaskPaneAppSettings", 1, 1),
      slot("Permissions", "PermissionsText", 1, 1),
      slot("Dictionary", "Unchecked"),
      slot("VersionOverrides", "VersionOverridesV1_0"),
      slot("Signature", "Unchecked"),
    ],
  },
  UUIDText: text("UUID"),
  NonEmptyText: text("NonEmptyString"),
  VersionText: text("Version"),
  ShortText: text("ShortString"),
  LongText: text("LongString"),
  CultureText: text("CultureName"),
  PermissionsText: text("TaskPanePermission"),
  BooleanText: text("Boolean"),
  ShortSetting: setting("ShortString", "ShortOverride"),
  LongSetting: setting("LongString", "LongOverride"),
  UrlSetting: setting("URL", "UrlOverride"),
  ShortOverride: override("ShortString"),
  LongOverride: override("LongString"),
  UrlOverride: override("URL"),
  AppDomains: { sequence: [slot("AppDomain", "LongText", 1, MANY)] },
  Hosts: { sequence: [slot("Host", "NamedHost", 1, MANY)] },
  NamedHost: { attrs: { Name: required("ShortString") } },
  Requirements: { sequence: [slot("Sets", "Sets"), slot("Methods", "Methods")] },
  Sets: { attrs: { DefaultMinVersion: optional("ShortVersion") }, sequence: [slot("Set", "Set", 1, MANY)] },
  Set: { attrs: { Name: required("ShortString"), MinVersion: optional("ShortVersion") } },
  Methods: { sequence: [slot("Method", "Method", 1, MANY)] },
  Method: { attrs: { Name: required("LongString") } },
  TaskPaneAppSettings: { sequence: [slot("SourceLocation", "UrlSetting", 1, 1)] },

  // TaskPaneAppVersionOverridesV1_0.xsd.
  VersionOverridesV1_0: {
    sequence: [
      slot("Description", "LongReference"),
      slot("Requirements", "VersionOverridesRequirements"),
      slot("Hosts", "VersionOverridesHosts"),
      slot("Resources", "Resources"),
      slot("WebApplicationInfo", "Unchecked"),
      slot("EquivalentAddins", "Unchecked"),
      slot("VersionOverrides", "Unchecked"),
    ],
  },
  VersionOverridesRequirements: { sequence: [slot("Sets", "Sets", 1, 1)] },
  VersionOverridesHosts: { sequence: [slot("Host", HOST, 1, MANY)] },
  VersionOverridesHost: { sequence: [slot("AllFormFactors", "AllFormFactors"), slot("DesktopFormFactor", "FormFactor")] },
  AllFormFactors: { sequence: [slot("ExtensionPoint", byXsiType({ CustomFunctions: "CustomFunctionsExtensionPoint" }))] },
  FormFactor: { sequence: [slot("GetStarted", "GetStarted"), slot("FunctionFile", "UrlReference"), slot("ExtensionPoint", EXTENSION_POINT, 1, MANY)] },
  GetStarted: { sequence: [slot("Title", "ShortReference", 1, 1), slot("Description", "LongReference", 1, 1), slot("LearnMoreUrl", "UrlReference", 1, 1)] },
  CustomFunctionsExtensionPoint: {
    sequence: [slot("Script", "SourceFile", 1, 1), slot("Page", "SourceFile", 1, 1), slot("Metadata", "SourceFile"), slot("Namespace", "ShortReference")],
  },
  SourceFile: { sequence: [slot("SourceLocation", "UrlReference", 1, 1)] },
  CommandSurface: { sequence: [slot("OfficeTab", "OfficeTab", 0, MANY), slot("CustomTab", "Unchecked", 0, MANY)] },
  ContextMenu: { sequence: [slot("OfficeMenu", "OfficeMenu", 1, MANY)] },
  OfficeMenu: { attrs: { id: required("ShortString") }, sequence: [slot("Control", CONTROL, 1, MANY)] },
  OfficeTab: { attrs: { id: required("ShortString") }, sequence: [slot("Group", "Group", 1, MANY)] },
  // The reference page for Group adds OverriddenByRibbonApi (first) and OfficeControl, which may
  // mix with Control after the Icon (learn.microsoft.com/javascript/api/manifest/group).
  Group: {
    attrs: { id: required("ShortString") },
    sequence: [
      slot("OverriddenByRibbonApi", "BooleanText"),
      slot("Label", "ShortReference", 1, 1),
      slot("Icon", "IconList", 1, 1),
      slot({ Control: CONTROL, OfficeControl: "Unchecked" }, null, 1, MANY),
    ],
  },
  // Control: OverriddenByRibbonApi "must be the first child element"; Enabled is optional
  // (learn.microsoft.com/javascript/api/manifest/control-button).
  Button: {
    attrs: { id: required("ShortString") },
    sequence: [
      slot("OverriddenByRibbonApi", "BooleanText"),
      slot("Label", "ShortReference", 1, 1),
      slot("Supertip", "Supertip", 1, 1),
      slot("Icon", "IconList", 1, 1),
      slot("Action", ACTION, 1, 1),
      slot("Enabled", "BooleanText"),
    ],
  },
  Menu: {
    attrs: { id: required("ShortString") },
    sequence: [
      slot("OverriddenByRibbonApi", "BooleanText"),
      slot("Label", "ShortReference", 1, 1),
      slot("Supertip", "Supertip", 1, 1),
      slot("Icon", "IconList", 1, 1),
      slot("Items", "MenuItems", 1, 1),
      slot("Enabled", "BooleanText"),
    ],
  },
  MenuItems: { sequence: [slot("Item", "MenuItem", 1, MANY)] },
  MenuItem: {
    attrs: { id: required("ShortString") },
    sequence: [
      slot("OverriddenByRibbonApi", "BooleanText"),
      slot("Label", "ShortReference", 1, 1),
      slot("Supertip", "Supertip", 1, 1),
      slot("Icon", "IconList"),
      slot("Action", ACTION, 1, 1),
    ],
  },
  Supertip: { sequence: [slot("Title", "ShortReference", 1, 1), slot("Description", "LongReference", 1, 1)] },
  IconList: { sequence: [slot("Image", "IconImage", 1, MANY)] },
  IconImage: { attrs: { resid: required("ReferenceId"), size: required("Integer") }, reference: "image" },
  ShowTaskpane: { sequence: [slot("TaskpaneId", "ShortText"), slot("SourceLocation", "UrlReference", 1, 1), slot("Title", "ShortReference")] },
  ExecuteFunction: { sequence: [slot("FunctionName", "LongText", 1, 1)] },
  ShortReference: reference("short"),
  LongReference: reference("long"),
  UrlReference: reference("url"),

  // OfficeAppBasicTypesV1_0.xsd: Resources.
  Resources: { sequence: [slot("Images", "ImageResources"), slot("Urls", "UrlResources"), slot("ShortStrings", "ShortStringResources"), slot("LongStrings", "LongStringResources")] },
  ImageResources: { sequence: [slot("Image", "ImageResource", 0, MANY)] },
  UrlResources: { sequence: [slot("Url", "UrlResource", 0, MANY)] },
  ShortStringResources: { sequence: [slot("String", "ShortStringResource", 0, MANY)] },
  LongStringResources: { sequence: [slot("String", "LongStringResource", 0, MANY)] },
  ImageResource: resource("image", "URL", "UrlOverride"),
  UrlResource: resource("url", "URL", "UrlOverride"),
  ShortStringResource: resource("short", "ShortString", "ShortOverride"),
  LongStringResource: resource("long", "LongString", "LongOverride"),
  Unchecked: { unchecked: true },
};

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
