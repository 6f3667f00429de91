/**
 * Constants of the value-for-money methods, each with its source.
 */
import { DEFAULT_ALPHA, MIN_POINTS_DIRECTION } from "../trend/constants";

/**
 * Significance level of the Mann-Kendall tests on cost and on performance (KPI.VFM): the same
 * two-sided 5% that KPI.DIRECTION uses by default.
 */
export const VALUE_FOR_MONEY_ALPHA = DEFAULT_ALPHA;

/**
 * Fewest periods of cost and of performance for a direction (KPI.VFM): the same 5 as
 * KPI.DIRECTION, below which the exact Mann-Kendall test cannot reach 5% significance.
 */
export const MIN_POINTS_VALUE_FOR_MONEY = MIN_POINTS_DIRECTION;
