export { CATALOGUE, catalogueMetadata, findFunction } from "./catalogue";
export { invokeFunction } from "./invoke";
export type { InvocationOutcome } from "./invoke";
export type { FunctionMetadata, FunctionSpec, ParameterSpec, ReadingParameter, ResultCell, ResultGrid, ResultSpec } from "./types";
