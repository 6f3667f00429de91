import { KpiError } from "../errors";
import { RAG_LABELS, NOT_ENOUGH_DATA } from "../labels";
import { ragRating } from "../targets/rag";
import { cellName, checkNumber, parseNumberCell, parsePolarityCell, readAligned, toGrid } from "../values";
import { POLARITY_PARAMETER } from "./parameters";
import { FunctionSpec } from "./types";

/** Target formulas (FUNCTIONS.md, "Targets"). */
export const TARGET_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "RAG",
    description:
      "Red / amber / green against target: Green when the target is met, Amber when missed by no more than the tolerance, Red otherwise. Fill a whole column at once by giving ranges.",
    parameters: [
      { name: "value", description: "The value to rate, or a range of values (one rating each).", kind: "range", sheetsType: "number" },
      { name: "target", description: "The target: one value for all, or a range the shape of value.", kind: "range", sheetsType: "number" },
      POLARITY_PARAMETER,
      {
        name: "tolerance",
        description: "Optional. How far below target (same units) still counts as Amber. Default 0: no Amber.",
        optional: true,
        kind: "range",
        sheetsType: "number",
      },
    ],
    result: { shape: "table", type: "string" },
    example: { formula: '=KPI.RAG(58, 60, "higher", 5)', result: "Amber" },
    implementation(value, target, polarity, tolerance) {
      const values = toGrid(value);
      const readNumber = (argument: string, noun: string) => (cell: unknown, r: number, c: number) =>
        parseNumberCell(cell, argument, cellName(noun, values, r, c));
      const numbers = values.map((row, r) => row.map((cell, c) => parseNumberCell(cell, "value", cellName("value", values, r, c))));
      const targets = readAligned(target, values, "target", "value", readNumber("target", "target"));
      const polarities = readAligned(polarity, values, "polarity", "value", (cell) => parsePolarityCell(cell));
      const tolerances = readAligned(tolerance, values, "tolerance", "value", (cell, r, c) => {
        const number = parseNumberCell(cell, "tolerance", cellName("tolerance", values, r, c));
        return number === null ? 0 : checkNumber(number, "tolerance", { min: 0, allowed: "zero or a positive number" });
      });
      if (targets.every((row) => row.every((cell) => cell === null)) && values.length * values[0].length === 1) {
        throw new KpiError({ code: "missing_argument", argument: "target", hint: "enter the target to rate against" });
      }
      return numbers.map((row, r) =>
        row.map((number, c) => {
          const goal = targets[r][c];
          if (goal === null) return RAG_LABELS.noTarget;
          if (number === null) return NOT_ENOUGH_DATA;
          return ragRating(number, goal, polarities[r][c], tolerances[r][c]);
        }),
      );
    },
  },
];
