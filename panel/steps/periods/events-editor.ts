/**
 * Events on the chart (optional): for every KPI or one, a period, a note, and whether a new process
 * starts there (the SPC limits are then recalculated from it, as KPI.SPC's rebase does). Saved with
 * the workbook like the periods left out, drawn on the chart and named in the report.
 */
import { PanelContext } from "../../shared/context";
import { el, labelledSelect } from "../../shared/dom";
import { LayoutError } from "../../shared/errors";
import { eventWords } from "../../shared/kpi-view";
import { KpiRecord } from "../../shared/pane-inputs";
import { ALL_KPIS, ChartEvent, PanelSettings, setEvents } from "../../shared/settings";

/** Where the editor reads and saves the settings it shares with the periods left out. */
export interface SettingsStore {
  current(): PanelSettings;
  save(next: PanelSettings): Promise<void>;
}

/** A select with a fixed id, its label pointing at it. */
function namedSelect(id: string, label: string, options: readonly { value: string; text: string }[]): ReturnType<typeof labelledSelect> {
  const control = labelledSelect(label, options);
  control.select.id = id;
  control.wrapper.querySelector("label")?.setAttribute("for", id);
  return control;
}

/** The events saved now, in a sentence. */
function eventsSummary(settings: PanelSettings): string {
  const count = Object.values(settings.events ?? {}).reduce((sum, list) => sum + list.length, 0);
  return count === 0 ? "No events on the charts." : `${count} event${count === 1 ? "" : "s"} on the charts. Analyse again to see ${count === 1 ? "it" : "them"}.`;
}

export class EventsEditor {
  /** The editor's section: a collapsed "Events on the chart" with its controls and list. */
  readonly element: HTMLElement;
  private readonly box = el("div", { id: "events" });
  private records: readonly KpiRecord[] = [];

  constructor(
    private readonly context: PanelContext,
    private readonly store: SettingsStore,
  ) {
    this.element = el(
      "details",
      { id: "event-details" },
      el("summary", { text: "Events on the chart (optional)" }),
      el("p", {
        className: "hint",
        text: "Mark what happened in a period, such as a lockdown or a change in how a KPI is recorded: a line on the chart with your note, named in the report. Tick \"A new process starts here\" when the service changed for good, to recalculate the SPC limits from that period.",
      }),
      this.box,
    );
  }

  /** Shows the periods of these KPIs to choose from, and the events saved. */
  render(records: readonly KpiRecord[] = this.records): void {
    this.records = records;
    const periods = Array.from(new Set(records.flatMap((record) => record.periods)));
    if (periods.length === 0) {
      this.box.replaceChildren(el("p", { className: "hint", text: "Choose the KPI table first." }));
      return;
    }
    const scope = namedSelect("event-scope", "For", [{ value: ALL_KPIS, text: "Every KPI" }, ...records.map((record) => ({ value: record.name, text: record.name }))]);
    const period = namedSelect("event-period", "Period", periods.map((label) => ({ value: label, text: label })));
    period.select.value = periods[periods.length - 1];
    const note = el("input", { id: "event-note", attrs: { type: "text", autocomplete: "off", maxlength: "200" } });
    const rebase = el("input", { id: "event-rebase", attrs: { type: "checkbox" } });
    const add = el("button", { id: "add-event", className: "secondary", text: "Add event", attrs: { type: "button" } });
    add.addEventListener("click", () =>
      this.context.run(() => this.add(scope.select.value, { period: period.select.value, note: note.value.trim(), rebase: rebase.checked })),
    );
    this.box.replaceChildren(
      scope.wrapper,
      period.wrapper,
      el("div", { className: "field" }, el("label", { attrs: { for: note.id }, text: "Note (what happened)" }), note),
      el("div", { className: "check" }, rebase, el("label", { attrs: { for: rebase.id }, text: "A new process starts here (recalculate the limits from this period)" })),
      el("div", { className: "buttons" }, add),
      this.list(),
      el("p", { id: "event-summary", className: "hint", text: eventsSummary(this.store.current()) }),
    );
  }

  /** The saved events, each with a Remove button. */
  private list(): HTMLElement {
    const list = el("ul", { id: "event-list", className: "events", attrs: { "aria-label": "Events on the chart" } });
    for (const [key, events] of Object.entries(this.store.current().events ?? {})) {
      events.forEach((event, i) => {
        const words = `${key === ALL_KPIS ? "Every KPI" : key}, ${eventWords({ ...event, position: 0 })}`;
        const remove = el("button", { className: "secondary", text: "Remove", attrs: { type: "button", "aria-label": `Remove the event ${words}` } });
        remove.addEventListener("click", () => this.context.run(() => this.remove(key, i)));
        list.append(el("li", {}, el("span", { text: words }), " ", remove));
      });
    }
    return list;
  }

  private async add(key: string, event: ChartEvent): Promise<void> {
    if (event.note === "" && !event.rebase) throw new LayoutError("Write a note for the event (such as \"Lockdown\" or \"New recording system\"), or tick \"A new process starts here\".");
    const settings = this.store.current();
    await this.store.save(setEvents(settings, key, [...(settings.events?.[key] ?? []), event]));
    this.render();
    this.box.querySelector<HTMLElement>("#add-event")?.focus();
    this.context.say(`Event added for ${event.period} and saved with the workbook. Analyse again to see it on the chart.`);
  }

  private async remove(key: string, index: number): Promise<void> {
    const settings = this.store.current();
    await this.store.save(setEvents(settings, key, (settings.events?.[key] ?? []).filter((_, i) => i !== index)));
    this.render();
    // The focus goes to the next event's Remove button, or back to Add event when none is left.
    (this.box.querySelector<HTMLElement>("#event-list button") ?? this.box.querySelector<HTMLElement>("#add-event"))?.focus();
    this.context.say("Event removed and saved with the workbook. Analyse again to redraw the charts.");
  }
}
