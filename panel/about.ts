/**
 * The placeholder pane: says what KPI Scrutiny is and lists its formulas, built from the catalogue.
 * Replaced by the full panel; kept as the fallback when the panel cannot start.
 */
import { catalogueMetadata } from "../core/functions";

/**
 * Fills `root` with the add-in's name, purpose and formula list. Text only (no HTML from data).
 *
 * @param prefix how this host spells formulas: `KPI.` in Excel, `KPI_` in Sheets
 */
export function renderAbout(root: HTMLElement, prefix: string): void {
  const doc = root.ownerDocument;
  const heading = doc.createElement("h1");
  heading.textContent = "KPI Scrutiny";
  const intro = doc.createElement("p");
  intro.textContent =
    "Tells you whether a KPI is really improving, how it compares with peer councils, whether its target is any good and what to ask about it.";
  const hint = doc.createElement("p");
  hint.textContent = `Type =${prefix} in a cell to see the formulas:`;
  const list = doc.createElement("ul");
  for (const meta of catalogueMetadata()) {
    const item = doc.createElement("li");
    const name = doc.createElement("strong");
    name.textContent = `${prefix}${meta.name}`;
    item.append(name, ` ${meta.description}`);
    list.append(item);
  }
  root.replaceChildren(heading, intro, hint, list);
}
