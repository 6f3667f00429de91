import { DENOMINATOR_JUMP } from "./denominator-jump";
import { DUPLICATE_PERIOD } from "./duplicate-period";
import { LIKELY_KEYING_ERROR } from "./likely-keying-error";
import { MISSING_PERIOD } from "./missing-period";
import { NEGATIVE_COUNT } from "./negative-count";
import { NUMERATOR_ABOVE_DENOMINATOR } from "./numerator-above-denominator";
import { PERCENTAGE_OUT_OF_RANGE } from "./percentage-out-of-range";
import { PERIODS_OUT_OF_ORDER } from "./periods-out-of-order";
import { ROLLED_FORWARD } from "./rolled-forward";

/**
 * The data-quality checks of KPI.DATACHECK, one file each in this folder, in the order they are
 * listed: the periods first (a wrong period misplaces every figure), then impossible figures, then
 * suspicious ones. A check is run only after the ones its `unless` names, so they must come
 * before it. To add a check, write its file and add it here; its code joins {@link DataCheckCode}.
 */
export const DATA_CHECKS = [
  DUPLICATE_PERIOD,
  PERIODS_OUT_OF_ORDER,
  MISSING_PERIOD,
  PERCENTAGE_OUT_OF_RANGE,
  NEGATIVE_COUNT,
  NUMERATOR_ABOVE_DENOMINATOR,
  DENOMINATOR_JUMP,
  LIKELY_KEYING_ERROR,
  ROLLED_FORWARD,
] as const;

/** The machine-readable code of a data-quality finding. */
export type DataCheckCode = (typeof DATA_CHECKS)[number]["code"];
