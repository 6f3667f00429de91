import { FunctionSpec } from "./types";

/** Benchmarking formulas (FUNCTIONS.md, "Benchmarking against peers"). */
export const BENCHMARK_FUNCTIONS: readonly FunctionSpec[] = [];
