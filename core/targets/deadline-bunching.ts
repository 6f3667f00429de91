import { gammaln } from "simple-statistics";
import { DEADLINE_LABELS, NOT_ENOUGH_DATA } from "../labels";
import { BUNCHING_MIN_RATIO, DEADLINE_ALPHA, DEADLINE_MIN_CASES, DEFAULT_DEADLINE_WINDOW_SHARE } from "./constants";

/** The verdict of the deadline-bunching check. */
export type DeadlineVerdict = (typeof DEADLINE_LABELS)[keyof typeof DEADLINE_LABELS] | typeof NOT_ENOUGH_DATA;

/** Whether cases bunch just before a deadline, and the in-time rates. */
export interface DeadlineBunching {
  /** Number of cases with a duration. */
  cases: number;
  /** Cases decided within the deadline (duration at most the deadline). */
  inTimeCases: number;
  /** Of those, cases decided in the final window (duration above deadline minus window). */
  windowCases: number;
  /** windowCases / inTimeCases: the share of in-time cases decided in the final window. */
  windowShare: number;
  /** window / deadline: the share an even spread over the time allowed would put in the window. */
  evenShare: number;
  /** windowShare / evenShare. */
  ratio: number;
  /**
   * One-sided exact binomial p-value: the chance of at least `windowCases` of `inTimeCases` landing
   * in the window if each landed there with probability `evenShare`.
   */
  pValue: number;
  verdict: DeadlineVerdict;
  /** Share of all cases decided within the deadline. */
  inTimeRate: number;
  /**
   * Share of all cases decided within the deadline or under an agreed extension of time (the way
   * planning authorities are measured); `undefined` when no extensions were given.
   */
  inTimeRateWithExtensions: number | undefined;
  /** Cases marked as having an agreed extension. */
  extensionCases: number;
}

/** Options of {@link deadlineBunching}. */
export interface DeadlineOptions {
  /** Length of the final window, in the units of the durations (default a quarter of the deadline). */
  window?: number;
  /** One flag per duration: true where an extension of time was agreed. */
  extensions?: readonly boolean[];
}

/**
 * Upper tail of the binomial distribution, P(X >= k) for X ~ Binomial(n, p), summed in log space
 * so that thousands of cases do not overflow.
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  const logNFactorial = gammaln(n + 1);
  let total = 0;
  for (let x = k; x <= n; x++) {
    total += Math.exp(logNFactorial - gammaln(x + 1) - gammaln(n - x + 1) + x * logP + (n - x) * logQ);
  }
  return Math.min(1, total);
}

/**
 * Deadline bunching (docs/FORMULAS.md, KPI.DEADLINE; the LGA guide's "working to deadlines": planning
 * applications decided in week 7 or 8 of an 8-week limit). Of the cases decided within the deadline,
 * the share decided in its final window (duration > deadline - window) is compared with the share
 * an even spread over the time allowed would give (window / deadline).
 *
 * The verdict is `Bunching before deadline` when both hold:
 * - a one-sided exact binomial test rejects the even spread at DEADLINE_ALPHA (0.05): under an even
 *   spread each in-time case lands in the window with probability window / deadline, independently;
 * - the share is at least BUNCHING_MIN_RATIO (1.5) times the even share, so that a trivial excess
 *   in a large caseload is not called bunching.
 * Otherwise `No bunching`; `Not enough data` with fewer than DEADLINE_MIN_CASES cases in time.
 * An even spread is a yardstick, not a model of how long cases ought to take: a statutory
 * consultation period alone pushes decisions later, and the sentence a councillor reads should
 * be an invitation to ask, not a verdict of blame.
 *
 * In-time rates are given both ways: decided within the deadline, and decided within it or under
 * an agreed extension of time (a case with an extension counts as in time, as the government's
 * planning statistics count "within 8 weeks or an agreed extended period").
 *
 * @param durations time to complete each case (0 or more), in the deadline's units
 * @param deadline the time limit (more than 0)
 * @param options `window` (0 < window < deadline) and `extensions` (one flag per duration)
 * @example
 * deadlineBunching([7, 8, 8, 7, 8, 2, 3, 7, 8, 5], 8).verdict; // => "Bunching before deadline"
 */
export function deadlineBunching(durations: readonly number[], deadline: number, options: DeadlineOptions = {}): DeadlineBunching {
  const window = options.window ?? deadline * DEFAULT_DEADLINE_WINDOW_SHARE;
  const evenShare = window / deadline;
  const start = deadline - window;
  const extensions = options.extensions;
  let inTimeCases = 0;
  let windowCases = 0;
  let inTimeOrExtended = 0;
  let extensionCases = 0;
  durations.forEach((duration, i) => {
    const extended = extensions !== undefined && extensions[i] === true;
    if (extended) extensionCases += 1;
    if (duration <= deadline) {
      inTimeCases += 1;
      if (duration > start) windowCases += 1;
    }
    if (duration <= deadline || extended) inTimeOrExtended += 1;
  });
  const cases = durations.length;
  const windowShare = inTimeCases === 0 ? 0 : windowCases / inTimeCases;
  const ratio = windowShare / evenShare;
  const pValue = binomialUpperTail(windowCases, inTimeCases, evenShare);
  let verdict: DeadlineVerdict;
  if (inTimeCases < DEADLINE_MIN_CASES) verdict = NOT_ENOUGH_DATA;
  else verdict = pValue < DEADLINE_ALPHA && ratio >= BUNCHING_MIN_RATIO ? DEADLINE_LABELS.bunching : DEADLINE_LABELS.noBunching;
  return {
    cases,
    inTimeCases,
    windowCases,
    windowShare,
    evenShare,
    ratio,
    pValue,
    verdict,
    inTimeRate: cases === 0 ? 0 : inTimeCases / cases,
    inTimeRateWithExtensions: extensions === undefined ? undefined : cases === 0 ? 0 : inTimeOrExtended / cases,
    extensionCases,
  };
}
