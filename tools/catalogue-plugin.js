/**
 * Webpack plugin that turns the built catalogue into what each host reads:
 * - Excel: `functions.json` (ids, descriptions, parameter help for autocomplete), read from the
 *   built functions bundle itself so metadata and registration cannot disagree, with
 *   `allowErrorForDataTypeAny` so that error cells reach the formulas;
 * - Sheets: one top-level `KPI_<NAME>` function per formula with its `@customfunction` JSDoc,
 *   plus the menu and sidebar globals, appended to the minified `Code.js`.
 */
const vm = require("vm");
const { Compilation, sources } = require("webpack");

/** Loads a built bundle in a fresh context, as the host would, and returns its library global. */
function loadLibrary(source, globalName, extraGlobals = {}) {
  const context = vm.createContext({ console, ...extraGlobals });
  vm.runInContext(`${source}\n;globalThis.__library = ${globalName};`, context, { filename: globalName });
  return context.__library;
}

/** A stand-in for Excel's CustomFunctions runtime, enough to load the bundle at build time. */
function customFunctionsStandIn(registered) {
  class CustomFunctionsError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  return {
    associate: (id, fn) => registered.push(id),
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
}

/** Excel metadata for one catalogue entry (custom functions JSON metadata schema). */
function excelFunction(meta) {
  return {
    id: meta.name,
    name: meta.name,
    description: meta.description,
    parameters: meta.parameters.map((parameter) => ({
      name: parameter.name,
      description: parameter.description,
      type: "any",
      dimensionality: "matrix",
      optional: parameter.optional === true,
    })),
    result: { type: "any", dimensionality: "matrix" },
  };
}

/**
 * The whole functions.json: `allowErrorForDataTypeAny` first, when any parameter has type `any`,
 * then the functions. Without the flag Excel never calls a custom function whose argument holds an
 * error value such as #N/A or #DIV/0!: the formula's result is that error. With it, every
 * parameter of type `any` receives error cells as `CustomFunctions.Error` objects ("Errors as
 * custom function inputs", learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors),
 * which the catalogue reads as missing values. The flag is a top-level property of the file, not
 * a function option: "Unlike the other JSON metadata properties, allowErrorForDataTypeAny is a
 * top-level property and contains no sub-properties"; "All parameters with the type any or any[][]
 * can accept errors as input values when allowErrorForDataTypeAny is set to true"
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany).
 */
function excelMetadata(catalogue) {
  const functions = catalogue.map(excelFunction);
  const takesAny = functions.some((fn) => fn.parameters.some((parameter) => parameter.type === "any"));
  return takesAny ? { allowErrorForDataTypeAny: true, functions } : { functions };
}

/** Escapes text for a JSDoc block. */
function docText(text) {
  return String(text).replace(/\*\//g, "*\\/");
}

/** The Apps Script stub of one formula: a JSDoc block Sheets reads for autocomplete, then a call into the bundle. */
function sheetsStub(meta, prefix, libraryName) {
  const params = meta.parameters.map((parameter) => parameter.name);
  const resultWords = meta.result.columns ? `One row per KPI: ${meta.result.columns.join(", ")}.` : `The result (${meta.result.type}).`;
  const lines = [
    "/**",
    ` * ${docText(meta.description)}`,
    " *",
    ...meta.parameters.map(
      (parameter) => ` * @param {${parameter.sheetsType || "any"}} ${parameter.name} ${docText(parameter.description)}`,
    ),
    ` * @return ${docText(resultWords)}`,
    " * @customfunction",
    " */",
    `function ${prefix}${meta.name}(${params.join(", ")}) {`,
    `  return ${libraryName}.callForSheets(${JSON.stringify(meta.name)}, arguments);`,
    "}",
  ];
  return lines.join("\n");
}

class CataloguePlugin {
  /**
   * @param {{ host: "excel" | "sheets", asset: string, libraryName: string, prefix?: string }} options
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { host, asset, libraryName } = this.options;
    compiler.hooks.thisCompilation.tap("CataloguePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CataloguePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          if (!assets[asset]) return;
          const source = assets[asset].source().toString();
          if (host === "excel") {
            const registered = [];
            const library = loadLibrary(source, libraryName, { CustomFunctions: customFunctionsStandIn(registered) });
            const metadata = library.functionsMetadata;
            const ids = metadata.map((meta) => meta.name);
            if (registered.join() !== ids.join()) {
              compilation.errors.push(new Error(`functions bundle registers ${registered.join()} but the catalogue lists ${ids.join()}`));
            }
            const json = JSON.stringify(excelMetadata(metadata), null, 2);
            compilation.emitAsset("functions.json", new sources.RawSource(json));
          } else {
            const library = loadLibrary(source, libraryName);
            const prefix = this.options.prefix || "KPI_";
            const header = [
              "/**",
              " * KPI Scrutiny for Google Sheets. Formulas: KPI_* (type =KPI_ in a cell for the list).",
              " * Reads and writes only the spreadsheet it is attached to.",
              " *",
              " * @OnlyCurrentDoc",
              " */",
            ].join("\n");
            const stubs = library.functionsMetadata.map((meta) => sheetsStub(meta, prefix, libraryName));
            const globals = Object.keys(library.appsScriptGlobals).map(
              (name) =>
                `function ${name}() {\n  return ${libraryName}.appsScriptGlobals.${name}.apply(null, arguments);\n}`,
            );
            // The build's licence notices (a leading "/*! Third-party software ..." comment) stay the
            // first thing in Code.js, where a reader of the deployed script meets them.
            const notices = /^\/\*! Third-party software[\s\S]*?\*\/\n/.exec(source);
            const body = notices ? source.slice(notices[0].length) : source;
            const code = [(notices ? notices[0] : "") + header, body, ...stubs, ...globals].join("\n\n") + "\n";
            compilation.updateAsset(asset, new sources.RawSource(code));
          }
        },
      );
    });
  }
}

module.exports = { CataloguePlugin, excelMetadata };
