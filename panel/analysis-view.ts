/**
 * Reads core's analysis of one KPI into the view the cards and the report show.
 */
import { KpiInputs } from "./analyse";
import { KpiView } from "./view";

/** The view of one KPI from its inputs, through core's analyseKpi. */
export function viewOfKpi(inputs: KpiInputs, index: number): KpiView {
  void inputs;
  void index;
  throw new Error("The analysis engine is not part of this build yet.");
}
