/**
 * A word of the pane with its definition at hand: a button that shows or hides the glossary's
 * definition just below it (aria-expanded says which), reachable with Tab and worked with Enter
 * or Space like any button. Text is set as text.
 */
import { el, uid } from "./dom";
import { GLOSSARY, GlossaryKey } from "./glossary";

/**
 * The term as a button and its definition (hidden until the button is pressed), to place where the
 * word appears; `label` is the word as written there (the glossary's term by default).
 */
export function termWithDefinition(key: GlossaryKey, label = GLOSSARY[key].term): { button: HTMLButtonElement; definition: HTMLElement } {
  const id = uid("definition");
  const definition = el("span", { id, className: "definition", attrs: { hidden: "" } }, el("strong", { text: `${GLOSSARY[key].term}: ` }), GLOSSARY[key].definition);
  const button = el("button", { className: "term", text: label, attrs: { type: "button", "aria-expanded": "false", "aria-controls": id, "data-term": key } });
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    definition.hidden = !open;
  });
  return { button, definition };
}

/**
 * A line "What the words mean:" with a button for each term, and their definitions under it; nothing
 * for no terms.
 */
export function termsLine(keys: readonly GlossaryKey[]): HTMLElement[] {
  const unique = Array.from(new Set(keys));
  if (unique.length === 0) return [];
  const line = el("p", { className: "terms" }, "What the words mean: ");
  const definitions = el("div", { className: "definitions" });
  unique.forEach((key, i) => {
    const { button, definition } = termWithDefinition(key);
    line.append(button);
    if (i < unique.length - 1) line.append(" ");
    definitions.append(definition);
  });
  return [line, definitions];
}
