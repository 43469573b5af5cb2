import { spawn } from "node:child_process"
import { once } from "node:events"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { SetupError } from "./errors"

export interface RunningRedis {
  url: string
  stop(): Promise<void>
}

/** Answers whether a Redis on `port` says PONG to PING. */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" })
    socket.setTimeout(1000)
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (data) => {
      socket.destroy()
      resolve(data.toString().startsWith("+PONG"))
    })
    socket.once("error", () => resolve(false))
    socket.once("timeout", () => {
      socket.destroy()
      resolve(false)
    })
  })
}

/** A Redis a previous run left behind in this folder (its pid file names a live redis-server) is stopped. */
function stopLeftOver(pidFile: string): void {
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim())
  try {
    if (Number.isInteger(pid) && pid > 0 && fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("redis-server")) process.kill(pid, "SIGTERM")
  } catch {
    // Gone already.
  }
}

/**
 * Debian's `redis-server` on loopback, for the processes of one cluster: its
 * event bus, workflow engine and locks. Nothing is persisted (a restart starts
 * empty, which is all a local cluster needs).
 */
export async function startRedis(options: { dir: string; port: number; logFile: string }): Promise<RunningRedis> {
  fs.mkdirSync(options.dir, { recursive: true })
  const pidFile = path.join(options.dir, "redis.pid")
  stopLeftOver(pidFile)
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true })
  const log = fs.openSync(options.logFile, "a")
  const args = ["--bind", "127.0.0.1", "--port", String(options.port), "--dir", options.dir, "--save", "", "--appendonly", "no", "--protected-mode", "yes", "--pidfile", pidFile]
  // Its own process group: Ctrl-C reaches the terminal's group at once, and the commerce processes,
  // which are stopped first, need Redis to shut down cleanly.
  const redis = spawn("redis-server", args, { stdio: ["ignore", log, log], detached: true })
  fs.closeSync(log)
  const exited = once(redis, "exit")
  const failed = new Promise<never>((_, reject) => {
    redis.once("error", (error) =>
      reject(new SetupError(`redis-server did not start (${(error as NodeJS.ErrnoException).code ?? error.message}); install Debian's redis-server.`)),
    )
    void exited.then(([code]) => reject(new SetupError(`redis-server exited (code ${code}); see ${options.logFile}.`)))
  })
  const ready = (async () => {
    for (let tries = 0; tries < 100; tries++) {
      if (await pings(options.port)) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new SetupError(`redis-server did not answer on port ${options.port} within 10s; see ${options.logFile}.`)
  })()
  try {
    await Promise.race([ready, failed])
  } catch (error) {
    redis.kill("SIGKILL")
    throw error
  }
  failed.catch(() => undefined)
  return {
    url: `redis://127.0.0.1:${options.port}`,
    stop: async () => {
      if (redis.exitCode !== null || redis.signalCode !== null) return
      redis.kill("SIGTERM")
      await exited
    },
  }
}
