/**
 * `npm test`: every workspace's tests on a throwaway PostgreSQL (embedded, unless
 * DATABASE_URL or DB_HOST point at a server). `npm test -- cms commerce` runs
 * only the suites named. Exit code 0 only when every suite passed.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { cmsEnv, NO_PHONING_HOME, PORT_DEFAULTS } from "./lib/apps"
import { runInherited, type CommandSpec } from "./lib/children"
import { embeddedServer, externalServer, type DatabaseServer } from "./lib/database"
import { SetupError } from "./lib/errors"
import { onExit, runMain } from "./lib/main"
import { ROOT, SEED_DIR, workspace } from "./lib/paths"
import { freePort } from "./lib/ports"
import { SECRET_NAMES, type Secrets } from "./lib/secrets"

interface Suite {
  name: string
  title: string
  prepare?: () => Promise<void>
  specs: CommandSpec[]
}

async function throwawayDatabase(env: NodeJS.ProcessEnv): Promise<DatabaseServer> {
  if (env.DATABASE_URL) return externalServer(env.DATABASE_URL)
  if (env.DB_HOST) {
    const user = encodeURIComponent(env.DB_USERNAME ?? "postgres")
    const password = encodeURIComponent(env.DB_PASSWORD ?? "")
    return externalServer(`postgres://${user}:${password}@${env.DB_HOST}:${env.DB_PORT ?? 5432}/postgres`)
  }
  // The postgres user must be able to enter the folder; tmp itself is world-traversable.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "doorstep-test-"))
  fs.chmodSync(dir, 0o755)
  onExit(async () => fs.rmSync(dir, { recursive: true, force: true }))
  const server = await embeddedServer({
    dataDir: path.join(dir, "postgres"),
    port: await freePort(),
    throwaway: true,
    logFile: path.join(dir, "postgres.log"),
  })
  onExit(() => server.stop())
  return server
}

const npmRun = (name: string, dir: string, script: string, env: NodeJS.ProcessEnv): CommandSpec => ({
  name,
  command: "npm",
  args: ["run", script],
  cwd: dir,
  env,
})

const typeCheck = (name: string, dir: string, env: NodeJS.ProcessEnv): CommandSpec => ({
  name: `${name} type-check`,
  command: "npx",
  args: ["tsc", "--noEmit", "-p", "tsconfig.json"],
  cwd: dir,
  env,
})

/** Our Medusa plugins in build order: each after the plugins it imports. */
const PLUGINS = ["appointments", "china-payments", "dispatch", "accounts", "marketplace", "notifications", "content", "training"] as const

/** A plugin's own unit tests (where it has them), its type-check, and its build. */
function pluginSteps(plugin: (typeof PLUGINS)[number], env: NodeJS.ProcessEnv): CommandSpec[] {
  const dir = workspace(`plugins/${plugin}`)
  const hasUnitTests = fs.existsSync(path.join(dir, "jest.config.js"))
  return [
    ...(hasUnitTests ? [npmRun(`${plugin} unit tests`, dir, "test", env)] : []),
    typeCheck(plugin, dir, env),
    npmRun(`${plugin} plugin build`, dir, "build", env),
  ]
}

