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
  // The failing tests are printed again at the very end, where a CI log's tail shows them.
  reporters: [["default", { summaryThreshold: 0 }]],
  setupFilesAfterEnv: ["./integration-tests/contract-failures.js"],
  // Each spec file loads a whole Medusa app, and one process running them all grew past 4 GB, slowing
  // the last files to time-outs. One worker, replaced once it holds more than this after a file.
  workerIdleMemoryLimit: "1GB",
  ...(process.env.TEST_TYPE === "integration:http"
    ? { globalSetup: "./integration-tests/global-setup.js", globalTeardown: "./integration-tests/global-teardown.js" }
    : {}),
  testMatch:
    process.env.TEST_TYPE === "integration:modules"
      ? ["**/src/modules/*/__tests__/**/*.[jt]s"]
      : ["**/integration-tests/http/*.spec.[jt]s"],
}
