import { readConfidenceLevels } from "../benchmark/formula-inputs";
import { checkQuantileGroups, quantileAmong } from "../benchmark/quantile-among";
import { KpiError } from "../errors";
import { SII_DEFAULT_REPETITIONS, SII_MAX_REPETITIONS, SII_MIN_REPETITIONS } from "../public-health/constants";
import { readLinedUp, readStandardPopulations } from "../public-health/formula-inputs";
import { indirectlyStandardisedRatio } from "../public-health/indirectly-standardised-ratio";
import { slopeIndexOfInequality } from "../public-health/slope-index-of-inequality";
import { isOmitted, readChoice, readNumberOption, readRequiredNumber, readSeriesSet } from "../values";
import { CONFIDENCE_PARAMETER, PEER_VALUES_PARAMETER, VALUE_PARAMETER, positionAmongPeers } from "./benchmark-functions";
import { POLARITY_PARAMETER } from "./parameters";
import {
  VALUE_TYPES,
  VALUE_TYPE_OF,
  checkSimulationBudget,
  dsrForRepeatEvents,
  dsrOfSeries,
  incomplete,
  limitCells,
  readObserved,
  readRatePer,
  readSiiLevels,
  requireRange,
  rowPerSeries,
} from "./public-health-inputs";
import { FunctionSpec, ParameterSpec } from "./types";

/**
 * Public health formulas: quantile groups among peers, standardised rates (Fingertips,
 * PHEindicatormethods) and inequality across deprivation quantiles. The comparisons of KPI.COMPARE
 * that need more than the value's own interval are in compare-beyond-one-interval.ts.
 */

const PER_RATE_PARAMETER: ParameterSpec = {
  name: "per",
  description: "Optional. The rate's base: 100000 (default) for a rate per 100,000; 1000 per thousand.",
  optional: true,
  kind: "value",
  sheetsType: "number",
};

// The catalogue entries -------------------------------------------------------------------------

