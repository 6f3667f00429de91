/**
 * The structure of an Office add-in XML manifest as the published schemas give it (child order and
 * counts, value formats and lengths, which element defines or references which kind of resource),
 * for the offline checks of tools/validate-manifest.js. Sources are cited at the top of that file.
 */
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

module.exports = { FORMATS, TYPES, MANY };
