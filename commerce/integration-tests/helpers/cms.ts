import { spawn } from "node:child_process"
import crypto from "node:crypto"
import net from "node:net"
import path from "node:path"
import { Client } from "pg"

const CMS_DIR = path.resolve(__dirname, "..", "..", "..", "cms")
const SEED_DIR = path.resolve(__dirname, "..", "..", "..", "scripts", "seed", "data")

/** Compiles the cms's TypeScript (server code only: no admin panel build) and starts it, headless, on HOST:PORT. */
const HEADLESS = path.join(CMS_DIR, "scripts", "start-headless.js")

export interface HeadlessCms {
  /** Stops Strapi (it cannot answer afterwards) — and does nothing the second time. */
  stop(): Promise<void>
}

/**
 * The real cms in a child process for a test — a commerce spec, or a browser
 * journey that needs it — so Strapi and the test's own modules never share a registry, with `env` (its database, port, secrets),
 * answering at `url` once its health check does; the first start compiles the
 * cms into `cms/dist` (about 15–30 s with the seed). Its last output is in the
 * error when it exits or stays silent.
 */
export async function startHeadlessCms(options: { env: NodeJS.ProcessEnv; url: string; timeoutMs: number }): Promise<HeadlessCms> {
  const child = spawn(process.execPath, [HEADLESS], { cwd: CMS_DIR, env: options.env, stdio: ["ignore", "pipe", "pipe"] })
  let log = ""
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  child.stdout!.on("data", keep)
  child.stderr!.on("data", keep)
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill("SIGTERM")
    const killer = setTimeout(() => child.kill("SIGKILL"), 10_000)
    await exited
    clearTimeout(killer)
  }
  const until = Date.now() + options.timeoutMs
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The cms exited (${child.exitCode}) before it answered:\n${log}`)
    if (await fetch(`${options.url}/_health`).then((r) => r.status === 204, () => false)) return { stop }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`The cms did not answer at ${options.url} within ${options.timeoutMs} ms:\n${log}`)
}

export interface RunningCms {
  /** `http://127.0.0.1:<port>`: what commerce gets as CMS_URL. */
  url: string
  /** commerce's key to the cms (CMS_API_TOKEN). */
  token: string
  /** What the cms signs its webhooks with (CMS_WEBHOOK_SECRET). */
  webhookSecret: string
  /** The cms's database, e.g. for a test that wants to look inside. */
  databaseUrl: string
  /** Stops Strapi (it cannot answer afterwards: how a test sees "cms down") — and does nothing the second time. */
  stop(): Promise<void>
  /** Stops Strapi and drops its database. */
  destroy(): Promise<void>
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function serverUrl(database: string) {
  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = encodeURIComponent(process.env.DB_PASSWORD ?? "")
  return `postgres://${user}:${password}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/${database}`
}

async function admin(sql: string) {
  const client = new Client({ connectionString: serverUrl("postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * The real cms for a commerce spec: Strapi on a fresh PostgreSQL database on
 * the server the spec uses (DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD), with
 * the demo content (`DOORSTEP_SEED`), loopback only, fresh secrets, in a
 * child process (`startHeadlessCms`). `commerceUrl` receives its webhooks
 * (none by default).
 */
export async function startCms(options: { commerceUrl?: string; timeoutMs?: number } = {}): Promise<RunningCms> {
  const database = `doorstep_cms_spec_${process.pid}_${crypto.randomBytes(3).toString("hex")}`
  await admin(`create database "${database}"`)
  const databaseUrl = serverUrl(database)
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const token = crypto.randomBytes(24).toString("hex")
  const secret = () => crypto.randomBytes(16).toString("base64")
  const webhookSecret = secret()
  const { DATABASE_URL: _unused, PORT: _port, NODE_OPTIONS: _options, ...inherited } = process.env
  const env = {
    ...inherited,
    NODE_ENV: "development",
    DATABASE_CLIENT: "postgres",
    DATABASE_URL: databaseUrl,
    HOST: "127.0.0.1",
    PORT: String(port),
    APP_KEYS: [secret(), secret()].join(","),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    CMS_API_TOKEN: token,
    CMS_WEBHOOK_SECRET: webhookSecret,
    COMMERCE_URL: options.commerceUrl ?? "",
    DOORSTEP_SEED: "true",
    DOORSTEP_SEED_DIR: process.env.DOORSTEP_SEED_DIR ?? SEED_DIR,
    STRAPI_TELEMETRY_DISABLED: "true",
    STRAPI_DISABLE_UPDATE_NOTIFICATION: "true",
    STRAPI_LOG_LEVEL: "error",
  }
  const dropDatabase = () => admin(`drop database if exists "${database}" with (force)`)
  const { stop } = await startHeadlessCms({ env, url, timeoutMs: options.timeoutMs ?? 180_000 }).catch(async (error) => {
    await dropDatabase()
    throw error
  })
  const destroy = async () => {
    await stop()
    await dropDatabase()
  }
  return { url, token, webhookSecret, databaseUrl, stop, destroy }
}

/** Commerce, started by the test runner after this, talks to `cms`: medusa-config reads these. */
export function pointCommerceAt(cms: RunningCms): void {
  Object.assign(process.env, { CMS_URL: cms.url, CMS_API_TOKEN: cms.token, CMS_WEBHOOK_SECRET: cms.webhookSecret })
}

export function forgetCms(): void {
  delete process.env.CMS_URL
  delete process.env.CMS_API_TOKEN
  delete process.env.CMS_WEBHOOK_SECRET
}
