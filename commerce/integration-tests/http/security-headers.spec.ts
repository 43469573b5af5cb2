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

    const expectApiHeaders = (answer: Answer) => {
      expect(answer.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
      expect(answer.headers["x-content-type-options"]).toBe("nosniff")
      expect(answer.headers["x-frame-options"]).toBe("DENY")
      expect(answer.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
      expect(answer.headers["permissions-policy"]).toContain("geolocation=()")
      expect(answer.headers["x-powered-by"]).toBeUndefined()
      // The tests run outside production: HSTS on a loopback HTTP address would pin browsers to HTTPS there.
      expect(answer.headers["strict-transport-security"]).toBeUndefined()
    }

    // First of the file: Medusa's /admin authentication answers before any plugin's middleware, so nothing may depend on an earlier request.
    it.each([
      ["Medusa's router on /admin, before any plugin's middleware", "get", "/admin/appointments"],
      ["a route-level check of Medusa's own (token refresh)", "post", "/auth/token/refresh"],
      ["a plugin's check on /pro", "get", "/pro/jobs"],
    ] as const)("a 401 of Medusa's authentication (%s) carries a code, a message and the API's headers", async (_what, method, path) => {
      const refused: Answer = await api[method](path).catch(answerOf)
      expect(refused.status).toBe(401)
      expect(refused.data).toEqual({ type: "unauthorized", code: "UNAUTHORIZED", message: expect.stringContaining("Not signed in") })
      expectApiHeaders(refused)
    })

    it.each([
      ["a store route refused for want of its key (Medusa's error handler)", "/store/products"],
      ["a beautician route without a token", "/pro/jobs"],
      ["the OpenAPI document", "/docs/openapi.json"],
    ])("%s answers with the API's headers and no banner", async (_what, path) => {
      const answer = await get(path)
      expect(answer.status).toBeGreaterThanOrEqual(200)
      if (answer.status >= 400) expect(answer.data).toEqual(expect.objectContaining({ code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) }))
      expectApiHeaders(answer)
    })

    it.each([
      ["GET", "/no-such-route"],
      ["POST", "/hooks/no-such-route"],
      ["DELETE", "/docs/openapi.json"],
      ["GET", "/"],
    ])("answers %s %s, which no route serves, with a JSON 404 NOT_FOUND and the API's headers", async (method, path) => {
      const answer: Answer = await api.request({ method, url: path }).catch(answerOf)
      expect(answer.status).toBe(404)
      expect(answer.headers["content-type"]).toMatch(/^application\/json/)
      expect(answer.data).toEqual({ type: "not_found", code: "NOT_FOUND", message: expect.stringContaining(`${method} ${path}`) })
      expectApiHeaders(answer)
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
