/**
 * The committee paper's marks: point colours by kind and side (NHSRplotthedots' ptd_spc_colours),
 * the Making Data Count variation and assurance icons (NHSRplotthedots' choice of icon in
 * ptd_get_icons, R/geom_ptd_icon.R), the direction-of-travel arrows, and text that stays text.
 */
import { analyseKpi } from "../../core/analysis/analyse-kpi";
import { chartOf } from "../../panel/steps/analysis/view-of-kpi";
import { directionArrow, directionArrowSvg } from "../../panel/shared/marks/direction-arrows";
import { ASSURANCE_ICONS, VARIATION_ICONS, VariationIcon, assuranceIcon, assuranceIconSvg, variationIcon, variationIconSvg } from "../../panel/shared/marks/mdc-icons";
import { POINT_KINDS, POINT_STYLES, PTD_SPC_COLOURS, pointKind, pointKindsOf } from "../../panel/shared/marks/point-colours";
import { xmlSafe, xmlText } from "../../panel/shared/marks/xml-text";

describe("point colours", () => {
  test("are NHSRplotthedots' ptd_spc_colours() defaults (R/ptd_spc_colours.R, commit 050b07d)", () => {
    expect(PTD_SPC_COLOURS).toEqual({ commonCause: "#a6a6a6", improvement: "#00b0f0", concern: "#e46c0a", neutral: "#490092" });
  });

  test("each kind has its own shape or size and its words, so colour is never the only sign", () => {
    const looks = POINT_KINDS.map((kind) => `${POINT_STYLES[kind].shape}/${POINT_STYLES[kind].size}`);
    expect(new Set(looks).size).toBe(POINT_KINDS.length);
    for (const kind of POINT_KINDS) expect(POINT_STYLES[kind].words).toMatch(/(Common|Special) cause/);
  });

  test("kind by variation and side: neutral is high above the mean and low below it", () => {
    expect(pointKind("Common cause", 5, 4)).toBe("common");
    expect(pointKind("Special cause improving", 5, 4)).toBe("improvement");
    expect(pointKind("Special cause concerning", 3, 4)).toBe("concern");
    expect(pointKind("Special cause neutral", 5, 4)).toBe("neutral-high");
    expect(pointKind("Special cause neutral", 3, 4)).toBe("neutral-low");
    expect(pointKind("Excluded", 3, 4)).toBeUndefined();
    expect(pointKind("Common cause", null, 4)).toBeUndefined();
  });

  test("the chart view of Trafford's recycling rate (DEFRA ENV18): concern, common, concern, seven improving, common", () => {
    // The points' rules are worked out in test/core/spc-episodes.test.ts.
    const analysis = analyseKpi({ name: "Recycling", values: [40.8, 49.2, 47.9, 57.5, 61.9, 60.4, 61.3, 58.5, 57.3, 56.9, 53.3, 58.8, null], polarity: "higher" });
    const chart = chartOf(analysis.spc!, analysis.periods, null);
    expect(pointKindsOf(chart)).toEqual(["concern", "common", "concern", ...Array(7).fill("improvement"), "common", "common", undefined]);
    // The view hands each point's variation over as core labels it, not read back from words.
    expect(chart.variation).toEqual(analysis.spc!.points.map((point) => point.variation ?? null));
    expect(chart.variation.slice(0, 4)).toEqual(["Special cause concerning", "Common cause", "Special cause concerning", "Special cause improving"]);
  });

  test("a left-out point has no kind", () => {
    const analysis = analyseKpi({ name: "Calls", values: [80, 82, 79, 81, 80, 65, 81, 79, 82, 80, 81, 80, 82, 81], polarity: "higher", exclude: [false, false, false, false, false, true, false, false, false, false, false, false, false, false] });
    const kinds = pointKindsOf(chartOf(analysis.spc!, analysis.periods, null));
    expect(kinds[5]).toBeUndefined();
    expect(kinds.filter((kind) => kind === "common")).toHaveLength(13);
  });
});

