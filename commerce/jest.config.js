const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  ...(process.env.TEST_TYPE === "integration:http"
    ? { globalSetup: "./integration-tests/global-setup.js", globalTeardown: "./integration-tests/global-teardown.js" }
    : {}),
  testMatch:
    process.env.TEST_TYPE === "integration:modules"
      ? ["**/src/modules/*/__tests__/**/*.[jt]s"]
      : ["**/integration-tests/http/*.spec.[jt]s"],
}
