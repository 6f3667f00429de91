/**
 * The panel: find the data, analyse it, write the report, with sample data to try it. Written
 * once against WorkbookHost; Excel, Sheets and the demo each pass their host to `startPanel`.
 * Every failure is shown in the panel with what to do next.
 */
import { PeerChoice, analyseAll, messageOf } from "./steps/analysis/analyse-all";
import { DrawnChart, renderCard } from "./steps/analysis/cards/card";
import { el, labelledSelect, uid } from "./shared/dom";
import { RangeData, WorkbookHost } from "./host";
import {
  KPI_ROLE_LABELS,
  KpiColumnRole,
  KpiMapping,
  KpiRecord,
  LayoutError,
  PEER_ROLE_LABELS,
  PeerColumnRole,
  PeerMapping,
  checkKpiMapping,
  checkPeerMapping,
  detectKpiTable,
  detectPeerTable,
  headerText,
  readKpis,
  readPeers,
} from "./steps/find-data/layout";
import { buildChartSheet, buildReportSheet } from "./steps/report/report-sheet";
import { SAMPLE_COUNCIL, SAMPLE_SHEETS, sampleKpiSheet, samplePeerSheet } from "./steps/find-data/sample-data";
import { ALL_KPIS, PanelSettings, emptySettings, parseSettings, serialiseSettings, setExcluded } from "./shared/settings";
import { FINDING_FILTERS, KpiView, exceptionsFirst, filterViews } from "./shared/kpi-view";

/** Cards drawn at once; the rest come with "Show more", so hundreds of KPIs stay quick. */
const CARDS_PER_PAGE = 20;

/** A table the user pointed at, with its mapping. */
interface Source<M> {
  data: RangeData;
  mapping: M;
}

/** Builds the panel into `root` and loads the saved settings. */
export function startPanel(root: HTMLElement, host: WorkbookHost): PanelApp {
  const app = new PanelApp(root, host);
  void app.loadSettings();
  return app;
}

export class PanelApp {
  private settings: PanelSettings = emptySettings();
  private kpis: Source<KpiMapping> | undefined;
  private records: KpiRecord[] = [];
  private peers: Source<PeerMapping> | undefined;
  private tableKpi = ALL_KPIS;
  private ourCouncil = "";
  private views: KpiView[] = [];
  private charts: DrawnChart[] = [];
  private cancelled = false;
  private busy = false;

  private readonly statusLine = el("p", { id: "status", className: "status", attrs: { role: "status", "aria-live": "polite" } });
  private readonly errorBox = el("div", { id: "error", className: "error", attrs: { role: "alert" } });
  private readonly kpiSummary = el("div", { id: "kpi-summary" });
  private readonly peerSummary = el("div", { id: "peer-summary" });
  private readonly exclusionBox = el("div", { id: "exclusions" });
  private readonly sheetSelect = el("select", { id: "sheet-select" });
  private readonly peerSheetSelect = el("select", { id: "peer-sheet-select" });
  private readonly analyseButton = el("button", { id: "analyse", text: "Analyse KPIs", attrs: { type: "button" } });
  private readonly progress = el("progress", { id: "progress", attrs: { max: "1", value: "0", "aria-label": "Analysis progress" } });
  private readonly cancelButton = el("button", { id: "cancel", text: "Cancel", attrs: { type: "button" } });
  private readonly progressBox = el("div", { className: "progress", attrs: { hidden: "" } });
  private readonly resultsHeading = el("h2", { id: "results-heading", text: "2. Analysis", attrs: { tabindex: "-1" } });
  private readonly searchInput = el("input", { id: "search", attrs: { type: "search", autocomplete: "off" } });
  private readonly filterSelect = labelledSelect(
    "Show",
    [{ value: "all", text: "All KPIs" }, { value: "exceptions", text: "Exceptions only" }, ...FINDING_FILTERS.map((filter) => ({ value: filter.id, text: filter.label }))],
    "all",
  );
  private readonly countLine = el("p", { id: "count", className: "count", attrs: { "aria-live": "polite" } });
  private readonly cardList = el("div", { id: "cards", className: "cards" });
  private readonly chartsOption = el("input", { id: "with-charts", attrs: { type: "checkbox" } });
  private readonly writeButton = el("button", { id: "write-report", text: "Write report sheet", attrs: { type: "button" } });
  private readonly resultsSection = el("section", { id: "step-analyse", attrs: { "aria-labelledby": "results-heading", hidden: "" } });
  private readonly reportSection = el("section", { id: "step-report", attrs: { "aria-labelledby": "report-heading", hidden: "" } });

