import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorCodes, withErrorCode } from "../error-codes"

describe("withErrorCode", () => {
  it.each([
    ["Medusa's authentication", 401, { message: "Unauthorized" }, { type: "unauthorized", code: "UNAUTHORIZED", message: expect.stringContaining("Not signed in") }],
    ["Medusa's MFA refusal keeps its words", 401, { message: "MFA verification is required to complete this request" }, { type: "unauthorized", code: "UNAUTHORIZED", message: "MFA verification is required to complete this request" }],
    ["a wrong password through Medusa's error handler", 401, { type: "unauthorized", message: "Invalid email or password" }, { type: "unauthorized", code: "UNAUTHORIZED", message: "Invalid email or password" }],
    ["Medusa's query validation", 400, { type: "invalid_data", message: "Invalid request: Expected type: 'number' for field 'limit', got: 'abc'" }, { type: "invalid_data", code: "INVALID_INPUT", message: "Invalid request: Expected type: 'number' for field 'limit', got: 'abc'" }],
    ["a store route without its publishable key", 400, { type: "not_allowed", message: "Publishable API key required" }, { type: "not_allowed", code: "NOT_ALLOWED", message: "Publishable API key required" }],
    ["a Medusa object nobody has", 404, { type: "not_found", message: "Product with id: x was not found" }, { type: "not_found", code: "NOT_FOUND", message: "Product with id: x was not found" }],
    ["a refusal with neither type nor message", 403, {}, { type: "forbidden", code: "FORBIDDEN", message: "403" }],
    ["an unexpected state, named by its type", 500, { type: "unexpected_state", message: "x" }, { type: "unexpected_state", code: "UNEXPECTED_STATE", message: "x" }],
  ])("gives %s a code", (_what, status, body, expected) => {
    expect(withErrorCode(status, body)).toEqual(expected)
  })

  it.each([
    ["our own refusal keeps its code", 409, { type: "conflict", code: "SLOT_UNAVAILABLE", message: "taken" }],
    ["Medusa's conflict keeps its code", 409, { type: "conflict", code: "invalid_state_error", message: "retry" }],
    ["a success is not an error", 200, { products: [] }],
    ["a list is not an error body", 400, ["a"]],
    ["text is not an error body", 404, "Not Found"],
    ["a readiness report is not an error body", 503, { status: "unavailable", checks: { database: "ok", redis: "ECONNREFUSED" }, failing: ["redis"] }],
  ])("leaves %s as it is", (_what, status, body) => {
    expect(withErrorCode(status, body)).toBe(body)
  })
})

describe("errorCodes", () => {
  it("makes every JSON error the response sends after it carry a code, and lets the request on", () => {
    const sent: unknown[] = []
    const res = { statusCode: 200, json: (body: unknown) => sent.push(body) } as unknown as MedusaResponse
    const next = jest.fn()
    errorCodes({} as MedusaRequest, res, next)
    expect(next).toHaveBeenCalledTimes(1)
    res.json({ ok: true })
    res.statusCode = 401
    res.json({ message: "Unauthorized" })
    expect(sent).toEqual([{ ok: true }, { type: "unauthorized", code: "UNAUTHORIZED", message: expect.stringContaining("Not signed in") }])
  })
})
