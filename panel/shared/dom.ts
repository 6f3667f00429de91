/**
 * A small element builder for the panel. Text is always set as text (text nodes, textContent),
 * never parsed as HTML, so a KPI named `<img src=x onerror=...>` shows as those characters.
 */

type Child = Node | string | number | null | undefined | false;

/** Attributes and properties an element is built with. */
export interface ElementProps {
  className?: string;
  id?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

/** Creates an element with text children (never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  if (props.attrs) for (const [name, value] of Object.entries(props.attrs)) element.setAttribute(name, value);
  if (props.on) for (const [type, handler] of Object.entries(props.on)) if (handler) element.addEventListener(type, handler);
  if (props.text !== undefined) element.textContent = props.text;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
  return element;
}

let counter = 0;
/** A unique id for label/control pairs. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A labelled select with the given options; `value` selects one. */
export function labelledSelect(label: string, options: readonly { value: string; text: string }[], value?: string, className = "field"): { wrapper: HTMLElement; select: HTMLSelectElement } {
  const id = uid("select");
  const select = el("select", { id });
  for (const option of options) {
    const element = el("option", { text: option.text });
    element.value = option.value;
    select.append(element);
  }
  if (value !== undefined) select.value = value;
  const wrapper = el("div", { className }, el("label", { attrs: { for: id }, text: label }), select);
  return { wrapper, select };
}
