/**
 * Deprivation quantiles as tables name them: Fingertips' "Most deprived decile (IMD2019)",
 * "Second most deprived decile", "Third more deprived decile" ... "Least deprived decile"; LG
 * Inform's "Councils in most deprived quintile (20%)", "Middle deprivation quintile"; and numbered
 * ones, "Decile 1", "IMD decile 3", "Quintile 1 (most deprived)", "1st IMD quintile", "Least
 * deprived 20%". Pure functions (no DOM, no host).
 */

/**
 * Numbered deciles and quintiles count from the most deprived unless a label says otherwise: the
 * English Indices of Deprivation 2019 (MHCLG, Statistical Release, section 2) rank areas "from 1
 * (most deprived) to 32,844 (least deprived)" and give deciles and quintiles in the same order.
 */
const NUMBERED_FROM_MOST_DEPRIVED = true;

/** The groups a word or share names: deciles are 10 groups of 10%, quintiles 5 of 20%. */
const GROUP_WORDS: readonly [RegExp, number][] = [
  [/\bdeciles?\b|\b10\s*%/, 10],
  [/\bquintiles?\b|\b20\s*%/, 5],
];

/** Words that say a label or header is about deprivation. */
const DEPRIVATION_WORDS = /depriv|\bimd|\bdecile|\bquintile|\biod\b/;

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/**
 * An end of the deprivation scale in words, with the ordinal that counts from it: "most deprived",
 * "second most deprived", "3rd more deprived", "fifth less deprived", "least deprived". A bare
 * number before it is not an ordinal: in "Decile 1 most deprived" the 1 is the decile's number.
 */
const END_PHRASE = new RegExp(`\\b(?:(${Object.keys(ORDINALS).join("|")}|\\d{1,2}(?:st|nd|rd|th)) )?(most|least|more|less) deprived\\b`);

/** "second", "2nd" as a number, or undefined. */
function ordinalOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (ORDINALS[word] !== undefined) return ORDINALS[word];
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  return digits === null ? undefined : Number(digits[1]);
}

/** What one label says about its place. */
export type QuantileLabel =
  /** Counted from an end in words: "second most deprived" is step 2 from the most deprived. */
  | { kind: "end"; end: "most" | "least"; step: number; groups?: number }
  /** The middle group ("Middle quintile"). */
  | { kind: "middle"; groups?: number }
  /** A number ("Decile 3"), with the end the label names beside it, if any ("Quintile 1 (least deprived)"). */
  | { kind: "number"; number: number; end?: "most" | "least"; groups?: number };

/** The number of groups a text names (10 for deciles, 5 for quintiles), or undefined. */
export function groupsNamed(text: string): number | undefined {
  const lower = text.toLowerCase();
  return GROUP_WORDS.find(([pattern]) => pattern.test(lower))?.[1];
}

/** True when a header or label speaks of deprivation (deprived, IMD, decile, quintile). */
export function speaksOfDeprivation(text: string): boolean {
  return DEPRIVATION_WORDS.test(text.toLowerCase());
}

/**
 * What a row label says about its deprivation group, or undefined when it does not name one.
 * `header` is the column's header, which may carry what a bare label lacks ("IMD decile" over "3").
 *
 * @example
 * readQuantileLabel("Second most deprived decile (IMD2019)"); // => { kind: "end", end: "most", step: 2, groups: 10 }
 * readQuantileLabel("Fifth less deprived decile (IMD2019)");  // => { kind: "end", end: "least", step: 5, groups: 10 }
 * readQuantileLabel("Quintile 1 (least deprived)");           // => { kind: "number", number: 1, end: "least", groups: 5 }
 * readQuantileLabel("3", "IMD decile");                       // => { kind: "number", number: 3, groups: 10 }
 * readQuantileLabel("Trafford");                              // => undefined
 */
