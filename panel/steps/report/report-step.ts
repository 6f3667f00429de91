/**
 * Step 3, the report: writes a new sheet with one row per KPI (and, where the host can, a second
 * new sheet of SPC charts). Nothing already in the workbook is changed.
 */
import { PanelContext } from "../../shared/context";
import { el } from "../../shared/dom";
import { LayoutError } from "../../shared/errors";
import { KpiView } from "../../shared/kpi-view";
import { buildChartSheet } from "./chart-sheet";
import { ReportContext, buildReportSheet } from "./report-sheet";

/** What the report reads from the other steps, when it is written. */
export interface ReportInputs {
  /** The views of the last analysis, exceptions first. */
  views(): readonly KpiView[];
  /** Where the tables came from and the periods left out for every KPI. */
  about(): ReportContext;
}

export class ReportStep {
  /** The report section, hidden until the first analysis. */
  readonly section = el("section", { id: "step-report", attrs: { "aria-labelledby": "report-heading", hidden: "" } });
  private readonly chartsOption = el("input", { id: "with-charts", attrs: { type: "checkbox" } });

  constructor(
    private readonly context: PanelContext,
    private readonly inputs: ReportInputs,
  ) {
    const canChart = context.host.info.canChart;
    const writeButton = el("button", { id: "write-report", text: "Write report sheet", attrs: { type: "button" } });
    writeButton.addEventListener("click", () => context.run(() => this.write(), writeButton));
    const chartsLabel = el("label", { attrs: { for: this.chartsOption.id } }, canChart ? "Also add SPC charts on a second new sheet" : "Also add SPC charts (not available here)");
    this.chartsOption.disabled = !canChart;
    this.section.append(
      el("h2", { id: "report-heading", text: "3. Write the report" }),
      el("p", { className: "hint", text: "Writes a new sheet with one row per KPI, ready to paste into the committee paper. Nothing already in the workbook is changed." }),
      el("div", { className: "check" }, this.chartsOption, chartsLabel),
      el("div", { className: "buttons" }, writeButton),
    );
  }

  /** Shows the step (after an analysis). */
  show(): void {
    this.section.hidden = false;
  }

  private async write(): Promise<void> {
    const views = this.inputs.views();
    if (views.length === 0) throw new LayoutError("Analyse the KPIs first.");
    const spec = buildReportSheet(views, this.inputs.about());
    this.context.say("Writing the report…");
    const name = await this.context.host.createSheet(spec);
    // A sheet of that name is never written over: the new one has a name of its own, and the message says so.
    let message =
      name === spec.baseName
        ? `Report written to the new sheet "${name}", now shown in the workbook.`
        : `A sheet named "${spec.baseName}" is already in the workbook and is kept as it was, so this report is on a new sheet, "${name}", now shown in the workbook.`;
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
