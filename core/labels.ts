/**
 * The fixed English labels formulas return (FUNCTIONS.md, "Labels"), in one place so that
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

// Fingertips recent trend (KPI.RECENTTREND)

// On track (KPI.ONTRACK)

// Benchmarking (KPI.COMPARE)

// Value for money (KPI.VFM, KPI.COSTQUADRANT)

// Target findings (KPI.TARGETCHECK, KPI.DEADLINE)

// Change on earlier periods and the KPI set (KPI.CHANGE, KPI.BALANCE)
