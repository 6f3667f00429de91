/**
 * dist/excel-addin/functions.json, the custom functions metadata Excel reads:
 * - it sets `allowErrorForDataTypeAny` (a top-level property of the file: "Unlike the other JSON
 *   metadata properties, allowErrorForDataTypeAny is a top-level property",
 *   learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json), and every parameter has
 *   type `any`, the type the flag applies to; without it Excel does not call a formula whose range
 *   holds #N/A or #DIV/0! ("Errors as custom function inputs",
 *   learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors);
 * - every function validates against the `extensionFunction` definition of the JSON schema that
 *   @microsoft/app-manifest ships, with that package's own validator;
 * - the built functions.js, called with error cells as Excel passes them when the flag is set,
 *   reads them as missing values, as the README promises.
 */
import fs from "fs";
import path from "path";
import { CATALOGUE } from "../../core/functions";
import { DIST, StandInCustomFunctionsError, grid, loadExcelBundle, plain, tryExcel } from "../helpers/bundles";

const { AppManifestUtils } = require("@microsoft/app-manifest") as {
  AppManifestUtils: { validateAgainstSchema: (manifest: unknown, schema: object) => Promise<string[]> };
};

interface FunctionsJson {
  allowErrorForDataTypeAny?: boolean;
  functions: { id: string; parameters: { type: string }[]; options?: Record<string, unknown> }[];
}

const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "excel-addin", "functions.json"), "utf8")) as FunctionsJson;

/** Every JSON schema file in @microsoft/app-manifest that defines `extensionFunction`, with its version folder. */
function schemasDefiningExtensionFunction(): { version: string; schema: { $schema: string; definitions: Record<string, unknown> } }[] {
  const root = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas");
  const found: { version: string; schema: { $schema: string; definitions: Record<string, unknown> } }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".json")) {
        const schema = JSON.parse(fs.readFileSync(file, "utf8"));
        if (schema.definitions?.extensionFunction) found.push({ version: path.basename(dir), schema });
      }
    }
  };
  walk(root);
  return found;
}

/** The newest released schema (vN.M, not vDevPreview) that defines `extensionFunction`. */
function newestSchema() {
  const released = schemasDefiningExtensionFunction().filter((s) => /^v\d+\.\d+$/.test(s.version));
  const number = (version: string) => version.slice(1).split(".").map(Number);
  released.sort((a, b) => {
    const [am, an] = number(a.version);
    const [bm, bn] = number(b.version);
    return am - bm || an - bn;
  });
  return released[released.length - 1];
}

/**
 * Validates functions against `extensionFunction` with the package's own validator
 * (AppManifestUtils.validateAgainstSchema: ajv for JSON Schema draft-04 with its uri, email and
 * regex formats), one schema for the whole list so each error names the function's index.
 */
async function validateFunctions(functions: unknown[]): Promise<string[]> {
  const { schema } = newestSchema();
  const listSchema = { $schema: schema.$schema, definitions: schema.definitions, type: "array", items: { $ref: "#/definitions/extensionFunction" } };
  return AppManifestUtils.validateAgainstSchema(functions, listSchema);
}

