/**
 * The back office's browser journeys (`npm test -- journeys` starts commerce,
 * the storefront and this back office built for them, then runs these): what
 * platform, studio and support staff do in it, in Debian's chromium.
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  testMatch: ["<rootDir>/**/*.journey.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }] },
  testTimeout: 120_000,
  // The same platform as the storefront's journeys, one journey at a time.
  maxWorkers: 1,
}
