/**
 * "How to read this report": every mark the committee paper uses (point colours, variation and
 * assurance icons, direction arrows, RAG ratings, peer quartiles) in one plain sentence each, and
 * the method in one paragraph each (the SPC rules, the trend test, the peer comparison, the RAG
 * rating), naming its sources. Plain data, written once: the report's key sheet, the Word pack
 * and the pane's glossary all read it from here. Pure: no DOM, no host.
 */
import { DIRECTION_LABELS, NOT_ENOUGH_DATA, RAG_LABELS } from "../../../core/labels";
import { MIN_PEERS } from "../../../core/benchmark/constants";
import { MIN_POINTS_DIRECTION } from "../../../core/trend/constants";
import { DEFAULT_RUN_LENGTH, MIN_POINTS_FOR_LIMITS, XMR_LIMIT_SCALE } from "../../../core/spc/constants";
import { QUARTILE_LABELS } from "../kpi-view";
import { DirectionArrow, directionArrow, directionArrowSvg } from "./direction-arrows";
import { ASSURANCE_ICONS, AssuranceIcon, VARIATION_ICONS, VariationIcon, assuranceIconSvg, variationIconSvg } from "./mdc-icons";
import { POINT_KINDS, POINT_STYLES } from "./point-colours";

/** The peer-quartile words of a KPI with no quartile (no peers, too few, neutral, or not analysed). */
export const NOT_COMPARED = "Not compared with peers";

/** One mark and what it means. */
export interface KeyEntry {
  /** Stable id, for the pane's glossary to link to. */
  id: string;
  /** The mark's name as the report writes it ("Special cause: concerning, low", "Green"). */
  label: string;
  /** What it means, in one plain sentence. */
  sentence: string;
  /** The mark drawn as SVG, where it is drawn (icons, arrows). */
  svg?: string;
  /** The text a spreadsheet cell shows for it (an arrow glyph with words), where it differs from the label. */
  cellText?: string;
  /** The mark's colour, where it has one. */
  colour?: string;
}

/** A group of marks under a heading. */
export interface KeySection {
  id: string;
  heading: string;
  entries: KeyEntry[];
}

/** A public source a method follows. */
export interface Source {
  name: string;
  url: string;
}

/** One part of the method, in one paragraph, with its sources. */
export interface MethodNote {
  id: string;
  heading: string;
  paragraph: string;
  sources: Source[];
}

/** The whole key. */
export interface ReadingKey {
  title: string;
  introduction: string;
  sections: KeySection[];
  methods: MethodNote[];
}

/**
 * The public sources the methods name, each with its address as a reader types it (without
 * `https://`: the paper names the sources as text, and the built scripts hold no web address,
 * SECURITY.md "What it never sends").
 */
export const SOURCES = {
  makingDataCount: { name: "NHS England, Making Data Count", url: "www.england.nhs.uk/publication/making-data-count/" },
  plotTheDots: { name: "NHS-R Community, NHSRplotthedots (R package)", url: "github.com/nhs-r-community/NHSRplotthedots" },
  mannKendall: { name: "Mann (1945) and Kendall (1975), the Mann-Kendall trend test; Sen (1968), Sen's slope", url: "doi.org/10.2307/1907187" },
  fingertips: { name: "OHID Fingertips technical guidance", url: "fingertips.phe.org.uk/profile/guidance" },
  lgInform: { name: "Local Government Association, LG Inform", url: "lginform.local.gov.uk/" },
} as const satisfies Record<string, Source>;

