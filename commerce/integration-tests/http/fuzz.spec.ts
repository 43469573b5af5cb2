import Ajv2020 from "ajv/dist/2020"
import addFormats from "ajv-formats"
import fc from "fast-check"
import document from "@doorstep/api/openapi.json"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { atOn, beauticianToken, bookAndPay, bookingDay, demo, phoneToken, prepareBooking, staffAccount, type Booking } from "../helpers/booking"
import { fuzzedRoutes, requestsFor, type Caller, type FuzzedRequest, type FuzzedRoute } from "../helpers/fuzz-requests"
import { changedTables, rowCounts, type RowCounts } from "../helpers/row-counts"
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { takeMismatches } = require("../contract") as { takeMismatches: () => string[] }

/**
 * Property-based fuzzing of every JSON route of /store, /pro and /admin that
 * the contract lists: random and boundary bodies, queries and path ids, from
 * each caller the route expects and from nobody. Every answer must be below
 * 500; a 4xx must say what went wrong with a stable `code`; a refused write
 * must leave every table as it was; a 2xx must have been given a body and
 * values of its documented query parameters the contract calls valid
 * (unknown parameters may be ignored). Medusa's own list routes, which the
 * contract leaves to Medusa's reference, are held to the same answers for
 * the query junk they get most. `FUZZ_RUNS` (requests per route) and `FUZZ_SEED` go
 * deeper or elsewhere locally; CI runs the fixed default seed.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2)
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_204)

/**
 * Tables a refused request may rightly write to, each because it records the
 * refusal itself (a sign-in attempt, an access log). None does so far: every
 * refusal of every route leaves every table as it was.
 */
const RECORDS_OF_REFUSALS: string[] = []

jest.setTimeout(Math.max(240, RUNS * 40) * 1000)

const ajv = new Ajv2020({ strict: false, allErrors: false })
addFormats(ajv)
ajv.addSchema(document, "doorstep")
const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")
const bodyValidator = (route: FuzzedRoute) => ajv.getSchema(`doorstep#/${pointer("paths", route.template, route.method.toLowerCase(), "requestBody", "content", "application/json", "schema")}`)

const parses = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** Why the contract calls this request's body invalid, or undefined when it is valid. */
function invalidBody(route: FuzzedRoute, request: FuzzedRequest): string | undefined {
  if (!request.body) return route.body ? "no body" : undefined
  if ("raw" in request.body && !parses(request.body.raw)) return "a body that is not JSON"
  if (!route.body) return "a body where the route takes none"
  const validate = bodyValidator(route)!
  return validate("raw" in request.body ? JSON.parse(request.body.raw) : request.body.json) ? undefined : `a body the contract rejects (${ajv.errorsText(validate.errors)})`
}

/** Query strings are text: a value fits its parameter's schema when it reads as that type (`"5"` as an integer), once unless the schema is an array. */
const queryAjv = new Ajv2020({ strict: false, allErrors: false, coerceTypes: "array" })
addFormats(queryAjv)
queryAjv.addSchema(document, "doorstep")
const queryValidators = new Map<string, ReturnType<typeof queryAjv.compile>>()
function queryValidator(route: FuzzedRoute, name: string) {
  const key = `${route.key}?${name}`
  if (!queryValidators.has(key)) {
    const operation = (document as any).paths[route.template][route.method.toLowerCase()]
    const index = operation.parameters.findIndex((parameter: { in: string; name: string }) => parameter.in === "query" && parameter.name === name)
    const schema = `doorstep#/${pointer("paths", route.template, route.method.toLowerCase(), "parameters", String(index), "schema")}`
    // Wrapped in an object: Ajv coerces a value only where it can put the result back.
    queryValidators.set(key, queryAjv.compile({ type: "object", properties: { value: { $ref: schema } } }))
  }
  return queryValidators.get(key)!
}

