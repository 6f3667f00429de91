/**
 * The worked examples of the trend formulas in the catalogue (and so in docs/FORMULAS.md and the
 * autocomplete help) are what the formulas really return.
 */
import { TREND_FUNCTIONS } from "../../core/functions/trend-functions";
import { invokeFunction } from "../../core/functions/invoke";

/** Splits an argument list at top-level commas (not inside braces or quotes). */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    if (!quoted && character === "{") depth += 1;
    if (!quoted && character === "}") depth -= 1;
    if (!quoted && depth === 0 && character === ",") {
      parts.push(current.trim());
      current = "";
    } else {
      current += character;
    }
  }
  parts.push(current.trim());
  return parts;
}

/** One formula argument as a host passes it: an array constant as a 2-D array, text, a number. */
function parseArgument(text: string): unknown {
  if (text.startsWith("{")) {
    return text
      .slice(1, -1)
      .split(";")
      .map((row) => row.split(",").map((cell) => parseArgument(cell.trim())));
  }
  if (text.startsWith('"')) return text.slice(1, -1);
  if (text === "") return undefined;
  return Number(text);
}

describe.each(TREND_FUNCTIONS.map((spec) => [spec.name, spec] as const))("the example of KPI.%s", (name, spec) => {
  test("gives the result the reference shows", () => {
    const match = /^=KPI\.([A-Z]+)\((.*)\)$/.exec(spec.example.formula);
    expect(match?.[1]).toBe(name);
    const outcome = invokeFunction(name, splitArguments(match![2]).map(parseArgument), `KPI.${name}`);
    if (!outcome.ok) throw new Error(outcome.message);
    const shown = spec.example.result.split(" | ");
    const cells = outcome.cells.flat();
    expect(cells).toHaveLength(shown.length);
    shown.forEach((text, i) => {
      const cell = cells[i];
      if (typeof cell === "number") {
        const decimals = (text.split(".")[1] ?? "").length;
        expect(cell.toFixed(decimals)).toBe(Number(text).toFixed(decimals));
      } else {
        expect(cell).toBe(text);
      }
    });
  });
});
