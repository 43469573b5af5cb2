import http from "node:http"
import type { AddressInfo } from "node:net"
import { headers } from "next/headers"
import { medusa, store } from "./api"
import { backendFetch, getJson } from "./backend"
import { requestIdOf } from "./request-id"

// The page's request headers, as Next gives them to server code (proxy.ts set the id on them).
jest.mock("next/headers", () => ({ headers: jest.fn() }))
const requestHeaders = headers as jest.MockedFunction<typeof headers>
const duringRequest = (given: Record<string, string>) => requestHeaders.mockResolvedValue(new Headers(given) as never)

/** A stand-in commerce on loopback that records what each call carried. */
let server: http.Server
const received: Array<{ path: string; requestId: string | undefined; publishableKey: string | undefined }> = []
beforeAll(async () => {
  server = http.createServer((req, res) => {
    received.push({ path: req.url!, requestId: req.headers["x-request-id"] as string | undefined, publishableKey: req.headers["x-publishable-api-key"] as string | undefined })
    res.setHeader("content-type", "application/json")
    res.end(JSON.stringify({ regions: [], appointments: [] }))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  process.env.MEDUSA_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test"
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => {
  received.length = 0
})

describe("calls to commerce and the cms carry the page view's x-request-id", () => {
  it("through every way the storefront calls: plain JSON, the typed client, Medusa's own routes", async () => {
    duringRequest({ "x-request-id": "sf-view-7f3a:1" })
    await getJson("commerce", `${process.env.MEDUSA_URL}/store/regions`, { "x-publishable-api-key": "pk_test" })
    await store("token").GET("/store/appointments")
    await medusa("/store/customers/me", { token: "token" })
    expect(received).toEqual([
      { path: "/store/regions", requestId: "sf-view-7f3a:1", publishableKey: "pk_test" },
      { path: "/store/appointments", requestId: "sf-view-7f3a:1", publishableKey: "pk_test" },
      { path: "/store/customers/me", requestId: "sf-view-7f3a:1", publishableKey: "pk_test" },
    ])
  })

  it("passes on no id a client made up badly (routes under /api see the client's header as sent)", async () => {
    duringRequest({ "x-request-id": "x".repeat(129) })
    await backendFetch(`${process.env.MEDUSA_URL}/store/regions`)
    duringRequest({ "x-request-id": "a b" })
    await backendFetch(`${process.env.MEDUSA_URL}/store/regions`)
    expect(received.map((call) => call.requestId)).toEqual([undefined, undefined])
  })

  it("calls without one outside a request, as during a build", async () => {
    requestHeaders.mockImplementation(jest.requireActual("next/headers").headers)
    const answer = await backendFetch(`${process.env.MEDUSA_URL}/store/regions`)
    expect(answer.status).toBe(200)
    expect(received).toEqual([{ path: "/store/regions", requestId: undefined, publishableKey: undefined }])
  })
})

describe("requestIdOf (proxy.ts)", () => {
  it.each(["sf-7f3a:1", "0b6e4b1c-3f0a-4d5e-9a57-2f1f0e4c8d21", "a".repeat(128)])("keeps the well-formed %s", (given) => {
    expect(requestIdOf(given)).toBe(given)
  })

  it.each([null, "", "a b", "x\ny", "a".repeat(129), "<script>"])("replaces %p with a new UUID", (given) => {
    const made = requestIdOf(given)
    expect(made).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(requestIdOf(given)).not.toBe(made)
  })
})
