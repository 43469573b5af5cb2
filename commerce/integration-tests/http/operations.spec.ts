import expireHolds from "@doorstep/appointments/jobs/expire-holds"
import { NOTIFICATION_OUTBOX_MODULE, type NotificationOutboxModuleService } from "@doorstep/notifications/modules/notification-outbox"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { settle, staffAccount } from "../helpers/booking"

jest.setTimeout(120 * 1000)

/** One sample's value in Prometheus text, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`)
  const line = text.split("\n").find((row) => {
    if (!row.startsWith(`${name}{`) && !row.startsWith(`${name} `)) return false
    const labelText = row.startsWith(`${name}{`) ? row.slice(name.length + 1, row.indexOf("}")) : ""
    return wanted.every((label) => labelText.split(",").includes(label))
  })
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1))
}

/** Port 2: nothing listens there (and fetch does not bar it, as it bars 1), so a connection is refused at once. */
const CLOSED_PORT = 2

// A stand-in cms, up before the runner loads commerce's configuration (CMS_URL): empty lists, and the request ids it was sent.
const cmsRequestIds: Array<string | undefined> = []
const cms = http.createServer((req, res) => {
  cmsRequestIds.push(req.headers["x-request-id"] as string | undefined)
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: [], meta: { pagination: { page: 1, pageCount: 1, total: 0 } } }))
})
beforeAll(async () => {
  await new Promise<void>((resolve) => cms.listen(0, "127.0.0.1", resolve))
  Object.assign(process.env, { CMS_URL: `http://127.0.0.1:${(cms.address() as AddressInfo).port}`, CMS_API_TOKEN: "ops-test-token", CMS_WEBHOOK_SECRET: "ops-test-secret" })
})
afterAll(async () => {
  for (const name of ["CMS_URL", "CMS_API_TOKEN", "CMS_WEBHOOK_SECRET"]) delete process.env[name]
  await new Promise((resolve) => cms.close(resolve))
})

