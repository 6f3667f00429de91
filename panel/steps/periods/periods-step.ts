/**
 * Step "leave periods out" (optional): the periods to leave out of the trend and the SPC limits,
 * for every KPI or for one, and the events on the chart (events-editor.ts), saved with the
 * workbook and named in the report.
 */
import { MIN_POINTS_FOR_LIMITS } from "../../../core/spc/constants";
import { PanelContext } from "../../shared/context";
import { el, labelledSelect, uid } from "../../shared/dom";
import { figureOf } from "../../shared/kpi-cells";
import { KpiRecord } from "../../shared/pane-inputs";
import { ALL_KPIS, PanelSettings, emptySettings, excludedFor, readSavedSettings, serialiseSettings, setExcluded } from "../../shared/settings";
import { termsLine } from "../../shared/term";
import { EventsEditor } from "./events-editor";

/** The periods left out now, in a sentence. */
function leftOutSummary(settings: PanelSettings): string {
  const saved = Object.entries(settings.excluded).map(([key, list]) => `${key === ALL_KPIS ? "Every KPI" : key}: ${list.join(", ")}`);
  return saved.length ? `Left out now: ${saved.join("; ")}.` : "No periods are left out.";
}

/** A KPI that leaving periods out takes under the points an SPC chart needs, with the points before and after. */
interface Loss {
  name: string;
  before: number;
  after: number;
}

/**
 * The KPIs that the periods left out take below the 12 points Making Data Count asks for
 * (MIN_POINTS_FOR_LIMITS): they had 12 or more figures, and have fewer once those periods are left out.
 *
 * @example
 * // Twelve years of figures, 2010/11 to 2021/22, with 2020/21 left out for every KPI:
 * kpisLosingLimits([recycling], setExcluded(emptySettings(), "*", ["2020/21"]));
 * // => [{ name: "Recycling", before: 12, after: 11 }]
 */
export function kpisLosingLimits(records: readonly KpiRecord[], settings: PanelSettings): Loss[] {
  return records.flatMap((record) => {
    const left = new Set(excludedFor(settings, record.name));
    const present = record.values.map((cell) => typeof figureOf(cell, false) === "number");
    const before = present.filter(Boolean).length;
    const after = present.filter((has, i) => has && !left.has(record.periods[i])).length;
    return before >= MIN_POINTS_FOR_LIMITS && after < MIN_POINTS_FOR_LIMITS ? [{ name: record.name, before, after }] : [];
  });
}

/** What leaving these periods out costs, in words: which KPIs lose their variation and assurance, and how change is compared. */
function consequences(records: readonly KpiRecord[], settings: PanelSettings): HTMLElement[] {
  if (Object.keys(settings.excluded).length === 0) return [];
  const losses = kpisLosingLimits(records, settings);
  const change = el("p", { className: "hint", text: "A change on the previous period is then worked out on the last period kept, and the card and the words say which." });
  if (losses.length === 0) return [change];
  const list = el("ul", { className: "losses" });
  for (const loss of losses) list.append(el("li", { text: `${loss.name}: ${loss.after} figures left of ${loss.before}` }));
  const count = losses.length === 1 ? "1 KPI" : `${losses.length} KPIs`;
  return [
    el(
      "p",
      { className: "warning", attrs: { role: "status" } },
      `Leaving these out takes ${count} under the ${MIN_POINTS_FOR_LIMITS} figures an SPC chart needs, so ${losses.length === 1 ? "its" : "their"} variation and assurance will say Not enough data, on trial limits:`,
    ),
    list,
    ...termsLine(["variation", "assurance", "trialLimits"]),
    change,
  ];
}

export class PeriodsStep {
  /** The step's section: a collapsed "Leave periods out" and a collapsed "Events on the chart", with their controls. */
  readonly element: HTMLElement;
  /** The saved settings (the periods left out, the events on the chart). */
  settings: PanelSettings = emptySettings();
  private records: readonly KpiRecord[] = [];
  private readonly box = el("div", { id: "exclusions" });
  private readonly events: EventsEditor;

  constructor(private readonly context: PanelContext) {
    this.events = new EventsEditor(context, { current: () => this.settings, save: (next) => this.store(next) });
    this.element = el(
      "div",
      { className: "period-options" },
      el(
        "details",
        { id: "exclusion-details" },
        el("summary", { text: "Leave periods out (optional)" }),
        el("p", { className: "hint", text: "Periods to leave out of the trend and the SPC limits, such as the 2020 lockdown quarters. Saved with the workbook and named in the report." }),
        this.box,
      ),
      this.events.element,
    );
  }

  /** Saves new settings with the workbook. */
  private async store(next: PanelSettings): Promise<void> {
    this.settings = next;
    await this.context.host.saveSettings(serialiseSettings(next));
  }

  /** Reads the settings saved with the workbook; what cannot be read is said, and not used. */
  async loadSettings(): Promise<void> {
    try {
      const saved = readSavedSettings(await this.context.host.loadSettings());
      this.settings = saved.settings;
      if (saved.problem !== undefined) {
        this.context.showError(new Error(saved.problem), "Check the periods under Leave periods out and the events under Events on the chart, and choose them again where needed; the saved settings are only replaced when you do.");
      }
    } catch (error) {
      this.settings = emptySettings();
      this.context.showError(error, "The saved periods to leave out and events could not be read; choose them again under Leave periods out and Events on the chart.");
    }
    this.render();
  }

  /** Shows the periods of these KPIs to choose from. */
  showPeriods(records: readonly KpiRecord[]): void {
    this.records = records;
    this.render();
  }

  /** The periods-to-leave-out controls: for every KPI or one KPI. */
  private render(): void {
    this.events.render(this.records);
    const periods = Array.from(new Set(this.records.flatMap((record) => record.periods)));
    if (periods.length === 0) {
      this.box.replaceChildren(el("p", { className: "hint", text: "Choose the KPI table first." }));
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
        box.addEventListener("change", () => this.context.run(() => this.save(scope.select.value, boxes), boxes));
        boxes.append(el("div", { className: "check" }, box, el("label", { attrs: { for: id }, text: period })));
      }
    };
    scope.select.addEventListener("change", fill);
    fill();
    this.box.replaceChildren(
      scope.wrapper,
      boxes,
      el("p", { id: "exclusion-summary", className: "hint", text: leftOutSummary(this.settings) }),
      el("div", { id: "exclusion-consequences" }, ...consequences(this.records, this.settings)),
    );
  }

  private async save(key: string, boxes: HTMLElement): Promise<void> {
    const chosen = Array.from(boxes.querySelectorAll<HTMLInputElement>("input[type=checkbox]"))
      .filter((box) => box.checked)
      .map((box) => box.value);
    await this.store(setExcluded(this.settings, key, chosen));
    const summary = this.box.querySelector("#exclusion-summary");
    if (summary) summary.textContent = leftOutSummary(this.settings);
    this.box.querySelector("#exclusion-consequences")?.replaceChildren(...consequences(this.records, this.settings));
    const losses = kpisLosingLimits(this.records, this.settings).length;
    const lost = losses === 0 ? "" : ` ${losses === 1 ? "1 KPI loses its" : `${losses} KPIs lose their`} variation and assurance: see under the periods.`;
    this.context.say(`Saved with the workbook. Analyse again to use it.${lost}`);
  }
}
