import { SpcProfile } from "../constants";
import { XmrLimits } from "../xmr-limits";

/** What a special-cause rule reads of one limit group. */
export interface RuleGroup {
  /** The usable points of the group (present and not excluded), in time order, without gaps. */
  values: readonly number[];
  limits: XmrLimits;
  profile: SpcProfile;
  /** Points in a shift or trend (6 or 7). */
  runLength: number;
  /** The side of the mean of each point (+1, -1 or 0, see `sideOfMean`), shared by the rules that need it. */
  sides: readonly number[];
}

/**
 * One special-cause rule of the XmR chart, in its own file under `core/spc/rules/`; the ordered
 * table `SPC_RULES` (`table.ts`) lists them in precedence order.
 */
export interface SpcRule<Key extends string = string> {
  /** How code names the rule (`SPC_RULE_LABELS.shift`). */
  key: Key;
  /** The rule's name as KPI.SPC lists it under "rules broken" ("Shift"). */
  label: string;
  /**
   * Marks the points of one limit group that break the rule: one or more lists holding, for each
   * point, the direction it breaks the rule in (+1 up, -1 down, 0 not broken). A point can break a
   * rule both ways (the peak between a rising and a falling trend under the MDC rules), hence a
   * list per direction where that can happen.
   */
  mark(group: RuleGroup): readonly (readonly number[])[];
}
