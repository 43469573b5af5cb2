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
import { codeBuilds, markBuilt, storefrontBuild, type Build } from "./lib/builds"
import { runInherited, runToFile, type CommandSpec } from "./lib/children"
import { embeddedServer, externalServer, type DatabaseServer } from "./lib/database"
import { SetupError } from "./lib/errors"
import { startClusterPlatform, type ClusterPlatform } from "./lib/cluster-platform"
import { startJourneyPlatform, type JourneyPlatform } from "./lib/journeys"
import { onExit, runMain } from "./lib/main"
import { ROOT, SEED_DIR, workspace } from "./lib/paths"
import { freePort } from "./lib/ports"
import { SECRET_NAMES, type Secrets } from "./lib/secrets"
import { SEEDED_TEMPLATE_ENV, seedTemplate } from "./lib/seeded-commerce"

/** A command of a suite; a build records that it is current, so `npm start` afterwards does not build it again. */
type Step = CommandSpec & { built?: () => void }

interface Suite {
  name: string
  title: string
  prepare?: () => Promise<void>
  specs: Step[]
  /** Runs after the suite passed or failed, to undo what `prepare` started. */
  finish?: (passed: boolean) => Promise<void>
  /** Runs beside the main lane, its output printed when it ends. */
  sideLane?: boolean
  /** How many of its specs run at once, started in order (default 1: one after another). */
  concurrency?: number
  /** Runs after both lanes, and only when these suites (if they ran) passed: it uses what they built. */
  after?: string[]
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

const recorded = (build: Build): Step => ({ ...build.spec, built: () => markBuilt(build) })

/** A plugin's own unit tests (where it has them), its type-check, and its build. */
function pluginSteps(build: Build, env: NodeJS.ProcessEnv): Step[] {
  const dir = build.sources
  const name = path.basename(dir)
  const hasUnitTests = fs.existsSync(path.join(dir, "jest.config.js"))
  return [...(hasUnitTests ? [npmRun(`${name} unit tests`, dir, "test", env)] : []), typeCheck(name, dir, env), recorded(build)]
}

function suites(env: NodeJS.ProcessEnv, server: DatabaseServer, logDir: string): Suite[] {
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
  // Filled in once commerce and the storefront answer.
  const journeyEnv: NodeJS.ProcessEnv = { ...base }
  let journeyPlatform: JourneyPlatform | undefined
  const clusterEnv: NodeJS.ProcessEnv = { ...base }
  let clusterPlatform: ClusterPlatform | undefined
  // Filled in once the fault scripts' seeded cluster is made.
  const faultsEnv: NodeJS.ProcessEnv = { ...base }
  const faultScript = (name: string, file: string): Step => ({ name, command: "npx", args: ["tsx", "--conditions=doorstep-source", path.join("scripts", "faults", file)], cwd: ROOT, env: faultsEnv })
  return [
    {
      name: "scripts",
      title: "scripts: start-up checks, demo data",
      specs: [
        // Nothing is built yet: scripts and benches must run from a fresh clone's sources.
        typeCheck("scripts", ROOT, base),
        typeCheck("api client", workspace("api"), base),
        { name: "scripts tests", command: "npx", args: ["jest"], cwd: ROOT, env: base },
      ],
    },
    {
      name: "booking-core",
      title: "booking-core unit tests",
      specs: [
        typeCheck("booking-core", workspace("plugins/booking-core"), base),
        npmRun("booking-core tests", workspace("plugins/booking-core"), "test", base),
      ],
    },
    {
      name: "cms",
      sideLane: true,
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
        ...codeBuilds(base).flatMap((build, i) => (i === 0 ? [recorded(build)] : pluginSteps(build, base))),
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
    { name: "admin", title: "admin: type-check and build", sideLane: true, specs: [npmRun("admin build", workspace("admin"), "build", base)] },
    {
      name: "storefront",
      title: "storefront: unit tests, type-check, build",
      sideLane: true,
      specs: [{ name: "storefront unit tests", command: "npx", args: ["jest", "-c", "jest.config.js"], cwd: workspace("storefront"), env: base }, recorded(storefrontBuild(base))],
    },
    {
      name: "faults",
      title: "faults: PostgreSQL restarted under load, commerce killed mid-send, -checkout, -payment notification and -dispatch",
      // A real commerce (`medusa start`) loads the built plugins: after the commerce suite has built them.
      after: ["commerce"],
      // Each script has its own PostgreSQL (a copy of one migrated and seeded here, once), commerce and simulators
      // on free ports. Two at a time, the longest first: the two that wait out the dead process's two-minute
      // leases wait beside each other.
      prepare: async () => {
        const template = path.join(logDir, "faults-seeded")
        await seedTemplate(template)
        faultsEnv[SEEDED_TEMPLATE_ENV] = template
      },
      concurrency: 2,
      specs: [
        faultScript("kill -9 during payment notifications", "kill-during-payment-notification.ts"),
        faultScript("kill -9 during cart completions", "kill-during-checkout.ts"),
        faultScript("kill -9 during dispatch", "kill-during-dispatch.ts"),
        faultScript("kill -9 during a notification send", "kill-during-notification-send.ts"),
        faultScript("PostgreSQL restart", "postgres-restart.ts"),
      ],
    },
    {
      name: "backup",
      title: "backup: the demo data dumped and restored",
      // It migrates, seeds and starts commerce from the built plugins.
      after: ["commerce"],
      specs: [{ name: "backup and restore", command: "npx", args: ["tsx", "--conditions=doorstep-source", path.join("scripts", "backup", "demo-data.ts")], cwd: ROOT, env: base }],
    },
    {
      name: "cluster",
      title: "cluster: 2 commerce servers, a worker, Redis",
      // It runs the built plugins, which the commerce suite builds.
      after: ["commerce"],
      prepare: async () => {
        const dir = path.join(logDir, "cluster")
        fs.mkdirSync(dir, { recursive: true })
        clusterPlatform = await startClusterPlatform(base, server, dir)
        onExit(() => clusterPlatform!.stop())
        Object.assign(clusterEnv, clusterPlatform.env)
      },
      specs: [{ name: "cluster tests", command: "npx", args: ["jest", "-c", "scripts/cluster/jest.config.js"], cwd: ROOT, env: clusterEnv }],
      finish: async (passed) => {
        await clusterPlatform?.stop()
        if (!passed) {
          const dir = path.join(logDir, "cluster")
          for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => /^commerce-(server|worker)/.test(name)) : []) {
            const tail = fs.readFileSync(path.join(dir, file), "utf8").trimEnd().split("\n").slice(-20).join("\n")
            process.stdout.write(`\nlast lines of ${file}:\n${tail}\n`)
          }
        }
      },
    },
    {
      name: "journeys",
      title: "browser journeys: storefront and back office",
      after: ["commerce", "storefront"],
      prepare: async () => {
        // The apps' logs and every page's screenshot are kept for after the run (CI keeps artifacts/).
        const artifacts = path.join(ROOT, "artifacts", "journeys")
        fs.rmSync(artifacts, { recursive: true, force: true })
        const scratch = path.join(logDir, "journeys")
        fs.mkdirSync(scratch, { recursive: true })
        journeyPlatform = await startJourneyPlatform(base, server, { logs: path.join(artifacts, "logs"), scratch })
        onExit(() => journeyPlatform!.stop())
        Object.assign(journeyEnv, journeyPlatform.env, { JOURNEY_SCREENSHOTS_DIR: env.JOURNEY_SCREENSHOTS_DIR ?? artifacts })
      },
      specs: [
        typeCheck("journeys", path.join(workspace("storefront"), "journeys"), base),
        typeCheck("admin journeys", path.join(workspace("admin"), "journeys"), base),
        // JOURNEYS=<pattern> walks only the journey files whose path matches (jest's own filter); none may match in one of the two.
        { name: "journeys", command: "npx", args: ["jest", "-c", "journeys/jest.config.js", "--passWithNoTests", ...(env.JOURNEYS ? [env.JOURNEYS] : [])], cwd: workspace("storefront"), env: journeyEnv },
        { name: "admin journeys", command: "npx", args: ["jest", "-c", "journeys/jest.config.cjs", "--passWithNoTests", ...(env.JOURNEYS ? [env.JOURNEYS] : [])], cwd: workspace("admin"), env: journeyEnv },
      ],
      finish: async (passed) => {
        await journeyPlatform?.stop()
        if (!passed) process.stdout.write(`The apps' logs and the pages' screenshots are in ${path.relative(ROOT, path.join(ROOT, "artifacts", "journeys"))}/.\n`)
      },
    },
  ]
}

