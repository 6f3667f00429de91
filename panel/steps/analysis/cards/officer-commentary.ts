/**
 * The card's officer commentary: the officer's own commentary and actions for the latest period,
 * shown beside the generated paragraph exactly as written (as text, never markup), and the notes of
 * other periods folded away under them.
 */
import { el } from "../../../shared/dom";
import { KpiView } from "../../../shared/kpi-view";
import { OfficerNote } from "../../../shared/pane-inputs";

/** One note: its column's heading, then the text as written (line breaks kept by the style). */
function noteElement(note: OfficerNote, withPeriod: boolean): HTMLElement {
  const heading = withPeriod ? `${note.period}, ${note.heading}: ` : `${note.heading}: `;
  return el("p", { className: "officer-note" }, el("span", { className: "note-heading", text: heading }), el("span", { className: "note-text", text: note.text }));
}

/**
 * The officer commentary section: nothing when the table has no commentary column; else the notes
 * for the latest period (or a line saying there are none), and the other periods' notes in a
 * collapsed list.
 */
export function officerCommentary(view: KpiView): Node[] {
  if (view.commentary === null) return [];
  const period = view.latestPeriod ?? "the latest period";
  const nodes: Node[] = [el("h4", { text: `Officer commentary for ${period}` })];
  if (view.commentary.length === 0) {
    const unexplained = view.findings.includes("unexplained");
    nodes.push(el("p", { className: unexplained ? "officer-note missing-note" : "officer-note", text: unexplained ? "None given: ask the owner to explain this exception and the action being taken." : "None given." }));
  } else {
    nodes.push(...view.commentary.map((note) => noteElement(note, false)));
  }
  if (view.otherCommentary.length > 0) {
    const count = view.otherCommentary.length;
    nodes.push(el("details", { className: "other-notes" }, el("summary", { text: `Commentary for other periods (${count})` }), ...view.otherCommentary.map((note) => noteElement(note, true))));
  }
  return nodes;
}
