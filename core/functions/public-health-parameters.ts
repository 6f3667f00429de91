import { QuantileGroupCount, checkQuantileGroups } from "../benchmark/quantile-among";
import { KpiError } from "../errors";
import { SII_DEFAULT_REPETITIONS, SII_MAX_REPETITIONS, SII_MIN_REPETITIONS } from "../public-health/constants";
import { InequalityValueType } from "../public-health/simulate-inequality-limits";
import { Series, SeriesSet, describeShape, isOmitted, readChoice, readNumberOption, readRequiredNumber, readSeriesSet } from "../values";
import { missingValue } from "./benchmark-parameters";
import { readEventFrequencies, readLinedUp, readObserved, readSiiLevels, readStandardPopulations } from "./public-health-inputs";
import { ReadingParameter } from "./types";

/**
 * The parameters of the public health formulas (KPI.QUANTILE, KPI.DSR, KPI.SMR, KPI.SII), each
 * with its help text and its reader. The value, peer, polarity, per and confidence parameters they
 * share with the benchmarking formulas are those of benchmark-parameters.ts and parameters.ts.
 */

/** A range read as a series set (one area, year or indicator per row), required: `noun` names one cell. */
function seriesParameter(name: string, description: string, noun: string, hint: string): ReadingParameter<SeriesSet> {
  return {
    name,
    description,
    kind: "range",
    sheetsType: "number[][]",
    read(raw) {
      if (isOmitted(raw)) throw missingValue(name, hint);
      return readSeriesSet(raw, name, noun);
    },
  };
}

/** A required range lined up with a series set, one `unit` per cell (see `readLinedUp`); `other` names the set's argument. */
function linedUpParameter(name: string, description: string, other: string, unit: string, hint: string): ReadingParameter<(number | null)[][], [SeriesSet]> {
  return {
    name,
    description,
    kind: "range",
    sheetsType: "number[][]",
    read(raw, set) {
      if (isOmitted(raw)) throw missingValue(name, hint);
      return readLinedUp(raw, set, name, other, unit);
    },
  };
}

/**
 * One of KPI.SII's pair of quantile limits: both left out reads as `undefined`; one given without
 * the other names the missing one (`partner` is the other limit's argument).
 */
function quantileLimitParameter(name: string, description: string, hint: string): ReadingParameter<(number | null)[][] | undefined, [SeriesSet, unknown]> {
  const limit = linedUpParameter(name, description, "values", "quantile", hint);
  return {
    ...limit,
    optional: true,
    read(raw, set, partner) {
      if (isOmitted(raw) && isOmitted(partner)) return undefined;
      return limit.read(raw, set);
    },
  };
}

// KPI.QUANTILE -----------------------------------------------------------------------------------

export const GROUPS_PARAMETER: ReadingParameter<QuantileGroupCount> = {
  name: "groups",
  description: "How many groups: 4 (quartiles), 5 (quintiles) or 10 (deciles).",
  kind: "value",
  sheetsType: "number",
  read: (raw) => checkQuantileGroups(readRequiredNumber(raw, "groups", { allowed: "4 (quartiles), 5 (quintiles) or 10 (deciles)" })),
};

// KPI.DSR ----------------------------------------------------------------------------------------

export const DSR_COUNTS_PARAMETER = seriesParameter(
  "counts",
  "Events in each age band: a row or column, one age band per cell, or a block with one area or year per row and age bands across. A blank is no events. With event_frequencies: the people with each number of events.",
  "count",
  "select the events in each age band",
);

/** Age-band populations as KPI.DSR reads them, with the range whose age bands the standard population lines up with. */
export interface AgeBandPopulations {
  /** Where the age bands are counted: counts, or with event_frequencies the one area's populations. */
  bands: SeriesSet;
  /** The population of each age band, one list per row of counts (with event_frequencies, one list). */
  populations: Series[];
}

/** `populations` of KPI.DSR: lined up with counts; with event_frequencies (`repeatEvents`), one area's age bands. */
export const DSR_POPULATIONS_PARAMETER: ReadingParameter<AgeBandPopulations, [SeriesSet, boolean]> = {
  name: "populations",
  description: "The population of each age band, lined up with counts: the same shape, or one row or column shared by every row of counts.",
  kind: "range",
  sheetsType: "number[][]",
  read(raw, counts, repeatEvents) {
    if (isOmitted(raw)) throw missingValue("populations", "select the population of each age band");
    if (!repeatEvents) return { bands: counts, populations: readLinedUp(raw, counts, "populations", "counts", "age band") };
    const own = readSeriesSet(raw, "populations", "population");
    if (own.isBlock) {
      throw new KpiError({
        code: "invalid_argument",
        argument: "populations",
        problem: `is a block of ${describeShape(own.grid)}`,
        fix: "with event_frequencies give one area at a time: the population of each age band in one row or column",
      });
    }
    return { bands: own, populations: own.series };
  },
};

/** `standard_populations`: "ESP2013" by name, or one per age band of `bands` (see `readStandardPopulations`). */
export const STANDARD_POPULATIONS_PARAMETER: ReadingParameter<number[][], [SeriesSet]> = {
  name: "standard_populations",
  description: '"ESP2013" for the European Standard Population 2013 (19 age bands: 0-4, 5-9, ..., 85-89, 90+), or the standard population of each age band in a row or column.',
  kind: "range",
  sheetsType: "number[][]",
  read: (raw, bands) => readStandardPopulations(raw, bands),
};

