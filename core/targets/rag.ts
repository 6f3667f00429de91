import { RAG_LABELS } from "../labels";
import { Polarity } from "../values";
import { TARGET_COMPARISON_TOLERANCE } from "./constants";

/** A RAG rating. */
export type RagRating = (typeof RAG_LABELS)["green" | "amber" | "red"];

/**
 * How far a value falls short of its target, in the target's units, read by polarity: 0 when the
 * target is met, positive by how much it is missed. Neutral polarity: the distance either side.
 *
 * @example
 * shortfall(58, 60, "higher"); // => 2
 * shortfall(12, 10, "lower");  // => 2
 * shortfall(65, 60, "higher"); // => 0
 */
export function shortfall(value: number, target: number, polarity: Polarity): number {
  const raw = polarity === "higher" ? target - value : polarity === "lower" ? value - target : Math.abs(value - target);
  const slack = TARGET_COMPARISON_TOLERANCE * Math.max(Math.abs(value), Math.abs(target));
  return raw <= slack ? 0 : raw;
}

/**
 * Red / amber / green against a target (docs/FORMULAS.md, KPI.RAG): `Green` when the target is met,
 * `Amber` when it is missed by no more than `tolerance` (same units as the value), `Red` otherwise.
 * With neutral polarity the target is a level to stay at: `Green` on it, `Amber` within the
 * tolerance either side.
 *
 * @param value the latest value
 * @param target the target for the same period
 * @param polarity which direction is better
 * @param tolerance the amber band, in the value's units (0 or more)
 * @example
 * ragRating(58, 60, "higher", 5); // => "Amber"
 * ragRating(58, 60, "higher", 0); // => "Red"
 * ragRating(9, 10, "lower", 0);   // => "Green"
 */
export function ragRating(value: number, target: number, polarity: Polarity, tolerance: number): RagRating {
  const missedBy = shortfall(value, target, polarity);
  if (missedBy === 0) return RAG_LABELS.green;
  const slack = TARGET_COMPARISON_TOLERANCE * Math.max(Math.abs(value), Math.abs(target), tolerance);
  return missedBy <= tolerance + slack ? RAG_LABELS.amber : RAG_LABELS.red;
}
