import http from "node:http"
import net from "node:net"
import type { AddressInfo } from "node:net"
import { checkDatabase, checkRedis, checkSearch, readiness } from "../readiness"

/** Port 2: nothing listens there (and fetch does not bar it, as it bars 1), so a connection is refused at once. */
const CLOSED_PORT = 2

/** Enough of Redis: AUTH with `password` (else WRONGPASS), then PING. */
async function fakeRedis(password?: string): Promise<{ url: (secret?: string) => string; close: () => Promise<void> }> {
  const server = net.createServer((socket) => {
    socket.on("data", (chunk) => {
      const text = chunk.toString()
      if (text.includes("AUTH") && (!password || !text.includes(password))) return void socket.write("-WRONGPASS invalid username-password pair\r\n")
      socket.write(`${text.includes("AUTH") ? "+OK\r\n" : ""}${text.includes("PING") ? "+PONG\r\n" : ""}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (secret) => `redis://${secret ? `:${secret}@` : ""}127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

describe("readiness checks", () => {
  it("database: ok when select 1 answers; the error's code, never its text, when not", async () => {
    expect(await checkDatabase({ raw: async () => ({ rows: [{ "?column?": 1 }] }) })).toEqual({ ok: true, detail: "ok" })
    const refused = Object.assign(new Error("connect ECONNREFUSED 10.0.0.9:5432 password=s3cret"), { code: "ECONNREFUSED" })
    expect(await checkDatabase({ raw: async () => Promise.reject(refused) })).toEqual({ ok: false, detail: "ECONNREFUSED" })
  })

  it("database: a query that hangs fails after 2 s as a timeout", async () => {
    const started = Date.now()
    expect(await checkDatabase({ raw: () => new Promise(() => {}) })).toEqual({ ok: false, detail: "timeout" })
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900)
  })

  it("redis: PONG is ready, with or without a password; a wrong one and a closed port are not", async () => {
    const open = await fakeRedis()
    const locked = await fakeRedis("s3cret")
    try {
      expect(await checkRedis(open.url())).toEqual({ ok: true, detail: "ok" })
      expect(await checkRedis(locked.url("s3cret"))).toEqual({ ok: true, detail: "ok" })
      expect(await checkRedis(locked.url("wrong"))).toEqual({ ok: false, detail: "refused the credentials" })
    } finally {
      await open.close()
      await locked.close()
    }
    expect(await checkRedis(`redis://127.0.0.1:${CLOSED_PORT}`)).toEqual({ ok: false, detail: "ECONNREFUSED" })
    expect(await checkRedis("not a url")).toEqual({ ok: false, detail: "REDIS_URL is not a URL" })
  })

  it("search: PostgreSQL stands in without Meilisearch; Meilisearch must say it is available", async () => {
    expect(await checkSearch(undefined)).toEqual({ ok: true, detail: "postgres" })
    let health = { status: 200, body: { status: "available" } }
    const meili = http.createServer((req, res) => res.writeHead(req.url === "/health" ? health.status : 404, { "content-type": "application/json" }).end(JSON.stringify(health.body)))
    await new Promise<void>((resolve) => meili.listen(0, "127.0.0.1", resolve))
    const host = `http://127.0.0.1:${(meili.address() as AddressInfo).port}`
    try {
      expect(await checkSearch(host)).toEqual({ ok: true, detail: "meilisearch" })
      health = { status: 503, body: { status: "unavailable" } }
      expect(await checkSearch(host)).toEqual({ ok: false, detail: "meilisearch answered 503" })
    } finally {
      await new Promise((resolve) => meili.close(resolve))
    }
    expect(await checkSearch(`http://127.0.0.1:${CLOSED_PORT}`)).toEqual({ ok: false, detail: "ECONNREFUSED" })
  })

  it("is ready only when every check passed, naming those that failed", async () => {
    const ok = { ok: true as const, detail: "ok" }
    expect(await readiness({ database: Promise.resolve(ok), search: Promise.resolve({ ok: true, detail: "postgres" }) })).toEqual({
      status: "ready",
      checks: { database: "ok", search: "postgres" },
    })
    expect(await readiness({ database: Promise.resolve(ok), redis: Promise.resolve({ ok: false, detail: "ECONNREFUSED" }) })).toEqual({
      status: "unavailable",
      checks: { database: "ok", redis: "ECONNREFUSED" },
      failing: ["redis"],
    })
  })
})
