/**
 * Step 1, find the data: the KPI table from the selection, a whole sheet or the sample data, its
 * column mapping to correct, and the optional peer table. It hands on the KPIs found and the peers.
 */
import { RangeData } from "../../host";
import { PanelContext } from "../../shared/context";
import { el } from "../../shared/dom";
import { LayoutError } from "../../shared/errors";
import { KpiRecord, PeerChoice } from "../../shared/pane-inputs";
import { ComparatorPicker } from "./comparator-picker";
import { readKpisWithSeries, seriesSummary } from "./kpi-counts";
import { KPI_ROLE_LABELS, KpiColumnRole, KpiMapping, checkKpiMapping, detectKpiTable, firstRowOf } from "./kpi-table";
import { mappingEditor } from "./mapping-editor";
import { PeerPicker } from "./peer-picker";
import { TargetPicker } from "./target-picker";
import { SAMPLE_COUNCIL, SAMPLE_KPI_HEADER, SAMPLE_SHEETS, sampleKpiSheet, samplePeerSheet } from "./sample-data";
import { duplicateNames } from "./table-problems";

/** A button that runs its action as one user action of the panel, saying what happens beside it. */
function actionButton(context: PanelContext, id: string, text: string, action: () => Promise<void>, className = "secondary"): HTMLButtonElement {
  const button = el("button", { id, className, text, attrs: { type: "button" } });
  button.addEventListener("click", () => context.run(action, button));
  return button;
}

/** True when a sheet's first row is the sample's header (the sample inserted before). */
function isSampleKpiSheet(values: readonly (readonly unknown[])[]): boolean {
  const header = values[0] ?? [];
  return SAMPLE_KPI_HEADER.every((word, c) => String(header[c] ?? "").trim() === word);
}

export class FindDataStep {
  /** The step's part of the "Find the data" section, in order. */
  readonly elements: HTMLElement[];
  /** The KPIs of the table in use as read (none until a table is chosen and its mapping is usable). */
  private tableRecords: KpiRecord[] = [];
  /** What reading the table found about the table as a whole (a period no row has), a sentence each. */
  tableNotes: string[] = [];
  private kpis: { data: RangeData; mapping: KpiMapping } | undefined;
  private readonly kpiSummary = el("div", { id: "kpi-summary" });
  private readonly sheetSelect = el("select", { id: "sheet-select" });
  private readonly peerSheetSelect = el("select", { id: "peer-sheet-select" });
  private readonly peers: PeerPicker;
  private readonly comparator: ComparatorPicker;
  private readonly peerDetails: HTMLDetailsElement;
  private readonly targetSheetSelect = el("select", { id: "target-sheet-select" });
  private readonly targets: TargetPicker;

  /** `onKpisChanged` hears of every new set of KPIs (a new table or a corrected mapping). */
  constructor(
    private readonly context: PanelContext,
    private readonly onKpisChanged: (records: readonly KpiRecord[]) => void,
  ) {
    // The comparator follows the peer table, which is made next (no rows until then).
    this.comparator = new ComparatorPicker(() => this.peers?.comparatorRows() ?? { national: [], others: [] });
    this.peers = new PeerPicker(
      context,
      () => this.records.map((record) => record.name),
      () => this.comparator.render(),
      (sheet) => {
        if (Array.from(this.peerSheetSelect.options).some((option) => option.value === sheet)) this.peerSheetSelect.value = sheet;
      },
    );
    this.targets = new TargetPicker(context, () => this.tableRecords);
    const useSelection = actionButton(context, "use-selection", "Use selected range", () => this.useSelection(), "");
    const insertSample = actionButton(context, "insert-sample", "Insert sample data", () => this.insertSample());
    const useSheet = actionButton(context, "use-sheet", "Use this sheet", () => this.useSheet(this.sheetSelect.value));
    const peerSelection = actionButton(context, "peers-selection", "Use selected range as peers", () => this.usePeerSelection());
    const usePeerSheet = actionButton(context, "use-peer-sheet", "Use this sheet as peers", () => this.usePeerSheet(this.peerSheetSelect.value));
    const targetSelection = actionButton(context, "targets-selection", "Use selected range as targets", () => this.useTargets(() => context.host.getSelection()));
    const useTargetSheet = actionButton(context, "use-target-sheet", "Use this sheet as targets", () => this.useTargets(() => this.readChosenSheet(this.targetSheetSelect.value)));
    for (const select of [this.sheetSelect, this.peerSheetSelect, this.targetSheetSelect]) select.addEventListener("focus", () => void this.refreshSheets());
    this.peerDetails = el(
      "details",
      { id: "peer-details" },
      el("summary", { text: "Peers (optional)" }),
      el("p", { className: "hint", text: "A table of the same KPI for peer councils: councils down with periods across (with a KPI column for several KPIs), or Council, KPI, Period and Value columns, or a Fingertips or LG Inform download as it comes. Or the KPI by deprivation decile or quintile, with a population column, for the gap between the most and least deprived (a Fingertips export by deprivation decile works as it is)." }),
      el("div", { className: "buttons" }, peerSelection),
      el("div", { className: "field inline" }, el("label", { attrs: { for: this.peerSheetSelect.id }, text: "Or a whole sheet" }), this.peerSheetSelect, usePeerSheet),
      this.peers.summary,
    );
    this.elements = [
      el("p", { className: "hint", text: "Select your KPI table (KPIs down with periods across, or one row per KPI and period), then use it. New here? Insert the sample data first." }),
      el("div", { className: "buttons" }, useSelection, insertSample),
      el("div", { className: "field inline" }, el("label", { attrs: { for: this.sheetSelect.id }, text: "Or a whole sheet" }), this.sheetSelect, useSheet),
      this.kpiSummary,
      this.peerDetails,
      this.comparator.element,
      el(
        "details",
        { id: "target-details" },
        el("summary", { text: "Targets by period (optional)" }),
        el("p", { className: "hint", text: "For targets that change from year to year: a table shaped like the KPI table, KPI names down and periods across, with each period's target. A row under a KPI named after it with \"target\" (\"Missed bins (target)\") works too, without a second table." }),
        el("div", { className: "buttons" }, targetSelection),
        el("div", { className: "field inline" }, el("label", { attrs: { for: this.targetSheetSelect.id }, text: "Or a whole sheet" }), this.targetSheetSelect, useTargetSheet),
        this.targets.summary,
      ),
    ];
    context.onSheetsChanged(() => this.refreshSheets());
    void this.refreshSheets();
  }

