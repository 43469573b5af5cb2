const { takeMismatches } = require("./contract")

/** A test whose answers strayed from the OpenAPI document fails, naming each one. */
afterEach(() => {
  const mismatches = takeMismatches()
  if (mismatches.length) throw new Error(`Answers that do not match api/openapi.json:\n  ${mismatches.join("\n  ")}`)
})
