/**
 * The polarity argument is read by one function per shape (core/functions/parameters.ts) and, as
 * the README ("Polarity") and the formula conventions ("Optional arguments") say, takes its default
 * when it is left out, left empty or points at empty cells only, whatever the shape of those cells.
 * Each formula is called as its catalogue example documents it.
 */
import { CATALOGUE, invokeFunction } from "../../core/functions";
import { forExcel } from "../property/arbitraries";
import { parseExample } from "../property/examples";

const call = (name: string, args: unknown[]) => invokeFunction(name, args, `KPI.${name}`);

const withPolarity = CATALOGUE.filter((spec) => spec.parameters.some((parameter) => parameter.name === "polarity"));

describe("an empty polarity range takes the default", () => {
  test.each(withPolarity.map((spec) => [spec.name]))("%s", (name) => {
    const spec = CATALOGUE.find((entry) => entry.name === name)!;
    const index = spec.parameters.findIndex((parameter) => parameter.name === "polarity");
    const args = forExcel(parseExample(spec.example.formula).args);
    while (args.length < spec.parameters.length) args.push(null);
    const omitted = call(name, args.map((arg, i) => (i === index ? null : arg)));
    expect(omitted.ok).toBe(true);
    for (const empty of [[["", ""], ["", ""]], [[null], [null], [null]], [[""]]]) {
      expect(call(name, args.map((arg, i) => (i === index ? empty : arg)))).toEqual(omitted);
    }
  });
});

test("a polarity range with words in it must still have one cell per KPI", () => {
  expect(call("DIRECTION", [[[40, 42, 45, 47, 50]], [["lower", "higher"]]])).toEqual({
    ok: false,
    kind: "argument",
    message: "KPI.DIRECTION: polarity has 1 row by 2 columns but values has 1 series; give ranges of the same size",
  });
});
