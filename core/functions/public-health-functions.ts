import { quantileAmong } from "../benchmark/quantile-among";
import { indirectlyStandardisedRatio } from "../public-health/indirectly-standardised-ratio";
import { CONFIDENCE_PARAMETER, PEER_VALUES_PARAMETER, RATE_PER_PARAMETER, VALUE_PARAMETER } from "./benchmark-parameters";
import { POLARITY_PER_CELL_PARAMETER } from "./parameters";
import { positionAmongPeers } from "./position-among-peers";
import {
  DSR_COUNTS_PARAMETER,
  DSR_POPULATIONS_PARAMETER,
  EVENT_FREQUENCIES_PARAMETER,
  GROUPS_PARAMETER,
  OBSERVED_PARAMETER,
  REFERENCE_COUNTS_PARAMETER,
  REFERENCE_POPULATIONS_PARAMETER,
  REPETITIONS_PARAMETER,
  SII_CONFIDENCE_PARAMETER,
  SII_LOWER_PARAMETER,
  SII_PER_PARAMETER,
  SII_POPULATIONS_PARAMETER,
  SII_UPPER_PARAMETER,
  SII_VALUES_PARAMETER,
  SMR_POPULATIONS_PARAMETER,
  STANDARD_POPULATIONS_PARAMETER,
  VALUE_TYPE_PARAMETER,
} from "./public-health-parameters";
import { checkSimulationBudget, dsrForRepeatEvents, dsrOfSeries, incomplete, limitCells, rowPerSeries, siiRow } from "./public-health-rows";
import { FunctionSpec } from "./types";

/**
 * Public health formulas (docs/FORMULA-CONVENTIONS.md, "Public health and equity"): quantile
 * groups among peers, standardised rates (Fingertips, PHEindicatormethods) and inequality across
 * deprivation quantiles. KPI.COMPARE's comparisons with a comparator's own interval and for DSRs
 * are in compare-function.ts.
 */