/**
 * What operators call: Medusa's liveness, our readiness (database, Redis
 * when configured, search), the Prometheus metrics with who may read them,
 * and the request id carried on to the cms.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const metrics = async (headers: Record<string, string> = {}) => (await settle(api.get("/metrics", { headers }))) as unknown as { status: number; data: string; headers: Record<string, string> }

    afterEach(() => {
      delete process.env.METRICS_TOKEN
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

    it("counts requests by route pattern and status class, never by raw URL", async () => {
      for (const token of ["first-secret-token", "second-secret-token"]) expect((await settle(api.get(`/calendar/${token}.ics`))).status).toBe(404)
      await api.get("/ready")
      await settle(api.get("/no-such-route/123"))
      const { status, data, headers } = await metrics()
      expect(status).toBe(200)
      expect(headers["content-type"]).toMatch(/^text\/plain;.*version=0\.0\.4/)
      expect(sample(data, "doorstep_http_requests_total", { method: "GET", route: "/calendar/:file", status_class: "4xx" })).toBe(2)
      expect(sample(data, "doorstep_http_requests_total", { method: "GET", route: "/ready", status_class: "2xx" })).toBeGreaterThanOrEqual(1)
      expect(sample(data, "doorstep_http_requests_total", { method: "GET", route: "unmatched", status_class: "4xx" })).toBeGreaterThanOrEqual(1)
      expect(sample(data, "doorstep_http_request_duration_seconds_count", { method: "GET", route: "/calendar/:file", status_class: "4xx" })).toBe(2)
      expect(data).not.toContain("first-secret-token")
      expect(data).not.toContain("no-such-route")
      expect(sample(data, "process_resident_memory_bytes")).toBeGreaterThan(0)
    })

    it("counts and times scheduled job runs, failures apart", async () => {
      const before = await metrics()
      const ok = (text: string) => sample(text, "doorstep_job_runs_total", { job: "expire-appointment-holds", outcome: "ok" }) ?? 0
      const failed = (text: string) => sample(text, "doorstep_job_runs_total", { job: "expire-appointment-holds", outcome: "failed" }) ?? 0
      await expireHolds(getContainer())
      const broken = { resolve: () => { throw new Error("module unavailable") } } as unknown as MedusaContainer
      await expect(expireHolds(broken)).rejects.toThrow("module unavailable")
      const after = await metrics()
      expect(ok(after.data) - ok(before.data)).toBe(1)
      expect(failed(after.data) - failed(before.data)).toBe(1)
      expect(sample(after.data, "doorstep_job_duration_seconds_count", { job: "expire-appointment-holds", outcome: "ok" })).toBeGreaterThanOrEqual(1)
    })

    it("reads the notification outbox's backlog at scrape time", async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const outbox = getContainer().resolve<NotificationOutboxModuleService>(NOTIFICATION_OUTBOX_MODULE)
      const empty = await metrics()
      expect(sample(empty.data, "doorstep_notification_outbox", { status: "pending" })).toBe(0)
      expect(sample(empty.data, "doorstep_notification_outbox_oldest_pending_seconds")).toBe(0)

      const tenMinutesAgo = new Date(Date.now() - 600_000)
      const notice = (n: number) => ({
        dedupe_key: `ops-${n}`, appointment_id: `appt_ops_${n}`, kind: "booking_confirmed" as never, ref: "", recipient_type: "customer" as const, recipient_id: "cus_ops",
        channel: "sms", to: "+8613800138000", locale: "zh-CN" as const, title: "预约已确认", body: "…", url: null, subject_starts_at: new Date(),
      })
      expect(await outbox.addDeliveries(pg, [notice(1), notice(2), notice(3)], tenMinutesAgo)).toBe(3)
      const { rows } = await pg.raw(`select id from notification_delivery where dedupe_key = 'ops-3'`)
      await outbox.markFailed(pg, rows[0].id, "gateway said no", null, new Date())

      const { data } = await metrics()
      expect(sample(data, "doorstep_notification_outbox", { status: "pending" })).toBe(2)
      expect(sample(data, "doorstep_notification_outbox", { status: "failed" })).toBe(1)
      expect(sample(data, "doorstep_notification_outbox_oldest_pending_seconds")).toBeGreaterThanOrEqual(600)
    })

    it("with METRICS_TOKEN set, answers only its bearer", async () => {
      process.env.METRICS_TOKEN = "scrape-me-0123456789"
      expect((await metrics()).status).toBe(403)
      expect((await metrics({ authorization: "Bearer scrape-me-012345678X" })).status).toBe(403)
      const denied = await metrics({ authorization: "Bearer wrong" })
      expect(denied.data).toMatchObject({ code: "METRICS_FORBIDDEN" })
      expect((await metrics({ authorization: "Bearer scrape-me-0123456789" })).status).toBe(200)
    })

    it("without METRICS_TOKEN, answers callers on this machine only", async () => {
      process.env.TRUSTED_PROXIES = "loopback"
      try {
        expect((await metrics()).status).toBe(200)
        expect((await metrics({ "x-forwarded-for": "203.0.113.7" })).status).toBe(403)
      } finally {
        delete process.env.TRUSTED_PROXIES
      }
    })

    it("answers every request's x-request-id, keeping a well-formed one and replacing any other", async () => {
      expect((await api.get("/ready", { headers: { "x-request-id": "sf-7f3a:1" } })).headers["x-request-id"]).toBe("sf-7f3a:1")
      const made = (await api.get("/ready")).headers["x-request-id"]
      expect(made).toMatch(/^[0-9a-f-]{36}$/)
      const forged = (await api.get("/ready", { headers: { "x-request-id": "a b\u0007" } })).headers["x-request-id"]
      expect(forged).toMatch(/^[0-9a-f-]{36}$/)
    })

    it("passes the request id on to the cms in the calls the request makes", async () => {
      const platform = await staffAccount(api, getContainer(), "ops@doorstep.local", { role: "platform_admin" })
      cmsRequestIds.length = 0
      const answer = await api.post("/admin/content/reconcile", {}, { headers: { authorization: `Bearer ${platform}`, "x-request-id": "ops-reconcile-42" } })
      expect(answer.status).toBe(200)
      expect(cmsRequestIds.length).toBeGreaterThan(0)
      expect(new Set(cmsRequestIds)).toEqual(new Set(["ops-reconcile-42"]))
    })
  },
})
