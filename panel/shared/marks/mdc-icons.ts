/**
 * The Making Data Count variation and assurance icons, drawn here as SVG text (no image files),
 * with the meaning of each in words. The icons follow the published meanings (NHS England, Making
 * Data Count, "Making data count: strengthening your decisions", 2019; the icon set of the Making
 * Data Count SPC tools) and NHSRplotthedots' choice of icon (`ptd_get_icons` in R/geom_ptd_icon.R):
 * improvement is the high icon when higher is better and the low icon when lower is better;
 * concern the reverse; neutral special cause is high or low by the side of the latest point.
 * Colours are those of the points (point-colours.ts). Every icon carries its meaning as a
 * `<title>` and an `aria-label`; any text is escaped, never markup.
 */
import { ASSURANCE_LABELS, VARIATION_LABELS } from "../../../core/labels";
import type { Polarity } from "../../../core/values";
import { POINT_OUTLINE, PTD_SPC_COLOURS } from "./point-colours";
import { xmlText } from "./xml-text";

/** The variation icons (NHSRplotthedots' file names, inst/icons/variation). */
export type VariationIcon =
  | "common_cause"
  | "improvement_high"
  | "improvement_low"
  | "concern_high"
  | "concern_low"
  | "neutral_high"
  | "neutral_low"
  | "none";

/** The assurance icons (NHSRplotthedots' inst/icons/assurance: pass, fail, inconsistent, empty). */
export type AssuranceIcon = "pass" | "fail" | "hit_and_miss" | "none";

/** What an icon means, and the short words for a cell or a legend. */
export interface IconMeaning {
  /** Short words: "Special cause: improving, high". */
  label: string;
  /** One plain sentence for a councillor. */
  meaning: string;
  /** The letter the icon shows (H, L, P, F, ?), or an empty string. */
  letter: string;
  /** The colour of its ring and marked dots. */
  colour: string;
}

/** Grey of "nothing to show" (no assurance, not enough data). */
const EMPTY_GREY = "#d9d9d9";

/** The meaning of each variation icon. */
export const VARIATION_ICONS: Readonly<Record<VariationIcon, IconMeaning>> = {
  common_cause: {
    label: "Common cause",
    meaning: "Grey: the latest value is within the usual ups and downs; nothing unusual has happened.",
    letter: "",
    colour: PTD_SPC_COLOURS.commonCause,
  },
  improvement_high: {
    label: "Special cause: improving, high",
    meaning: "Blue with H: unusually high values, and higher is better, so something has improved.",
    letter: "H",
    colour: PTD_SPC_COLOURS.improvement,
  },
  improvement_low: {
    label: "Special cause: improving, low",
    meaning: "Blue with L: unusually low values, and lower is better, so something has improved.",
    letter: "L",
    colour: PTD_SPC_COLOURS.improvement,
  },
  concern_high: {
    label: "Special cause: concerning, high",
    meaning: "Orange with H: unusually high values, and lower is better, so something needs looking into.",
    letter: "H",
    colour: PTD_SPC_COLOURS.concern,
  },
  concern_low: {
    label: "Special cause: concerning, low",
    meaning: "Orange with L: unusually low values, and higher is better, so something needs looking into.",
    letter: "L",
    colour: PTD_SPC_COLOURS.concern,
  },
  neutral_high: {
    label: "Special cause: neither better nor worse, high",
    meaning: "Purple with H: unusually high values, for a measure where neither higher nor lower is better.",
    letter: "H",
    colour: PTD_SPC_COLOURS.neutral,
  },
  neutral_low: {
    label: "Special cause: neither better nor worse, low",
    meaning: "Purple with L: unusually low values, for a measure where neither higher nor lower is better.",
    letter: "L",
    colour: PTD_SPC_COLOURS.neutral,
  },
  none: {
    label: "Not enough data",
    meaning: "Empty circle: fewer than 12 points, so the limits are only a first guess and no icon is shown yet.",
    letter: "",
    colour: EMPTY_GREY,
  },
};

/** The meaning of each assurance icon. */
export const ASSURANCE_ICONS: Readonly<Record<AssuranceIcon, IconMeaning>> = {
  pass: {
    label: "Consistently passing",
    meaning: "Blue with P: the target lies outside the usual range on the good side, so it will be met every time unless something changes.",
    letter: "P",
    colour: PTD_SPC_COLOURS.improvement,
  },
  fail: {
    label: "Consistently failing",
    meaning: "Orange with F: the target lies outside the usual range on the wrong side, so it will be missed every time unless the service changes.",
    letter: "F",
    colour: PTD_SPC_COLOURS.concern,
  },
  hit_and_miss: {
    label: "Hit and miss",
    meaning: "Grey with ?: the target lies inside the usual range, so it will be met in some periods and missed in others by chance alone.",
    letter: "?",
    colour: "#7f7f7f",
  },
  none: {
    label: "No assurance",
    meaning: "Empty circle: no target, neither direction is better, or too few points to judge.",
    letter: "",
    colour: EMPTY_GREY,
  },
};

