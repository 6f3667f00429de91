/**
 * The target table the user chose (optional): targets that change over time, in a table shaped
 * like the KPI table, with its summary, its column mapping and a way to stop using it.
 */
import { RangeData } from "../../host";
import { PanelContext } from "../../shared/context";
import { el } from "../../shared/dom";
import { KpiRecord } from "../../shared/pane-inputs";
import { KPI_ROLE_LABELS, KpiColumnRole, KpiMapping, checkKpiMapping, detectKpiTable } from "./kpi-table";
import { mappingEditor } from "./mapping-editor";
import { TargetTable, kpisWithTargets, readTargetTable, withTargetTable } from "./target-table";

export class TargetPicker {
  /** The target table's summary and its controls. */
  readonly summary = el("div", { id: "target-summary" });
  private source: { data: RangeData; mapping: KpiMapping } | undefined;

  /** `records` gives the KPIs of the KPI table, to say how many the target table covers. */
  constructor(
    private readonly context: PanelContext,
    private readonly records: () => readonly KpiRecord[],
  ) {}

  /** Uses a block as the target table. */
  use(data: RangeData): void {
    this.source = { data, mapping: detectKpiTable(data.values) };
    this.render();
  }

  /** The targets read from the table, or undefined without a usable one. */
  table(): TargetTable | undefined {
    const source = this.source;
    if (source === undefined || checkKpiMapping(source.mapping) !== undefined) return undefined;
    return readTargetTable(source.data.values, source.mapping);
  }

  /** The KPIs with the target table's targets in place of their own, where it names them. */
  apply(records: readonly KpiRecord[]): KpiRecord[] {
    return withTargetTable(records, this.table());
  }

  /** The summary, the mapping and "Stop using these targets". */
  render(): void {
    const source = this.source;
    if (source === undefined) {
      this.summary.replaceChildren();
      return;
    }
    const problem = checkKpiMapping(source.mapping);
    const table = this.table();
    const records = this.records();
    const covered = table === undefined ? 0 : kpisWithTargets(records, table);
    const found = `Target table on ${source.data.sheet} (${source.data.address}): targets by period for ${covered} of ${records.length} KPIs, used in place of the KPI table's targets.`;
    const remove = el("button", { className: "secondary", text: "Stop using this target table", attrs: { type: "button" } });
    remove.addEventListener("click", () => {
      this.source = undefined;
      this.render();
      this.context.say("Target table removed: the KPI table's own targets are used.");
    });
    this.summary.replaceChildren(
      el("p", { className: problem ? "warning" : "found", text: problem ?? found }),
      mappingEditor(this.summary, "target", "Check the columns of the target table", source.data, source.mapping.roles, KPI_ROLE_LABELS, (roles) => {
        source.mapping = { ...source.mapping, roles: roles as KpiColumnRole[] };
        this.render();
      }),
      el("div", { className: "buttons" }, remove),
    );
  }
}
