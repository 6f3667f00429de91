/**
 * What every step of the panel shares: the host, the status line, the error box, one action at a
 * time, a progress bar with Cancel for long work, and word that the workbook's sheets changed. A
 * step gets this context and never reaches into another step or the app.
 */
import { WorkbookHost } from "../host";
import { el } from "./dom";
import { LayoutError, messageOf } from "./errors";

/** A long task's view of its progress bar. */
export interface Progress {
  /** Moves the bar to `done` of the total. */
  update(done: number): void;
  /** True once the user has pressed Cancel. */
  isCancelled(): boolean;
}

export class PanelContext {
  /** The status line: what the panel is doing or has done (read out politely by screen readers). */
  readonly statusLine = el("p", { id: "status", className: "status", attrs: { role: "status", "aria-live": "polite" } });
  /** The error box: what went wrong and what to do next. */
  readonly errorBox = el("div", { id: "error", className: "error", attrs: { role: "alert" } });
  /** The progress bar and its Cancel button, hidden until a long task runs. */
  readonly progressBox = el("div", { className: "progress", attrs: { hidden: "" } });

  private readonly progressLabel = el("label", { attrs: { for: "progress" }, text: "In progress" });
  private readonly progressBar = el("progress", { id: "progress", attrs: { max: "1", value: "0", "aria-label": "Analysis progress" } });
  private readonly cancelButton = el("button", { id: "cancel", text: "Cancel", attrs: { type: "button" } });
  private cancelled = false;
  private busy = false;
  private readonly sheetListeners: (() => Promise<void>)[] = [];

  constructor(readonly host: WorkbookHost) {
    this.errorBox.hidden = true;
    this.cancelButton.addEventListener("click", () => {
      this.cancelled = true;
    });
    this.progressBox.append(this.progressLabel, this.progressBar, this.cancelButton);
  }

  /** Says what is happening on the status line. */
  say(text: string): void {
    this.statusLine.textContent = text;
  }

  /**
   * Runs one user action: one at a time, failures shown in the panel. With `origin` (the button or
   * box the user pressed), what the action says, and any failure, appear next to it, where the user
   * is looking, rather than at the top of the pane.
   */
  run(action: () => Promise<void>, origin?: HTMLElement): void {
    if (origin !== undefined) this.placeNear(origin);
    if (this.busy) {
      this.say("Please wait: the last action is still running.");
      return;
    }
    this.busy = true;
    this.clearError();
    action()
      .catch((error) => this.showError(error))
      .finally(() => {
        this.busy = false;
      });
  }

  /**
   * Runs a long task of `total` steps with the progress bar (labelled `label`) and Cancel shown;
   * the bar is hidden again however the task ends.
   */
  async withProgress<T>(label: string, total: number, task: (progress: Progress) => Promise<T>): Promise<T> {
    this.cancelled = false;
    this.progressLabel.textContent = label;
    this.progressBar.max = Math.max(1, total);
    this.progressBar.value = 0;
    this.progressBox.hidden = false;
    const progress: Progress = {
      update: (done) => {
        this.progressBar.value = done;
      },
      isCancelled: () => this.cancelled,
    };
    try {
      return await task(progress);
    } finally {
      this.progressBox.hidden = true;
    }
  }

  /** Moves the status line and the error box to just after the group of controls `origin` is in. */
  private placeNear(origin: HTMLElement): void {
    const group = origin.closest(".buttons, .field, fieldset, .check") ?? origin;
    if (group.nextElementSibling !== this.errorBox) group.after(this.errorBox, this.statusLine);
  }

  /** Shows a failure with what to do next: a table that does not fit says its own fix. */
  showError(error: unknown, next?: string): void {
    const layout = error instanceof LayoutError;
    const advice =
      next ??
      (layout
        ? (error.fix ?? "Select the whole table, header row included, and try again.")
        : "Check the workbook is open and editable, then try again. If it keeps failing, reload the add-in.");
    const title = !layout ? "Something went wrong" : error.fix !== undefined ? "This table cannot be used yet" : "One step first";
    this.errorBox.replaceChildren(el("p", { className: "error-title", text: title }), el("p", { text: messageOf(error) }), el("p", { text: `What to do next: ${advice}` }));
    this.errorBox.hidden = false;
    this.say("");
  }

  clearError(): void {
    this.errorBox.hidden = true;
    this.errorBox.replaceChildren();
  }

  /** Calls `listener` whenever a step adds a sheet to the workbook. */
  onSheetsChanged(listener: () => Promise<void>): void {
    this.sheetListeners.push(listener);
  }

  /** Tells the other steps the workbook's sheets changed; resolves when they have caught up. */
  async sheetsChanged(): Promise<void> {
    for (const listener of this.sheetListeners) await listener();
  }
}
