/** Commerce as `npm start` runs it (`medusa start`, production mode) on loopback: for benches and fault tests. */
import { spawn } from "node:child_process"
import { once } from "node:events"
import fs from "node:fs"
import path from "node:path"
import { commerceHeapOption } from "./apps"
import { waitForHttp } from "./children"
import { SetupError } from "./errors"
import { ROOT, workspace } from "./paths"

export const MEDUSA_CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")

export interface RunningCommerce {
  base: string
  pid: number
  stop(): Promise<void>
}

const tail = (file: string) => fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-15).join("\n")

/**
 * Starts commerce and waits for its health check. Dying before it answers is a
 * setup error with the log's tail. `profileDir` writes a CPU profile there on stop.
 */
export async function startCommerce(options: { env: NodeJS.ProcessEnv; port: number; logFile: string; profileDir?: string }): Promise<RunningCommerce> {
  const profile = options.profileDir ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(options.profileDir)] : []
  const log = fs.openSync(options.logFile, "a")
  // The same heap limit as `npm start` gives commerce.
  const app = spawn(process.execPath, [...profile, commerceHeapOption(process.env), MEDUSA_CLI, "start"], {
    cwd: workspace("commerce"),
    env: { ...options.env, PORT: String(options.port), HOST: "127.0.0.1" },
    stdio: ["ignore", log, log],
  })
  fs.closeSync(log)
  const exited = once(app, "exit")
  const base = `http://127.0.0.1:${options.port}`
  const died = exited.then(([code]) => {
    throw new SetupError(`commerce exited (code ${code}) before answering; last lines of ${options.logFile}:\n${tail(options.logFile)}`)
  })
  try {
    await Promise.race([waitForHttp(`${base}/health`, 180_000), died])
  } catch (error) {
    app.kill("SIGKILL")
    throw error
  }
  let stopped: Promise<void> | undefined
  return {
    base,
    pid: app.pid!,
    stop: () =>
      (stopped ??= (async () => {
        if (app.exitCode !== null || app.signalCode !== null) return
        app.kill("SIGTERM")
        const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 10_000).unref())
        if ((await Promise.race([exited, timeout])) === "timeout") app.kill("SIGKILL")
      })()),
  }
}

/** Resident memory of a process, in MiB. */
export const rssMib = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024
