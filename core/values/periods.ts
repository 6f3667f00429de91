/**
 * The one vocabulary of periods, used by the formulas, the narrative and the panel, so "Apr-24",
 * "Q2 2024/25" and "2023/24" are read the same way everywhere: labels and their order
 * (period-labels.ts), periods on a regular calendar (period-calendar.ts) and periods as months
 * (period-months.ts).
 */
export * from "./period-labels";
export * from "./period-calendar";
export * from "./period-months";