export function readQuantileLabel(label: string, header = ""): QuantileLabel | undefined {
  const text = label.toLowerCase().replace(/\s+/g, " ").trim();
  if (text === "" || !(speaksOfDeprivation(text) || (speaksOfDeprivation(header) && /\d/.test(text)))) return undefined;
  const groups = groupsNamed(text) ?? groupsNamed(header);
  const withGroups = <T extends QuantileLabel>(reading: T): T => (groups === undefined ? reading : { ...reading, groups });
  // "most deprived", "second most deprived", "third more deprived", "fifth less deprived", "least deprived".
  const end = END_PHRASE.exec(text);
  const step = ordinalOf(end?.[1]);
  // A number left once the end phrase, shares ("20%"), fractions ("4/21") and codes ("imd2019") are set aside.
  const rest = (end === null ? text : text.replace(end[0], " ")).replace(/\d+\s*\/\s*\d+|\d+\s*%/g, " ");
  const numbered = /(?:^|[^\w.])(\d{1,2})(?:st|nd|rd|th)?\b(?![.\d])/.exec(rest);
  if (numbered !== null) {
    const named = end === null || step !== undefined ? undefined : end[2] === "most" || end[2] === "more" ? "most" : "least";
    return withGroups({ kind: "number", number: Number(numbered[1]), ...(named === undefined ? {} : { end: named }) });
  }
  if (end !== null) {
    const side = end[2] === "most" || end[2] === "more" ? "most" : "least";
    // "more deprived" and "less deprived" need their ordinal ("third more deprived"); "most" and "least" alone are the ends.
    if (step === undefined && (end[2] === "more" || end[2] === "less")) return undefined;
    return withGroups({ kind: "end", end: side, step: step ?? 1 });
  }
  if (/\bmiddle\b/.test(text)) return withGroups({ kind: "middle" });
  return undefined;
}

/** The groups of a deprivation column: how many, each label's rank (1 most deprived), and any problem. */
export interface QuantileOrder {
  /** 5 for quintiles, 10 for deciles (or as many as the numbers run to). */
  groups: number;
  /** Rank of each recognised label, 1 for the most deprived. */
  rank: Map<string, number>;
  /** Labels that are not a deprivation group ("All", "England"), left out. */
  ignored: string[];
  /** What is wrong with the column as a whole, in plain English. */
  problem?: string;
}

/**
 * The ranks of a column of deprivation labels, most deprived 1, or undefined when fewer than half
 * of the distinct labels name a deprivation group (then it is not a deprivation column).
 *
 * @example
 * orderQuantiles(["Decile 1", "Decile 2", "Decile 10"]).rank.get("Decile 10"); // => 10
 * orderQuantiles(["Quintile 1 (least deprived)", "Quintile 5"]).rank.get("Quintile 5"); // => 1
 */
export function orderQuantiles(labels: readonly string[], header = ""): QuantileOrder | undefined {
  const distinct = Array.from(new Set(labels.map((label) => label.trim()).filter((label) => label !== "")));
  const readings = new Map<string, QuantileLabel>();
  for (const label of distinct) {
    const reading = readQuantileLabel(label, header);
    if (reading !== undefined) readings.set(label, reading);
  }
  if (readings.size === 0 || readings.size * 2 < distinct.length) return undefined;
  const ignored = distinct.filter((label) => !readings.has(label));
  const named = new Set([...readings.values()].flatMap((reading) => (reading.groups === undefined ? [] : [reading.groups])));
  const numbers = [...readings.values()].flatMap((reading) => (reading.kind === "number" ? [reading.number] : []));
  const order: QuantileOrder = { groups: 0, rank: new Map(), ignored };
  if (named.size > 1) return { ...order, problem: "its deprivation groups mix deciles and quintiles: keep one kind of group in the table" };
  const groups = named.size === 1 ? [...named][0] : Math.max(0, ...numbers);
  if (groups < 2) return { ...order, problem: 'it does not say whether its groups are deciles or quintiles: name them "Decile 1" or "Most deprived quintile", or head the column "IMD decile"' };
  order.groups = groups;
  // A numbered label beside its end shows which way the numbers run ("Decile 10 (most deprived)").
  const fromLeast = [...readings.values()].some(
    (reading) => reading.kind === "number" && ((reading.end === "least" && reading.number === 1) || (reading.end === "most" && reading.number === groups)),
  );
  const fromMost = fromLeast ? false : NUMBERED_FROM_MOST_DEPRIVED;
  for (const [label, reading] of readings) {
    let rank: number | undefined;
    if (reading.kind === "end") rank = reading.end === "most" ? reading.step : groups + 1 - reading.step;
    else if (reading.kind === "middle") rank = groups % 2 === 1 ? (groups + 1) / 2 : undefined;
    else rank = fromMost ? reading.number : groups + 1 - reading.number;
    if (rank === undefined || rank < 1 || rank > groups) {
      order.ignored.push(label);
      continue;
    }
    order.rank.set(label, rank);
  }
  return order;
}

/** The name of group `rank` when the table has no row for it: "decile 3 (3rd most deprived)". */
export function groupName(rank: number, groups: number): string {
  const noun = groups === 10 ? "decile" : groups === 5 ? "quintile" : "group";
  if (rank === 1) return `most deprived ${noun}`;
  if (rank === groups) return `least deprived ${noun}`;
  return `${noun} ${rank}`;
}