describe("dist/excel-addin/functions.json", () => {
  test("sets allowErrorForDataTypeAny at the top level, where Excel reads it, and no function carries it as an option", () => {
    expect(Object.keys(metadata)[0]).toBe("allowErrorForDataTypeAny");
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    for (const fn of metadata.functions) expect(fn.options?.allowErrorForDataTypeAny).toBeUndefined();
  });

  test("every parameter of every function has type any, so the flag lets error cells reach all of them", () => {
    expect(metadata.functions.map((fn) => fn.id)).toEqual(CATALOGUE.map((spec) => spec.name));
    for (const fn of metadata.functions) for (const parameter of fn.parameters) expect(parameter.type).toBe("any");
  });

  test("@microsoft/app-manifest ships the extensionFunction definition this test validates against", () => {
    const newest = newestSchema();
    expect(newest.version).toMatch(/^v1\.\d+$/);
    expect(newest.schema.$schema).toMatch(/draft-04/);
    expect(Object.keys(newest.schema.definitions)).toEqual(expect.arrayContaining(["extensionFunction", "extensionFunctionParameter", "extensionResult"]));
  });

  // The schema's description limit was 128 characters up to v1.26 and is 1,024 from v1.27; the
  // catalogue's descriptions are longer than 128, so the test uses the newest released schema.
  test("every function validates against extensionFunction of the newest released schema", async () => {
    expect(await validateFunctions(metadata.functions)).toEqual([]);
  });

  test("the validation fails a function the schema refuses (so the test above can fail)", async () => {
    const [first] = metadata.functions;
    const { result: _dropped, ...withoutResult } = first as unknown as Record<string, unknown>;
    const broken = [{ ...first, id: "SEN SLOPE" }, withoutResult, { ...first, description: "x".repeat(1025) }];
    const errors = await validateFunctions(broken);
    expect(errors.some((e) => e.startsWith("/0/id must match pattern"))).toBe(true);
    expect(errors.some((e) => e.startsWith("/1 must have required property 'result'"))).toBe(true);
    expect(errors.some((e) => e.startsWith("/2/description must NOT have more than 1024 characters"))).toBe(true);
  });
});

/**
 * An error cell as Excel hands it to a custom function when functions.json sets
 * allowErrorForDataTypeAny: the runtime turns each `{ type: "CustomFunctionError", code }` in the
 * arguments, at any depth of a range, into `new CustomFunctions.Error(code)`, an Error whose
 * message is "" and whose `code` and `basicValue` are the error's text, with `type` "Error"
 * (custom-functions-runtime.js in @microsoft/office-js 1.1.110: CustomFunctionProxy
 * `_transferCustomFunctionError` and the `CustomFunctionError` constructor). The instance is of
 * the same CustomFunctions.Error class the built bundle sees.
 */
function excelErrorCell(code: string): StandInCustomFunctionsError {
  const error = new StandInCustomFunctionsError(code, "");
  return Object.assign(error, { type: "Error", basicType: "Error", basicValue: code });
}

/** The error values Excel's custom functions runtime names (CustomFunctions.ErrorCode in the same file). */
const EXCEL_ERROR_CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!"];

describe("the built functions.js reads Excel error cells as missing values", () => {
  loadExcelBundle();

  test.each(EXCEL_ERROR_CODES)("%s in a range counts as a gap, like a blank cell", (code) => {
    const withError = [[3], [excelErrorCell(code)], [7], [8], [excelErrorCell(code)], [12]];
    const withBlank = [[3], [""], [7], [8], [""], [12]];
    for (const name of ["SENSLOPE", "MANNKENDALL", "DIRECTION"]) {
      const expected = tryExcel(name, withBlank);
      expect(expected).not.toHaveProperty("failed");
      expect(plain(grid(tryExcel(name, withError)))).toEqual(plain(grid(expected)));
    }
  });

  test("#N/A and #DIV/0! in a block of KPIs leave a gap in their own row only", () => {
    const block = [
      [10, excelErrorCell("#N/A"), 14, 15, 18],
      [5, 4, excelErrorCell("#DIV/0!"), 2, 1],
    ];
    const blanks = [
      [10, "", 14, 15, 18],
      [5, 4, "", 2, 1],
    ];
    const expected = tryExcel("MANNKENDALL", blanks);
    expect(expected).not.toHaveProperty("failed");
    expect(plain(grid(tryExcel("MANNKENDALL", block)))).toEqual(plain(grid(expected)));
  });

  test("a single referenced cell holding #N/A is a missing value, not a failure", () => {
    const expected = tryExcel("RAG", "", 60, "higher");
    expect(plain(grid(expected))).toEqual([["Not enough data"]]);
    expect(plain(grid(tryExcel("RAG", excelErrorCell("#N/A"), 60, "higher")))).toEqual(plain(grid(expected)));
  });
});
