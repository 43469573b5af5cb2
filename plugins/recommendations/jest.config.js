/** Unit tests for the recommender's rules, which need no Medusa and no database; the HTTP behaviour is tested in commerce. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/__tests__/**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }] },
}
