/** The orchestration scripts' own tests (`npm test -- scripts`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/scripts"],
  testMatch: ["**/*.test.ts"],
  // The cluster tests need the topology `npm test -- cluster` starts: they run in that suite.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/scripts/cluster/"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }] },
  testTimeout: 90_000,
}
