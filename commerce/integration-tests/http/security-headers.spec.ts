import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

jest.setTimeout(60 * 1000)

type Answer = { status: number; headers: Record<string, string | undefined>; data: unknown }
const answerOf = (error: { response?: Answer }) => {
  if (!error.response) throw error
  return error.response
}

/** Every answer of commerce carries the security headers and names no framework (`security-headers.ts`). */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api }) => {
    const get = (path: string): Promise<Answer> => api.get(path).catch(answerOf)

    it.each([
      ["a store route refused for want of its key (Medusa's error handler)", "/store/products"],
      ["a beautician route without a token", "/pro/jobs"],
      ["the OpenAPI document", "/docs/openapi.json"],
    ])("%s answers with the API's headers and no banner", async (_what, path) => {
      const answer = await get(path)
      expect(answer.status).toBeGreaterThanOrEqual(200)
      expect(answer.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
      expect(answer.headers["x-content-type-options"]).toBe("nosniff")
      expect(answer.headers["x-frame-options"]).toBe("DENY")
      expect(answer.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
      expect(answer.headers["permissions-policy"]).toContain("geolocation=()")
      expect(answer.headers["x-powered-by"]).toBeUndefined()
      // The tests run outside production: HSTS on a loopback HTTP address would pin browsers to HTTPS there.
      expect(answer.headers["strict-transport-security"]).toBeUndefined()
    })

    it("answers an unknown route with Express's own 404, still framed by nothing and naming nothing", async () => {
      const answer = await get("/no-such-route")
      expect(answer.status).toBe(404)
      // Express's final handler writes its own `default-src 'none'` over ours: nothing may load, and X-Frame-Options forbids framing.
      expect(answer.headers["content-security-policy"]).toMatch(/^default-src 'none'/)
      expect(answer.headers["x-frame-options"]).toBe("DENY")
      expect(answer.headers["x-content-type-options"]).toBe("nosniff")
      expect(answer.headers["x-powered-by"]).toBeUndefined()
    })

    it("names no framework on the 401s Medusa's own authentication answers before any plugin runs", async () => {
      await get("/docs/openapi.json")
      const refused = await get("/admin/appointments")
      expect(refused.status).toBe(401)
      expect(refused.headers["x-powered-by"]).toBeUndefined()
    })

    it("gives the API reference page a policy that runs only its own viewer", async () => {
      const page = await get("/docs")
      expect(page.status).toBe(200)
      const policy = page.headers["content-security-policy"] ?? ""
      expect(policy).toMatch(/^default-src 'none'; script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/)
      expect(policy).toContain("frame-ancestors 'none'")
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
      expect(page.headers["x-powered-by"]).toBeUndefined()
    })
  },
})