export const PUBLIC_HEALTH_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "QUANTILE",
    description:
      "Quantile group among the peer group, 1 being the best: quartiles (4), quintiles (5) or deciles (10), as LG Inform Plus offers them, against the group's PERCENTILE.INC cut points; a value on a cut point goes to the better group (with 4 groups this is KPI.QUARTILE).",
    parameters: [VALUE_PARAMETER, PEER_VALUES_PARAMETER, GROUPS_PARAMETER, POLARITY_PER_CELL_PARAMETER],
    result: { shape: "table", type: "number" },
    example: { formula: '=KPI.QUANTILE(9, {1,2,3,4,5,6,7,8,9,10}, 5, "higher")', result: "1" },
    implementation(value, peerValues, groups, polarity) {
      const count = GROUPS_PARAMETER.read(groups);
      return positionAmongPeers(value, peerValues, polarity, (one, peers, direction) => quantileAmong(one, peers, count, direction));
    },
  },
  {
    name: "DSR",
    description:
      'Directly standardised rate, as Fingertips and PHEindicatormethods: one row of rate, lower, upper (Dobson\'s interval on Byar\'s limits; with confidence {0.95, 0.998}: both intervals). "ESP2013" names the European Standard Population 2013. Not enough data under 10 events. A block gives one row per area or year, age bands across.',
    parameters: [DSR_COUNTS_PARAMETER, DSR_POPULATIONS_PARAMETER, STANDARD_POPULATIONS_PARAMETER, RATE_PER_PARAMETER, CONFIDENCE_PARAMETER, EVENT_FREQUENCIES_PARAMETER],
    result: { shape: "row", type: "number", columns: ["rate", "lower", "upper"] },
    example: {
      formula:
        '=KPI.DSR({12,4,3,2,3,4,8,2,2,3,4,5,6,8,5,6,5,5,4}, {636,558,609,543,384,594,669,843,660,576,606,522,426,273,300,288,153,123,207}, "ESP2013")',
      result: "1103.212025 | 877.455768 | 1367.088223",
    },
    implementation(counts, populations, standardPopulations, per, confidence, eventFrequencies) {
      const base = RATE_PER_PARAMETER.read(per);
      const levels = CONFIDENCE_PARAMETER.read(confidence);
      const set = DSR_COUNTS_PARAMETER.read(counts);
      const frequencies = EVENT_FREQUENCIES_PARAMETER.read(eventFrequencies);
      const { bands, populations: bandPopulations } = DSR_POPULATIONS_PARAMETER.read(populations, set, frequencies !== undefined);
      const standards = STANDARD_POPULATIONS_PARAMETER.read(standardPopulations, bands);
      if (frequencies !== undefined) return [dsrForRepeatEvents(set, frequencies, bandPopulations[0], standards[0], base, levels)];
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
    parameters: [OBSERVED_PARAMETER, SMR_POPULATIONS_PARAMETER, REFERENCE_COUNTS_PARAMETER, REFERENCE_POPULATIONS_PARAMETER, RATE_PER_PARAMETER, CONFIDENCE_PARAMETER],
    result: { shape: "row", type: "number", columns: ["ratio", "lower", "upper", "rate", "lower", "upper"] },
    example: {
      formula: "=KPI.SMR({30,45,120}, {5000,4000,2000}, {600,1100,2600}, {100000,90000,40000})",
      result: "0.933511 | 0.807072 | 1.074135 | 1745.259 | 1508.874 | 2008.166",
    },
    implementation(observed, populations, referenceCounts, referencePopulations, per, confidence) {
      const base = RATE_PER_PARAMETER.read(per);
      const levels = CONFIDENCE_PARAMETER.read(confidence);
      const set = SMR_POPULATIONS_PARAMETER.read(populations);
      const totals = OBSERVED_PARAMETER.read(observed, set);
      const counts = REFERENCE_COUNTS_PARAMETER.read(referenceCounts, set);
      const people = REFERENCE_POPULATIONS_PARAMETER.read(referencePopulations, set);
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
      SII_VALUES_PARAMETER,
      SII_POPULATIONS_PARAMETER,
      SII_LOWER_PARAMETER,
      SII_UPPER_PARAMETER,
      VALUE_TYPE_PARAMETER,
      SII_PER_PARAMETER,
      SII_CONFIDENCE_PARAMETER,
      REPETITIONS_PARAMETER,
    ],
    result: { shape: "row", type: "number", columns: ["sii", "lower", "upper", "rii", "lower", "upper"] },
    example: {
      formula:
        "=KPI.SII({70.5,71.6,72.5,73.5,73.1,76.2,78.7,80.6,80.9,80}, {21675,20065,19750,24713,20112,19618,22408,19752,18939,19312}, {70.1,71.1,72,73.1,72.7,75.7,78.2,80.1,80.4,79.5}, {71,72.1,73.2,73.7,75.8,78.8,79.8,81.2,81.3,80.9})",
      result: "12.623 | 12.004 | 13.236 | 1.182 | 1.172 | 1.192",
    },
    implementation(values, populations, lower, upper, valueType, per, confidence, repetitions) {
      const type = VALUE_TYPE_PARAMETER.read(valueType);
      const multiplier = SII_PER_PARAMETER.read(per);
      const levels = SII_CONFIDENCE_PARAMETER.read(confidence);
      const simulations = REPETITIONS_PARAMETER.read(repetitions);
      const set = SII_VALUES_PARAMETER.read(values);
      const weights = SII_POPULATIONS_PARAMETER.read(populations, set);
      const lowers = SII_LOWER_PARAMETER.read(lower, set, upper);
      const uppers = SII_UPPER_PARAMETER.read(upper, set, lower);
      if (lowers !== undefined && uppers !== undefined) checkSimulationBudget(set, lowers, uppers, simulations);
      const options = { valueType: type, per: multiplier, levels, repetitions: simulations };
      return rowPerSeries(set, 2 + 4 * levels.length, (i) => siiRow(set.series[i], weights[i], lowers?.[i], uppers?.[i], options));
    },
  },
];
