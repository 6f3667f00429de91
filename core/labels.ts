/**
 * The fixed English labels formulas return (docs/FORMULA-CONVENTIONS.md, "Labels"), in one place so that
 * conditional formatting and IF formulas can rely on them and no engine spells one differently.
 */

/** Shared by every label formula when a judgement needs more data. */
export const NOT_ENOUGH_DATA = "Not enough data";

/** RAG ratings against a target (KPI.RAG). */
export const RAG_LABELS = { green: "Green", amber: "Amber", red: "Red", noTarget: "No target" } as const;

/** Direction of travel (KPI.DIRECTION). */
export const DIRECTION_LABELS = {
  improving: "Improving",
  worsening: "Worsening",
  increasing: "Increasing",
  decreasing: "Decreasing",
  noClearChange: "No clear change",
} as const;

/** How the Mann-Kendall p-value was found (KPI.MANNKENDALL). */
export const P_VALUE_METHODS = { exact: "exact", normal: "normal" } as const;

// Statistical process control (KPI.SPC, KPI.VARIATION, KPI.ASSURANCE)

/** Variation of a point or of the latest point (KPI.SPC, KPI.VARIATION; Making Data Count variation icons). */
export const VARIATION_LABELS = {
  commonCause: "Common cause",
  improving: "Special cause improving",
  concerning: "Special cause concerning",
  neutral: "Special cause neutral",
} as const;

/** Assurance against a target (KPI.ASSURANCE; Making Data Count assurance icons). */
export const ASSURANCE_LABELS = {
  passing: "Consistently passing",
  hitAndMiss: "Hit and miss",
  failing: "Consistently failing",
  noTarget: "No target",
} as const;

// The names of the special-cause rules live with each rule (core/spc/rules/, SPC_RULE_LABELS).

/** A period left out with `exclude`: KPI.SPC still lists it (the "ghosted" point of Making Data Count). */
export const EXCLUDED_LABEL = "Excluded";

// Fingertips recent trend (KPI.RECENTTREND)

/**
 * The Fingertips recent-trend markers (OHID Fingertips technical guidance, "Trend markers"), with
 * the neutral forms used when neither direction is better.
 */
export const RECENT_TREND_LABELS = {
  increasingBetter: "Increasing and getting better",
  increasingWorse: "Increasing and getting worse",
  decreasingBetter: "Decreasing and getting better",
  decreasingWorse: "Decreasing and getting worse",
  increasing: "Increasing",
  decreasing: "Decreasing",
  noSignificantChange: "No significant change",
  cannotBeCalculated: "Cannot be calculated",
} as const;

// On track (KPI.ONTRACK)

/** Whether the projected value meets the target (KPI.ONTRACK); `Not enough data` is {@link NOT_ENOUGH_DATA}. */
export const ON_TRACK_LABELS = { onTrack: "On track", atRisk: "At risk", offTrack: "Off track" } as const;

// Benchmarking (KPI.COMPARE)

/**
 * Significance against a comparator (KPI.COMPARE), as Fingertips words it: `Better` / `Similar` /
 * `Worse` (neutral: `Higher` / `Similar` / `Lower`); with the 99.8% level too, `Best` / `Worst`
 * (neutral: `Highest` / `Lowest`, Fingertips' "best or highest", "worst or lowest") when even the
 * 99.8% interval excludes the comparator; `Not compared` when a value or the comparator is missing
 * (Fingertips "None").
 */
export const BENCHMARK_LABELS = {
  better: "Better",
  similar: "Similar",
  worse: "Worse",
  best: "Best",
  worst: "Worst",
  higher: "Higher",
  lower: "Lower",
  highest: "Highest",
  lowest: "Lowest",
  notCompared: "Not compared",
} as const;

/**
 * Where a value lies on a funnel plot (funnelPosition): inside the 95% limits around the centre, or
 * beyond the 95% ("two sigma") or the 99.8% ("three sigma") limit on either side. PHEindicatormethods
 * `assign_funnel_significance` calls these "Not significant", "High (0.025)", "High (0.001)",
 * "Low (0.025)" and "Low (0.001)".
 */
export const FUNNEL_LABELS = {
  within: "Within the 95% limits",
  above95: "Above the 95% limit",
  above998: "Above the 99.8% limit",
  below95: "Below the 95% limit",
  below998: "Below the 99.8% limit",
} as const;

// Value for money (KPI.VFM, KPI.COSTQUADRANT)

/** Cost against performance over time (KPI.VFM); a direction only where Mann-Kendall finds one in both. */
export const VALUE_FOR_MONEY_LABELS = {
  lessBetter: "Spending less, performing better",
  moreBetter: "Spending more, performing better",
  lessWorse: "Spending less, performing worse",
  moreWorse: "Spending more, performing worse",
  noClearChange: "No clear change",
} as const;

/** Unit cost and performance against the peer medians (KPI.COSTQUADRANT). */
export const COST_QUADRANT_LABELS = {
  lowCostHigh: "Low cost, high performance",
  lowCostLow: "Low cost, low performance",
  highCostHigh: "High cost, high performance",
  highCostLow: "High cost, low performance",
} as const;

// Target findings (KPI.TARGETCHECK, KPI.DEADLINE)

/** What KPI.TARGETCHECK returns when no finding applies. */
export const NO_CONCERNS = "No concerns found";

// The name of each target finding lives with the finding (core/targets/findings/, TARGET_FINDING_TITLES).

/** The verdict of KPI.DEADLINE. */
export const DEADLINE_LABELS = { bunching: "Bunching before deadline", noBunching: "No bunching" } as const;

// Change on earlier periods and the KPI set (KPI.CHANGE, KPI.BALANCE)

/** Change on an earlier period (KPI.CHANGE): judged by polarity, or a plain direction when neutral. */
export const CHANGE_LABELS = {
  better: "Better",
  worse: "Worse",
  up: "Up",
  down: "Down",
  noChange: "No change",
} as const;

/** The balance of the KPI set (KPI.BALANCE): the label of a balanced set and the names of the findings. */
export const BALANCE_LABELS = {
  balanced: "Balanced",
  missingCategory: "Missing category",
  dominated: "Dominated by economy and efficiency",
  uncategorised: "Uncategorised",
} as const;

// Data quality (KPI.DATACHECK)

/** What KPI.DATACHECK says when no data-quality check finds anything. */
export const NO_DATA_PROBLEMS = "No problems found";
