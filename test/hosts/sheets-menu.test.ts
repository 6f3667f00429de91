/**
 * The Sheets menu in the BUILT Code.js, loaded as Apps Script loads it, with a fake SpreadsheetApp
 * and ScriptApp: bound to a spreadsheet (pasted script) it adds a top-level "KPI Scrutiny" menu;
 * as an add-on it adds its item under Extensions with createAddonMenu, in every authorization
 * mode, and in AuthMode.NONE it asks no other service; onInstall(e) builds the same menu as onOpen(e).
 * The enums mirror ScriptApp.AuthMode and ScriptApp.InstallationSource
 * (developers.google.com/apps-script/reference/script/auth-mode, .../script/installation-source).
 */
import { loadSheetsBundle } from "../helpers/bundles";

type Source = "NONE" | "WEB_STORE_ADD_ON" | "APPS_MARKETPLACE_DOMAIN_ADD_ON" | "unreadable";

interface Recorded {
  menus: { kind: "top-level" | "add-on"; title?: string; items: [string, string][]; added: boolean }[];
  installationSourceReads: number;
  sidebars: string[];
}

/** Loads Code.js with a fake UI that records the menus built, and a ScriptApp reporting `source`. */
function sheetsWith(source: Source): { recorded: Recorded; call: (name: string, ...args: unknown[]) => unknown } {
  const recorded: Recorded = { menus: [], installationSourceReads: 0, sidebars: [] };
  const menu = (kind: "top-level" | "add-on", title?: string) => {
    const entry = { kind, title, items: [] as [string, string][], added: false };
    recorded.menus.push(entry);
    const builder = {
      addItem(caption: string, functionName: string) {
        entry.items.push([caption, functionName]);
        return builder;
      },
      addToUi() {
        entry.added = true;
      },
    };
    return builder;
  };
  const ui = {
    createMenu: (title: string) => menu("top-level", title),
    createAddonMenu: () => menu("add-on"),
    showSidebar: (html: { title: string }) => recorded.sidebars.push(html.title),
  };
  const AuthMode = { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL", CUSTOM_FUNCTION: "CUSTOM_FUNCTION" };
  const InstallationSource = { NONE: "NONE", WEB_STORE_ADD_ON: "WEB_STORE_ADD_ON", APPS_MARKETPLACE_DOMAIN_ADD_ON: "APPS_MARKETPLACE_DOMAIN_ADD_ON" };
  const services = {
    SpreadsheetApp: { getUi: () => ui },
    ScriptApp: {
      AuthMode,
      InstallationSource,
      getInstallationSource: () => {
        recorded.installationSourceReads += 1;
        if (source === "unreadable") throw new Error("You do not have permission to call ScriptApp.getInstallationSource");
        return InstallationSource[source];
      },
    },
    HtmlService: {
      createHtmlOutputFromFile: (name: string) => {
        const output = { name, title: "", setTitle: (title: string) => Object.assign(output, { title }) };
        return output;
      },
    },
  };
  const bundle = loadSheetsBundle(services);
  const call = (name: string, ...args: unknown[]) => (bundle.context[name] as (...a: unknown[]) => unknown)(...args);
  return { recorded, call };
}

const OPEN_ITEM: [string, string] = ["Open KPI Scrutiny", "showSidebar"];

describe("the Sheets menu (built Code.js)", () => {
  test("bound to the spreadsheet (a pasted script, onOpen in AuthMode.LIMITED): a top-level KPI Scrutiny menu", () => {
    const { recorded, call } = sheetsWith("NONE");
    call("onOpen", { authMode: "LIMITED" });
    expect(recorded.menus).toEqual([{ kind: "top-level", title: "KPI Scrutiny", items: [OPEN_ITEM], added: true }]);
  });

  test("an add-on not yet used in this spreadsheet (AuthMode.NONE): the Extensions menu, and no other service is asked", () => {
    const { recorded, call } = sheetsWith("WEB_STORE_ADD_ON");
    call("onOpen", { authMode: "NONE" });
    expect(recorded.menus).toEqual([{ kind: "add-on", title: undefined, items: [OPEN_ITEM], added: true }]);
    expect(recorded.installationSourceReads).toBe(0);
  });

  test.each(["WEB_STORE_ADD_ON", "APPS_MARKETPLACE_DOMAIN_ADD_ON"] as const)("an add-on enabled in the spreadsheet (installed from %s, AuthMode.LIMITED): the Extensions menu", (source) => {
    const { recorded, call } = sheetsWith(source);
    call("onOpen", { authMode: "LIMITED" });
    expect(recorded.menus).toEqual([{ kind: "add-on", title: undefined, items: [OPEN_ITEM], added: true }]);
    expect(recorded.installationSourceReads).toBe(1);
  });

  test("onInstall(e) builds the same menu as onOpen(e), at once", () => {
    const addOn = sheetsWith("WEB_STORE_ADD_ON");
    addOn.call("onInstall", { authMode: "FULL" });
    const reopened = sheetsWith("WEB_STORE_ADD_ON");
    reopened.call("onOpen", { authMode: "FULL" });
    expect(addOn.recorded.menus).toEqual([{ kind: "add-on", title: undefined, items: [OPEN_ITEM], added: true }]);
    expect(addOn.recorded.menus).toEqual(reopened.recorded.menus);
  });

  test("onInstall hands its event to onOpen: the event's AuthMode is read as onOpen reads it", () => {
    const { recorded, call } = sheetsWith("NONE");
    call("onInstall", { authMode: "NONE" });
    expect(recorded.installationSourceReads).toBe(0);
    expect(recorded.menus.map((m) => m.kind)).toEqual(["add-on"]);
  });

  test("when the installation source cannot be read, the menu still appears, under Extensions", () => {
    const { recorded, call } = sheetsWith("unreadable");
    call("onOpen", { authMode: "LIMITED" });
    expect(recorded.menus).toEqual([{ kind: "add-on", title: undefined, items: [OPEN_ITEM], added: true }]);
  });

  test("run from the script editor without an event (bound): the top-level menu", () => {
    const { recorded, call } = sheetsWith("NONE");
    call("onOpen");
    expect(recorded.menus).toEqual([{ kind: "top-level", title: "KPI Scrutiny", items: [OPEN_ITEM], added: true }]);
  });

  test("the menu item opens the sidebar, titled KPI Scrutiny", () => {
    const { recorded, call } = sheetsWith("NONE");
    call("onOpen", { authMode: "LIMITED" });
    const [, functionName] = recorded.menus[0].items[0];
    call(functionName);
    expect(recorded.sidebars).toEqual(["KPI Scrutiny"]);
  });
});