/** The arrows the key shows: every shape and tone a KPI can get. */
const ARROW_EXAMPLES: readonly { id: string; arrow: DirectionArrow; sentence: string }[] = [
  { id: "arrow-up-better", arrow: directionArrow(DIRECTION_LABELS.improving, "higher"), sentence: "A blue arrow up: the values have risen over the whole series, and higher is better." },
  { id: "arrow-down-better", arrow: directionArrow(DIRECTION_LABELS.improving, "lower"), sentence: "A blue arrow down: the values have fallen over the whole series, and lower is better." },
  { id: "arrow-down-worse", arrow: directionArrow(DIRECTION_LABELS.worsening, "higher"), sentence: "An orange arrow down: the values have fallen over the whole series, and higher is better." },
  { id: "arrow-up-worse", arrow: directionArrow(DIRECTION_LABELS.worsening, "lower"), sentence: "An orange arrow up: the values have risen over the whole series, and lower is better." },
  { id: "arrow-up-neither", arrow: directionArrow(DIRECTION_LABELS.increasing, "neutral"), sentence: "A purple arrow up or down: the values have risen or fallen, for a measure where neither is better." },
  { id: "arrow-level", arrow: directionArrow(DIRECTION_LABELS.noClearChange, "higher"), sentence: "A grey level arrow: no clear change; the trend test cannot tell the movement from chance." },
  { id: "arrow-none", arrow: directionArrow(NOT_ENOUGH_DATA, "higher"), sentence: `No arrow: fewer than ${MIN_POINTS_DIRECTION} values, too few to judge a direction.` },
];

/**
 * The key of the committee paper.
 *
 * @example
 * readingKey().sections.map((section) => section.heading);
 * // => ["Dots on the charts", "Variation icons", "Assurance icons", "Direction of travel", "RAG rating", "Peer quartile"]
 */
