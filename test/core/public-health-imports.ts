/** The core names the public health tests use, and core's seeded generator for their random cases. */
export * from "../../core";
export { seededRandom as seededRandomForTests } from "../../core/seeded-random";
