/**
 * Small word helpers the narrative's sentences share: counting words, keeping a sentence under the
 * word limit, and a number of periods in words.
 */
import { MAX_SENTENCE_WORDS } from "./narrative-constants";
import { PeriodKind, countOf } from "./period-words";

/** Number of words in a sentence. */
export function wordCount(sentence: string): number {
  return sentence.trim().split(/\s+/).length;
}

/** The first candidate sentence under the word limit (the last one if none is). */
export function fitting(...candidates: string[]): string {
  return candidates.find((sentence) => wordCount(sentence) < MAX_SENTENCE_WORDS) ?? candidates[candidates.length - 1];
}

/** A number of periods in words: "five years" for small counts, digits above ten. */
export function spelled(count: number, kind: PeriodKind): string {
  const words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  if (count <= 10) return `${words[count]} ${kind}${count === 1 ? "" : "s"}`;
  return countOf(count, kind);
}
