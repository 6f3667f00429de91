/**
 * The peer table the user chose (optional): its summary, its column mapping, our council, for a
 * table of one KPI which KPI it is for, and for a Fingertips download which Area Type, Sex and Age.
 */
import { RangeData } from "../../host";
import { PanelContext } from "../../shared/context";
import { el, labelledSelect } from "../../shared/dom";
import type { DeprivationTable } from "../../shared/deprivation-inputs";
import { messageOf } from "../../shared/errors";
import { PeerChoice, PeerTable, kpiKey } from "../../shared/pane-inputs";
import { ALL_KPIS } from "../../shared/settings";
import { ComparatorRows } from "./comparator-picker";
import { mappingEditor } from "./mapping-editor";
import { FILTER_LABELS, PeerFilters, filterValueText } from "./peer-filters";
import { PEER_ROLE_LABELS, PeerColumnRole, PeerMapping, checkPeerMapping, detectPeerTable, filtersOfTable, readPeers } from "./peer-table";

/** A select with a fixed id, its label pointing at it. */
function namedSelect(id: string, label: string, options: readonly { value: string; text: string }[], value: string): ReturnType<typeof labelledSelect> {
  const control = labelledSelect(label, options, value);
  control.select.id = id;
  control.wrapper.querySelector("label")?.setAttribute("for", id);
  return control;
}

/** True when the table (or its deprivation table) is for one KPI, which the user picks: it has no KPI column, or one that names one KPI. */
function servesOneKpi(table: PeerTable): boolean {
  return table.values.has("*") || table.deprivation?.rows.has("*") === true;
}

/** What was found in a deprivation table, or what is wrong with it. */
function deprivationSummary(data: RangeData, table: DeprivationTable): string {
  const where = `Deprivation table on ${data.sheet} (${data.address})`;
  if (table.problem !== undefined) return `${where} cannot be used: ${table.problem}.`;
  const groups = table.groups === 10 ? "deciles" : table.groups === 5 ? "quintiles" : "groups";
  const extras = [table.has.limits ? "95% limits" : "", table.has.population ? "populations" : "no population column (add one)"].filter(Boolean).join(", ");
  return `${where}: ${table.groups} deprivation ${groups}, most deprived first, with ${extras}. Each KPI it has gets the gap between the most and least deprived.`;
}

export class PeerPicker {
  /** The peer summary and its controls. */
  readonly summary = el("div", { id: "peer-summary" });
  private source: { data: RangeData; mapping: PeerMapping } | undefined;
  private ourCouncil = "";
  private tableKpi = ALL_KPIS;
  private filters: PeerFilters = {};

  /**
   * `kpiNames` gives the names of the KPIs found, for a peer table of one KPI; `onChanged` hears
   * when the table or its rows change (the comparator's choices follow them); `onSheetInUse`
   * hears the sheet of a peer table taken into use.
   */
  constructor(
    private readonly context: PanelContext,
    private readonly kpiNames: () => string[],
    private readonly onChanged: () => void = () => undefined,
    private readonly onSheetInUse: (sheet: string) => void = () => undefined,
  ) {}

  /**
   * Uses a block as the peer table; `council` names our council when known. A block that is not a
   * usable peer table stops the use of the one before, then the message says what to do.
   */
  use(data: RangeData, council?: string): void {
    let mapping: PeerMapping;
    try {
      mapping = detectPeerTable(data.values, data.address);
    } catch (error) {
      this.source = undefined;
      this.render();
      throw error;
    }
    this.source = { data, mapping };
    this.filters = {};
    if (council !== undefined) this.ourCouncil = council;
    this.onSheetInUse(data.sheet);
    this.render();
  }

  /** The sheet of the peer table in use, if any. */
  sheet(): string | undefined {
    return this.source?.data.sheet;
  }

  /** The table as read with the current mapping and filters, or what is wrong with them. */
  private read(): { table?: PeerTable; problem?: string } {
    const source = this.source;
    if (source === undefined) return {};
    const problem = checkPeerMapping(source.mapping, source.data.values);
    if (problem !== undefined) return { problem };
    try {
      return { table: readPeers(source.data.values, source.mapping, this.filters) };
    } catch (error) {
      return { problem: messageOf(error) };
    }
  }

  /** The peers as the analysis takes them, or undefined without a usable peer table. */
  choice(): PeerChoice | undefined {
    const { table } = this.read();
    if (this.source === undefined || table === undefined) return undefined;
    return {
      table,
      tableKpi: servesOneKpi(table) ? this.tableKpi : ALL_KPIS,
      ourCouncil: this.ourCouncil,
      source: `${this.source.data.sheet}!${this.source.data.address}`,
    };
  }

