/**
 * The panel: find the data, leave periods out, analyse, write the report. Written once against
 * WorkbookHost; Excel, Sheets and the demo each pass their host to `startPanel`. Each step is its
 * own module under steps/, sharing only the PanelContext (host, status line, error box, progress);
 * this file puts them on the page and passes each step what it reads from the others.
 */
import { RangeData, WorkbookHost } from "./host";
import { PanelContext } from "./shared/context";
import { el } from "./shared/dom";
import { KpiView } from "./shared/kpi-view";
import { ALL_KPIS } from "./shared/settings";
import { AnalysisStep } from "./steps/analysis/analysis-step";
import { FindDataStep } from "./steps/find-data/find-data-step";
import { PeriodsStep } from "./steps/periods/periods-step";
import { ReportStep } from "./steps/report/report-step";

/** Builds the panel into `root` and loads the saved settings. */
export function startPanel(root: HTMLElement, host: WorkbookHost): PanelApp {
  const app = new PanelApp(root, host);
  void app.loadSettings();
  return app;
}

export class PanelApp {
  private readonly context: PanelContext;
  private readonly findData: FindDataStep;
  private readonly periods: PeriodsStep;
  private readonly analysis: AnalysisStep;
  private readonly report: ReportStep;

  constructor(root: HTMLElement, host: WorkbookHost) {
    const context = new PanelContext(host);
    this.context = context;
    this.periods = new PeriodsStep(context);
    this.findData = new FindDataStep(context, (records) => {
      this.analysis.setKpiCount(records.length);
      this.periods.showPeriods(records);
    });
    this.analysis = new AnalysisStep(
      context,
      { records: () => this.findData.records, settings: () => this.periods.settings, peers: () => this.findData.peerChoice() },
      () => this.report.show(),
    );
    this.report = new ReportStep(context, {
      views: () => this.analysis.views,
      about: () => {
        const peers = this.findData.peerChoice();
        return {
          source: this.findData.sourceName(),
          peers: peers ? `${peers.source}${peers.ourCouncil ? `, our council ${peers.ourCouncil}` : ""}` : "",
          excludedForAll: this.periods.settings.excluded[ALL_KPIS] ?? [],
          tableNotes: this.findData.tableNotes,
        };
      },
    });

    const header = el(
      "header",
      { className: "top" },
      el("h1", { text: "KPI Scrutiny" }),
      el("p", { className: "intro", text: "Turns a KPI table into the report a scrutiny committee reads: is each KPI really improving, how does it compare with peers, is its target any good, and what to ask." }),
    );
    const dataSection = el(
      "section",
      { id: "step-data", attrs: { "aria-labelledby": "data-heading" } },
      el("h2", { id: "data-heading", text: "1. Find the data" }),
      ...this.findData.elements,
      this.periods.element,
      this.analysis.launcher,
      context.progressBox,
    );
    root.replaceChildren(header, context.errorBox, context.statusLine, dataSection, this.analysis.section, this.report.section);
  }

  /** The views of the last analysis (exceptions first), for hosts' tests. */
  get analysed(): readonly KpiView[] {
    return this.analysis.views;
  }

  /** Reads the settings saved with the workbook (the periods left out). */
  loadSettings(): Promise<void> {
    return this.periods.loadSettings();
  }

  /** Uses a block as the KPI table (the demo preloads one this way). */
  setKpiSource(data: RangeData): void {
    this.findData.setKpiSource(data);
  }

  /** Uses a block as the peer table; `council` names our council when known. */
  setPeerSource(data: RangeData, council?: string): void {
    this.findData.setPeerSource(data, council);
  }

  /** Shows a failure with what to do next. */
  showError(error: unknown, next?: string): void {
    this.context.showError(error, next);
  }
}
