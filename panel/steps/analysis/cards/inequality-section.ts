/**
 * The card's section on inequality across deprivation deciles or quintiles: the slope and relative
 * index of inequality of the latest period with their 95% intervals, how the gap changed, the SII
 * of each period, and what each index means; or why it could not be worked out (the rest of the
 * card is unchanged). All text is set as text.
 */
import { formatNumber as plainNumber } from "../../../../core/values/units";
import { el } from "../../../shared/dom";
import { higherEnd, intervalWords, signedGap } from "../../../shared/inequality-words";
import { KpiView } from "../../../shared/kpi-view";

function row(term: string, detail: string): HTMLElement[] {
  return [el("dt", { text: term }), el("dd", { text: detail })];
}

/** The section for one KPI, or nothing when it has no deprivation table. */
export function inequalitySection(view: KpiView): Node[] {
  const inequality = view.inequality;
  if (inequality === undefined) return [];
  const heading = el("h4", { text: `Inequality by deprivation${inequality.groups === "groups" ? "" : ` (${inequality.groups})`}` });
  if (inequality.problem !== null || inequality.sii === null || inequality.rii === null) {
    return [heading, el("p", { className: "problem", text: `The gap between the most and least deprived could not be worked out: ${inequality.problem ?? "no result"}.` })];
  }
  const list = el("dl", { className: "facts inequality" });
  list.append(
    ...row(`Slope index (${inequality.period})`, `${signedGap(inequality.sii, view.unit)}${intervalWords(inequality.siiLower, inequality.siiUpper)}, ${higherEnd(inequality.sii)}`),
    ...row("Relative index", `${plainNumber(inequality.rii)}${intervalWords(inequality.riiLower, inequality.riiUpper)}`),
  );
  if (inequality.change) list.append(...row("Change", inequality.change));
  if (inequality.byPeriod.length > 1) list.append(...row("Slope index by period", inequality.byPeriod.map((point) => `${point.period}: ${plainNumber(point.sii)}`).join("; ")));
  const parts: Node[] = [heading, list];
  for (const note of inequality.notes) parts.push(el("p", { className: "hint", text: note }));
  parts.push(
    el("p", {
      className: "hint",
      text: "The slope index of inequality is the gap from the most to the least deprived, modelled across all groups and weighted by their populations (PHE method); the relative index is the least deprived end over the most deprived end.",
    }),
  );
  return parts;
}