export const PUBLIC_HEALTH_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "QUANTILE",
    description:
      "Quantile group among the peer group, 1 being the best: quartiles (4), quintiles (5) or deciles (10), as LG Inform Plus offers them, against the group's PERCENTILE.INC cut points; a value on a cut point goes to the better group (with 4 groups this is KPI.QUARTILE).",
    parameters: [
      VALUE_PARAMETER,
      PEER_VALUES_PARAMETER,
      { name: "groups", description: "How many groups: 4 (quartiles), 5 (quintiles) or 10 (deciles).", kind: "value", sheetsType: "number" },
      POLARITY_PARAMETER,
    ],
    result: { shape: "table", type: "number" },
    example: { formula: '=KPI.QUANTILE(9, {1,2,3,4,5,6,7,8,9,10}, 5, "higher")', result: "1" },
    implementation(value, peerValues, groups, polarity) {
      const count = checkQuantileGroups(readRequiredNumber(groups, "groups", { allowed: "4 (quartiles), 5 (quintiles) or 10 (deciles)" }));
      return positionAmongPeers(value, peerValues, polarity, (one, peers, direction) => quantileAmong(one, peers, count, direction));
    },
  },
  {
    name: "DSR",
    description:
      'Directly standardised rate, as Fingertips and PHEindicatormethods: one row of rate, lower, upper (Dobson\'s interval on Byar\'s limits; with confidence {0.95, 0.998}: both intervals). "ESP2013" names the European Standard Population 2013. Not enough data under 10 events. A block gives one row per area or year, age bands across.',
    parameters: [
      {
        name: "counts",
        description:
          "Events in each age band: a row or column, one age band per cell, or a block with one area or year per row and age bands across. A blank is no events. With event_frequencies: the people with each number of events.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "populations",
        description: "The population of each age band, lined up with counts: the same shape, or one row or column shared by every row of counts.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "standard_populations",
        description: '"ESP2013" for the European Standard Population 2013 (19 age bands: 0-4, 5-9, ..., 85-89, 90+), or the standard population of each age band in a row or column.',
        kind: "range",
        sheetsType: "number[][]",
      },
      PER_RATE_PARAMETER,
      CONFIDENCE_PARAMETER,
      {
        name: "event_frequencies",
        description:
          "Optional, for events that can happen to the same person more than once (such as admissions): the number of events of each row of counts, e.g. {1;2;3}, counts then being the people with that many events in each age band. Widens the interval as Fingertips does.",
        optional: true,
        kind: "range",
        sheetsType: "number[][]",
      },
    ],
    result: { shape: "row", type: "number", columns: ["rate", "lower", "upper"] },
    example: {
      formula:
        '=KPI.DSR({12,4,3,2,3,4,8,2,2,3,4,5,6,8,5,6,5,5,4}, {636,558,609,543,384,594,669,843,660,576,606,522,426,273,300,288,153,123,207}, "ESP2013")',
      result: "1103.212025 | 877.455768 | 1367.088223",
    },
    implementation(counts, populations, standardPopulations, per, confidence, eventFrequencies) {
      const base = readRatePer(per);
      const levels = readConfidenceLevels(confidence);
      requireRange(counts, "counts", "select the events in each age band");
      requireRange(populations, "populations", "select the population of each age band");
      if (!isOmitted(eventFrequencies)) return dsrForRepeatEvents(counts, populations, standardPopulations, eventFrequencies, base, levels);
      const set = readSeriesSet(counts, "counts", "count");
      const standards = readStandardPopulations(standardPopulations, set);
      const bandPopulations = readLinedUp(populations, set, "populations", "counts", "age band");
      return rowPerSeries(set, 1 + 2 * levels.length, (i) => {
        const counted = set.series[i];
        if (counted.every((count) => count === null) && bandPopulations[i].every((people) => people === null)) {
          throw incomplete("counts", 1, 0, "age bands with data", "enter the events and populations of each age band");
        }
        const result = dsrOfSeries(counted, bandPopulations[i], standards[i], base, levels);
        return [result.rate, ...limitCells(result.intervals)];
      });
    },
  },
  {
    name: "SMR",
    description:
      "Indirectly standardised ratio and rate, as Fingertips and PHEindicatormethods: one row of the standardised ratio (1 = as expected), lower, upper, then the indirectly standardised rate, lower, upper per `per` (exact limits under 10 events, Byar's from 10). A block gives one row per area or year.",
    parameters: [
      {
        name: "observed",
        description: "The events observed in each age band, lined up with populations, or the total for the area (one cell, or a column with one total per row of populations). A blank is no events.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "populations",
        description: "The local population of each age band: a row or column, or a block with one area or year per row and age bands across. A blank is nobody.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "reference_counts",
        description: "The reference events (e.g. England's) of each age band, lined up with populations: one row or column shared by every row, or the same shape.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "reference_populations",
        description: "The reference population of each age band, above zero, lined up like reference_counts.",
        kind: "range",
        sheetsType: "number[][]",
      },
      PER_RATE_PARAMETER,
      CONFIDENCE_PARAMETER,
    ],
    result: { shape: "row", type: "number", columns: ["ratio", "lower", "upper", "rate", "lower", "upper"] },
    example: {
      formula: "=KPI.SMR({30,45,120}, {5000,4000,2000}, {600,1100,2600}, {100000,90000,40000})",
      result: "0.933511 | 0.807072 | 1.074135 | 1745.259 | 1508.874 | 2008.166",
    },
    implementation(observed, populations, referenceCounts, referencePopulations, per, confidence) {
      const base = readRatePer(per);
      const levels = readConfidenceLevels(confidence);
      requireRange(observed, "observed", "select the events observed in each age band, or their total");
      requireRange(populations, "populations", "select the population of each age band");
      requireRange(referenceCounts, "reference_counts", "select the reference events of each age band (e.g. England's)");
      requireRange(referencePopulations, "reference_populations", "select the reference population of each age band");
      const set = readSeriesSet(populations, "populations", "population");
      const totals = readObserved(observed, set);
      const counts = readLinedUp(referenceCounts, set, "reference_counts", "populations", "age band");
      const people = readLinedUp(referencePopulations, set, "reference_populations", "populations", "age band");
      return rowPerSeries(set, 2 + 4 * levels.length, (i) => {
        const total = totals[i];
        if (total === null && set.series[i].every((population) => population === null)) {
          throw incomplete("observed", 1, 0, "areas with data", "enter the observed events and the populations");
        }
        const result = indirectlyStandardisedRatio(total ?? 0, set.series[i], counts[i], people[i], base, levels);
        return [result.ratio, ...limitCells(result.ratioIntervals), result.rate, ...limitCells(result.rateIntervals)];
      });
    },
  },
  {
    name: "SII",
    description:
      "Slope and relative index of inequality across deprivation quantiles, as PHEindicatormethods phe_sii: one row of SII, lower, upper, RII, lower, upper. The SII is the modelled gap from quantile 1 to the last (times per), the RII their ratio; limits are simulated (fixed seed) from each quantile's 95% limits. A block gives one row per indicator or year.",
    parameters: [
      {
        name: "values",
        description: "The indicator in each deprivation quantile, in order (quantile 1 first, usually the most deprived): 5 to 100 cells in a row or column, or a block with one indicator or year per row.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "populations",
        description: "The population of each quantile, above zero: the shape of values, or one row or column shared by every row.",
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "lower",
        description: "Optional. Each quantile's lower 95% confidence limit, the shape of values; with upper, gives the SII's and RII's limits.",
        optional: true,
        kind: "range",
        sheetsType: "number[][]",
      },
      { name: "upper", description: "Optional. Each quantile's upper 95% confidence limit, the shape of values.", optional: true, kind: "range", sheetsType: "number[][]" },
      {
        name: "value_type",
        description: 'Optional. "normal" (default; life expectancy, a score), "rate" (simulated on the log scale) or "proportion" (a proportion of 1, simulated on the logit scale); also 0, 1, 2.',
        optional: true,
        kind: "value",
        sheetsType: "string",
      },
      {
        name: "per",
        description: "Optional. Multiplies the SII: 1 (default), 100 for a proportion in percentage points; a negative one (e.g. -1) also turns the RII round.",
        optional: true,
        kind: "value",
        sheetsType: "number",
      },
      {
        name: "confidence",
        description: "Optional. Confidence level of the SII's limits, default 0.95 (95 is read as 95%); two levels such as {0.95, 0.99} give both.",
        optional: true,
        kind: "range",
        sheetsType: "number[][]",
      },
      {
        name: "repetitions",
        description: "Optional. Simulations for the limits: 100000 (default), at least 1000.",
        optional: true,
        kind: "value",
        sheetsType: "number",
      },
    ],
    result: { shape: "row", type: "number", columns: ["sii", "lower", "upper", "rii", "lower", "upper"] },
    example: {
      formula:
        "=KPI.SII({70.5,71.6,72.5,73.5,73.1,76.2,78.7,80.6,80.9,80}, {21675,20065,19750,24713,20112,19618,22408,19752,18939,19312}, {70.1,71.1,72,73.1,72.7,75.7,78.2,80.1,80.4,79.5}, {71,72.1,73.2,73.7,75.8,78.8,79.8,81.2,81.3,80.9})",
      result: "12.623 | 12.004 | 13.236 | 1.182 | 1.172 | 1.192",
    },
    implementation(values, populations, lower, upper, valueType, per, confidence, repetitions) {
      requireRange(values, "values", "select the indicator in each deprivation quantile");
      requireRange(populations, "populations", "select the population of each quantile");
      const type = VALUE_TYPE_OF[readChoice(valueType, "value_type", VALUE_TYPES, "normal")];
      const multiplier = readNumberOption(per, "per", 1, { allowed: "a multiplier other than zero, such as 1 or 100" });
      if (multiplier === 0) throw new KpiError({ code: "out_of_range", argument: "per", value: "0", allowed: "a multiplier other than zero, such as 1 or 100" });
      const levels = readSiiLevels(confidence);
      const simulations = readNumberOption(repetitions, "repetitions", SII_DEFAULT_REPETITIONS, {
        min: SII_MIN_REPETITIONS,
        max: SII_MAX_REPETITIONS,
        integer: true,
        allowed: `a whole number from ${SII_MIN_REPETITIONS} to ${SII_MAX_REPETITIONS}`,
      });
      const withLimits = !isOmitted(lower) || !isOmitted(upper);
      if (withLimits) {
        requireRange(lower, "lower", "select each quantile's lower 95% limit, or leave lower and upper both empty");
        requireRange(upper, "upper", "select each quantile's upper 95% limit, or leave lower and upper both empty");
      }
      const set = readSeriesSet(values, "values", "quantile");
      const weights = readLinedUp(populations, set, "populations", "values", "quantile");
      const lowers = withLimits ? readLinedUp(lower, set, "lower", "values", "quantile") : undefined;
      const uppers = withLimits ? readLinedUp(upper, set, "upper", "values", "quantile") : undefined;
      if (withLimits) checkSimulationBudget(set, lowers!, uppers!, simulations);
      const width = 2 + 4 * levels.length;
      return rowPerSeries(set, width, (i) => {
        const row = set.series[i];
        const present = row.filter((value) => value !== null).length;
        if (present < row.length) throw incomplete("values", row.length, present, "quantile values", "every quantile needs a value (PHEindicatormethods leaves out an area with a quantile missing)");
        const people = weights[i].map((population, q) => {
          if (population === null) {
            throw new KpiError({ code: "invalid_argument", argument: "populations", problem: `of quantile ${q + 1} is missing`, fix: "enter the population of every quantile, above zero" });
          }
          return population;
        });
        let limits: { lower: number[]; upper: number[] } | undefined;
        if (lowers !== undefined && uppers !== undefined) {
          const low = lowers[i];
          const high = uppers[i];
          const complete = low.filter((v, q) => v !== null && high[q] !== null).length;
          if (complete < row.length) throw incomplete("lower", row.length, complete, "quantiles with both limits", "give each quantile's lower and upper 95% limits");
          limits = { lower: low as number[], upper: high as number[] };
        }
        const result = slopeIndexOfInequality(row as number[], people, { valueType: type, per: multiplier, levels, repetitions: simulations }, limits);
        const siiLimits = limits === undefined ? levels.flatMap(() => ["", ""]) : limitCells(result.intervals.map((interval) => interval.sii));
        const riiLimits = limits === undefined ? levels.flatMap(() => ["", ""]) : limitCells(result.intervals.map((interval) => interval.rii));
        return [result.sii, ...siiLimits, result.rii, ...riiLimits];
      });
    },
  },
];