/** Why the contract calls a documented query parameter's value junk, or undefined when every one sent fits (unknown parameters may be ignored). */
function invalidQuery(route: FuzzedRoute, request: FuzzedRequest): string | undefined {
  const sent = new URLSearchParams(request.search)
  for (const { name, schema } of route.query) {
    const values = sent.getAll(name)
    if (values.length === 0) continue
    const validate = queryValidator(route, name)
    if (!validate({ value: values.length === 1 && schema.type !== "array" ? values[0] : values })) {
      return `${name}=${values.map((value) => JSON.stringify(value.slice(0, 40))).join(", ")} (${queryAjv.errorsText(validate.errors)})`
    }
  }
  return undefined
}

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"])

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let booking: Booking
    const tokens = {} as Record<Caller, string | undefined>
    const realIds: string[] = ["jingan-lumiere", "xuhui-qingyu"]
    const tally = { routes: 0, requests: 0, refused: 0, accepted: 0, unavailable: 0 }
    /** Routes that answered 2xx to a request the contract calls invalid, with why. */
    const acceptedJunk = new Map<string, string>()

    beforeAll(async () => {
      const container = getContainer()
      booking = await prepareBooking(api, container)
      tokens.customer = booking.customerToken
      tokens.beautician = await beauticianToken(api, container, booking.beauticianId, "test-every-day@doorstep.local")
      tokens.applicant = await phoneToken(api, container, "+8613700007777")
      const { email, password } = demo.accounts.commerce_admin
      tokens.platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
      tokens.manager = await staffAccount(api, container, "manager.fuzz@doorstep.local", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
      // Real ids of every kind, each sent where another kind's id is expected: another customer's appointment, its order…
      const other = await booking.signIn("fuzz-other@doorstep.local", "fuzz-other-2026", true)
      const appointment = await bookAndPay(api, booking, atOn(bookingDay())("15:00:00"), other)
      const customer = (await api.get("/store/customers/me", booking.store(other))).data.customer.id
      realIds.push(appointment, customer, booking.beauticianId, booking.variantId, booking.regionId)
    })

    afterAll(() => {
      const junk = [...acceptedJunk].map(([key, why]) => `${key}: ${why}`)
      process.stdout.write(
        `fuzz (seed ${SEED}, ${RUNS} runs a route): ${tally.routes} routes, ${tally.requests} requests, ${tally.refused} refused, ${tally.accepted} accepted, ${tally.unavailable} cms unavailable;` +
          ` ${acceptedJunk.size} routes accepted junk${junk.length ? `:\n  ${junk.join("\n  ")}` : ""}\n`,
      )
    })

    async function send(route: FuzzedRoute, request: FuzzedRequest) {
      const token = tokens[request.caller]
      const headers: Record<string, string> = {
        ...(route.template.startsWith("/store/") ? { "x-publishable-api-key": booking.publishableKey } : {}),
        ...(token && request.caller !== "none" ? { authorization: `Bearer ${token}` } : {}),
        ...(request.body ? { "content-type": "application/json" } : {}),
      }
      const data = request.body && ("raw" in request.body ? request.body.raw : JSON.stringify(request.body.json))
      return api.request({
        method: route.method,
        url: request.path + request.search,
        data,
        headers,
        transformRequest: [(body: unknown) => body],
        validateStatus: () => true,
        // A request nobody answers is a fault too (a throwing async middleware leaves it hanging).
        timeout: 15_000,
        maxBodyLength: Infinity,
      }) as Promise<{ status: number; data: any; headers: Record<string, string> }>
    }

    /** Counts once nothing changes any more: a subscriber of an accepted request may still be writing. */
    async function settledCounts(): Promise<RowCounts> {
      let counts = await rowCounts(getContainer())
      for (let i = 0; i < 10; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        const again = await rowCounts(getContainer())
        if (changedTables(counts, again).length === 0) return again
        counts = again
      }
      return counts
    }

    let counts: RowCounts | undefined
    /** Whether the last request was accepted: what it set off may still be writing. */
    let acceptedBefore = false

    /** Sends one request and checks the answer; throws (for fast-check to shrink) on any fault. */
    async function check(route: FuzzedRoute, request: FuzzedRequest): Promise<void> {
      const mutating = MUTATING.has(route.method)
      if (mutating) counts ??= acceptedBefore ? await settledCounts() : await rowCounts(getContainer())
      acceptedBefore = false
      const response = await send(route, request).catch((error: Error) => {
        throw new Error(`No answer: ${route.key} as ${request.caller}: ${request.path.slice(0, 200)}${request.search.slice(0, 200)}: ${error.message}`)
      })
      tally.requests++
      const what = `${route.key} as ${request.caller}: ${request.path.slice(0, 200)}${request.search.slice(0, 200)} → ${response.status} ${JSON.stringify(response.data).slice(0, 300)}`
      // The one 5xx a client may see: a route that needs the cms says it is unreachable, as its contract documents (no cms runs here).
      const cmsDown = response.status === 503 && route.unavailable && typeof response.data?.code === "string"
      if (response.status >= 500 && !cmsDown) throw new Error(`Server error: ${what}`)
      const mismatches = takeMismatches()
      if (mismatches.length) throw new Error(`Not as the contract says: ${mismatches.join("; ")}`)
      if (response.status >= 400) {
        if (cmsDown) tally.unavailable++
        else tally.refused++
        if (typeof response.data?.code !== "string" || typeof response.data?.message !== "string") {
          throw new Error(`A refusal without a code and a message: ${what}`)
        }
        if (mutating) {
          const written = changedTables(counts!, await rowCounts(getContainer()), RECORDS_OF_REFUSALS)
          if (written.length) throw new Error(`A refused request wrote rows (${written.join(", ")}): ${what}`)
        }
        return
      }
      tally.accepted++
      counts = undefined
      acceptedBefore = true
      const junkQuery = invalidQuery(route, request)
      if (junkQuery) throw new Error(`Accepted a query the contract rejects, ${junkQuery}: ${what}`)
      const invalid = route.nonJsonBody && request.body ? "a JSON body where the route takes a form" : invalidBody(route, request)
      if (invalid && request.body && route.body) throw new Error(`Accepted ${invalid}: ${what}`)
      if (invalid && request.body) acceptedJunk.set(route.key, invalid)
    }

    const routes = fuzzedRoutes()

    it("finds the routes in the contract", () => {
      expect(routes.length).toBeGreaterThan(100)
      expect(routes.map((route) => route.key)).toEqual(expect.arrayContaining(["POST /store/appointments", "POST /pro/jobs/{id}/status", "GET /admin/appointments"]))
    })

    // Failing requests the fuzzing found, kept as they were found.
    const regressions: Array<{ name: string; route: string; request: () => FuzzedRequest; status: number; code?: string }> = [
      {
        name: "a body that is not JSON is 400 INVALID_INPUT, not the parser's message without a code",
        route: "POST /store/tickets/{id}/close",
        request: () => ({ caller: "customer", path: "/store/tickets/3/close", search: "", body: { raw: "{" } }),
        status: 400,
        code: "INVALID_INPUT",
      },
      {
        name: "a body past the parser's limit is 413 BODY_TOO_LARGE",
        route: "POST /pro/withdrawals",
        request: () => ({ caller: "beautician", path: "/pro/withdrawals", search: "", body: { json: { amount_fen: 100, note: "界".repeat(70_000) } } }),
        status: 413,
        code: "BODY_TOO_LARGE",
      },
      {
        name: "a repeated locale is refused with 400 INVALID_INPUT instead of leaving the request hanging",
        route: "GET /store/search",
        request: () => ({ caller: "none", path: "/store/search", search: "?q=%E6%8E%A8%E6%8B%BF&locale=en&locale=zh-CN", body: undefined }),
        status: 400,
        code: "INVALID_INPUT",
      },
      {
        name: "a NUL character in a path id is 400 INVALID_INPUT, not a 503 from the database",
        route: "DELETE /admin/beauticians/{id}/time-off/{timeOffId}",
        request: () => ({ caller: "platform", path: "/admin/beauticians/%00/time-off/3", search: "", body: undefined }),
        status: 400,
        code: "INVALID_INPUT",
      },
    ]

    it.each(regressions)("$name", async ({ route: key, request, status, code }) => {
      const route = routes.find((candidate) => candidate.key === key)!
      const sent = request()
      await check(route, sent)
      const response = await send(route, sent)
      expect({ status: response.status, code: response.data?.code }).toEqual({ status, code })
    })

    // Medusa's own list routes validate their queries themselves: a refusal must still say what went wrong with our code, never 500.
    const medusaLists: Array<[path: string, caller: "customer" | "platform"]> = [
      ["/store/products", "customer"],
      ["/store/product-categories", "customer"],
      ["/store/regions", "customer"],
      ["/store/orders", "customer"],
      ["/admin/products", "platform"],
      ["/admin/orders", "platform"],
      ["/admin/customers", "platform"],
    ]
    const medusaQueryJunk = ["limit=abc", "limit=-1", "limit=0.5", "offset=-1", "offset=x", "limit=1&limit=2", "q[a]=1", "order=no_such_field", "order=-%24where"]

    it.each(medusaLists)("Medusa's %s refuses query junk with 400 INVALID_INPUT and a message", async (path, caller) => {
      const answers: string[] = []
      for (const junk of medusaQueryJunk) {
        const response = await api.request({
          method: "GET",
          url: `${path}?${junk}`,
          headers: { "x-publishable-api-key": booking.publishableKey, authorization: `Bearer ${tokens[caller]}` },
          validateStatus: () => true,
        })
        const { code, message } = response.data ?? {}
        answers.push(`${junk} → ${response.status} ${code} ${typeof message === "string" && message.length > 0 ? "with a message" : "without a message"}`)
      }
      expect(answers).toEqual(medusaQueryJunk.map((junk) => `${junk} → 400 INVALID_INPUT with a message`))
    })

    // One test an audience: Medusa's runner restores the database before each test, which takes seconds.
    for (const audience of ["/store/", "/pro/", "/admin/"]) {
      it(`every ${audience} route answers hostile requests with a 4xx and a code, writing nothing`, async () => {
        const failures: string[] = []
        counts = undefined
        for (const [index, route] of routes.entries()) {
          if (!route.template.startsWith(audience)) continue
          tally.routes++
          counts = undefined
          const seed = SEED + index
          const result = await fc.check(
            fc.asyncProperty(requestsFor(route, realIds), (request) => check(route, request)),
            { numRuns: RUNS, seed, endOnFailure: true },
          )
          if (result.failed) failures.push(`${route.key} (FUZZ_SEED=${SEED}, seed ${seed}, path ${result.counterexamplePath}): ${String((result.errorInstance as Error)?.message ?? result.errorInstance).slice(0, 700)}`)
        }
        expect(failures).toEqual([])
      })
    }
  },
})
