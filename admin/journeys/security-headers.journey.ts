import { setting } from "../../scripts/lib/browser-tab"

/**
 * What the back office's server tells browsers (admin/security-headers.ts): its
 * own scripts only, calls to commerce only, no framing, no banner. The other
 * journeys work through the screens under this policy and fail on any console
 * error, so anything the policy refused would fail them.
 */

const ADMIN_URL = setting("JOURNEY_ADMIN_URL")
const COMMERCE = setting("JOURNEY_COMMERCE_URL")

const get = (path: string) => fetch(`${ADMIN_URL}${path}`, { signal: AbortSignal.timeout(30_000) })

describe("the back office's security headers", () => {
  it("are on the page and on its files", async () => {
    const page = await get("/")
    expect(page.status).toBe(200)
    const html = await page.text()
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
    expect(script).toBeDefined()
    for (const answer of [page, await get(script!)]) {
      expect(answer.headers.get("x-powered-by")).toBeNull()
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff")
      expect(answer.headers.get("x-frame-options")).toBe("DENY")
      expect(answer.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
      expect(answer.headers.get("permissions-policy")).toContain("geolocation=()")
      expect(answer.headers.get("strict-transport-security")).toBeNull()
      const policy = answer.headers.get("content-security-policy") ?? ""
      expect(policy).toContain("script-src 'self';")
      expect(policy).toContain(`connect-src 'self' ${new URL(COMMERCE).origin};`)
      expect(policy).toContain("frame-ancestors 'none'")
      expect(policy).toContain("object-src 'none'")
    }
    // No inline script: 'self' is all the page needs.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })
})
