import type { AddressInfo } from "node:net"
import type { Server } from "node:http"
import express from "express"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaRequest } from "@medusajs/framework/http"
import { errorCodes } from "../error-codes"
import { errorHandler } from "../error-handler"

/**
 * The error handler in a real Express app, behind Express's own JSON parser
 * and, first of all, error-codes.ts as in commerce (first-middleware.ts):
 * each route fails the way a route, the parser, the ORM or the locking
 * provider fails in commerce, and the test reads the answer a client gets.
 */
const warnings: string[] = []
const failures: Record<string, unknown> = {
  "database-away": Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
  "lease-held": new Error(`Failed to acquire lock for key "cart_01"`),
  "lease-wait-ran-out": new Error("Timed-out acquiring lock."),
  "unknown-property": new Error("Trying to order by not existing property Product.nope"),
  "not-found": new MedusaError(MedusaError.Types.NOT_FOUND, "Product with id: x was not found"),
  "programming-error": new TypeError("Cannot read properties of undefined (reading 'id')"),
}

let server: Server
let base: string

beforeAll(async () => {
  const app = express()
  app.use((req, _res, next) => {
    ;(req as unknown as MedusaRequest).scope = { resolve: () => ({ warn: (message: string) => warnings.push(message), info: () => {}, error: () => {} }) } as never
    next()
  })
  app.use(errorCodes as unknown as express.RequestHandler)
  app.use(express.json({ limit: 100 }))
  app.all("/fail/:failure", (req, _res, next) => next(failures[req.params.failure]))
  app.use(errorHandler({ NODE_ENV: "test" }) as unknown as express.ErrorRequestHandler)
  server = app.listen(0, "127.0.0.1")
  await new Promise((resolve) => server.once("listening", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => void warnings.splice(0))

async function call(method: string, path: string, body?: string) {
  const response = await fetch(`${base}${path}`, { method, body, headers: body === undefined ? {} : { "content-type": "application/json" } })
  return { status: response.status, retryAfter: response.headers.get("retry-after"), policy: response.headers.get("content-security-policy"), body: await response.json() }
}

describe("errorHandler", () => {
  it.each([
    ["PostgreSQL away", "GET", "/fail/database-away", 503, { type: "unavailable", code: "DATABASE_UNAVAILABLE" }, "5", "Database unavailable at GET /fail/database-away (ECONNREFUSED): answered 503"],
    ["a lease another request holds", "POST", "/fail/lease-held", 409, { type: "conflict", code: "REQUEST_IN_PROGRESS" }, "5", "Lease busy at POST /fail/lease-held: answered 409"],
    ["a wait for a lease that ran out", "POST", "/fail/lease-wait-ran-out", 409, { type: "conflict", code: "REQUEST_IN_PROGRESS" }, "5", "Lease busy at POST /fail/lease-wait-ran-out: answered 409"],
  ])("asks the client to try again later when %s", async (_what, method, path, status, answer, retryAfter, warning) => {
    const answered = await call(method, path)
    expect(answered).toEqual({ status, retryAfter, policy: expect.stringContaining("default-src 'none'"), body: { ...answer, message: expect.stringContaining("try again in a few seconds") } })
    expect(Object.keys(answered.body).sort()).toEqual(["code", "message", "type"])
    expect(warnings).toEqual([warning])
  })

  it.each([
    ["a body that is not JSON", "POST", "/fail/none", "{", 400, { type: "invalid_data", code: "INVALID_INPUT", message: "请求内容无法解析 · The request body is not valid JSON" }],
    ["a body past the parser's limit", "POST", "/fail/none", JSON.stringify({ text: "x".repeat(200) }), 413, { type: "invalid_data", code: "BODY_TOO_LARGE", message: "请求内容过大 · The request body is too large (at most 100 bytes)" }],
    ["a read ordering by a field the list lacks", "GET", "/fail/unknown-property", undefined, 400, { type: "invalid_data", code: "INVALID_INPUT", message: expect.stringContaining("does not have") }],
    ["a Medusa error, answered by Medusa with our code", "GET", "/fail/not-found", undefined, 404, { type: "not_found", code: "NOT_FOUND", message: "Product with id: x was not found" }],
    ["the same unknown field on a write, which is ours to fix", "POST", "/fail/unknown-property", undefined, 500, { type: "unknown_error", code: "unknown_error", message: "An unknown error occurred." }],
    ["a programming error", "GET", "/fail/programming-error", undefined, 500, { type: "unknown_error", code: "unknown_error", message: "An unknown error occurred." }],
  ])("answers %s", async (_what, method, path, body, status, answer) => {
    expect(await call(method, path, body)).toEqual({ status, retryAfter: null, policy: expect.stringContaining("default-src 'none'"), body: answer })
  })
})