  constructor(
    private readonly root: HTMLElement,
    private readonly host: WorkbookHost,
  ) {
    this.build();
  }

  /** The views of the last analysis (exceptions first), for hosts' tests. */
  get analysed(): readonly KpiView[] {
    return this.views;
  }

  private build(): void {
    const header = el(
      "header",
      { className: "top" },
      el("h1", { text: "KPI Scrutiny" }),
      el("p", { className: "intro", text: "Turns a KPI table into the report a scrutiny committee reads: is each KPI really improving, how does it compare with peers, is its target any good, and what to ask." }),
    );

    // Step 1: find the data.
    const useSelection = el("button", { id: "use-selection", text: "Use selected range", attrs: { type: "button" } });
    useSelection.addEventListener("click", () => this.run(() => this.useSelection()));
    const insertSample = el("button", { id: "insert-sample", className: "secondary", text: "Insert sample data", attrs: { type: "button" } });
    insertSample.addEventListener("click", () => this.run(() => this.insertSample()));
    const sheetId = this.sheetSelect.id;
    const useSheet = el("button", { id: "use-sheet", className: "secondary", text: "Use this sheet", attrs: { type: "button" } });
    useSheet.addEventListener("click", () => this.run(() => this.useSheet(this.sheetSelect.value)));
    this.sheetSelect.addEventListener("focus", () => void this.refreshSheets());

    const peerSelection = el("button", { id: "peers-selection", className: "secondary", text: "Use selected range as peers", attrs: { type: "button" } });
    peerSelection.addEventListener("click", () => this.run(() => this.usePeerSelection()));
    const usePeerSheet = el("button", { id: "use-peer-sheet", className: "secondary", text: "Use this sheet as peers", attrs: { type: "button" } });
    usePeerSheet.addEventListener("click", () => this.run(() => this.usePeerSheet(this.peerSheetSelect.value)));
    this.peerSheetSelect.addEventListener("focus", () => void this.refreshSheets());

    this.analyseButton.addEventListener("click", () => this.run(() => this.analyse()));
    this.analyseButton.disabled = true;
    this.cancelButton.addEventListener("click", () => {
      this.cancelled = true;
    });
    this.progressBox.append(el("label", { attrs: { for: "progress" }, text: "Analysing" }), this.progress, this.cancelButton);

    const dataSection = el(
      "section",
      { id: "step-data", attrs: { "aria-labelledby": "data-heading" } },
      el("h2", { id: "data-heading", text: "1. Find the data" }),
      el("p", { className: "hint", text: "Select your KPI table (KPIs down with periods across, or one row per KPI and period), then use it. New here? Insert the sample data first." }),
      el("div", { className: "buttons" }, useSelection, insertSample),
      el("div", { className: "field inline" }, el("label", { attrs: { for: sheetId }, text: "Or a whole sheet" }), this.sheetSelect, useSheet),
      this.kpiSummary,
      el(
        "details",
        { id: "peer-details" },
        el("summary", { text: "Peers (optional)" }),
        el("p", { className: "hint", text: "A table of the same KPI for peer councils: councils down with periods across (with a KPI column for several KPIs), or Council, KPI, Period and Value columns." }),
        el("div", { className: "buttons" }, peerSelection),
        el("div", { className: "field inline" }, el("label", { attrs: { for: this.peerSheetSelect.id }, text: "Or a whole sheet" }), this.peerSheetSelect, usePeerSheet),
        this.peerSummary,
      ),
      el(
        "details",
        { id: "exclusion-details" },
        el("summary", { text: "Leave periods out (optional)" }),
        el("p", { className: "hint", text: "Periods to leave out of the trend and the SPC limits, such as the 2020 lockdown quarters. Saved with the workbook and named in the report." }),
        this.exclusionBox,
      ),
      el("div", { className: "buttons" }, this.analyseButton),
      this.progressBox,
    );

    // Step 2: the cards.
    const searchId = this.searchInput.id;
    this.searchInput.addEventListener("input", () => this.showCards());
    this.filterSelect.select.id = "filter";
    this.filterSelect.wrapper.querySelector("label")?.setAttribute("for", "filter");
    this.filterSelect.select.addEventListener("change", () => this.showCards());
    this.resultsSection.append(
      this.resultsHeading,
      el("div", { className: "filters" }, el("div", { className: "field" }, el("label", { attrs: { for: searchId }, text: "Search KPIs" }), this.searchInput), this.filterSelect.wrapper),
      this.countLine,
      this.cardList,
    );

    // Step 3: the report.
    this.writeButton.addEventListener("click", () => this.run(() => this.writeReport()));
    const chartsLabel = el("label", { attrs: { for: this.chartsOption.id } }, this.host.info.canChart ? "Also add SPC charts on a second new sheet" : "Also add SPC charts (not available here)");
    this.chartsOption.disabled = !this.host.info.canChart;
    this.reportSection.append(
      el("h2", { id: "report-heading", text: "3. Write the report" }),
      el("p", { className: "hint", text: "Writes a new sheet with one row per KPI, ready to paste into the committee paper. Nothing already in the workbook is changed." }),
      el("div", { className: "check" }, this.chartsOption, chartsLabel),
      el("div", { className: "buttons" }, this.writeButton),
    );

    this.root.replaceChildren(header, this.errorBox, this.statusLine, dataSection, this.resultsSection, this.reportSection);
    this.errorBox.hidden = true;
    window.addEventListener("resize", () => this.resizeCharts());
    void this.refreshSheets();
  }

