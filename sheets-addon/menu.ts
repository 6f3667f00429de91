/**
 * The Sheets menu and sidebar. Apps Script services are used only here, in the host folder.
 *
 * The same Code.js runs two ways:
 * - pasted into a spreadsheet's own script (bound): a top-level "KPI Scrutiny" menu (`createMenu`);
 * - as an Editor add-on installed from the Marketplace: a sub-menu under Extensions
 *   (`createAddonMenu`). Google's guidance: "If you intend to publish the add-on, always use
 *   Ui.createAddonMenu to define the add-on menu"; top-level menus of a published add-on "move
 *   under the add-ons menu ... which might result in an unintended user experience"
 *   (developers.google.com/workspace/add-ons/concepts/menus).
 */

/** Title of the sidebar and the menu. */
export const ADDON_TITLE = "KPI Scrutiny";

/** The one menu item: its text and the global function it runs. */
export const MENU_ITEM = { caption: "Open KPI Scrutiny", functionName: "showSidebar" };

/**
 * True when this script runs as an add-on rather than bound to the spreadsheet.
 * - `AuthMode.NONE` only happens to an add-on: "This mode occurs when an add-on executes an
 *   onOpen(e) simple trigger, and the user has installed an add-on in a different document but the
 *   add-on has not been used in the current document" (developers.google.com/apps-script/reference/
 *   script/auth-mode). In that mode no service needing authorization may be called, so nothing else
 *   is asked.
 * - Otherwise `ScriptApp.getInstallationSource()` says how the script was installed, and its value
 *   `NONE` means "Script is not running as an add-on" (developers.google.com/apps-script/reference/
 *   script/installation-source).
 * If the installation source cannot be read, the add-on menu is the safe choice: add-ons must
 * build their menu in every authorization mode, and `createAddonMenu` is what the guidance asks of them.
 */
function runsAsAddOn(event?: GoogleAppsScript.Events.SheetsOnOpen): boolean {
  if (event && event.authMode === ScriptApp.AuthMode.NONE) return true;
  try {
    return ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
  } catch {
    return true;
  }
}

/** Adds the KPI Scrutiny menu when the spreadsheet opens: under Extensions for the add-on, top level when bound. */
function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = runsAsAddOn(event) ? ui.createAddonMenu() : ui.createMenu(ADDON_TITLE);
  menu.addItem(MENU_ITEM.caption, MENU_ITEM.functionName).addToUi();
}

/**
 * Runs when the add-on is installed: builds the same menu at once, so it appears without reopening
 * the spreadsheet. "When an add-on is installed, onInstall() runs in AuthMode.FULL", and the
 * guide's pattern is an onInstall(e) that calls onOpen(e)
 * (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Opens the sidebar built from Sidebar.html. */
function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The menu globals, exported for the Apps Script entry. */
export const appsScriptGlobals = { onOpen, onInstall, showSidebar };