describe("Making Data Count icons", () => {
  test("the variation icon follows NHSRplotthedots: improvement is high when higher is better, concern the reverse; neutral by side", () => {
    const cases: [string, "higher" | "lower" | "neutral", number, VariationIcon][] = [
      ["Common cause", "higher", 1, "common_cause"],
      ["Special cause improving", "higher", 1, "improvement_high"],
      ["Special cause improving", "lower", -1, "improvement_low"],
      ["Special cause concerning", "higher", -1, "concern_low"],
      ["Special cause concerning", "lower", 1, "concern_high"],
      ["Special cause neutral", "neutral", 1, "neutral_high"],
      ["Special cause neutral", "neutral", -1, "neutral_low"],
      ["Not enough data", "higher", 1, "none"],
      ["", "higher", 1, "none"],
    ];
    for (const [variation, polarity, side, icon] of cases) expect(variationIcon(variation, polarity, side)).toBe(icon);
  });

  test("assurance icons: P passing, F failing, ? hit and miss, none otherwise", () => {
    expect(["Consistently passing", "Consistently failing", "Hit and miss", "No target", "Not enough data"].map(assuranceIcon)).toEqual(["pass", "fail", "hit_and_miss", "none", "none"]);
    expect([ASSURANCE_ICONS.pass.letter, ASSURANCE_ICONS.fail.letter, ASSURANCE_ICONS.hit_and_miss.letter]).toEqual(["P", "F", "?"]);
  });

  test("each icon is an SVG with its meaning as title and label, its letter as text and its colour on the ring", () => {
    for (const [icon, meaning] of Object.entries(VARIATION_ICONS)) {
      const svg = variationIconSvg(icon as VariationIcon);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-label="[^"]+">/);
      expect(svg).toContain(`<title>${xmlText(meaning.label)}</title>`);
      expect(svg).toContain(`stroke="${meaning.colour}"`);
      if (meaning.letter) expect(svg).toMatch(new RegExp(`<text [^>]*>${meaning.letter}</text>`));
      expect(svg.endsWith("</svg>")).toBe(true);
      expect(meaning.meaning.split(/(?<=\.)\s/).length).toBe(1);
    }
    for (const [icon, meaning] of Object.entries(ASSURANCE_ICONS)) {
      const svg = assuranceIconSvg(icon as keyof typeof ASSURANCE_ICONS);
      expect(svg).toContain(`<title>${xmlText(meaning.label)}</title>`);
      if (meaning.letter) expect(svg).toContain(`>${xmlText(meaning.letter)}</text>`);
    }
  });

  test("a title from data is text, never markup", () => {
    const svg = variationIconSvg("concern_low", 40, 'Visits <script>alert(1)</script> & "more"');
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain("Visits &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;");
    expect((svg.match(/</g) ?? []).length).toBe((variationIconSvg("concern_low").match(/</g) ?? []).length);
  });
});

describe("direction-of-travel arrows", () => {
  test("up or down is the way the values move; the colour says better, worse or neither", () => {
    const cases: [string, "higher" | "lower" | "neutral", string, string, string][] = [
      ["Improving", "higher", "up", "better", "↑ Improving"],
      ["Improving", "lower", "down", "better", "↓ Improving"],
      ["Worsening", "higher", "down", "worse", "↓ Worsening"],
      ["Worsening", "lower", "up", "worse", "↑ Worsening"],
      ["Increasing", "neutral", "up", "neither", "↑ Increasing"],
      ["Decreasing", "neutral", "down", "neither", "↓ Decreasing"],
      ["No clear change", "higher", "level", "none", "→ No clear change"],
      ["Not enough data", "lower", "none", "none", "Not enough data"],
      ["", "lower", "none", "none", "Not analysed"],
    ];
    for (const [label, polarity, shape, tone, cell] of cases) {
      expect(directionArrow(label, polarity)).toMatchObject({ shape, tone, cellText: cell });
    }
    expect(directionArrow("Improving", "higher").colour).toBe(PTD_SPC_COLOURS.improvement);
    expect(directionArrow("Worsening", "lower").colour).toBe(PTD_SPC_COLOURS.concern);
    expect(directionArrow("Increasing", "neutral").colour).toBe(PTD_SPC_COLOURS.neutral);
  });

  test("the SVG arrow turns with the direction and says it in words", () => {
    expect(directionArrowSvg(directionArrow("Worsening", "higher"))).toMatch(/aria-label="Worsening: Down, worse".*rotate\(180 50 50\)/);
    expect(directionArrowSvg(directionArrow("No clear change", "higher"))).toMatch(/rotate\(90 50 50\)/);
    expect(directionArrowSvg(directionArrow("Not enough data", "higher"))).not.toContain("<polygon");
  });
});

describe("text stays text", () => {
  test("xmlText escapes the five special characters and drops what XML forbids", () => {
    expect(xmlText(`<a href="x">Tom & Jerry's</a>\u0001\uFFFF`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
    expect(xmlSafe("Visits\u0007 \uD800x \uD83D\uDE00")).toBe("Visits x \uD83D\uDE00");
  });
});
