import { spawn, type ChildProcess } from "node:child_process"
import crypto from "node:crypto"
import net from "node:net"
import path from "node:path"
import { Client } from "pg"

const CMS_DIR = path.resolve(__dirname, "..", "..", "..", "cms")
const SEED_DIR = path.resolve(__dirname, "..", "..", "..", "scripts", "seed", "data")

/** Compiles the cms's TypeScript (server code only: no admin panel build) and starts it, headless, on HOST:PORT. */
const BOOT = `
const { compileStrapi, createStrapi } = require("@strapi/strapi");
(async () => {
  const app = createStrapi({ ...(await compileStrapi()), serveAdminPanel: false });
  await app.start();
  process.on("SIGTERM", () => app.destroy().then(() => process.exit(0), () => process.exit(1)));
})().catch((error) => { console.error(error); process.exit(1); });
`

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

/** A database on the server the spec uses (DB_* settings), or on `server` (the URL of any database there). */
function serverUrl(database: string, server?: string) {
  if (server) {
    const url = new URL(server)
    url.pathname = `/${database}`
    return url.toString()
  }
  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = encodeURIComponent(process.env.DB_PASSWORD ?? "")
  return `postgres://${user}:${password}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/${database}`
}

async function admin(sql: string, server?: string) {
  const client = new Client({ connectionString: serverUrl("postgres", server) })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The cms exited (${child.exitCode}) before it answered:\n${output()}`)
    const healthy = await fetch(`${url}/_health`).then((r) => r.status === 204, () => false)
    if (healthy) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The cms did not answer at ${url} within ${timeoutMs} ms:\n${output()}`)
}

/**
 * The real cms for a commerce spec: Strapi on a fresh PostgreSQL database on
 * the server the spec uses (DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD; or
 * `server`, the URL of any database there), with the demo content
 * (`DOORSTEP_SEED`), loopback only, fresh secrets. It runs in a child
 * process, so Strapi and Medusa never share a module registry; the first
 * start compiles the cms's TypeScript into `cms/dist` (about 15–30 s with
 * the seed). `commerceUrl` receives its webhooks (none by default). A
 * browser journey gives the `port` and `token` its commerce already expects,
 * and may do without the demo content (`seed: false`).
 */
export async function startCms(options: { commerceUrl?: string; timeoutMs?: number; server?: string; port?: number; token?: string; seed?: boolean } = {}): Promise<RunningCms> {
  const database = `doorstep_cms_spec_${process.pid}_${crypto.randomBytes(3).toString("hex")}`
  await admin(`create database "${database}"`, options.server)
  const databaseUrl = serverUrl(database, options.server)
  const port = options.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  const token = options.token ?? crypto.randomBytes(24).toString("hex")
  const secret = () => crypto.randomBytes(16).toString("base64")
  const webhookSecret = secret()
  const { DATABASE_URL: _unused, PORT: _port, NODE_OPTIONS: _options, ...env } = process.env
  const child = spawn(process.execPath, ["-e", BOOT], {
    cwd: CMS_DIR,
    env: {
      ...env,
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
      DOORSTEP_SEED: options.seed === false ? "false" : "true",
      DOORSTEP_SEED_DIR: process.env.DOORSTEP_SEED_DIR ?? SEED_DIR,
      STRAPI_TELEMETRY_DISABLED: "true",
      STRAPI_DISABLE_UPDATE_NOTIFICATION: "true",
      STRAPI_LOG_LEVEL: "error",
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
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
  const destroy = async () => {
    await stop()
    await admin(`drop database if exists "${database}" with (force)`, options.server)
  }
  try {
    await waitForHealth(url, child, () => log, options.timeoutMs ?? 180_000)
  } catch (error) {
    await destroy()
    throw error
  }
  return { url, token, webhookSecret, databaseUrl, stop, destroy }
}
