import net from "node:net"
import tls from "node:tls"

/**
 * What commerce needs to serve: each check answers `ok` (or what stands in,
 * such as `postgres` search), or fails with a short reason a person can act
 * on — never a stack, a host's password or a query.
 */
/** Medusa's PG_CONNECTION (knex), as far as these checks use it. */
export interface Sql {
  raw(sql: string, bindings?: readonly unknown[]): PromiseLike<unknown>
}

export type CheckResult = { ok: true; detail: string } | { ok: false; detail: string }

const TIMEOUT_MS = 2000

const failed = (detail: string): CheckResult => ({ ok: false, detail })
const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? "unreachable"

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${what} timed out`), { code: "timeout" })), TIMEOUT_MS)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

export async function checkDatabase(pg: Sql): Promise<CheckResult> {
  try {
    await withTimeout(Promise.resolve(pg.raw("select 1")), "database")
    return { ok: true, detail: "ok" }
  } catch (error) {
    return failed(reason(error))
  }
}

/** Redis answers PING (after AUTH when the URL has a password), spoken in RESP over a socket of its own. */
export async function checkRedis(redisUrl: string): Promise<CheckResult> {
  let url: URL
  try {
    url = new URL(redisUrl)
  } catch {
    return failed("REDIS_URL is not a URL")
  }
  const port = Number(url.port || 6379)
  const host = url.hostname
  const command = (...parts: string[]) => `*${parts.length}\r\n${parts.map((part) => `$${Buffer.byteLength(part)}\r\n${part}\r\n`).join("")}`
  const auth = url.password ? command("AUTH", ...(url.username ? [decodeURIComponent(url.username)] : []), decodeURIComponent(url.password)) : ""
  const socket = url.protocol === "rediss:" ? tls.connect({ host, port, servername: host }) : net.connect({ host, port })
  try {
    const answer = await withTimeout(
      new Promise<string>((resolve, reject) => {
        let received = ""
        socket.once(url.protocol === "rediss:" ? "secureConnect" : "connect", () => socket.write(auth + command("PING")))
        socket.on("data", (chunk) => {
          received += chunk.toString()
          if (received.includes("PONG") || received.startsWith("-")) resolve(received)
        })
        socket.once("error", reject)
        socket.once("close", () => reject(Object.assign(new Error("closed"), { code: "closed" })))
      }),
      "redis",
    )
    return answer.includes("PONG") && !answer.startsWith("-") ? { ok: true, detail: "ok" } : failed("refused the credentials")
  } catch (error) {
    return failed(reason(error))
  } finally {
    socket.destroy()
  }
}

/** Meilisearch's own `/health` (no key needed); without `MEILISEARCH_HOST` search runs in PostgreSQL, which the database check covers. */
export async function checkSearch(meilisearchHost: string | undefined): Promise<CheckResult> {
  if (!meilisearchHost) return { ok: true, detail: "postgres" }
  try {
    const response = await fetch(new URL("/health", meilisearchHost), { signal: AbortSignal.timeout(TIMEOUT_MS) })
    const body = (await response.json().catch(() => ({}))) as { status?: string }
    return response.ok && body.status === "available" ? { ok: true, detail: "meilisearch" } : failed(`meilisearch answered ${response.status}`)
  } catch (error) {
    return failed(reason((error as { cause?: unknown }).cause ?? error))
  }
}

export interface Readiness {
  status: "ready" | "unavailable"
  checks: Record<string, string>
  failing?: string[]
}

/** Runs the checks side by side; ready only when every one passed. */
export async function readiness(checks: Record<string, Promise<CheckResult>>): Promise<Readiness> {
  const names = Object.keys(checks)
  const results = await Promise.all(Object.values(checks))
  const failing = names.filter((_, i) => !results[i].ok)
  const summary = Object.fromEntries(names.map((name, i) => [name, results[i].detail]))
  return failing.length ? { status: "unavailable", checks: summary, failing } : { status: "ready", checks: summary }
}
