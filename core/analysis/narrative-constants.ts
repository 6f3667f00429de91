/**
 * Constants of the plain-English narrative and the scrutiny questions, each with its reason.
 */

/** At most this many sentences in a narrative (docs/FORMULAS.md, KPI.NARRATIVE). */
export const MAX_NARRATIVE_SENTENCES = 3;

/**
 * Each sentence stays under this many words: plain-English guidance (the Plain English Campaign
 * suggests an average of 15 to 20 words, and few sentences over 30).
 */
export const MAX_SENTENCE_WORDS = 30;

/** At most this many scrutiny questions (docs/FORMULAS.md, KPI.QUESTIONS). */
export const MAX_QUESTIONS = 5;

/**
 * The number of values at which Mann-Kendall can only call an unbroken run a trend: with 5 values
 * and no ties the exact two-sided p-value of S = 8 is 0.083 and of S = 10 is 0.017 (Kendall 1975),
 * so at alpha 0.05 only the unbroken run (S = 10) is significant.
 */
export const UNBROKEN_RUN_ONLY_POINTS = 5;