/** `event_frequencies`: `undefined` when left out (events happen once to a person). */
export const EVENT_FREQUENCIES_PARAMETER: ReadingParameter<number[] | undefined> = {
  name: "event_frequencies",
  description:
    "Optional, for events that can happen to the same person more than once (such as admissions): the number of events of each row of counts, e.g. {1;2;3}, counts then being the people with that many events in each age band. Widens the interval as Fingertips does.",
  optional: true,
  kind: "range",
  sheetsType: "number[][]",
  read: (raw) => (isOmitted(raw) ? undefined : readEventFrequencies(raw)),
};

// KPI.SMR ----------------------------------------------------------------------------------------

export const SMR_POPULATIONS_PARAMETER = seriesParameter(
  "populations",
  "The local population of each age band: a row or column, or a block with one area or year per row and age bands across. A blank is nobody.",
  "population",
  "select the population of each age band",
);

/** `observed` of KPI.SMR: each area's total, from its age bands or given as one (see `readObserved`). */
export const OBSERVED_PARAMETER: ReadingParameter<(number | null)[], [SeriesSet]> = {
  name: "observed",
  description:
    "The events observed in each age band, lined up with populations, or the total for the area (one cell, or a column with one total per row of populations). A blank is no events.",
  kind: "range",
  sheetsType: "number[][]",
  read(raw, populations) {
    if (isOmitted(raw)) throw missingValue("observed", "select the events observed in each age band, or their total");
    return readObserved(raw, populations);
  },
};

export const REFERENCE_COUNTS_PARAMETER = linedUpParameter(
  "reference_counts",
  "The reference events (e.g. England's) of each age band, lined up with populations: one row or column shared by every row, or the same shape.",
  "populations",
  "age band",
  "select the reference events of each age band (e.g. England's)",
);

export const REFERENCE_POPULATIONS_PARAMETER = linedUpParameter(
  "reference_populations",
  "The reference population of each age band, above zero, lined up like reference_counts.",
  "populations",
  "age band",
  "select the reference population of each age band",
);

// KPI.SII ----------------------------------------------------------------------------------------

export const SII_VALUES_PARAMETER = seriesParameter(
  "values",
  "The indicator in each deprivation quantile, in order (quantile 1 first, usually the most deprived): 5 to 100 cells in a row or column, or a block with one indicator or year per row.",
  "quantile",
  "select the indicator in each deprivation quantile",
);

export const SII_POPULATIONS_PARAMETER = linedUpParameter(
  "populations",
  "The population of each quantile, above zero: the shape of values, or one row or column shared by every row.",
  "values",
  "quantile",
  "select the population of each quantile",
);

export const SII_LOWER_PARAMETER = quantileLimitParameter(
  "lower",
  "Optional. Each quantile's lower 95% confidence limit, the shape of values; with upper, gives the SII's and RII's limits.",
  "select each quantile's lower 95% limit, or leave lower and upper both empty",
);

export const SII_UPPER_PARAMETER = quantileLimitParameter(
  "upper",
  "Optional. Each quantile's upper 95% confidence limit, the shape of values.",
  "select each quantile's upper 95% limit, or leave lower and upper both empty",
);

/** The value_type words KPI.SII accepts, with PHEindicatormethods' numbers 0, 1 and 2, and what each means. */
const VALUE_TYPES = ["normal", "rate", "proportion", "0", "1", "2"] as const;
const VALUE_TYPE_OF: Record<(typeof VALUE_TYPES)[number], InequalityValueType> = {
  normal: "normal",
  rate: "rate",
  proportion: "proportion",
  "0": "normal",
  "1": "rate",
  "2": "proportion",
};

export const VALUE_TYPE_PARAMETER: ReadingParameter<InequalityValueType> = {
  name: "value_type",
  description: 'Optional. "normal" (default; life expectancy, a score), "rate" (simulated on the log scale) or "proportion" (a proportion of 1, simulated on the logit scale); also 0, 1, 2.',
  optional: true,
  kind: "value",
  sheetsType: "string",
  read: (raw) => VALUE_TYPE_OF[readChoice(raw, "value_type", VALUE_TYPES, "normal")],
};

const MULTIPLIER_ALLOWED = "a multiplier other than zero, such as 1 or 100";

export const SII_PER_PARAMETER: ReadingParameter<number> = {
  name: "per",
  description: "Optional. Multiplies the SII: 1 (default), 100 for a proportion in percentage points; a negative one (e.g. -1) also turns the RII round.",
  optional: true,
  kind: "value",
  sheetsType: "number",
  read(raw) {
    const multiplier = readNumberOption(raw, "per", 1, { allowed: MULTIPLIER_ALLOWED });
    if (multiplier === 0) throw new KpiError({ code: "out_of_range", argument: "per", value: "0", allowed: MULTIPLIER_ALLOWED });
    return multiplier;
  },
};

export const SII_CONFIDENCE_PARAMETER: ReadingParameter<number[]> = {
  name: "confidence",
  description: "Optional. Confidence level of the SII's limits, default 0.95 (95 is read as 95%); two levels such as {0.95, 0.99} give both.",
  optional: true,
  kind: "range",
  sheetsType: "number[][]",
  read: (raw) => readSiiLevels(raw),
};

export const REPETITIONS_PARAMETER: ReadingParameter<number> = {
  name: "repetitions",
  description: "Optional. Simulations for the limits: 100000 (default), at least 1000.",
  optional: true,
  kind: "value",
  sheetsType: "number",
  read: (raw) =>
    readNumberOption(raw, "repetitions", SII_DEFAULT_REPETITIONS, {
      min: SII_MIN_REPETITIONS,
      max: SII_MAX_REPETITIONS,
      integer: true,
      allowed: `a whole number from ${SII_MIN_REPETITIONS} to ${SII_MAX_REPETITIONS}`,
    }),
};
