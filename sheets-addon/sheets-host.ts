/**
 * The panel's WorkbookHost in the Google Sheets sidebar: every call goes to the Apps Script side
 * (panel-server.ts) through `google.script.run`, each with a failure handler whose message the
 * panel shows, and each reply read with its schema (server-replies.ts).
 */
import type { ZodMiniType } from "zod/mini";
import { downloadFromPage } from "../panel/download";
import { NewSheetSpec, RangeData, SavedFile, WorkbookHost } from "../panel/host";
import type { PanelServerFunction } from "./panel-server";
import { NOTHING, RANGE_DATA, SAVED_SETTINGS_TEXT, SHEET_NAME, SHEET_NAMES, readReply } from "./server-replies";

/** The part of `google.script.run` the host uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

/** The runner of the page (`google.script.run`), or undefined outside Google Sheets. */
function pageRunner(): ScriptRunner | undefined {
  const google = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  return google?.script?.run;
}

export class SheetsHost implements WorkbookHost {
  readonly info = { name: "Google Sheets", formulaPrefix: "KPI_", canChart: true };

  constructor(private readonly runner: () => ScriptRunner | undefined = pageRunner) {}

  /** Calls one server function; resolves with its reply, read with `reply`, or rejects with an Error for the panel. */
  private call<T>(name: PanelServerFunction, reply: ZodMiniType<T>, ...args: unknown[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const run = this.runner();
      if (run === undefined) {
        reject(new Error("The sidebar cannot reach Google Sheets. Close it and open it again from the KPI Scrutiny menu."));
        return;
      }
      const target = run
        .withSuccessHandler((value) => {
          try {
            resolve(readReply(reply, value, name));
          } catch (error) {
            reject(error);
          }
        })
        .withFailureHandler((error) => reject(new Error(error instanceof Error || (typeof error === "object" && error !== null && "message" in error) ? String((error as { message: unknown }).message) : String(error))));
      const fn = target[name];
      if (typeof fn !== "function") {
        reject(new Error(`The Apps Script project has no function ${name}. Update the script from the latest Code.js, then reload the spreadsheet.`));
        return;
      }
      (fn as (...values: unknown[]) => void).apply(target, args);
    });
  }

  getSelection(): Promise<RangeData> {
    return this.call("kpiPanelSelection", RANGE_DATA);
  }

  listSheets(): Promise<string[]> {
    return this.call("kpiPanelListSheets", SHEET_NAMES);
  }

  readSheet(name: string): Promise<RangeData> {
    return this.call("kpiPanelReadSheet", RANGE_DATA, name);
  }

  createSheet(spec: NewSheetSpec): Promise<string> {
    return this.call("kpiPanelCreateSheet", SHEET_NAME, spec);
  }

  async activate(sheet: string): Promise<void> {
    await this.call("kpiPanelActivateSheet", NOTHING, sheet);
  }

  loadSettings(): Promise<string | null> {
    return this.call("kpiPanelLoadSettings", SAVED_SETTINGS_TEXT);
  }

  async saveSettings(json: string): Promise<void> {
    await this.call("kpiPanelSaveSettings", NOTHING, json);
  }

  /**
   * Downloads a file the pane made, from the sidebar itself: HtmlService serves the sidebar in a
   * sandboxed iframe that allows downloads (https://developers.google.com/apps-script/guides/html/restrictions),
   * so nothing goes through the Apps Script side.
   */
  async saveFile(name: string, mediaType: string, bytes: Uint8Array): Promise<SavedFile> {
    const url = downloadFromPage(name, mediaType, bytes);
    return { started: true, url, message: `The committee pack "${name}" is downloading: look in your browser's downloads.` };
  }
}
