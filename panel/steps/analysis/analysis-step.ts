/**
 * Step 2, the analysis: the Analyse button (with progress and Cancel), then the cards, exceptions
 * first, with a search and a filter by finding. It hands on the views of the last analysis.
 */
import { PanelContext } from "../../shared/context";
import { el, labelledSelect } from "../../shared/dom";
import { LayoutError } from "../../shared/errors";
import { FINDING_FILTERS, KpiView, exceptionsFirst, filterViews } from "../../shared/kpi-view";
import { KpiRecord, PeerChoice } from "../../shared/pane-inputs";
import { PanelSettings } from "../../shared/settings";
import { analyseAll } from "./analyse-all";
import { CardList } from "./card-list";
import { chartPicture } from "./cards/chart-picture";
import type { ChartPicture } from "../../shared/chart-picture";
import type { DrawnChart } from "./cards/card";

/** What the analysis reads from the other steps, when Analyse is pressed. */
export interface AnalysisInputs {
  records(): readonly KpiRecord[];
  settings(): PanelSettings;
  peers(): PeerChoice | undefined;
}

export class AnalysisStep {
  /** The Analyse button, under the data. */
  readonly launcher: HTMLElement;
  /** The results section, hidden until the first analysis. */
  readonly section = el("section", { id: "step-analyse", attrs: { "aria-labelledby": "results-heading", hidden: "" } });
  /** The views of the last analysis, exceptions first. */
  views: KpiView[] = [];
  private readonly button = el("button", { id: "analyse", text: "Analyse KPIs", attrs: { type: "button" } });
  private readonly heading = el("h2", { id: "results-heading", text: "2. Analysis", attrs: { tabindex: "-1" } });
  private readonly searchInput = el("input", { id: "search", attrs: { type: "search", autocomplete: "off" } });
  private readonly filterSelect = labelledSelect(
    "Show",
    [{ value: "all", text: "All KPIs" }, { value: "exceptions", text: "Exceptions only" }, ...FINDING_FILTERS.map((filter) => ({ value: filter.id, text: filter.label }))],
    "all",
  );
  private readonly countLine = el("p", { id: "count", className: "count", attrs: { "aria-live": "polite" } });
  private readonly cards = new CardList();

  /** `onAnalysed` hears when a new analysis is shown. */
  constructor(
    private readonly context: PanelContext,
    private readonly inputs: AnalysisInputs,
    private readonly onAnalysed: () => void,
  ) {
    this.button.addEventListener("click", () => context.run(() => this.analyse(), this.button));
    this.button.disabled = true;
    this.launcher = el("div", { className: "buttons" }, this.button);
    this.searchInput.addEventListener("input", () => this.showCards());
    this.filterSelect.select.id = "filter";
    this.filterSelect.wrapper.querySelector("label")?.setAttribute("for", "filter");
    this.filterSelect.select.addEventListener("change", () => this.showCards());
    this.section.append(
      this.heading,
      el("div", { className: "filters" }, el("div", { className: "field" }, el("label", { attrs: { for: this.searchInput.id }, text: "Search KPIs" }), this.searchInput), this.filterSelect.wrapper),
      this.countLine,
      this.cards.element,
    );
  }

  /** The charts drawn on the cards shown (uPlot instances), for tests that read what was drawn. */
  get charts(): readonly DrawnChart[] {
    return this.cards.drawn;
  }

  /** A KPI's SPC chart as a picture (PNG), drawn as its card draws it, for the Word pack. */
  chartPicture(view: KpiView): Promise<ChartPicture | undefined> {
    return chartPicture(view);
  }

  /** Readies the Analyse button for this many KPIs. */
  setKpiCount(count: number): void {
    this.button.disabled = count === 0;
    this.button.textContent = count > 0 ? `Analyse ${count} KPI${count === 1 ? "" : "s"}` : "Analyse KPIs";
  }

  private async analyse(): Promise<void> {
    const records = this.inputs.records();
    if (records.length === 0) throw new LayoutError("There are no KPIs to analyse yet.");
    this.button.disabled = true;
    try {
      const views = await this.context.withProgress("Analysing", records.length, (progress) =>
        analyseAll(
          records,
          this.inputs.settings(),
          this.inputs.peers(),
          (done, total) => {
            progress.update(done);
            this.context.say(`Analysing KPI ${done} of ${total}…`);
          },
          () => progress.isCancelled(),
        ),
      );
      if (views === undefined) {
        this.context.say("Analysis cancelled. Nothing was changed.");
        return;
      }
      this.views = exceptionsFirst(views);
      this.section.hidden = false;
      this.onAnalysed();
      this.showCards();
      const exceptions = filterViews(this.views, "", "exceptions").length;
      const unexplained = filterViews(this.views, "", "unexplained").length;
      const without = unexplained === 0 ? "" : `, ${unexplained} without an officer's explanation`;
      this.context.say(`Analysed ${views.length} KPI${views.length === 1 ? "" : "s"}: ${exceptions} need${exceptions === 1 ? "s" : ""} attention${without}.`);
      this.heading.focus();
    } finally {
      this.button.disabled = false;
    }
  }

  /** Shows the cards matching the search and filter. */
  private showCards(): void {
    const shown = filterViews(this.views, this.searchInput.value, this.filterSelect.select.value);
    this.countLine.textContent = `Showing ${shown.length} of ${this.views.length} KPIs, exceptions first.`;
    this.cards.show(shown);
  }
}
