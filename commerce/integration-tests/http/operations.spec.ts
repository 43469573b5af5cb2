import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { settle } from "../helpers/booking"

jest.setTimeout(120 * 1000)

/** Port 2: nothing listens there (and fetch does not bar it, as it bars 1), so a connection is refused at once. */
const CLOSED_PORT = 2

/**
 * What operators call: Medusa's liveness and our readiness (database, Redis
 * when configured, search).
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api }) => {
    afterEach(() => {
      delete process.env.REDIS_URL
      delete process.env.MEILISEARCH_HOST
    })

    it("is alive on /health and ready on /ready with its database and PostgreSQL search", async () => {
      expect((await api.get("/health")).status).toBe(200)
      const ready = await api.get("/ready")
      expect(ready.status).toBe(200)
      expect(ready.data).toEqual({ status: "ready", checks: { database: "ok", search: "postgres" } })
      expect(ready.headers["cache-control"]).toBe("no-store")
    })

    it("answers 503 naming Redis and Meilisearch when configured and unreachable, with no error text", async () => {
      process.env.REDIS_URL = `redis://:s3cret@127.0.0.1:${CLOSED_PORT}`
      process.env.MEILISEARCH_HOST = `http://127.0.0.1:${CLOSED_PORT}`
      const ready = await settle(api.get("/ready"))
      expect(ready.status).toBe(503)
      expect(ready.data).toEqual({
        status: "unavailable",
        checks: { database: "ok", search: "ECONNREFUSED", redis: "ECONNREFUSED" },
        failing: ["search", "redis"],
      })
      expect(JSON.stringify(ready.data)).not.toContain("s3cret")
    })
  },
})
