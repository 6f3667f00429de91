import { AggregateMethod } from "../aggregate/aggregate-method";
import { PlacedPeriods } from "../aggregate/place-periods";
import { yearToDate } from "../aggregate/year-to-date";
import { RagRating, ragRating } from "../targets/rag";
import { Polarity, Series } from "../values";
import { Unit } from "../values/units";
import { yearLabel } from "../values/periods";

/** The year to date of a KPI with an annual target, at its latest period (KpiAnalysis.yearToDate). */
export interface YearToDateSummary {
  /** The year the latest period is in, as councils write it ("2024/25"). */
  year: string;
  /** How the year's periods combine (docs/FORMULA-CONVENTIONS.md, "Year to date and rolling figures"). */
  method: AggregateMethod;
  /** Periods of the year up to the latest, and periods in a year (12 months or 4 quarters). */
  periodsSoFar: number;
  periodsPerYear: 4 | 12;
  /** The year-to-date figure at the latest period; absent when `gap` says why there is none. */
  value?: number;
  /** Why there is no figure, completing "because": "there is no figure for Jun-24". */
  gap?: string;
  /** The target for the whole year. */
  annualTarget: number;
  /**
   * What the year to date is judged against: for a sum the annual target pro rata (a straight-line
   * profile: 6 months of a 1,200 target is 600), otherwise the annual target itself.
   */
  targetToDate: number;
  /** The year to date against the target to date, when there is a figure. */
  rag?: RagRating;
  /**
   * True when the latest period is Red while the year to date meets its target to date: a red of
   * the profile (one month or quarter), not of the year.
   */
  profileEffect: boolean;
}

/** What the year to date is read from. */
export interface YearToDateInput {
  values: Series;
  numerators?: Series;
  denominators?: Series;
  periods: PlacedPeriods;
  latestPosition: number;
  method: AggregateMethod;
  yearStart: number;
  annualTarget: number;
  polarity: Polarity;
  /** The amber band of a period's RAG rating; a sum's is this times the periods so far. */
  tolerance: number;
  /** The RAG rating of the latest period against its own target, if any. */
  latestRag?: RagRating;
}

/** The power of ten that turns a ratio into the KPI's own units (100 for a percentage, 1000 per thousand). */
function ratioScale(values: Series, numerators: Series, denominators: Series): number {
  const scales: number[] = [];
  values.forEach((value, i) => {
    const numerator = numerators[i];
    const denominator = denominators[i];
    if (value !== null && value > 0 && numerator !== null && numerator > 0 && denominator !== null && denominator > 0) {
      scales.push(value / (numerator / denominator));
    }
  });
  if (scales.length === 0) return 1;
  scales.sort((a, b) => a - b);
  return Math.pow(10, Math.round(Math.log10(scales[Math.floor(scales.length / 2)])));
}

/**
 * The method a KPI's year to date takes when none is given (docs/FORMULA-CONVENTIONS.md, "Year to
 * date and rolling figures"): with its numerators and denominators, their ratio; a percentage or a
 * figure with a unit word ("days", "per 1,000") is a rate, averaged; a count or money is summed.
 *
 * @example
 * defaultYearToDateMethod({ kind: "percent", suffix: "", scale: 1 }, false); // => "mean"
 * defaultYearToDateMethod({ kind: "count", suffix: "", scale: 1 }, false);   // => "sum"
 */
export function defaultYearToDateMethod(unit: Unit, countsGiven: boolean): AggregateMethod {
  if (countsGiven) return "ratio";
  return unit.kind === "percent" || unit.kind === "other" ? "mean" : "sum";
}

/**
 * The year to date at the latest period against the annual target, and whether a red latest
 * period is a profile effect (the year to date is on track).
 *
 * @example
 * // Homes completed a month, annual target 1,200: September's 100 misses its monthly 110 (Red),
 * // but April to September make 90 + 100 + 120 + 110 + 120 + 100 = 640, ahead of the 600 due.
 * const periods = placePeriods(["Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24", "Sep-24"], 4);
 * yearToDateSummary({ values: [90, 100, 120, 110, 120, 100], periods, latestPosition: 5, method: "sum", yearStart: 4,
 *   annualTarget: 1200, polarity: "higher", tolerance: 0, latestRag: "Red" });
 * // => { year: "2024/25", method: "sum", periodsSoFar: 6, periodsPerYear: 12, value: 640, annualTarget: 1200,
 * //      targetToDate: 600, rag: "Green", profileEffect: true }
 */
export function yearToDateSummary(input: YearToDateInput): YearToDateSummary {
  const { periods, latestPosition, method, yearStart, annualTarget, polarity } = input;
  const ratio = method === "ratio" && input.numerators !== undefined && input.denominators !== undefined;
  const points = ratio
    ? yearToDate(input.numerators!, periods, "ratio", yearStart, input.denominators)
    : yearToDate(input.values, periods, method === "ratio" ? "mean" : method, yearStart);
  const point = points[latestPosition];
  const perYear = periods.perYear as 4 | 12;
  const targetToDate = method === "sum" ? (annualTarget * point.periodOfYear) / perYear : annualTarget;
  const summary: YearToDateSummary = {
    year: yearLabel(point.year as number, yearStart),
    method: ratio || method !== "ratio" ? method : "mean",
    periodsSoFar: point.periodOfYear,
    periodsPerYear: perYear,
    annualTarget,
    targetToDate,
    profileEffect: false,
  };
  if (point.value === null) {
    summary.gap = point.gap ?? "the denominators of the year so far add up to 0";
    return summary;
  }
  summary.value = ratio ? point.value * ratioScale(input.values, input.numerators!, input.denominators!) : point.value;
  const tolerance = method === "sum" ? input.tolerance * point.periodOfYear : input.tolerance;
  summary.rag = ragRating(summary.value, targetToDate, polarity, tolerance);
  summary.profileEffect = input.latestRag === "Red" && summary.rag === "Green";
  return summary;
}
