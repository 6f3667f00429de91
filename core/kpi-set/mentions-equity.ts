import { EQUITY_GAP, EQUITY_WORDS } from "./constants";

/**
 * True when a KPI's category or name marks it as an equity measure: it mentions deprivation,
 * inequality, equity or equality ({@link EQUITY_WORDS}), or a gap between groups ("gap" with
 * "between", {@link EQUITY_GAP}), as whole words in any case.
 *
 * @param text a category or a KPI name as written
 * @example
 * mentionsEquity("Slope index of inequality in life expectancy"); // => true
 * mentionsEquity("Year 6 obesity by deprivation decile");           // => true
 * mentionsEquity("Gap in the employment rate between those with a learning disability and all adults"); // => true
 * mentionsEquity("Budget gap");                                     // => false
 * mentionsEquity("Housing");                                        // => false
 */
export function mentionsEquity(text: string): boolean {
  // Compared as recogniseCategory compares: lower case, apostrophes dropped, other punctuation a break.
  const words = text.toLowerCase().replace(/['’`]/g, "").split(/[^a-z0-9]+/);
  if (words.some((word) => EQUITY_WORDS.includes(word))) return true;
  return words.includes(EQUITY_GAP.word) && words.includes(EQUITY_GAP.between);
}
