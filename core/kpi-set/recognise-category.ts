import {
  CATEGORY_SPELLINGS,
  STANDARD_CATEGORIES,
  StandardCategory,
  TYPO_MIN_LENGTH,
  TYPO_TWO_EDITS_MIN_LENGTH,
} from "./constants";
import { editDistance } from "./edit-distance";
import { mentionsEquity } from "./mentions-equity";

/** What a category cell says: one of the five standard categories, a council's own, or a probable typo. */
export type CategoryReading =
  | { kind: "standard"; category: StandardCategory }
  | { kind: "other"; name: string; key: string }
  | { kind: "typo"; text: string; suggestion: StandardCategory };

/**
 * The form category text is compared in: lower case, `&` as "and", apostrophes dropped, other
 * punctuation as spaces, spaces collapsed.
 *
 * @example
 * normaliseCategory("  Citizens' Experience "); // => "citizens experience"
 * normaliseCategory("Equality & Diversity");    // => "equality and diversity"
 */
export function normaliseCategory(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const KNOWN: ReadonlyMap<string, StandardCategory> = new Map(
  STANDARD_CATEGORIES.flatMap((category) => CATEGORY_SPELLINGS[category].map((spelling) => [spelling, category] as const)),
);

/**
 * Reads one category as a council writes it. The five standard categories are recognised in the
 * spellings of {@link CATEGORY_SPELLINGS}, in any case; a category that mentions deprivation,
 * inequality, equity or equality, or a gap between groups, is Equity ({@link mentionsEquity}:
 * "Health inequalities", "Tackling deprivation"); text within a small edit distance of one of
 * them (one edit for 4 to 7 letters, two from 8) is a probable typo, returned with the category it
 * is probably meant to be; anything else is the council's own category, kept as typed.
 *
 * @example
 * recogniseCategory("customer experience"); // => { kind: "standard", category: "Citizen experience" }
 * recogniseCategory("Health inequalities"); // => { kind: "standard", category: "Equity" }
 * recogniseCategory("Efficency");           // => { kind: "typo", text: "Efficency", suggestion: "Efficiency" }
 * recogniseCategory("Housing");             // => { kind: "other", name: "Housing", key: "housing" }
 */
export function recogniseCategory(text: string): CategoryReading {
  const name = text.trim().replace(/\s+/g, " ");
  const key = normaliseCategory(name);
  const known = KNOWN.get(key);
  if (known !== undefined) return { kind: "standard", category: known };
  if (mentionsEquity(key)) return { kind: "standard", category: "Equity" };
  const allowed = key.length < TYPO_MIN_LENGTH ? 0 : key.length < TYPO_TWO_EDITS_MIN_LENGTH ? 1 : 2;
  let best: { distance: number; category: StandardCategory } | undefined;
  if (allowed > 0) {
    for (const [spelling, category] of KNOWN) {
      if (Math.abs(spelling.length - key.length) > allowed) continue;
      const distance = editDistance(key, spelling);
      if (distance <= allowed && (best === undefined || distance < best.distance)) best = { distance, category };
    }
  }
  if (best !== undefined) return { kind: "typo", text: name, suggestion: best.category };
  return { kind: "other", name, key };
}
