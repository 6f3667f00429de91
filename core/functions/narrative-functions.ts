import { FunctionSpec } from "./types";

/** Words for councillors (FUNCTIONS.md, "Words for councillors"). */
export const NARRATIVE_FUNCTIONS: readonly FunctionSpec[] = [];