function suites(env: NodeJS.ProcessEnv, server: DatabaseServer): Suite[] {
  const base: NodeJS.ProcessEnv = {
    ...env,
    CI: env.CI ?? "true",
    DOORSTEP_SEED_DIR: env.DOORSTEP_SEED_DIR ?? SEED_DIR,
    ...NO_PHONING_HOME,
  }
  delete base.DATABASE_URL
  const secrets = Object.fromEntries(SECRET_NAMES.map((name) => [name, crypto.randomBytes(16).toString("hex")])) as Secrets
  const ports = Object.fromEntries(Object.entries(PORT_DEFAULTS).map(([app, { port }]) => [app, port])) as never
  const cmsDb = `doorstep_cms_test_${process.pid}`
  return [
    {
      name: "scripts",
      title: "scripts: start-up checks, demo data",
      specs: [
        // Nothing is built yet: scripts and benches must run from a fresh clone's sources.
        typeCheck("scripts", ROOT, base),
        { name: "scripts tests", command: "npx", args: ["jest"], cwd: ROOT, env: base },
      ],
    },
    {
      name: "booking-core",
      title: "booking-core unit tests",
      specs: [
        typeCheck("booking-core", workspace("plugins/booking-core"), base),
        npmRun("booking-core tests", workspace("plugins/booking-core"), "test", base),
        npmRun("booking-core build", workspace("plugins/booking-core"), "build", base),
      ],
    },
    {
      name: "cms",
      title: "cms: Strapi on PostgreSQL",
      prepare: async () => {
        await server.dropDatabase(cmsDb)
        await server.ensureDatabase(cmsDb)
        onExit(() => server.dropDatabase(cmsDb))
      },
      specs: [
        typeCheck("cms", workspace("cms"), base),
        npmRun("cms tests", workspace("cms"), "test", cmsEnv(base, ports, server.urlFor(cmsDb), secrets)),
      ],
    },
    {
      name: "commerce",
      title: "commerce: plugins, Medusa integration",
      specs: [
        // Commerce loads the built packages, as it will in production; each plugin is built after those it imports.
        npmRun("booking-core build", workspace("plugins/booking-core"), "build", base),
        ...PLUGINS.flatMap((plugin) => pluginSteps(plugin, base)),
        typeCheck("commerce", workspace("commerce"), base),
        npmRun("commerce tests", workspace("commerce"), "test", {
          ...base,
          // The Medusa test runner turns on SSL for any host but "localhost".
          DB_HOST: server.host === "127.0.0.1" ? "localhost" : server.host,
          DB_PORT: String(server.port),
          DB_USERNAME: server.user,
          DB_PASSWORD: server.password,
          // Medusa logs every migration at info level; failures still print.
          LOG_LEVEL: env.LOG_LEVEL ?? "error",
        }),
      ],
    },
    { name: "admin", title: "admin: type-check and build", specs: [npmRun("admin build", workspace("admin"), "build", base)] },
    {
      name: "storefront",
      title: "storefront: type-check and build",
      specs: [npmRun("storefront build", workspace("storefront"), "build", { ...base, NODE_ENV: "production" })],
    },
  ]
}

runMain(async () => {
  const env = process.env
  const wanted = process.argv.slice(2)
  const server = await throwawayDatabase(env)
  const all = suites(env, server)
  const unknown = wanted.filter((name) => !all.some((suite) => suite.name === name))
  if (unknown.length > 0) {
    throw new SetupError(`Unknown test suite ${unknown.join(", ")}; choose from ${all.map((s) => s.name).join(", ")}.`)
  }
  const selected = wanted.length > 0 ? all.filter((suite) => wanted.includes(suite.name)) : all
  const results: Array<{ title: string; passed: boolean; seconds: number }> = []
  for (const suite of selected) {
    process.stdout.write(`\n━━ ${suite.title} ━━\n`)
    const started = Date.now()
    let passed = true
    try {
      await suite.prepare?.()
      for (const spec of suite.specs) {
        if ((await runInherited(spec)) !== 0) {
          passed = false
          break
        }
      }
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`)
      passed = false
    }
    results.push({ title: suite.title, passed, seconds: (Date.now() - started) / 1000 })
  }
  const failed = results.filter((r) => !r.passed).length
  process.stdout.write(`\n━━ Summary (database: ${server.label}) ━━\n`)
  for (const r of results) process.stdout.write(`${r.passed ? "✔" : "✖"} ${r.title.padEnd(36)} ${r.seconds.toFixed(1)}s\n`)
  process.stdout.write(`suites: ${results.length - failed} passed, ${failed} failed\n`)
  return failed === 0 ? 0 : 1
})
