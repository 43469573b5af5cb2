/** Unit tests for the plugin's own logic that needs no Medusa and no database; the HTTP behaviour is tested in commerce. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/__tests__/**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }] },
}
