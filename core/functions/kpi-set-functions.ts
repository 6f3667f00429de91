import { FunctionSpec } from "./types";

/** Formulas over the KPI set as a whole and change on earlier periods (FUNCTIONS.md, "The KPI set as a whole", KPI.CHANGE). */
export const KPI_SET_FUNCTIONS: readonly FunctionSpec[] = [];
