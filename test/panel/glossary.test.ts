/**
 * One glossary for the words of the pane: every label a card shows from core (the variation and
 * assurance labels, the special-cause rules) has a short, plain definition, and the terms a
 * councillor asked about are all there.
 */
import { ASSURANCE_LABELS, VARIATION_LABELS } from "../../core/labels";
import { SPC_RULE_LABELS } from "../../core/spc/rules/table";
import { GLOSSARY, termOfLabel } from "../../panel/shared/glossary";

describe("the glossary", () => {
  test("has the terms a new reader meets on a card", () => {
    const terms = Object.values(GLOSSARY).map((entry) => entry.term);
    for (const term of ["Variation", "Assurance", "Hit and miss", "Special cause", "Common cause", "Trial limits", "Quartile", "Direction of travel", "Two of three", "Shift"]) {
      expect(terms).toContain(term);
    }
  });

  test("each definition is short and plain: one to three sentences, under 60 words, no jargon left unexplained", () => {
    for (const { term, definition } of Object.values(GLOSSARY)) {
      const words = definition.split(/\s+/).length;
      expect({ term, short: words >= 10 && words < 60 }).toEqual({ term, short: true });
      expect(definition).not.toMatch(/\bsigma\b|\bXmR\b|\bp-value\b/i);
    }
  });

  test("every variation label, the hit-and-miss assurance and every special-cause rule names a term", () => {
    for (const label of Object.values(VARIATION_LABELS)) expect(termOfLabel(label)).toBeDefined();
    expect(termOfLabel(ASSURANCE_LABELS.hitAndMiss)).toBe("hitAndMiss");
    for (const label of Object.values(SPC_RULE_LABELS)) expect(termOfLabel(label)).toBeDefined();
    expect(termOfLabel("Green")).toBeUndefined();
  });

  test("assurance says it is not audit assurance, which the word means in councils", () => {
    expect(GLOSSARY.assurance.definition).toMatch(/not audit assurance/);
  });
});