/**
 * The variation icon of a KPI from its variation label, its polarity and the side of its latest
 * point (+1 above the mean, -1 below), as NHSRplotthedots chooses it.
 *
 * @example
 * variationIcon("Special cause concerning", "higher", -1); // => "concern_low"
 * variationIcon("Special cause improving", "lower", -1);   // => "improvement_low"
 * variationIcon("Special cause neutral", "neutral", 1);    // => "neutral_high"
 */
export function variationIcon(variation: string, polarity: Polarity, latestSide: number): VariationIcon {
  switch (variation) {
    case VARIATION_LABELS.commonCause:
      return "common_cause";
    case VARIATION_LABELS.improving:
      return polarity === "lower" ? "improvement_low" : polarity === "higher" ? "improvement_high" : latestSide < 0 ? "improvement_low" : "improvement_high";
    case VARIATION_LABELS.concerning:
      return polarity === "lower" ? "concern_high" : polarity === "higher" ? "concern_low" : latestSide < 0 ? "concern_low" : "concern_high";
    case VARIATION_LABELS.neutral:
      return latestSide < 0 ? "neutral_low" : "neutral_high";
    default:
      return "none";
  }
}

/**
 * The assurance icon of an assurance label.
 *
 * @example
 * assuranceIcon("Hit and miss"); // => "hit_and_miss"
 */
export function assuranceIcon(assurance: string): AssuranceIcon {
  if (assurance === ASSURANCE_LABELS.passing) return "pass";
  if (assurance === ASSURANCE_LABELS.failing) return "fail";
  if (assurance === ASSURANCE_LABELS.hitAndMiss) return "hit_and_miss";
  return "none";
}

/** The opening of an icon: a labelled image, its title, a white disc and its coloured ring. */
function iconFrame(size: number, title: string, ring: string): string {
  const text = xmlText(title);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100" role="img" aria-label="${text}">` +
    `<title>${text}</title>` +
    `<circle cx="50" cy="50" r="45" fill="#ffffff" stroke="${ring}" stroke-width="7"/>`
  );
}

/** A letter in the icon, as text. */
function letterText(letter: string, y: number, colour: string, fontSize: number): string {
  if (letter === "") return "";
  return `<text x="50" y="${y}" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-weight="700" font-size="${fontSize}" fill="${colour}">${xmlText(letter)}</text>`;
}

/** Heights (y, 0 at the top) of the seven dots of the little chart in a variation icon. */
function dotHeights(icon: VariationIcon): number[] {
  const steady = [62, 57, 64, 56, 61, 58, 60];
  if (icon === "common_cause" || icon === "none") return steady;
  const high = icon.endsWith("_high");
  // The last three dots run away from the rest: up for high (with the letter above), down for low.
  return high ? [70, 66, 71, 67, 50, 46, 48] : [38, 34, 39, 35, 54, 58, 56];
}

/**
 * A variation icon as an SVG string: a ring, a little chart of seven dots (the last three marked
 * in the icon's colour and running high or low for special cause) and the letter H or L.
 *
 * @param icon which icon
 * @param size width and height in pixels (default 40)
 * @param title the words a screen reader hears (default: the icon's label); escaped as text
 * @example
 * variationIconSvg("concern_low"); // => '<svg ... aria-label="Special cause: concerning, low">...<text ...>L</text></svg>'
 */
export function variationIconSvg(icon: VariationIcon, size = 40, title = VARIATION_ICONS[icon].label): string {
  const meaning = VARIATION_ICONS[icon];
  const heights = dotHeights(icon);
  const special = icon !== "common_cause" && icon !== "none";
  const dotColour = (i: number) => (special && i >= 4 ? meaning.colour : PTD_SPC_COLOURS.commonCause);
  const xs = heights.map((_, i) => 20 + i * 10);
  const line = icon === "none" ? "" : `<polyline points="${xs.map((x, i) => `${x},${heights[i]}`).join(" ")}" fill="none" stroke="#7f7f7f" stroke-width="2"/>`;
  const dots = icon === "none" ? "" : heights.map((y, i) => `<circle cx="${xs[i]}" cy="${y}" r="4.5" fill="${dotColour(i)}" stroke="${POINT_OUTLINE}" stroke-width="1"/>`).join("");
  const letterY = icon.endsWith("_high") ? 36 : 84;
  return `${iconFrame(size, title, meaning.colour)}${line}${dots}${letterText(meaning.letter, letterY, meaning.colour, 26)}</svg>`;
}

/**
 * An assurance icon as an SVG string: a ring, a dashed target line across the middle and the
 * letter P (passing), F (failing) or ? (hit and miss).
 *
 * @param icon which icon
 * @param size width and height in pixels (default 40)
 * @param title the words a screen reader hears (default: the icon's label); escaped as text
 * @example
 * assuranceIconSvg("pass"); // => '<svg ... aria-label="Consistently passing">...<text ...>P</text></svg>'
 */
export function assuranceIconSvg(icon: AssuranceIcon, size = 40, title = ASSURANCE_ICONS[icon].label): string {
  const meaning = ASSURANCE_ICONS[icon];
  const target = icon === "none" ? "" : `<line x1="18" y1="70" x2="82" y2="70" stroke="#7f7f7f" stroke-width="3" stroke-dasharray="7 5"/>`;
  return `${iconFrame(size, title, meaning.colour)}${target}${letterText(meaning.letter, 58, meaning.colour, 40)}</svg>`;
}
