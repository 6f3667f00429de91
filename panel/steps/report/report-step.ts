/**
 * Step 3, the report: writes the committee paper into new sheets (the report with one row per KPI,
 * its summary of live counts, the key "How to read this report" and, where the host can, a sheet
 * of SPC charts), each set up for print; and downloads the committee pack in Word. Nothing
 * already in the workbook is changed.
 */
import { PanelContext } from "../../shared/context";
import { el } from "../../shared/dom";
import { LayoutError } from "../../shared/errors";
import { KpiView, urgency } from "../../shared/kpi-view";
import { readingKey } from "../../shared/marks/reading-key";
import type { ChartPicture } from "../../shared/chart-picture";
import { buildChartSheet } from "./chart-sheet";
import { buildKeySheet } from "./key-sheet";
import { PackButton } from "./pack/pack-button";
import { ReportContext, buildReportSheet } from "./report-sheet";
import { buildSummarySheet } from "./summary/summary-sheet";

/** What the report reads from the other steps, when it is written. */
export interface ReportInputs {
  /** The views of the last analysis, exceptions first. */
  views(): readonly KpiView[];
  /** Where the tables came from, the periods left out for every KPI, and our council when known. */
  about(): ReportContext;
  /** A KPI's SPC chart as a picture for the Word pack (drawn by the analysis step's chart code). */
  chartPicture(view: KpiView): Promise<ChartPicture | undefined>;
}

/**
 * The period the paper reports, for its title: the last period of the KPI table (the last period
 * of most KPIs' series, a figure not yet in being an exception of its own), else the latest period
 * with a value; "" when none was analysed.
 *
 * @example
 * paperPeriod(views); // => "2022/23"
 */
export function paperPeriod(views: readonly KpiView[]): string {
  const counts = new Map<string, number>();
  for (const view of views) {
    const period = view.chart?.periods[view.chart.periods.length - 1] ?? view.latestPeriod;
    if (period) counts.set(period, (counts.get(period) ?? 0) + 1);
  }
  let best = "";
  for (const [period, count] of counts) if (count >= (counts.get(best) ?? 0)) best = period;
  return best;
}

export class ReportStep {
  /** The report section, hidden until the first analysis. */
  readonly section = el("section", { id: "step-report", attrs: { "aria-labelledby": "report-heading", hidden: "" } });
  private readonly councilInput = el("input", { id: "paper-council", attrs: { type: "text", autocomplete: "organization" } });
  private readonly periodInput = el("input", { id: "paper-period", attrs: { type: "text", autocomplete: "off" } });
  private readonly exceptionsOption = el("input", { id: "exceptions-only", attrs: { type: "checkbox" } });
  private readonly chartsOption = el("input", { id: "with-charts", attrs: { type: "checkbox" } });
  private readonly pack: PackButton;

  constructor(
    private readonly context: PanelContext,
    private readonly inputs: ReportInputs,
  ) {
    const canChart = context.host.info.canChart;
    const writeButton = el("button", { id: "write-report", text: "Write report sheet", attrs: { type: "button" } });
    writeButton.addEventListener("click", () => context.run(() => this.write(), writeButton));
    const chartsLabel = el("label", { attrs: { for: this.chartsOption.id } }, canChart ? "Also add SPC charts on a second new sheet" : "Also add SPC charts (not available here)");
    this.chartsOption.disabled = !canChart;
    this.pack = new PackButton(context, () => ({ views: this.inputs.views(), about: this.about(), chartPicture: (view) => this.inputs.chartPicture(view) }));
    this.section.append(
      el("h2", { id: "report-heading", text: "3. Write the report" }),
      el(
        "p",
        { className: "hint" },
        "Writes new sheets for the committee paper: the report with one row per KPI, a summary whose counts are formulas over the report, and a key, How to read this report. Each is set up to print. Nothing already in the workbook is changed.",
      ),
      el("div", { className: "field" }, el("label", { attrs: { for: this.councilInput.id }, text: "Council (for the titles)" }), this.councilInput),
      el("div", { className: "field" }, el("label", { attrs: { for: this.periodInput.id }, text: "Period the paper reports" }), this.periodInput),
      el("div", { className: "check" }, this.exceptionsOption, el("label", { attrs: { for: this.exceptionsOption.id }, text: "Exceptions only in the table" })),
      el("div", { className: "check" }, this.chartsOption, chartsLabel),
      el("div", { className: "buttons" }, writeButton),
      ...this.pack.elements,
    );
  }

  /** Shows the step (after an analysis), with the council and period filled in where known. */
  show(): void {
    this.section.hidden = false;
    if (this.councilInput.value.trim() === "") this.councilInput.value = this.inputs.about().council ?? "";
    this.periodInput.value = paperPeriod(this.inputs.views());
  }

  /** Where the report comes from, with the council and period as the pane's fields say. */
  private about(): ReportContext {
    return { ...this.inputs.about(), council: this.councilInput.value.trim(), period: this.periodInput.value.trim(), exceptionsOnly: this.exceptionsOption.checked };
  }

  private async write(): Promise<void> {
    const views = this.inputs.views();
    if (views.length === 0) throw new LayoutError("Analyse the KPIs first.");
    const about = this.about();
    const table = about.exceptionsOnly ? views.filter((view) => urgency(view) > 0) : views;
    this.context.say("Writing the report…");
    const spec = buildReportSheet(table, about);
    const name = await this.context.host.createSheet(spec);
    // A sheet of that name is never written over: the new one has a name of its own, and the message says so.
    let message =
      name === spec.baseName
        ? `Report written to the new sheet "${name}", now shown in the workbook.`
        : `A sheet named "${spec.baseName}" is already in the workbook and is kept as it was, so this report is on a new sheet, "${name}", now shown in the workbook.`;
    try {
      const summary = await this.context.host.createSheet(buildSummarySheet(table, about, name));
      const key = await this.context.host.createSheet(buildKeySheet(readingKey(), about));
      message += ` Its summary is on the new sheet "${summary}" and the key on "${key}".`;
    } catch (error) {
      this.context.showError(error, `The report sheet "${name}" is complete; only its summary or key failed and was removed. Write the report again, or later.`);
    }
    if (this.chartsOption.checked) {
      try {
        const chartSheet = await this.context.host.createSheet(buildChartSheet(views));
        message += ` SPC charts are on the new sheet "${chartSheet}".`;
      } catch (error) {
        this.context.showError(error, `The report sheet "${name}" is complete; only the chart sheet failed and was removed. Try Write report sheet again without charts, or later.`);
      }
    }
    await this.context.sheetsChanged();
    await this.context.host.activate(name);
    this.context.say(message);
  }
}
