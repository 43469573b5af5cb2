import fs from "node:fs"
import path from "node:path"
import { setting } from "../../scripts/lib/browser-tab"
import { eventually } from "./support/booking"

/**
 * What the storefront tells browsers about itself (lib/security-headers.ts,
 * proxy.ts): every answer forbids sniffing and framing and names no framework;
 * a page's scripts run only with a nonce made for that request. The other
 * journeys walk the pages under this policy, and fail on any console error,
 * so a script, image or call the policy refused would fail them.
 */

const STOREFRONT = setting("JOURNEY_STOREFRONT_URL")
const LOG_DIR = setting("JOURNEY_LOG_DIR")

async function get(path: string, requestId?: string): Promise<Response> {
  return fetch(`${STOREFRONT}${path}`, { redirect: "manual", headers: requestId ? { "x-request-id": requestId } : {}, signal: AbortSignal.timeout(30_000) })
}

function expectCommonHeaders(answer: Response): void {
  expect(answer.headers.get("x-powered-by")).toBeNull()
  expect(answer.headers.get("x-content-type-options")).toBe("nosniff")
  expect(answer.headers.get("x-frame-options")).toBe("DENY")
  expect(answer.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
  expect(answer.headers.get("permissions-policy")).toContain("geolocation=(self)")
  expect(answer.headers.get("permissions-policy")).toContain("camera=()")
  // The journeys' storefront is on loopback HTTP: HSTS there would pin the browser to HTTPS.
  expect(answer.headers.get("strict-transport-security")).toBeNull()
}

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1]

describe("the storefront's security headers", () => {
  it.each(["/", "/en", "/en/pro/sign-in", "/sign-in"])("%s runs only scripts with its own nonce", async (path) => {
    const answer = await get(path)
    expect(answer.status).toBe(200)
    expectCommonHeaders(answer)
    const policy = answer.headers.get("content-security-policy")
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    const nonce = nonceOf(policy)!
    const html = await answer.text()
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`)
    // A nonce is good for one answer only.
    expect(nonceOf((await get(path)).headers.get("content-security-policy"))).not.toBe(nonce)
  })

  it.each(["/en/no-such-page", "/no-such-page"])("answers %s, which no page serves, with a not-found page whose scripts carry the nonce", async (path) => {
    const answer = await get(path)
    expect(answer.status).toBe(404)
    expectCommonHeaders(answer)
    const nonce = nonceOf(answer.headers.get("content-security-policy"))
    expect(nonce).toBeDefined()
    const scripts = [...(await answer.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0])
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`)
  })

  it("sends the same headers with its files and its JSON routes, which may run nothing", async () => {
    const html = await (await get("/en")).text()
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0]
    expect(asset).toBeDefined()
    const script = await get(asset!)
    expect(script.status).toBe(200)
    expectCommonHeaders(script)
    const api = await get("/api/pro/events")
    expectCommonHeaders(api)
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'")
    await api.body?.cancel()
  })
})

describe("one request id for a page view, from the storefront to commerce", () => {
  const logOf = (app: string) => fs.readFileSync(path.join(LOG_DIR, `${app}.log`), "utf8")

  it("keeps a well-formed x-request-id, answers it, and the page's calls to commerce carry it into commerce's log", async () => {
    const id = `journey-${Date.now()}`
    const answer = await fetch(`${STOREFRONT}/en`, { headers: { "x-request-id": id }, signal: AbortSignal.timeout(30_000) })
    expect(answer.status).toBe(200)
    expect(answer.headers.get("x-request-id")).toBe(id)
    await answer.text()
    expect(logOf("storefront")).toContain(`GET /en [${id}]`)
    // The home page lists the services from commerce's store API, under the page's id.
    const lines = await eventually(
      async () => logOf("commerce").split("\n").filter((line) => line.includes(`[${id}]`)),
      (found) => found.length > 0,
      10_000,
    )
    expect(lines.some((line) => /GET \/store\/\S+ \(200\)/.test(line))).toBe(true)
  })

  it("replaces an id a client made up badly with a new one, and gives every page view its own", async () => {
    const made = await Promise.all(["a b", "x".repeat(129), undefined].map(async (given) => (await get("/en", given)).headers.get("x-request-id")))
    for (const id of made) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(new Set(made).size).toBe(3)
  })
})