  /** The KPIs of the table in use, with the target table's targets where it names them. */
  get records(): KpiRecord[] {
    return this.targets.apply(this.tableRecords);
  }

  /** Where the KPI table is, for the report (`Sample KPIs!A1:T4`). */
  sourceName(): string {
    return this.kpis ? `${this.kpis.data.sheet}!${this.kpis.data.address}` : "the selected table";
  }

  /** The peers and the comparator as the analysis takes them, or undefined with neither. */
  peerChoice(): PeerChoice | undefined {
    const peers = this.peers.choice();
    const comparator = this.comparator.choice();
    if (comparator === undefined) return peers;
    return { ...(peers ?? { table: { councils: [], values: new Map() }, tableKpi: "*", ourCouncil: "", source: "" }), comparator };
  }

  /**
   * Uses a block as the KPI table: detects its layout and shows the mapping to correct. A block
   * that is not a usable table clears the table in use (its summary, its KPIs, Analyse) before the
   * message says what is wrong and what to do.
   */
  setKpiSource(data: RangeData): void {
    let mapping: KpiMapping;
    try {
      mapping = detectKpiTable(data.values, data.address);
    } catch (error) {
      this.clearKpis();
      throw error;
    }
    this.kpis = { data, mapping };
    if (Array.from(this.sheetSelect.options).some((option) => option.value === data.sheet)) this.sheetSelect.value = data.sheet;
    this.applyKpiMapping();
  }

  /** No KPI table in use: nothing found, nothing to analyse. */
  private clearKpis(): void {
    this.kpis = undefined;
    this.tableRecords = [];
    this.tableNotes = [];
    this.kpiSummary.replaceChildren();
    this.context.say("");
    this.onKpisChanged(this.records);
    this.peers.render();
    this.targets.render();
  }

  /** Uses a block as the peer table; `council` names our council when known. */
  setPeerSource(data: RangeData, council?: string): void {
    this.peers.use(data, council);
    this.peerDetails.open = true;
  }

  private async refreshSheets(): Promise<void> {
    try {
      const names = await this.context.host.listSheets();
      // Each list shows the sheet of the table in use, else what was chosen before.
      const inUse = [this.kpis?.data.sheet, this.peers.sheet(), undefined];
      [this.sheetSelect, this.peerSheetSelect, this.targetSheetSelect].forEach((select, i) => {
        const current = inUse[i] ?? select.value;
        select.replaceChildren(...names.map((name) => Object.assign(el("option", { text: name }), { value: name })));
        if (names.includes(current)) select.value = current;
      });
    } catch (error) {
      this.context.showError(error, "Reload the add-in; the list of sheets could not be read.");
    }
  }

  private async useSelection(): Promise<void> {
    this.context.say("Reading the selected range…");
    this.setKpiSource(await this.context.host.getSelection());
  }

  private async useSheet(name: string): Promise<void> {
    if (!name) throw new LayoutError("Choose a sheet first.");
    this.context.say(`Reading ${name}…`);
    this.setKpiSource(await this.context.host.readSheet(name));
  }

  private async usePeerSelection(): Promise<void> {
    this.context.say("Reading the selected peer range…");
    this.setPeerSource(await this.context.host.getSelection());
  }

  /** What reading the table found, for the summary: the table's own faults, then how many KPIs have their own. */
  private readingNotes(): string[] {
    const flagged = this.records.filter((record) => (record.dataNotes ?? []).length > 0).length;
    const own = flagged === 0 ? [] : [`${flagged} KPI${flagged === 1 ? " has" : "s have"} duplicate rows or a stale latest figure: their cards and the report say which.`];
    return [...this.tableNotes, ...own];
  }

