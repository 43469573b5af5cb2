import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { securityHeaders, STRICT_TRANSPORT_SECURITY } from "../security-headers"

/** The headers a response ends with, after Express's own banner and then the middleware. */
function headersAfter(env: NodeJS.ProcessEnv): Record<string, string> {
  const headers: Record<string, string> = { "x-powered-by": "Express" }
  const res = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  } as unknown as MedusaResponse
  const next = jest.fn()
  securityHeaders(env)({ app: { disable: jest.fn() } } as unknown as MedusaRequest, res, next)
  expect(next).toHaveBeenCalledTimes(1)
  return headers
}

describe("securityHeaders", () => {
  it.each([
    ["development", undefined],
    ["test", undefined],
    ["production", STRICT_TRANSPORT_SECURITY],
  ])("in %s sends HSTS only in production and never the banner", (nodeEnv, hsts) => {
    const headers = headersAfter({ NODE_ENV: nodeEnv })
    expect(headers["strict-transport-security"]).toBe(hsts)
    expect(headers["x-powered-by"]).toBeUndefined()
    expect(headers["x-content-type-options"]).toBe("nosniff")
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'")
  })
})
