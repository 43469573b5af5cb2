/**
 * A seeded commerce on a PostgreSQL of its own, as the benches and the fault
 * tests run it: a throwaway embedded server, every plugin built and current,
 * the local WeChat Pay and Alipay simulators, migrations and the demo seed;
 * then `medusa start` whenever the caller asks. As `npm start` runs it, in
 * development mode: production refuses to start while the demo people's
 * logins open with the demo password, and the beauticians' `/pro` is walked
 * with those logins.
 *
 * Where SEEDED_TEMPLATE_ENV names a folder `seedTemplate` wrote, PostgreSQL
 * starts on a copy of its cluster instead: migrated and seeded once for
 * several scripts (`npm test -- faults`), not once each.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { NO_PHONING_HOME } from "./apps"
import { codeBuilds, isCurrent, markBuilt } from "./builds"
import { runLogged } from "./children"
import { startCommerce, type RunningCommerce } from "./commerce-process"
import { embeddedServer, type EmbeddedServer } from "./database"
import { startLocalGateways } from "./payments"
import { migrateAndSeedCommerce, type SeedOutput } from "./platform"
import { freePort } from "./ports"
import { step } from "./progress"

export interface SeededCommerce {
  /** A scratch folder for logs, removed by `stop`. */
  dir: string
  server: EmbeddedServer
  databaseUrl: string
  publishableKey: string
  regionId: string
  /** The demo beauticians' ids by handle; each signs in with their email and the demo password. */
  beauticianIds: Record<string, string>
  gateways: Awaited<ReturnType<typeof startLocalGateways>>
  /** Starts commerce (again) on the same port and database; its log goes to `<dir>/<logName>.log`. */
  startCommerce(logName: string): Promise<RunningCommerce>
  logFile(name: string): string
  /** Stops commerce, the simulators and PostgreSQL, and removes the scratch folder. */
  stop(): Promise<void>
}

/** Names a folder `seedTemplate` wrote, for seededCommerce to start from. */
export const SEEDED_TEMPLATE_ENV = "DOORSTEP_SEEDED_TEMPLATE"

/** `env` is added to commerce's own (limits a bench lifts, for instance). */
export const seededCommerce = (options: { prefix: string; env?: Record<string, string> }) => startSeededCommerce(options, process.env[SEEDED_TEMPLATE_ENV])

/**
 * Migrates and seeds a cluster as seededCommerce does, and keeps a copy of it,
 * cleanly stopped, in `dir`: its data directory (`pg/`) and what the seed wrote
 * (`seed.json`). Resolves once the cluster it was copied from is gone.
 */
export async function seedTemplate(dir: string): Promise<void> {
  const platform = await startSeededCommerce({ prefix: "doorstep-seeded-template" }, undefined)
  try {
    fs.mkdirSync(dir, { recursive: true })
    fs.copyFileSync(path.join(platform.dir, "seed.json"), path.join(dir, "seed.json"))
    // A fast shutdown checkpoints: the files are then a whole cluster, as a stopped server leaves them.
    await platform.server.pause()
    execFileSync("cp", ["-a", path.join(platform.dir, "pg"), path.join(dir, "pg")])
    await platform.server.resume()
  } finally {
    await platform.stop()
  }
}

async function startSeededCommerce(options: { prefix: string; env?: Record<string, string> }, template: string | undefined): Promise<SeededCommerce> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${options.prefix}-`))
  // The postgres user must be able to enter the folder.
  fs.chmodSync(dir, 0o755)
  const logFile = (name: string) => path.join(dir, `${name}.log`)
  const undo: Array<() => Promise<void>> = [async () => fs.rmSync(dir, { recursive: true, force: true })]
  const stop = async () => {
    for (const cleanup of undo.splice(0)) await cleanup().catch(() => undefined)
  }
  try {
    const server = await step(template ? "Starting a throwaway PostgreSQL, a copy of the seeded one" : "Starting a throwaway PostgreSQL", async () =>
      embeddedServer({ dataDir: path.join(dir, "pg"), port: await freePort(), throwaway: true, logFile: logFile("postgres"), copyOf: template && path.join(template, "pg") }),
    )
    undo.unshift(() => server.stop())
    await server.ensureDatabase("doorstep")
    const databaseUrl = server.urlFor("doorstep")

    // Commerce loads every plugin, so all of them (and booking-core first) must be built and current.
    const buildEnv = { ...process.env, ...NO_PHONING_HOME }
    for (const build of codeBuilds(buildEnv)) {
      if (isCurrent(build)) continue
      await step(`Building ${build.name}`, () => runLogged(build.spec, logFile("build")))
      markBuilt(build)
    }

    const port = await freePort()
    const gateways = await step("Starting the WeChat Pay and Alipay simulators", async () =>
      startLocalGateways(`http://127.0.0.1:${port}`, { wechatpay: await freePort(), alipay: await freePort() }, "http://127.0.0.1:8000"),
    )
    undo.unshift(() => gateways.stop())
    const env = {
      ...process.env,
      ...NO_PHONING_HOME,
      ...gateways.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "development",
      JWT_SECRET: "doorstep-local",
      COOKIE_SECRET: "doorstep-local",
      LOG_LEVEL: "error",
      ...options.env,
    }
    const seeded = template
      ? (JSON.parse(fs.readFileSync(path.join(template, "seed.json"), "utf8")) as SeedOutput)
      : await migrateAndSeedCommerce({ ...env, DOORSTEP_SEED_OUTPUT: path.join(dir, "seed.json") }, logFile)

    const running: RunningCommerce[] = []
    undo.unshift(async () => void (await Promise.all(running.map((commerce) => commerce.stop()))))
    return {
      dir,
      server,
      databaseUrl,
      publishableKey: seeded.publishable_key,
      regionId: seeded.region_id,
      beauticianIds: seeded.beauticians,
      gateways,
      logFile,
      stop,
      startCommerce: async (logName) => {
        const commerce = await startCommerce({ env, port, logFile: logFile(logName) })
        running.push(commerce)
        return commerce
      },
    }
  } catch (error) {
    await stop()
    throw error
  }
}
