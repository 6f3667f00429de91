/**
 * Direction-of-travel arrows: which way the values have moved over the whole series (the trend
 * test's label, KPI.DIRECTION) and whether that is better or worse, as an SVG arrow for the pane
 * and the Word pack and as a glyph with words for a spreadsheet cell. Up or down is the way the
 * values move; the colour says better (Making Data Count improvement blue) or worse (concern
 * orange), or neither (neutral purple) when neither direction is better; level is grey. The words
 * always go with the arrow, so nothing is told by colour or shape alone.
 */
import { DIRECTION_LABELS } from "../../../core/labels";
import type { Polarity } from "../../../core/values";
import { POINT_OUTLINE, PTD_SPC_COLOURS } from "./point-colours";
import { xmlText } from "./xml-text";

/** Which way an arrow points. */
export type ArrowShape = "up" | "down" | "level" | "none";

/** What the movement means against the polarity. */
export type ArrowTone = "better" | "worse" | "neither" | "none";

/** One direction-of-travel arrow. */
export interface DirectionArrow {
  shape: ArrowShape;
  tone: ArrowTone;
  /** Fill colour of the SVG arrow. */
  colour: string;
  /** A glyph a spreadsheet font has: ↑, ↓, → or an empty string. */
  glyph: string;
  /** The direction label (KPI.DIRECTION's words). */
  label: string;
  /** The glyph and the words, for a spreadsheet cell: "↑ Improving". */
  cellText: string;
  /** The arrow in words: "Up, better". */
  words: string;
}

const TONE_COLOURS: Readonly<Record<ArrowTone, string>> = {
  better: PTD_SPC_COLOURS.improvement,
  worse: PTD_SPC_COLOURS.concern,
  neither: PTD_SPC_COLOURS.neutral,
  none: PTD_SPC_COLOURS.commonCause,
};

const GLYPHS: Readonly<Record<ArrowShape, string>> = { up: "\u2191", down: "\u2193", level: "\u2192", none: "" };

/**
 * The arrow of a direction-of-travel label for a KPI of the given polarity: improving is up when
 * higher is better and down when lower is better; worsening the reverse; increasing and decreasing
 * (neutral polarity) up and down in purple; no clear change level and grey; not enough data no
 * arrow; a KPI that could not be analysed (no label) reads "Not analysed".
 *
 * @example
 * directionArrow("Improving", "lower").cellText; // => "↓ Improving"
 * directionArrow("No clear change", "higher").shape; // => "level"
 */
export function directionArrow(label: string, polarity: Polarity): DirectionArrow {
  let shape: ArrowShape = "none";
  let tone: ArrowTone = "none";
  switch (label) {
    case DIRECTION_LABELS.improving:
      shape = polarity === "lower" ? "down" : "up";
      tone = "better";
      break;
    case DIRECTION_LABELS.worsening:
      shape = polarity === "lower" ? "up" : "down";
      tone = "worse";
      break;
    case DIRECTION_LABELS.increasing:
      shape = "up";
      tone = "neither";
      break;
    case DIRECTION_LABELS.decreasing:
      shape = "down";
      tone = "neither";
      break;
    case DIRECTION_LABELS.noClearChange:
      shape = "level";
      break;
  }
  const glyph = GLYPHS[shape];
  const shown = label === "" ? "Not analysed" : label;
  const way = { up: "Up", down: "Down", level: "Level", none: "No arrow" }[shape];
  const meaning = { better: ", better", worse: ", worse", neither: ", neither better nor worse", none: "" }[tone];
  return { shape, tone, colour: TONE_COLOURS[tone], glyph, label: shown, cellText: glyph === "" ? shown : `${glyph} ${shown}`, words: `${way}${meaning}` };
}

/** The arrow's outline, pointing up, in a 100 x 100 box. */
const UP_ARROW = "50,8 88,50 64,50 64,92 36,92 36,50 12,50";

/**
 * The arrow as an SVG string (nothing drawn but the title when there is no arrow).
 *
 * @param arrow the arrow
 * @param size width and height in pixels (default 24)
 * @example
 * directionArrowSvg(directionArrow("Worsening", "higher")); // => '<svg ... aria-label="Worsening: Down, worse">...</svg>'
 */
export function directionArrowSvg(arrow: DirectionArrow, size = 24): string {
  const title = xmlText(`${arrow.label}: ${arrow.words}`);
  const turn = { up: 0, down: 180, level: 90, none: 0 }[arrow.shape];
  const body =
    arrow.shape === "none"
      ? ""
      : `<polygon points="${UP_ARROW}" transform="rotate(${turn} 50 50)" fill="${arrow.colour}" stroke="${POINT_OUTLINE}" stroke-width="4" stroke-linejoin="round"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100" role="img" aria-label="${title}"><title>${title}</title>${body}</svg>`;
}