interface SuiteResult {
  name: string
  title: string
  passed: boolean
  seconds: number
}

async function sequentially<T, R>(items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  for (const item of items) results.push(await run(item))
  return results
}

/** Runs `steps` one after another until one fails, each with its output on our terminal or appended to `logFile`. */
async function runInOrder(steps: Step[], logFile?: string): Promise<boolean> {
  for (const step of steps) {
    if ((await (logFile ? runToFile(step, logFile) : runInherited(step))) !== 0) return false
    step.built?.()
  }
  return true
}

/**
 * Runs `steps` up to `concurrency` at a time, starting them in order; none starts once one has
 * failed. Each one's output goes to a file of its own in `logDir` and is printed whole when it ends.
 */
async function runBeside(steps: Step[], concurrency: number, logDir: string, print: (text: string) => void): Promise<boolean> {
  fs.mkdirSync(logDir, { recursive: true })
  const waiting = steps.map((step, index) => ({ step, logFile: path.join(logDir, `${index + 1}.log`) }))
  let passed = true
  const lane = async () => {
    for (let next = waiting.shift(); next && passed; next = waiting.shift()) {
      const { step, logFile } = next
      print(`▶ ${step.name}\n`)
      const started = Date.now()
      const code = await runToFile(step, logFile)
      const seconds = ((Date.now() - started) / 1000).toFixed(0)
      print(`\n── ${step.name}: ${code === 0 ? "passed" : `failed (exit ${code})`} in ${seconds}s ──\n${fs.readFileSync(logFile, "utf8")}`)
      if (code === 0) step.built?.()
      else passed = false
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
  return passed
}

/** A suite's steps (in order until one fails, or `concurrency` at a time); with `logFile`, its output goes there and is printed at the end. */
async function runSuite(suite: Suite, logDir: string, logFile?: string): Promise<SuiteResult> {
  const header = `\n━━ ${suite.title} ━━\n`
  if (!logFile) process.stdout.write(header)
  const print = (text: string) => (logFile ? fs.appendFileSync(logFile, text) : process.stdout.write(text))
  const started = Date.now()
  let passed = true
  try {
    await suite.prepare?.()
    passed = (suite.concurrency ?? 1) > 1 ? await runBeside(suite.specs, suite.concurrency!, path.join(logDir, `${suite.name}-specs`), print) : await runInOrder(suite.specs, logFile)
  } catch (error) {
    const message = `${(error as Error).message}\n`
    if (logFile) fs.appendFileSync(logFile, message)
    else process.stderr.write(message)
    passed = false
  } finally {
    await suite.finish?.(passed)
  }
  const seconds = (Date.now() - started) / 1000
  if (logFile) process.stdout.write(`${header}(ran beside the main lane, ${seconds.toFixed(0)}s)\n${fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : ""}`)
  return { name: suite.name, title: suite.title, passed, seconds }
}

runMain(async () => {
  const env = process.env
  const wanted = process.argv.slice(2)
  const server = await throwawayDatabase(env)
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "doorstep-test-logs-"))
  onExit(async () => fs.rmSync(logDir, { recursive: true, force: true }))
  const all = suites(env, server, logDir)
  const unknown = wanted.filter((name) => !all.some((suite) => suite.name === name))
  if (unknown.length > 0) {
    throw new SetupError(`Unknown test suite ${unknown.join(", ")}; choose from ${all.map((s) => s.name).join(", ")}.`)
  }
  const selected = wanted.length > 0 ? all.filter((suite) => wanted.includes(suite.name)) : all
  // The side lane (cms, builds of the UIs) runs beside the main one, mostly while commerce builds its plugins;
  // its output is kept in a file and printed when each of its suites ends.
  const lane = (suites: Suite[], logged: boolean) => sequentially(suites, (suite) => runSuite(suite, logDir, logged ? path.join(logDir, `${suite.name}.log`) : undefined))
  const inLanes = selected.filter((s) => !s.after)
  const [main, side] = await Promise.all([lane(inLanes.filter((s) => !s.sideLane), false), lane(inLanes.filter((s) => s.sideLane), true)])
  const results = [...main, ...side]
  // Then what uses both lanes' builds (the browser journeys need the plugins and the storefront).
  for (const suite of selected.filter((s) => s.after)) {
    const failedFirst = suite.after!.filter((name) => results.some((r) => r.name === name && !r.passed))
    if (failedFirst.length === 0) results.push(await runSuite(suite, logDir))
    else {
      process.stdout.write(`\n━━ ${suite.title} ━━\nnot run: ${failedFirst.join(", ")} failed first\n`)
      results.push({ name: suite.name, title: suite.title, passed: false, seconds: 0 })
    }
  }
  const failed = results.filter((r) => !r.passed).length
  process.stdout.write(`\n━━ Summary (database: ${server.label}) ━━\n`)
  for (const r of results) process.stdout.write(`${r.passed ? "✔" : "✖"} ${r.title.padEnd(36)} ${r.seconds.toFixed(1)}s\n`)
  process.stdout.write(`suites: ${results.length - failed} passed, ${failed} failed\n`)
  return failed === 0 ? 0 : 1
})