export function readingKey(): ReadingKey {
  const points: KeySection = {
    id: "points",
    heading: "Dots on the charts",
    entries: POINT_KINDS.map((kind) => {
      const style = POINT_STYLES[kind];
      const sentences = {
        common: "A small grey dot is a value within the usual ups and downs of the measure (common cause variation).",
        improvement: "A large blue dot is an unusual value (special cause) in the direction that is better.",
        concern: "An orange diamond is an unusual value (special cause) in the direction that is worse.",
        "neutral-high": "A purple triangle pointing up is an unusual high value for a measure where neither direction is better.",
        "neutral-low": "A purple triangle pointing down is an unusual low value for a measure where neither direction is better.",
      };
      return { id: `point-${kind}`, label: style.words, sentence: sentences[kind], colour: style.colour };
    }),
  };
  const variation: KeySection = {
    id: "variation",
    heading: "Variation icons",
    entries: (Object.keys(VARIATION_ICONS) as VariationIcon[]).map((icon) => ({
      id: `variation-${icon}`,
      label: VARIATION_ICONS[icon].label,
      sentence: VARIATION_ICONS[icon].meaning,
      svg: variationIconSvg(icon),
      colour: VARIATION_ICONS[icon].colour,
    })),
  };
  const assurance: KeySection = {
    id: "assurance",
    heading: "Assurance icons",
    entries: (Object.keys(ASSURANCE_ICONS) as AssuranceIcon[]).map((icon) => ({
      id: `assurance-${icon}`,
      label: ASSURANCE_ICONS[icon].label,
      sentence: ASSURANCE_ICONS[icon].meaning,
      svg: assuranceIconSvg(icon),
      colour: ASSURANCE_ICONS[icon].colour,
    })),
  };
  const arrows: KeySection = {
    id: "direction",
    heading: "Direction of travel",
    entries: ARROW_EXAMPLES.map(({ id, arrow, sentence }) => ({ id, label: `${arrow.label} (${arrow.words})`, sentence, svg: directionArrowSvg(arrow), cellText: arrow.cellText, colour: arrow.colour })),
  };
  const rag: KeySection = {
    id: "rag",
    heading: "RAG rating",
    entries: [
      { id: "rag-green", label: RAG_LABELS.green, sentence: "Green: the latest value meets its target." },
      { id: "rag-amber", label: RAG_LABELS.amber, sentence: "Amber: the latest value misses its target, but by no more than the tolerance the council set." },
      { id: "rag-red", label: RAG_LABELS.red, sentence: "Red: the latest value misses its target by more than the tolerance." },
      { id: "rag-none", label: RAG_LABELS.noTarget, sentence: "No target: the measure has no target, so it is not rated." },
    ],
  };
  const quartile: KeySection = {
    id: "quartile",
    heading: "Peer quartile",
    entries: [
      { id: "quartile-1", label: QUARTILE_LABELS[1], sentence: "Top quartile: among the best quarter of the peer group, whichever way is better for the measure." },
      { id: "quartile-2", label: QUARTILE_LABELS[2], sentence: "Upper middle quartile: better than the peer median but not in the best quarter." },
      { id: "quartile-3", label: QUARTILE_LABELS[3], sentence: "Lower middle quartile: worse than the peer median but not in the worst quarter." },
      { id: "quartile-4", label: QUARTILE_LABELS[4], sentence: "Bottom quartile: among the worst quarter of the peer group." },
      { id: "quartile-none", label: NOT_COMPARED, sentence: `Not compared: no peer figures, fewer than ${MIN_PEERS}, or neither direction is better.` },
    ],
  };
  const methods: MethodNote[] = [
    {
      id: "method-spc",
      heading: "SPC charts and their rules",
      paragraph:
        `Each chart is an XmR chart as NHS England's Making Data Count programme draws it: the values, their mean, and process limits at the mean plus and minus ${XMR_LIMIT_SCALE} times the average change from one value to the next, the range the values keep to when nothing has changed. ` +
        `A value is special cause when it is outside the limits, belongs to a run of ${DEFAULT_RUN_LENGTH} on one side of the mean or ${DEFAULT_RUN_LENGTH} rising or falling in a row, or is one of two in three near a limit. ` +
        `The variation icon reads the latest value; the assurance icon compares the target with the limits. With fewer than ${MIN_POINTS_FOR_LIMITS} values the limits are trial limits and no icon is shown. The rules are those of the Making Data Count tools, checked against the NHSRplotthedots package.`,
      sources: [SOURCES.makingDataCount, SOURCES.plotTheDots],
    },
    {
      id: "method-trend",
      heading: "Direction of travel",
      paragraph:
        `The direction of travel comes from the Mann-Kendall trend test over the whole series, which asks whether later values are higher (or lower) than earlier ones more often than chance would give. ` +
        `A direction is claimed only when the test finds one at the 5% level; otherwise the report says no clear change. It needs at least ${MIN_POINTS_DIRECTION} values; with exactly five only an unbroken run of rises or falls counts. The size of the change is Sen's slope, the typical change per period.`,
      sources: [SOURCES.mannKendall],
    },
    {
      id: "method-peers",
      heading: "Comparison with peers",
      paragraph:
        `The latest value is ranked among the peer group's values for the same period, the council itself included, as LG Inform does. Quartiles use the group's QUARTILE.INC boundaries, turned so that the top quartile is always the best quarter; a value on a boundary goes to the better quartile. ` +
        `At least ${MIN_PEERS} peer values are needed, and a measure where neither direction is better is placed against the median but not ranked. Intervals and comparisons with a benchmark follow the OHID Fingertips methods.`,
      sources: [SOURCES.lgInform, SOURCES.fingertips],
    },
    {
      id: "method-rag",
      heading: "RAG ratings and targets",
      paragraph:
        "The RAG rating compares the latest value with its target, in the direction that is better: green when it is met, amber when it is missed by no more than the tolerance the council set, red otherwise. " +
        "A RAG rating says nothing about whether the target is met reliably: the assurance icon and the target findings (a soft target, an unrealistic one, one below what peers achieve) say that.",
      sources: [SOURCES.makingDataCount],
    },
  ];
  return {
    title: "How to read this report",
    introduction:
      "Each measure is read three ways: against its own past (the SPC chart and the direction of travel), against its target (the RAG rating and the assurance icon) and against similar councils (the peer quartile). Colours always come with a shape, a letter or words.",
    sections: [points, variation, assurance, arrows, rag, quartile],
    methods,
  };
}
