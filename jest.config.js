/**
 * Jest runs the TypeScript tests through ts-jest; types are checked by `tsc --noEmit` in
 * `npm run build`. office-addin-manifest pulls two ESM-only packages (strip-bom, uuid) that jest on
 * Node 20 cannot require, so ts-jest down-levels just those.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
    "^.+\\.js$": [
      "ts-jest",
      { tsconfig: { allowJs: true, module: "commonjs", target: "ES2020", esModuleInterop: true }, diagnostics: false },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!(?:.*/node_modules/)?(?:strip-bom|uuid)/)"],
  testTimeout: 60000,
};
