/**
 * The Sheets menu and sidebar. Apps Script services are used only here, in the host folder.
 */

/** Title of the sidebar and the menu. */
export const ADDON_TITLE = "KPI Scrutiny";

/** Adds the KPI Scrutiny menu when the spreadsheet opens. */
function onOpen(): void {
  SpreadsheetApp.getUi().createMenu(ADDON_TITLE).addItem("Open KPI Scrutiny", "showSidebar").addToUi();
}

/** Runs when the add-on is installed: the same menu at once. */
function onInstall(): void {
  onOpen();
}

/** Opens the sidebar built from Sidebar.html. */
function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The menu globals, exported for the Apps Script entry. */
export const appsScriptGlobals = { onOpen, onInstall, showSidebar };