  private async readChosenSheet(name: string): Promise<RangeData> {
    if (!name) throw new LayoutError("Choose a sheet first.");
    return this.context.host.readSheet(name);
  }

  private async useTargets(read: () => Promise<RangeData>): Promise<void> {
    this.context.say("Reading the target table…");
    this.targets.use(await read());
    this.context.say("Target table in use. Press Analyse to use its targets.");
  }

  private async usePeerSheet(name: string): Promise<void> {
    if (!name) throw new LayoutError("Choose a sheet first.");
    this.setPeerSource(await this.context.host.readSheet(name));
  }

  /**
   * Inserts the sample sheets (new sheets, unique names) and uses them; when the sample is already
   * in the workbook, goes to it and uses it instead of copying it again.
   */
  private async insertSample(): Promise<void> {
    const host = this.context.host;
    const names = await host.listSheets();
    if (names.includes(SAMPLE_SHEETS.kpis) && names.includes(SAMPLE_SHEETS.peers)) {
      const kpis = await host.readSheet(SAMPLE_SHEETS.kpis);
      if (isSampleKpiSheet(kpis.values)) {
        this.setKpiSource(kpis);
        this.setPeerSource(await host.readSheet(SAMPLE_SHEETS.peers), SAMPLE_COUNCIL);
        await host.activate(SAMPLE_SHEETS.kpis);
        this.context.say(`The sample data is already in this workbook, on "${SAMPLE_SHEETS.kpis}" and "${SAMPLE_SHEETS.peers}": it is in use now, and nothing was copied. Press Analyse below.`);
        return;
      }
    }
    this.context.say("Inserting the sample data…");
    const kpiSheet = await host.createSheet({ baseName: SAMPLE_SHEETS.kpis, rows: sampleKpiSheet(), styles: { "0:*": "header" }, frozenRows: 1, columnWidths: [260] });
    const peerSheet = await host.createSheet({ baseName: SAMPLE_SHEETS.peers, rows: samplePeerSheet(), styles: { "0:*": "header" }, frozenRows: 1, columnWidths: [260, 160] });
    await this.refreshSheets();
    this.setKpiSource(await host.readSheet(kpiSheet));
    this.setPeerSource(await host.readSheet(peerSheet), SAMPLE_COUNCIL);
    await host.activate(kpiSheet);
    this.context.say(`Sample data inserted on new sheets "${kpiSheet}" and "${peerSheet}" (public data under the Open Government Licence). Press Analyse below.`);
  }

  /** Reads the KPIs with the current mapping and shows what was found, or what is wrong. */
  private applyKpiMapping(): void {
    const source = this.kpis;
    if (source === undefined) return;
    const layoutProblem = checkKpiMapping(source.mapping, source.data.values);
    const reading = layoutProblem === undefined ? readKpisWithSeries(source.data.values, source.mapping, firstRowOf(source.data.address)) : { records: [], notes: [] };
    const wide = !source.mapping.roles.includes("periodLabel");
    const duplicates = wide ? duplicateNames(reading.records, source.data.values, source.data.address, source.mapping.headerRow) : undefined;
    const problem = layoutProblem ?? (duplicates === undefined ? undefined : `${duplicates.message} ${duplicates.fix}`);
    this.tableRecords = problem === undefined ? reading.records : [];
    this.tableNotes = problem === undefined ? reading.notes : [];
    const periods = this.records[0]?.periods ?? [];
    const layout = source.mapping.roles.includes("periodLabel") ? "one row per KPI and period" : "KPIs down, periods across";
    const count = `${this.records.length} KPI${this.records.length === 1 ? "" : "s"}`;
    const span = periods.length ? ` from ${periods[0]} to ${periods[periods.length - 1]}` : "";
    const stepped = this.records.filter((record) => record.targets !== undefined).length;
    const targets = stepped === 0 ? "" : ` ${stepped} with a target for each period.`;
    const besides = seriesSummary(this.records);
    const summary = problem ?? `Found ${count} on ${source.data.sheet} (${source.data.address}), ${layout}, ${periods.length} periods${span}${besides ? `; ${besides}` : ""}.${targets}`;
    this.kpiSummary.replaceChildren(
      el("p", { className: problem ? "warning" : "found", text: summary }),
      ...this.readingNotes().map((note) => el("p", { className: "warning", text: note })),
      mappingEditor(this.kpiSummary, "kpi", "Check the columns of the KPI table", source.data, source.mapping.roles, KPI_ROLE_LABELS, (roles) => {
        source.mapping = { ...source.mapping, roles: roles as KpiColumnRole[] };
        this.applyKpiMapping();
      }),
    );
    this.onKpisChanged(this.records);
    this.peers.render();
    this.targets.render();
    // What the status line said of an earlier table no longer holds.
    this.context.say(problem ? "" : summary);
  }
}
