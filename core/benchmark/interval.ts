/** A confidence interval. */
export interface Interval {
  lower: number;
  upper: number;
}