  /** The rows a comparator may be: the nations of the table first (none without a usable table). */
  comparatorRows(): ComparatorRows {
    const { table } = this.read();
    const national = table?.national ?? [];
    return { national, others: (table?.councils ?? []).filter((name) => !national.includes(name)) };
  }

  /** The peer summary, its filters, our council, which KPI it is for, and its mapping. */
  render(): void {
    const source = this.source;
    if (source === undefined) {
      this.summary.replaceChildren();
      this.onChanged();
      return;
    }
    const { table, problem } = this.read();
    const deprivation = table?.deprivation;
    const peers = table === undefined ? 0 : table.councils.length - (table.national?.length ?? 0);
    const nations = table?.national?.length ? `, and ${table.national.join(", ")} as comparator` : "";
    const kpis = table !== undefined && !table.values.has("*") ? `, ${table.values.size} KPIs` : "";
    const found = deprivation === undefined ? `Peer table on ${source.data.sheet} (${source.data.address}): ${peers} councils${kpis}${nations}.` : deprivationSummary(source.data, deprivation);
    const parts: HTMLElement[] = [...this.filterControls(), el("p", { className: problem || deprivation?.problem ? "warning" : "found" }, problem ?? found)];
    if (table !== undefined) {
      if (!table.councils.includes(this.ourCouncil)) this.ourCouncil = "";
      const council = namedSelect("our-council", "Our council", [{ value: "", text: "(not in this table)" }, ...table.councils.map((name) => ({ value: name, text: name }))], this.ourCouncil);
      council.select.addEventListener("change", () => {
        this.ourCouncil = council.select.value;
      });
      council.select.setAttribute("aria-describedby", "our-council-hint");
      parts.push(
        council.wrapper,
        el("p", {
          id: "our-council-hint",
          className: "hint",
          text: "Your council's row in this table. Its figures are checked against your KPI table (a card says when they differ) and it is named in the report. The peer group is every council in the table, yours included; a whole nation such as England is a comparator, not a peer.",
        }),
      );
      if (servesOneKpi(table)) parts.push(this.forKpi(table.onlyKpi));
    }
    parts.push(
      mappingEditor(this.summary, "peer", "Check the columns of the peer table", source.data, source.mapping.roles, PEER_ROLE_LABELS, (roles) => {
        source.mapping = { ...source.mapping, roles: roles as PeerColumnRole[] };
        this.render();
      }),
    );
    const remove = el("button", { className: "secondary", text: "Stop using peers", attrs: { type: "button" } });
    remove.addEventListener("click", () => {
      this.source = undefined;
      this.render();
      this.context.say("Peers removed.");
    });
    parts.push(el("div", { className: "buttons" }, remove));
    this.summary.replaceChildren(...parts);
    this.onChanged();
  }

  /** One select per filter column with more than one value (Area Type, Sex, Age, Category Type). */
  private filterControls(): HTMLElement[] {
    const source = this.source!;
    const { columns, settled } = filtersOfTable(source.data.values, source.mapping, this.filters);
    return columns
      .filter(({ options }) => options.length > 1)
      .map(({ role, options }) => {
        const id = `peer-filter-${role}`;
        const control = namedSelect(id, FILTER_LABELS[role], options.map((option) => ({ value: option, text: filterValueText(option) })), settled[role] ?? "");
        control.select.addEventListener("change", () => {
          this.filters = { ...settled, [role]: control.select.value };
          this.render();
          document.getElementById(id)?.focus();
        });
        return control.wrapper;
      });
  }

  /** "These peers are for": the KPI a peer table of one KPI belongs to (the one it names, if the KPI table has it). */
  private forKpi(onlyKpi: string | undefined): HTMLElement {
    const names = this.kpiNames();
    const named = onlyKpi === undefined ? undefined : names.find((name) => kpiKey(name) === kpiKey(onlyKpi));
    if (this.tableKpi !== ALL_KPIS && !names.includes(this.tableKpi)) this.tableKpi = named ?? names[0] ?? ALL_KPIS;
    const initial = this.tableKpi === ALL_KPIS && names.length > 0 ? (named ?? names[0]) : this.tableKpi;
    const forKpi = labelledSelect("These peers are for", [...names.map((name) => ({ value: name, text: name })), { value: ALL_KPIS, text: "Every KPI" }], initial);
    this.tableKpi = forKpi.select.value || ALL_KPIS;
    forKpi.select.addEventListener("change", () => {
      this.tableKpi = forKpi.select.value;
    });
    return forKpi.wrapper;
  }
}
