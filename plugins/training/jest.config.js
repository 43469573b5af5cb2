/** Unit tests for the rules that need no Medusa and no database (grading, certification dates); the HTTP behaviour is tested in commerce. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/__tests__/**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }] },
}
