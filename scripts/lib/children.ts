import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { SetupError } from "./errors"

export interface CommandSpec {
  /** Short name used in logs and errors. */
  name: string
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
}

/** Runs a command with its output appended to `logFile`; resolves to its exit code. */
export function runToFile(spec: CommandSpec, logFile: string): Promise<number> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.openSync(logFile, "a")
  return new Promise((resolve, reject) => {
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, stdio: ["ignore", log, log] })
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      fs.closeSync(log)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

/** Runs a command to completion, its output going to `logFile`; fails with the log's tail. */
export async function runLogged(spec: CommandSpec, logFile: string): Promise<void> {
  const code = await runToFile(spec, logFile)
  if (code === 0) return
  const tail = fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-15).join("\n")
  throw new SetupError(`${spec.name} failed (exit ${code}); last lines of ${logFile}:\n${tail}`)
}

/** Runs a command with its output on our terminal; resolves to its exit code. */
export function runInherited(spec: CommandSpec): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, stdio: "inherit" })
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** Long-running services, each in its own process group so a stop reaches its children too. */
export class ServiceGroup {
  private readonly running = new Map<string, ChildProcess>()
  /** Every process group started, the leader alive or not. */
  private readonly groups = new Set<number>()
  private stopping = false

  constructor(private readonly onUnexpectedExit: (name: string, code: number | null) => void) {}

  start(spec: CommandSpec, logFile: string): void {
    fs.mkdirSync(path.dirname(logFile), { recursive: true })
    const log = fs.openSync(logFile, "a")
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ["ignore", log, log],
      detached: true,
    })
    this.running.set(spec.name, child)
    if (child.pid) this.groups.add(child.pid)
    child.on("exit", (code) => {
      fs.closeSync(log)
      this.running.delete(spec.name)
      if (!this.stopping) this.onUnexpectedExit(spec.name, code)
    })
  }

  /** The process id of a running service, which is also its process group's. */
  pid(name: string): number | undefined {
    return this.running.get(name)?.pid
  }

  /**
   * SIGTERM to every group, then SIGKILL to whatever is left after `graceMs`.
   * Waits for every process of each group, not only the one started: `npm run`
   * exits at once while the app it ran may still be shutting down.
   */
  async stopAll(graceMs = 10_000): Promise<void> {
    this.stopping = true
    const groups = [...this.groups]
    const signalAll = (signal: NodeJS.Signals) => {
      for (const group of groups) {
        try {
          process.kill(-group, signal)
        } catch {
          // Already gone.
        }
      }
    }
    const alive = (group: number) => {
      try {
        process.kill(-group, 0)
        return true
      } catch {
        return false
      }
    }
    signalAll("SIGTERM")
    const deadline = Date.now() + graceMs
    while (groups.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
    if (groups.some(alive)) signalAll("SIGKILL")
    while (groups.some(alive)) await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Polls an HTTP URL until it answers below 500, or fails after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, headers: Record<string, string> = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(5000) })
      if (response.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new SetupError(`${url} did not answer within ${Math.round(timeoutMs / 1000)}s.`)
}
