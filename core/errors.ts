/**
 * Typed failures of KPI Scrutiny.
 *
 * Every rejection in core is a {@link KpiError} carrying one {@link KpiIssue}: a code, the argument
 * it concerns and the numbers needed to explain it. The sentence shown to the user is made from the
 * issue in one place ({@link describeIssue}), so every message follows one grammar:
 * what is wrong, then how to fix it.
 *
 * Two kinds of failure (docs/FORMULA-CONVENTIONS.md, "Two kinds of failure"):
 * - `argument`: a wrong argument. Excel shows `#VALUE!`, Sheets an error, both with the message.
 * - `data`: too little data for a numeric result. Excel shows `#N/A` with the reason.
 */

/** The machine-readable reason of a failure. */
export type KpiIssueCode =
  | "not_a_number"
  | "unknown_option"
  | "length_mismatch"
  | "out_of_range"
  | "not_whole_number"
  | "missing_argument"
  | "too_few_points"
  | "invalid_argument";

/** A failure with everything needed to explain it. `argument` is the parameter's name as users see it. */
export type KpiIssue =
  | { code: "not_a_number"; argument: string; cell: string; text: string }
  | { code: "unknown_option"; argument: string; text: string; allowed: readonly string[]; suggestion?: string }
  | { code: "length_mismatch"; argument: string; other: string; expected: string; actual: string }
  | { code: "out_of_range"; argument: string; value: string; allowed: string }
  | { code: "not_whole_number"; argument: string; value: string }
  | { code: "missing_argument"; argument: string; hint: string }
  | { code: "too_few_points"; argument: string; needed: number; actual: number; what?: string; fix?: string }
  | { code: "invalid_argument"; argument: string; problem: string; fix: string };

/** `argument`: the formula cannot run as written. `data`: it ran, but there is too little data to answer. */
export type KpiFailureKind = "argument" | "data";

/**
 * Turns an issue into the sentence users read (without the formula name; hosts add `KPI.NAME: `).
 *
 * @example
 * describeIssue({ code: "not_a_number", argument: "values", cell: "value 3", text: '"tbc"' });
 * // => 'value 3 ("tbc") is not a number; leave it blank or enter a number'
 */
export function describeIssue(issue: KpiIssue): string {
  switch (issue.code) {
    case "not_a_number":
      return `${issue.cell} (${issue.text}) is not a number; leave it blank or enter a number`;
    case "unknown_option": {
      const allowed = issue.allowed.map((word) => `"${word}"`).join(", ");
      const suggestion = issue.suggestion === undefined ? "" : `; did you mean "${issue.suggestion}"?`;
      return `${issue.argument} ${issue.text} is not recognised; use one of ${allowed}${suggestion}`;
    }
    case "length_mismatch":
      return `${issue.argument} has ${issue.actual} but ${issue.other} has ${issue.expected}; give ranges of the same size`;
    case "out_of_range":
      return `${issue.argument} ${issue.value} is out of range; use ${issue.allowed}`;
    case "not_whole_number":
      return `${issue.argument} ${issue.value} is not a whole number; enter a whole number`;
    case "missing_argument":
      return `${issue.argument} is missing; ${issue.hint}`;
    case "too_few_points": {
      const what = issue.what ?? "values";
      return `at least ${issue.needed} ${what} are needed and ${issue.argument} has ${issue.actual}; ${issue.fix ?? "add more periods"}`;
    }
    case "invalid_argument":
      return `${issue.argument} ${issue.problem}; ${issue.fix}`;
  }
}

/** The failure kind of each code: only `too_few_points` is "too little data". */
export function failureKindOf(code: KpiIssueCode): KpiFailureKind {
  return code === "too_few_points" ? "data" : "argument";
}

/**
 * The one error type core throws. Hosts translate it once: Excel `CustomFunctions.Error`
 * (`#VALUE!` for `argument`, `#N/A` for `data`), Sheets `throw new Error(message)`.
 *
 * @example
 * const error = new KpiError({ code: "too_few_points", argument: "values", needed: 3, actual: 1 });
 * error.kind;    // => "data"
 * error.message; // => "at least 3 values are needed and values has 1; add more periods"
 */
export class KpiError extends Error {
  readonly issue: KpiIssue;
  readonly code: KpiIssueCode;
  readonly kind: KpiFailureKind;

  constructor(issue: KpiIssue) {
    super(describeIssue(issue));
    this.name = "KpiError";
    this.issue = issue;
    this.code = issue.code;
    this.kind = failureKindOf(issue.code);
  }
}

/** True for a {@link KpiError}, also across bundle and realm boundaries (duck-typed). */
export function isKpiError(error: unknown): error is KpiError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "KpiError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}
