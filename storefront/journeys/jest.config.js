/**
 * The storefront's browser journeys (`npm test -- journeys` starts commerce and
 * the built storefront, then runs these): a customer's paths through the pages
 * in Debian's chromium, at phone and desktop widths.
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  testMatch: ["<rootDir>/**/*.journey.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }] },
  testTimeout: 120_000,
  // One platform for every journey, and a journey may start the cms on it for itself: one journey at a time.
  maxWorkers: 1,
}
