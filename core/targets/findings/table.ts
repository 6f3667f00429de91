import { GREEN_BUT_BOTTOM_QUARTILE } from "./green-but-bottom-quartile";
import { HIT_AND_MISS } from "./hit-and-miss";
import { NO_TARGET } from "./no-target";
import { RED_BUT_TOP_QUARTILE } from "./red-but-top-quartile";
import { SOFT_TARGET } from "./soft-target";
import { STALE_TARGET } from "./stale-target";
import { TARGET_ASKS_FOR_DECLINE } from "./target-asks-for-decline";
import { TARGET_BELOW_PEERS } from "./target-below-peers";
import { UNREALISTIC_TARGET } from "./unrealistic-target";

/**
 * The target findings of KPI.TARGETCHECK, one file each in this folder, in the order they are
 * listed: those a committee most needs to hear first. A finding is checked only after the ones
 * its `unless` names, so they must come before it. To add a finding, write its file and add it
 * here; its code joins {@link TargetFindingCode}, and the compiler then asks the questions and the
 * panel to place it.
 */
export const TARGET_FINDINGS = [
  GREEN_BUT_BOTTOM_QUARTILE,
  RED_BUT_TOP_QUARTILE,
  SOFT_TARGET,
  TARGET_BELOW_PEERS,
  TARGET_ASKS_FOR_DECLINE,
  UNREALISTIC_TARGET,
  HIT_AND_MISS,
  STALE_TARGET,
  NO_TARGET,
] as const;

/** The machine-readable code of a target finding (sorting, filtering, the panel's exceptions). */
export type TargetFindingCode = (typeof TARGET_FINDINGS)[number]["code"];

/** One finding of the table, by its code. */
export type TargetFindingOf<Code extends TargetFindingCode> = Extract<(typeof TARGET_FINDINGS)[number], { code: Code }>;

/**
 * The name of each target finding (KPI.TARGETCHECK), by code: each finding's sentence starts with
 * it, so a filter or a COUNTIF on the start of the text can find them.
 */
export const TARGET_FINDING_TITLES = Object.fromEntries(TARGET_FINDINGS.map((finding) => [finding.code, finding.title])) as Readonly<
  Record<TargetFindingCode, string>
>;

/**
 * The finding of a code, with its title and question.
 *
 * @example
 * targetFinding("soft_target").title; // => "Soft target"
 */
export function targetFinding<Code extends TargetFindingCode>(code: Code): TargetFindingOf<Code> {
  return TARGET_FINDINGS.find((finding) => finding.code === code) as TargetFindingOf<Code>;
}
