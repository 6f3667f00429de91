/**
 * The committee pack button: builds the Word pack in the pane from the last analysis (every
 * exception's chart drawn as a picture), and asks the host to save it. Where the host's pane
 * cannot download (Excel on the Mac), the host says how to get it, and the pane shows that; where
 * it can, the pane also keeps a link to the file in case the browser held the download back.
 */
import type { WorkbookHost } from "../../../host";
import type { ChartPicture } from "../../../shared/chart-picture";
import type { PanelContext } from "../../../shared/context";
import { el } from "../../../shared/dom";
import { LayoutError } from "../../../shared/errors";
import { KpiView, urgency } from "../../../shared/kpi-view";
import { readingKey } from "../../../shared/marks/reading-key";
import type { ReportContext } from "../report-sheet";
import { summariseReport } from "../summary/summary";
import { DOCX_MEDIA_TYPE, PackKpi, committeePackBytes, packFileName } from "./committee-pack";

/** What the pack is made from when the button is pressed. */
export interface PackInputs {
  /** Every analysed KPI, exceptions first. */
  views: readonly KpiView[];
  /** The council, period and sources, as the report step's fields say them. */
  about: ReportContext;
  /** A KPI's chart as a picture. */
  chartPicture(view: KpiView): Promise<ChartPicture | undefined>;
}

/** The pack's sources, one line each: the tables it was made from and the periods left out. */
export function packSources(about: ReportContext): string[] {
  const sources = [`KPI table: ${about.source || "the workbook"}.`];
  if (about.peers) sources.push(`Peer comparison: ${about.peers}.`);
  if (about.excludedForAll.length > 0) sources.push(`Left out of the analysis for every KPI: ${about.excludedForAll.join(", ")}.`);
  return sources;
}

/**
 * The officer's commentary and actions for the latest period as the pack prints them: each note
 * under its column's heading, its text exactly as written, a blank line between notes; undefined
 * when the KPI has none.
 *
 * @example
 * packCommentary({ commentary: [{ period: "2022/23", heading: "Corrective action", text: "New crews from May." }] });
 * // => "Corrective action: New crews from May."
 */
export function packCommentary(view: Pick<KpiView, "commentary">): string | undefined {
  const notes = view.commentary ?? [];
  return notes.length === 0 ? undefined : notes.map((note) => `${note.heading}: ${note.text}`).join("\n\n");
}

/** "Prepared 3 March 2025", in the UK's way of writing a date. */
function preparedOn(day: Date): string {
  return `Prepared ${day.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}`;
}

/**
 * The bytes of the pack: all KPIs in the table, a section per exception with its chart.
 *
 * @example
 * const { name, bytes } = await packFile(inputs, new Date()); // name "Trafford performance report 2022-23.docx"
 */
export async function packFile(inputs: PackInputs, day: Date): Promise<{ name: string; bytes: Uint8Array }> {
  const { views, about } = inputs;
  const kpis: PackKpi[] = [];
  for (const view of views) {
    const kpi: PackKpi = { view };
    const commentary = packCommentary(view);
    if (commentary !== undefined) kpi.commentary = commentary;
    if (urgency(view) > 0 && view.chart !== null) {
      const chart = await inputs.chartPicture(view);
      if (chart !== undefined) kpi.chart = chart;
    }
    kpis.push(kpi);
  }
  const council = about.council ?? "";
  const period = about.period ?? "";
  const bytes = await committeePackBytes({ council, period, sources: packSources(about), kpis, summary: summariseReport(views), key: readingKey(), prepared: preparedOn(day) });
  return { name: packFileName(council, period), bytes };
}

export class PackButton {
  /** The heading, hint, button and note of the pack, for the report step to place. */
  readonly elements: HTMLElement[];
  private readonly button = el("button", { id: "download-pack", text: "Download the committee pack (.docx)", attrs: { type: "button" } });
  private readonly note = el("p", { id: "pack-note", className: "hint", attrs: { "aria-live": "polite" } });

  constructor(
    private readonly context: PanelContext,
    private readonly inputs: () => PackInputs,
  ) {
    this.button.addEventListener("click", () => context.run(() => this.download(context.host)));
    this.elements = [
      el("h3", { id: "pack-heading", text: "Committee pack in Word" }),
      el("p", { className: "hint", text: "A Word document for the committee: a title page with the sources, the summary, the key, a page for each exception with its chart, and a table of every KPI." }),
      el("div", { className: "buttons" }, this.button),
      this.note,
    ];
  }

  private async download(host: WorkbookHost): Promise<void> {
    const inputs = this.inputs();
    if (inputs.views.length === 0) throw new LayoutError("Analyse the KPIs first.");
    this.context.say("Making the committee pack…");
    const { name, bytes } = await packFile(inputs, new Date());
    const saved = await host.saveFile(name, DOCX_MEDIA_TYPE, bytes);
    this.note.replaceChildren(saved.message);
    if (saved.url !== undefined) {
      const link = el("a", { id: "pack-link", text: `save ${name} from here`, attrs: { href: saved.url, download: name } });
      this.note.append(" If the download did not start, ", link, ".");
    }
    this.context.say(saved.started ? `Committee pack ready: ${name}.` : "The committee pack could not be downloaded here: see the note under the button.");
  }
}
