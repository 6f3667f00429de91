import { FunctionSpec } from "./types";

/** Value-for-money formulas (FUNCTIONS.md, "Value for money"). */
export const VALUE_FUNCTIONS: readonly FunctionSpec[] = [];
