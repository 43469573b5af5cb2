/** The cluster tests (`npm test -- cluster`): they need the topology `scripts/test.ts` starts, and its env. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }] },
  testTimeout: 240_000,
}
