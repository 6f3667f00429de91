/**
 * The peer table the user chose (optional): its summary, its column mapping, our council and, for
 * a table without a KPI column, which KPI it is for.
 */
import { RangeData } from "../../host";
import { PanelContext } from "../../shared/context";
import { el, labelledSelect } from "../../shared/dom";
import { PeerChoice } from "../../shared/pane-inputs";
import { ALL_KPIS } from "../../shared/settings";
import { mappingEditor } from "./mapping-editor";
import { PEER_ROLE_LABELS, PeerColumnRole, PeerMapping, checkPeerMapping, detectPeerTable, readPeers } from "./peer-table";

/** A select with a fixed id, its label pointing at it. */
function namedSelect(id: string, label: string, options: readonly { value: string; text: string }[], value: string): ReturnType<typeof labelledSelect> {
  const control = labelledSelect(label, options, value);
  control.select.id = id;
  control.wrapper.querySelector("label")?.setAttribute("for", id);
  return control;
}

export class PeerPicker {
  /** The peer summary and its controls. */
  readonly summary = el("div", { id: "peer-summary" });
  private source: { data: RangeData; mapping: PeerMapping } | undefined;
  private ourCouncil = "";
  private tableKpi = ALL_KPIS;

  /**
   * `kpiNames` gives the names of the KPIs found, for a peer table without a KPI column;
   * `onSheetInUse` hears the sheet of a peer table taken into use.
   */
  constructor(
    private readonly context: PanelContext,
    private readonly kpiNames: () => string[],
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
    if (council !== undefined) this.ourCouncil = council;
    this.onSheetInUse(data.sheet);
    this.render();
  }

  /** The sheet of the peer table in use, if any. */
  sheet(): string | undefined {
    return this.source?.data.sheet;
  }

  /** The peers as the analysis takes them, or undefined without a usable peer table. */
  choice(): PeerChoice | undefined {
    const source = this.source;
    if (source === undefined || checkPeerMapping(source.mapping, source.data.values) !== undefined) return undefined;
    return {
      table: readPeers(source.data.values, source.mapping),
      tableKpi: source.mapping.roles.includes("kpi") ? ALL_KPIS : this.tableKpi,
      ourCouncil: this.ourCouncil,
      source: `${source.data.sheet}!${source.data.address}`,
    };
  }

  /** The peer summary, its mapping, our council and (for a table without KPI column) which KPI it is for. */
  render(): void {
    const source = this.source;
    if (source === undefined) {
      this.summary.replaceChildren();
      return;
    }
    const problem = checkPeerMapping(source.mapping, source.data.values);
    const table = problem === undefined ? readPeers(source.data.values, source.mapping) : undefined;
    const found = `Peer table on ${source.data.sheet} (${source.data.address}): ${table?.councils.length ?? 0} councils${source.mapping.roles.includes("kpi") ? `, ${table?.values.size ?? 0} KPIs` : ""}.`;
    const parts: HTMLElement[] = [el("p", { className: problem ? "warning" : "found" }, problem ?? found)];
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
          text: "Your council's row in this table. Its figures are checked against your KPI table (a card says when they differ) and it is named in the report. The peer group is every council in the table, yours included.",
        }),
      );
      if (!source.mapping.roles.includes("kpi")) parts.push(this.forKpi());
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
  }

  /** "These peers are for": the KPI a peer table without a KPI column belongs to. */
  private forKpi(): HTMLElement {
    const names = this.kpiNames();
    if (this.tableKpi !== ALL_KPIS && !names.includes(this.tableKpi)) this.tableKpi = names[0] ?? ALL_KPIS;
    const forKpi = labelledSelect("These peers are for", [...names.map((name) => ({ value: name, text: name })), { value: ALL_KPIS, text: "Every KPI" }], this.tableKpi === ALL_KPIS && names.length > 0 ? names[0] : this.tableKpi);
    this.tableKpi = forKpi.select.value || ALL_KPIS;
    forKpi.select.addEventListener("change", () => {
      this.tableKpi = forKpi.select.value;
    });
    return forKpi.wrapper;
  }
}
