/**
 * The words of the pane explained: one short, plain definition of each term a councillor meets on
 * a card (variation, assurance, hit and miss...), written for someone who has never met statistical
 * process control. Plain data, no page: the cards show these beside the words, and the report's key
 * can print the same definitions, so the two never say different things.
 *
 * The run lengths and the 12 points are the pane's (core/spc/constants.ts: DEFAULT_RUN_LENGTH, the
 * trend and shift rules of the Making Data Count profile; MIN_POINTS_FOR_LIMITS); the methods are
 * described in docs/SPC.md.
 */
import { DEFAULT_RUN_LENGTH, MIN_POINTS_FOR_LIMITS } from "../../core/spc/constants";

/** The terms the pane explains. */
export type GlossaryKey =
  | "variation"
  | "assurance"
  | "hitAndMiss"
  | "specialCause"
  | "commonCause"
  | "trialLimits"
  | "processLimits"
  | "quartile"
  | "directionOfTravel"
  | "twoOfThree"
  | "shift"
  | "trend"
  | "outsideLimits";

/** One term: as the pane writes it, and what it means. */
export interface GlossaryEntry {
  term: string;
  definition: string;
}

/** Numbers up to twelve in words, for the definitions. */
const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const RUN = WORDS[DEFAULT_RUN_LENGTH];
const POINTS = WORDS[MIN_POINTS_FOR_LIMITS];

/** Every term, in the order a reader meets them on a card. */
export const GLOSSARY: Readonly<Record<GlossaryKey, GlossaryEntry>> = {
  directionOfTravel: {
    term: "Direction of travel",
    definition:
      "Whether the KPI has got better or worse over all its periods. A trend test (Mann-Kendall) says Improving or Worsening only when the change is unlikely to be chance; otherwise it says No clear change.",
  },
  variation: {
    term: "Variation",
    definition: `Whether the latest figure is within the ups and downs this KPI always shows (common cause) or something unusual (special cause), judged on a statistical process control (SPC) chart once it has ${POINTS} points.`,
  },
  assurance: {
    term: "Assurance",
    definition: `Whether the KPI can be relied on to meet its target, from the SPC chart: consistently passing, consistently failing, or hit and miss. This is not audit assurance. It needs a target and ${POINTS} points.`,
  },
  commonCause: {
    term: "Common cause",
    definition: "The normal ups and downs of the KPI: inside its process limits, with no unusual pattern. Acting on one such figure is acting on noise.",
  },
  specialCause: {
    term: "Special cause",
    definition:
      "A figure, or a run of figures, unlikely to be chance by one of the SPC rules: something has changed, and it is worth asking what. Improving or concerning by which way is better; neutral when neither higher nor lower is better.",
  },
  hitAndMiss: {
    term: "Hit and miss",
    definition: "The target lies inside the KPI's usual range (its process limits), so it will be met in some periods and missed in others by chance alone, with nothing changing in the service.",
  },
  processLimits: {
    term: "Process limits",
    definition: "The range this KPI's figures usually fall in, worked out from its own ups and downs (the mean, plus or minus 2.66 times the average change from one period to the next). Almost all common-cause figures fall inside.",
  },
  trialLimits: {
    term: "Trial limits",
    definition: `Process limits from fewer than ${POINTS} points. They are drawn, but are too uncertain yet to judge variation or assurance.`,
  },
  outsideLimits: {
    term: "Outside limits",
    definition: "A figure above the upper or below the lower process limit: a special cause on its own.",
  },
  shift: {
    term: "Shift",
    definition: `${RUN[0].toUpperCase()}${RUN.slice(1)} or more figures in a row on the same side of the mean: the level has moved, for example after a change in the service or in how it is recorded.`,
  },
  trend: {
    term: "Trend",
    definition: `${RUN[0].toUpperCase()}${RUN.slice(1)} or more figures in a row, each higher (or each lower) than the one before.`,
  },
  twoOfThree: {
    term: "Two of three",
    definition: "Two of three figures in a row near or beyond a process limit (more than two thirds of the way from the mean to it), on the same side: an early sign of special cause.",
  },
  quartile: {
    term: "Quartile",
    definition: "Where the council sits among its peers, in quarters: top (the best 25%), upper middle, lower middle or bottom. Best follows which way is better for the KPI.",
  },
};

/**
 * The term a label names, if it names one: "Special cause concerning" is a special cause, "Hit and
 * miss" is hit and miss, a rule's name is its rule.
 *
 * @example
 * termOfLabel("Special cause improving"); // => "specialCause"
 * termOfLabel("Shift");                   // => "shift"
 * termOfLabel("Green");                   // => undefined
 */
export function termOfLabel(label: string): GlossaryKey | undefined {
  const text = label.trim().toLowerCase();
  if (text.startsWith("special cause")) return "specialCause";
  const found = (Object.keys(GLOSSARY) as GlossaryKey[]).find((key) => GLOSSARY[key].term.toLowerCase() === text);
  return found;
}