  /** Runs one user action: one at a time, failures shown in the panel. */
  private run(action: () => Promise<void>): void {
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

  private say(text: string): void {
    this.statusLine.textContent = text;
  }

  private clearError(): void {
    this.errorBox.hidden = true;
    this.errorBox.replaceChildren();
  }

  /** Shows a failure with what to do next. */
  showError(error: unknown, next?: string): void {
    const message = messageOf(error);
    const advice =
      next ??
      (error instanceof LayoutError
        ? "Select the whole table including its header row, or correct the columns below."
        : "Check the workbook is open and editable, then try again. If it keeps failing, reload the add-in.");
    this.errorBox.replaceChildren(el("p", { className: "error-title", text: "Something went wrong" }), el("p", { text: message }), el("p", { text: `What to do next: ${advice}` }));
    this.errorBox.hidden = false;
    this.say("");
  }

  async loadSettings(): Promise<void> {
    try {
      this.settings = parseSettings(await this.host.loadSettings());
    } catch (error) {
      this.settings = emptySettings();
      this.showError(error, "The saved periods to leave out could not be read; choose them again under Leave periods out.");
    }
    this.renderExclusions();
  }

  private async refreshSheets(): Promise<void> {
    try {
      const names = await this.host.listSheets();
      for (const select of [this.sheetSelect, this.peerSheetSelect]) {
        const current = select.value;
        select.replaceChildren(...names.map((name) => Object.assign(el("option", { text: name }), { value: name })));
        if (names.includes(current)) select.value = current;
      }
    } catch (error) {
      this.showError(error, "Reload the add-in; the list of sheets could not be read.");
    }
  }

  private async useSelection(): Promise<void> {
    this.say("Reading the selected range…");
    this.setKpiSource(await this.host.getSelection());
  }

  private async useSheet(name: string): Promise<void> {
    if (!name) throw new LayoutError("Choose a sheet first.");
    this.say(`Reading ${name}…`);
    this.setKpiSource(await this.host.readSheet(name));
  }

  private async usePeerSelection(): Promise<void> {
    this.say("Reading the selected peer range…");
    this.setPeerSource(await this.host.getSelection());
  }

  private async usePeerSheet(name: string): Promise<void> {
    if (!name) throw new LayoutError("Choose a sheet first.");
    this.setPeerSource(await this.host.readSheet(name));
  }

  /** Inserts the sample sheets (new sheets, unique names) and uses them. */
  private async insertSample(): Promise<void> {
    this.say("Inserting the sample data…");
    const kpiSheet = await this.host.createSheet({ baseName: SAMPLE_SHEETS.kpis, rows: sampleKpiSheet(), styles: { "0:*": "header" }, frozenRows: 1, columnWidths: [260] });
    const peerSheet = await this.host.createSheet({ baseName: SAMPLE_SHEETS.peers, rows: samplePeerSheet(), styles: { "0:*": "header" }, frozenRows: 1, columnWidths: [260, 160] });
    await this.refreshSheets();
    this.setKpiSource(await this.host.readSheet(kpiSheet));
    this.setPeerSource(await this.host.readSheet(peerSheet), SAMPLE_COUNCIL);
    this.say(`Sample data inserted on new sheets "${kpiSheet}" and "${peerSheet}" (public data under the Open Government Licence). Press Analyse KPIs.`);
  }

  /** Uses a block as the KPI table: detects its layout and shows the mapping to correct. */
  setKpiSource(data: RangeData): void {
    const mapping = detectKpiTable(data.values);
    this.kpis = { data, mapping };
    this.applyKpiMapping();
  }

  /** Uses a block as the peer table; `council` names our council when known. */
  setPeerSource(data: RangeData, council?: string): void {
    const mapping = detectPeerTable(data.values);
    this.peers = { data, mapping };
    if (council !== undefined) this.ourCouncil = council;
    this.applyPeerMapping();
    const details = this.root.querySelector<HTMLDetailsElement>("#peer-details");
    if (details) details.open = true;
  }

  private applyKpiMapping(): void {
    const source = this.kpis;
    if (source === undefined) return;
    const problem = checkKpiMapping(source.mapping);
    this.records = problem === undefined ? readKpis(source.data.values, source.mapping) : [];
    const periods = this.records[0]?.periods ?? [];
    const layout = source.mapping.roles.includes("periodLabel") ? "one row per KPI and period" : "KPIs down, periods across";
    const summary =
      problem ?? `Found ${this.records.length} KPI${this.records.length === 1 ? "" : "s"} on ${source.data.sheet} (${source.data.address}), ${layout}, ${periods.length} periods${periods.length ? ` from ${periods[0]} to ${periods[periods.length - 1]}` : ""}.`;
    this.kpiSummary.replaceChildren(
      el("p", { className: problem ? "warning" : "found", text: summary }),
      this.mappingEditor("kpi", source.data, source.mapping.roles, KPI_ROLE_LABELS, (roles) => {
        source.mapping = { ...source.mapping, roles: roles as KpiColumnRole[] };
        this.applyKpiMapping();
      }),
    );
    this.analyseButton.disabled = this.records.length === 0;
    this.analyseButton.textContent = this.records.length > 0 ? `Analyse ${this.records.length} KPI${this.records.length === 1 ? "" : "s"}` : "Analyse KPIs";
    this.renderExclusions();
    this.renderPeerOptions();
    if (!problem) this.say(summary);
  }

  private applyPeerMapping(): void {
    this.renderPeerOptions();
  }

  /** The peer summary, its mapping, our council and (for a table without KPI column) which KPI it is for. */
  private renderPeerOptions(): void {
    const source = this.peers;
    if (source === undefined) {
      this.peerSummary.replaceChildren();
      return;
    }
    const problem = checkPeerMapping(source.mapping);
    const table = problem === undefined ? readPeers(source.data.values, source.mapping) : undefined;
    const parts: HTMLElement[] = [];
    parts.push(
      el(
        "p",
        { className: problem ? "warning" : "found" },
        problem ?? `Peer table on ${source.data.sheet} (${source.data.address}): ${table?.councils.length ?? 0} councils${source.mapping.roles.includes("kpi") ? `, ${table?.values.size ?? 0} KPIs` : ""}.`,
      ),
    );
    if (table !== undefined) {
      if (!table.councils.includes(this.ourCouncil)) this.ourCouncil = "";
      const council = labelledSelect("Our council", [{ value: "", text: "(not in this table)" }, ...table.councils.map((name) => ({ value: name, text: name }))], this.ourCouncil);
      council.select.id = "our-council";
      council.wrapper.querySelector("label")?.setAttribute("for", "our-council");
      council.select.addEventListener("change", () => {
        this.ourCouncil = council.select.value;
      });
      parts.push(council.wrapper);
      if (!source.mapping.roles.includes("kpi")) {
        const names = this.records.map((record) => record.name);
        if (this.tableKpi !== ALL_KPIS && !names.includes(this.tableKpi)) this.tableKpi = names[0] ?? ALL_KPIS;
        const forKpi = labelledSelect("These peers are for", [...names.map((name) => ({ value: name, text: name })), { value: ALL_KPIS, text: "Every KPI" }], this.tableKpi === ALL_KPIS && names.length > 0 ? names[0] : this.tableKpi);
        this.tableKpi = forKpi.select.value || ALL_KPIS;
        forKpi.select.addEventListener("change", () => {
          this.tableKpi = forKpi.select.value;
        });
        parts.push(forKpi.wrapper);
      }
    }
    parts.push(
      this.mappingEditor("peer", source.data, source.mapping.roles, PEER_ROLE_LABELS, (roles) => {
        source.mapping = { ...source.mapping, roles: roles as PeerColumnRole[] };
        this.applyPeerMapping();
      }),
    );
    const remove = el("button", { className: "secondary", text: "Stop using peers", attrs: { type: "button" } });
    remove.addEventListener("click", () => {
      this.peers = undefined;
      this.renderPeerOptions();
      this.say("Peers removed.");
    });
    parts.push(el("div", { className: "buttons" }, remove));
    this.peerSummary.replaceChildren(...parts);
  }

  /** The column mapping: one select per column, so the user can correct what was recognised. */
  private mappingEditor(kind: string, data: RangeData, roles: readonly string[], labels: Readonly<Record<string, string>>, onChange: (roles: string[]) => void): HTMLElement {
    const details = el("details", { className: "mapping" }, el("summary", { text: "Check the columns" }));
    const header = data.values.find((row) => row.some((cell) => cell !== null && String(cell).trim() !== "")) ?? [];
    const list = el("div", { className: "mapping-list" });
    roles.forEach((role, c) => {
      const title = headerText(header[c] ?? null) ? String(header[c]).trim() : `Column ${c + 1}`;
      const { wrapper, select } = labelledSelect(
        title,
        Object.entries(labels).map(([value, text]) => ({ value, text })),
        role,
        "field mapping-row",
      );
      select.setAttribute("aria-label", `${title}: what this column holds`);
      select.dataset.column = String(c);
      select.dataset.kind = kind;
      select.addEventListener("change", () => {
        const next = [...roles];
        next[c] = select.value;
        onChange(next);
        const again = this.root.querySelector<HTMLSelectElement>(`select[data-kind="${kind}"][data-column="${c}"]`);
        again?.closest("details")?.setAttribute("open", "");
        again?.focus();
      });
      list.append(wrapper);
    });
    details.append(list);
    return details;
  }

  /** The periods-to-leave-out controls: for every KPI or one KPI; saved with the workbook. */
  private renderExclusions(): void {
    const periods = Array.from(new Set(this.records.flatMap((record) => record.periods)));
    if (periods.length === 0) {
      this.exclusionBox.replaceChildren(el("p", { className: "hint", text: "Choose the KPI table first." }));
      return;
    }
    const scope = labelledSelect("Leave out for", [{ value: ALL_KPIS, text: "Every KPI" }, ...this.records.map((record) => ({ value: record.name, text: record.name }))], ALL_KPIS);
    scope.select.id = "exclude-scope";
    scope.wrapper.querySelector("label")?.setAttribute("for", "exclude-scope");
    const boxes = el("fieldset", { className: "periods" }, el("legend", { text: "Periods to leave out" }));
    const fill = () => {
      const chosen = new Set(this.settings.excluded[scope.select.value] ?? []);
      boxes.replaceChildren(boxes.firstChild as Node);
      for (const period of periods) {
        const id = uid("exclude");
        const box = el("input", { id, attrs: { type: "checkbox" } });
        box.value = period;
        box.checked = chosen.has(period);
        box.addEventListener("change", () => this.run(() => this.saveExclusions(scope.select.value, boxes)));
        boxes.append(el("div", { className: "check" }, box, el("label", { attrs: { for: id }, text: period })));
      }
    };
    scope.select.addEventListener("change", fill);
    fill();
    const saved = Object.entries(this.settings.excluded).map(([key, list]) => `${key === ALL_KPIS ? "Every KPI" : key}: ${list.join(", ")}`);
    this.exclusionBox.replaceChildren(scope.wrapper, boxes, el("p", { id: "exclusion-summary", className: "hint", text: saved.length ? `Left out now: ${saved.join("; ")}.` : "No periods are left out." }));
  }

  private async saveExclusions(key: string, boxes: HTMLElement): Promise<void> {
    const chosen = Array.from(boxes.querySelectorAll<HTMLInputElement>("input[type=checkbox]"))
      .filter((box) => box.checked)
      .map((box) => box.value);
    this.settings = setExcluded(this.settings, key, chosen);
    await this.host.saveSettings(serialiseSettings(this.settings));
    const summary = this.exclusionBox.querySelector("#exclusion-summary");
    const saved = Object.entries(this.settings.excluded).map(([name, list]) => `${name === ALL_KPIS ? "Every KPI" : name}: ${list.join(", ")}`);
    if (summary) summary.textContent = saved.length ? `Left out now: ${saved.join("; ")}.` : "No periods are left out.";
    this.say("Saved with the workbook. Analyse again to use it.");
  }

  private peerChoice(): PeerChoice | undefined {
    const source = this.peers;
    if (source === undefined || checkPeerMapping(source.mapping) !== undefined) return undefined;
    return {
      table: readPeers(source.data.values, source.mapping),
      tableKpi: source.mapping.roles.includes("kpi") ? ALL_KPIS : this.tableKpi,
      ourCouncil: this.ourCouncil,
      source: `${source.data.sheet}!${source.data.address}`,
    };
  }

  private async analyse(): Promise<void> {
    if (this.records.length === 0) throw new LayoutError("There are no KPIs to analyse yet.");
    this.cancelled = false;
    this.progressBox.hidden = false;
    this.analyseButton.disabled = true;
    this.progress.max = this.records.length;
    try {
      const views = await analyseAll(
        this.records,
        this.settings,
        this.peerChoice(),
        (done, total) => {
          this.progress.value = done;
          this.say(`Analysing KPI ${done} of ${total}…`);
        },
        () => this.cancelled,
      );
      if (views === undefined) {
        this.say("Analysis cancelled. Nothing was changed.");
        return;
      }
      this.views = exceptionsFirst(views);
      this.resultsSection.hidden = false;
      this.reportSection.hidden = false;
      this.showCards();
      const exceptions = filterViews(this.views, "", "exceptions").length;
      this.say(`Analysed ${views.length} KPI${views.length === 1 ? "" : "s"}: ${exceptions} need${exceptions === 1 ? "s" : ""} attention.`);
      this.resultsHeading.focus();
    } finally {
      this.progressBox.hidden = true;
      this.analyseButton.disabled = false;
    }
  }

  /** Shows the cards matching the search and filter, a page at a time (a long table stays quick). */
  private showCards(): void {
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
    const shown = filterViews(this.views, this.searchInput.value, this.filterSelect.select.value);
    this.countLine.textContent = `Showing ${shown.length} of ${this.views.length} KPIs, exceptions first.`;
    this.cardList.replaceChildren();
    this.showMore(shown, 0);
  }

  /** Appends the next page of cards, with a button for the rest. */
  private showMore(shown: readonly KpiView[], from: number): void {
    this.cardList.querySelector(".more")?.remove();
    const page = shown.slice(from, from + CARDS_PER_PAGE);
    this.cardList.append(...page.map((view) => renderCard(view, this.charts)));
    const rest = shown.length - from - page.length;
    if (rest > 0) {
      const more = el("button", { className: "secondary more", text: `Show ${Math.min(rest, CARDS_PER_PAGE)} more of ${rest}`, attrs: { type: "button" } });
      more.addEventListener("click", () => {
        this.showMore(shown, from + page.length);
        this.cardList.querySelectorAll<HTMLElement>(".card h3")[from + page.length]?.setAttribute("tabindex", "-1");
        this.cardList.querySelectorAll<HTMLElement>(".card h3")[from + page.length]?.focus();
      });
      this.cardList.append(more);
    }
  }

  private resizeCharts(): void {
    for (const chart of this.charts) {
      const plot = chart as unknown as { root: HTMLElement };
      const width = plot.root?.parentElement?.clientWidth;
      if (width) chart.setSize({ width: Math.max(240, width), height: 170 });
    }
  }

  private async writeReport(): Promise<void> {
    if (this.views.length === 0) throw new LayoutError("Analyse the KPIs first.");
    const source = this.kpis ? `${this.kpis.data.sheet}!${this.kpis.data.address}` : "the selected table";
    const peers = this.peerChoice();
    const spec = buildReportSheet(this.views, {
      source,
      peers: peers ? `${peers.source}${peers.ourCouncil ? `, our council ${peers.ourCouncil}` : ""}` : "",
      excludedForAll: this.settings.excluded[ALL_KPIS] ?? [],
    });
    this.say("Writing the report…");
    const name = await this.host.createSheet(spec);
    let message = `Report written to the new sheet "${name}".`;
    if (this.chartsOption.checked) {
      try {
        const chartSheet = await this.host.createSheet(buildChartSheet(this.views));
        message += ` SPC charts are on the new sheet "${chartSheet}".`;
      } catch (error) {
        this.showError(error, `The report sheet "${name}" is complete; only the chart sheet failed and was removed. Try Write report sheet again without charts, or later.`);
      }
    }
    await this.refreshSheets();
    this.say(message);
  }
}
