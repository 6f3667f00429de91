/**
 * The column mapping: one select per column, so the user can correct what was recognised.
 */
import { RangeData } from "../../host";
import { el, labelledSelect } from "../../shared/dom";
import { headerText } from "./table-shape";

/**
 * The "Check the columns" control of a table: `kind` tells the KPI and the peer table apart,
 * `heading` says which table it checks, `labels` are the words for each role, and `onChange` gets
 * the roles after each change. After the change redraws `container`, the same select gets the
 * focus back.
 */
export function mappingEditor(
  container: ParentNode,
  kind: string,
  heading: string,
  data: RangeData,
  roles: readonly string[],
  labels: Readonly<Record<string, string>>,
  onChange: (roles: string[]) => void,
): HTMLElement {
  const details = el("details", { className: "mapping" }, el("summary", { text: heading }));
  const header = data.values.find((row) => row.some((cell) => cell !== null && String(cell).trim() !== "")) ?? [];
  const list = el("div", { className: "mapping-list" });
  roles.forEach((role, c) => {
    const title = headerText(header[c] ?? null) ? String(header[c]).trim() : `Column ${c + 1}`;
    const { wrapper, select } = labelledSelect(
      title,
      Object.entries(labels).map(([value, text]) => ({ value, text })),
      role,
      "field mapping-row",
    );
    select.setAttribute("aria-label", `${title}: what this column holds`);
    select.dataset.column = String(c);
    select.dataset.kind = kind;
    select.addEventListener("change", () => {
      const next = [...roles];
      next[c] = select.value;
      onChange(next);
      const again = container.querySelector<HTMLSelectElement>(`select[data-kind="${kind}"][data-column="${c}"]`);
      again?.closest("details")?.setAttribute("open", "");
      again?.focus();
    });
    list.append(wrapper);
  });
  details.append(list);
  return details;
}
