/** The orchestration scripts' own tests (`npm test -- scripts`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/scripts"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }] },
  testTimeout: 90_000,
}
