import { FunctionSpec } from "./types";

/** Statistical process control formulas (FUNCTIONS.md, "Statistical process control"). */
export const SPC_FUNCTIONS: readonly FunctionSpec[] = [];
