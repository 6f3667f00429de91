import { OUTSIDE_LIMITS_RULE } from "./outside-limits";
import { SHIFT_RULE } from "./shift";
import { TREND_RULE } from "./trend-run";
import { TWO_OF_THREE_RULE } from "./two-of-three";

/**
 * The special-cause rules of the XmR chart, one file each in this folder, in precedence order
 * (docs/SPC.md, "Rules"): a point's rules are listed in this order, and under the NHSR profile the first rule a
 * point breaks decides its variation. To add a rule, write its file (its label and `mark`) and add
 * it here.
 */
export const SPC_RULES = [OUTSIDE_LIMITS_RULE, TREND_RULE, TWO_OF_THREE_RULE, SHIFT_RULE] as const;

/** How code names a rule of the table. */
export type SpcRuleKey = (typeof SPC_RULES)[number]["key"];

/** The special-cause rules as KPI.SPC names them, by key (`SPC_RULE_LABELS.shift` is "Shift"). */
export const SPC_RULE_LABELS = Object.fromEntries(SPC_RULES.map((rule) => [rule.key, rule.label])) as Readonly<Record<SpcRuleKey, string>>;
