/**
 * The comparator the latest values are compared with, as Fingertips compares an area with England
 * (docs/DESIGN.md, "Counts, costs and comparators"): a row of the peer table (England first, and
 * chosen by itself when the table has it), or a value typed in. The comparison needs counts, or the
 * limits the peer table publishes; the funnel is centred on the peers themselves.
 */
import { parseNumericText } from "../../../core/values";
import { el, labelledSelect } from "../../shared/dom";
import { ComparatorChoice } from "../../shared/pane-inputs";

/** The select's values that are not a row of the peer table. */
const NONE = "";
/** A council name is trimmed, so no row is named with a leading space. */
const TYPED = " typed";

/** The rows a comparator may be: every row of the peer table, nations first. */
export interface ComparatorRows {
  national: readonly string[];
  others: readonly string[];
}

/**
 * A typed comparator as the KPI table writes its values: "57.5%" is 57.5, as a percentage KPI
 * holds it, not 0.575 (a cell's "45%" is 0.45 in core's cell conventions, but this is typed beside
 * KPIs written 57.5).
 */
function typedNumber(text: string): number | undefined {
  return parseNumericText(text.trim().replace(/\s*%$/, ""));
}

export class ComparatorPicker {
  /** The "Compare with" section. */
  readonly element: HTMLDetailsElement;
  private readonly body = el("div", { id: "comparator-summary" });
  private selected: string | undefined;
  private typedValue = "";
  private typedName = "";

  /** `rows` gives the peer table's rows (none without a peer table). */
  constructor(private readonly rows: () => ComparatorRows) {
    this.element = el(
      "details",
      { id: "comparator-details" },
      el("summary", { text: "Compare with (optional)" }),
      el("p", { className: "hint", text: "Compares each KPI's latest value with England (or another row of the peer table, or a value you type), as Fingertips does: from its numerator and denominator, or from the limits the peer table publishes." }),
      this.body,
    );
    this.render();
  }

  /** The comparator chosen, or undefined (none, or a typed value that is not a number). */
  choice(): ComparatorChoice | undefined {
    const selected = this.current();
    if (selected === NONE) return undefined;
    if (selected !== TYPED) return { kind: "row", name: selected };
    const value = typedNumber(this.typedValue);
    return value === undefined ? undefined : { kind: "value", name: this.typedName.trim() || "the comparator", value };
  }

  /** The row or choice in use: the user's, else the first nation of the peer table, else none. */
  private current(): string {
    const { national, others } = this.rows();
    if (this.selected !== undefined && (this.selected === NONE || this.selected === TYPED || national.includes(this.selected) || others.includes(this.selected))) return this.selected;
    return national[0] ?? NONE;
  }

  /** Redraws the choices (after the peer table changed). */
  render(): void {
    const { national, others } = this.rows();
    const selected = this.current();
    const options = [{ value: NONE, text: "No comparator" }, ...[...national, ...others].map((name) => ({ value: name, text: name })), { value: TYPED, text: "A value I type" }];
    const control = labelledSelect("Compare with", options, selected);
    control.select.id = "comparator";
    control.wrapper.querySelector("label")?.setAttribute("for", "comparator");
    control.select.addEventListener("change", () => {
      this.selected = control.select.value;
      this.render();
      document.getElementById("comparator")?.focus();
    });
    const parts: HTMLElement[] = [control.wrapper];
    if (selected === TYPED) parts.push(...this.typedInputs());
    this.body.replaceChildren(...parts);
  }

  /** The typed value and its name, with what is wrong with the value, if anything. */
  private typedInputs(): HTMLElement[] {
    const value = el("input", { id: "comparator-value", attrs: { type: "text", inputmode: "decimal", autocomplete: "off", value: this.typedValue } });
    const name = el("input", { id: "comparator-name", attrs: { type: "text", autocomplete: "off", value: this.typedName, placeholder: "England" } });
    const note = el("p", { className: "hint", attrs: { "aria-live": "polite" } });
    const check = () => {
      this.typedValue = value.value;
      this.typedName = name.value;
      const bad = this.typedValue.trim() !== "" && typedNumber(this.typedValue) === undefined;
      note.className = bad ? "warning" : "hint";
      note.textContent = bad
        ? `"${this.typedValue}" is not a number: type the comparator's value, such as 57.5.`
        : "Type it as your KPI table writes it (57.5 for 57.5%); it is used for every KPI.";
    };
    value.addEventListener("input", check);
    name.addEventListener("input", check);
    check();
    return [
      el("div", { className: "field" }, el("label", { attrs: { for: value.id }, text: "Comparator's value" }), value),
      el("div", { className: "field" }, el("label", { attrs: { for: name.id }, text: "Its name" }), name),
      note,
    ];
  }
}
