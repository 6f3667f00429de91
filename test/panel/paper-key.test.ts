/**
 * The key of the committee paper ("How to read this report"): every mark in one plain sentence,
 * every part of the method in one paragraph naming its sources, and every label the report writes
 * explained.
 */
import { RAG_LABELS } from "../../core/labels";
import { ASSURANCE_ICONS, VARIATION_ICONS } from "../../panel/shared/marks/mdc-icons";
import { POINT_KINDS } from "../../panel/shared/marks/point-colours";
import { readingKey } from "../../panel/shared/marks/reading-key";
import { NOT_COMPARED } from "../../panel/shared/marks/reading-key";
import { QUARTILE_LABELS } from "../../panel/shared/kpi-view";

/** Sentences of a text: split after a full stop, question or exclamation mark followed by a space and a capital. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.?!])\s+(?=[A-Z])/);
}

describe("How to read this report", () => {
  const key = readingKey();

  test("covers every point kind, icon, arrow, RAG rating and quartile", () => {
    const ids = key.sections.flatMap((section) => section.entries.map((entry) => entry.id));
    for (const kind of POINT_KINDS) expect(ids).toContain(`point-${kind}`);
    for (const icon of Object.keys(VARIATION_ICONS)) expect(ids).toContain(`variation-${icon}`);
    for (const icon of Object.keys(ASSURANCE_ICONS)) expect(ids).toContain(`assurance-${icon}`);
    for (const id of ["arrow-up-better", "arrow-down-better", "arrow-up-worse", "arrow-down-worse", "arrow-up-neither", "arrow-level", "arrow-none"]) expect(ids).toContain(id);
    const labels = key.sections.flatMap((section) => section.entries.map((entry) => entry.label));
    for (const label of [...Object.values(RAG_LABELS), ...Object.values(QUARTILE_LABELS), NOT_COMPARED]) expect(labels).toContain(label);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("each mark is one plain sentence under 30 words", () => {
    for (const entry of key.sections.flatMap((section) => section.entries)) {
      expect(sentencesOf(entry.sentence)).toHaveLength(1);
      expect(entry.sentence.split(/\s+/).length).toBeLessThan(30);
      expect(entry.sentence).toMatch(/\.$/);
    }
  });

  test("icons and arrows carry their drawing; the arrows their cell text", () => {
    for (const section of key.sections.filter((s) => ["variation", "assurance", "direction"].includes(s.id))) {
      for (const entry of section.entries) expect(entry.svg).toMatch(/^<svg [^>]*role="img"/);
    }
    const cells = key.sections.find((s) => s.id === "direction")!.entries.map((entry) => entry.cellText);
    expect(cells).toEqual(["↑ Improving", "↓ Improving", "↓ Worsening", "↑ Worsening", "↑ Increasing", "→ No clear change", "Not enough data"]);
  });

  test("the method: SPC rules, the trend test, the peer comparison and RAG, each one paragraph naming its sources", () => {
    expect(key.methods.map((method) => method.id)).toEqual(["method-spc", "method-trend", "method-peers", "method-rag"]);
    for (const method of key.methods) {
      expect(method.paragraph).not.toMatch(/\n/);
      expect(method.sources.length).toBeGreaterThan(0);
      // An address as a reader types it (host and path), never a link the scripts could follow.
      for (const source of method.sources) expect(source.url).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+\/[^\s:]*$/);
    }
    const spc = key.methods[0].paragraph;
    // The constants of the method, as core uses them (core/spc/constants.ts).
    expect(spc).toContain("2.66 times");
    expect(spc).toContain("a run of 7");
    expect(spc).toContain("fewer than 12 values");
    expect(key.methods[1].paragraph).toContain("at least 5 values");
    expect(key.methods[2].paragraph).toContain("At least 4 peer values");
  });

  test("is plain data: it survives JSON", () => {
    expect(JSON.parse(JSON.stringify(key))).toEqual(key);
  });
});
