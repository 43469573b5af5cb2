/**
 * `npm run bench:storefront` — Lighthouse, mobile profile, on the storefront's
 * home, a service page and the booking page, and on the beautician portal's
 * offers and today pages (signed in as a demo beautician, her session cookie
 * on every request), against the built storefront in
 * production mode and commerce on a seeded throwaway database (no cms: the
 * storefront carries on without it), all on free loopback ports.
 *
 * Prints the median scores per page and the home page's first-load JavaScript
 * (gzip bytes the browser fetched) against the targets, with the audits that
 * cost points; writes the same as JSON. Exits 1 when something is broken (setup
 * fails, a built page does not answer 200, Lighthouse fails), never for a
 * missed target.
 *
 *   BENCH_LIGHTHOUSE_RUNS=5       runs per page (the median is reported)
 *   BENCH_STOREFRONT_JSON=<file>  where the JSON result goes (artifacts/bench/storefront.json); a folder
 *                                 beside it of the same name keeps every Lighthouse report (lighthouse/:
 *                                 read their audits to see why a score is what it is) and the logs (logs/)
 *   CHROMIUM_PATH=/usr/bin/chromium
 */
import fs from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { commands, commerceEnv, localUrl, NO_PHONING_HOME, storefrontEnv, type AppPorts } from "../scripts/lib/apps"
import { codeBuilds, isCurrent, markBuilt, storefrontBuild } from "../scripts/lib/builds"
import { runLogged, ServiceGroup, waitForHttp } from "../scripts/lib/children"
import { embeddedServer } from "../scripts/lib/database"
import { SetupError } from "../scripts/lib/errors"
import { fail, onExit, runMain } from "../scripts/lib/main"
import { ROOT } from "../scripts/lib/paths"
import { freePort } from "../scripts/lib/ports"
import { step } from "../scripts/lib/progress"
import { loadSecrets } from "../scripts/lib/secrets"
import { runLighthouse } from "./lighthouse"
import { storefrontReport, summarise, type PageFigures } from "./storefront-report"

/** The pages measured, in the default locale (bare paths); the portal's signed in as a beautician. */
const PAGES: Array<{ path: string; as?: "beautician" }> = [
  { path: "/" },
  { path: "/services/tuina-massage" },
  { path: "/services/tuina-massage/book" },
  { path: "/pro", as: "beautician" },
  { path: "/pro/today", as: "beautician" },
]
/** A demo beautician (scripts/seed/data/beauticians.json) and the demo password. */
const BEAUTICIAN = { email: "wang-jing-01@doorstep.local", password: "Doorstep2026!" }
/** The storefront's cookie for a beautician's session (storefront/lib/session-cookies.ts). */
const PRO_COOKIE = "doorstep_pro_session"

function settings(env: NodeJS.ProcessEnv) {
  const runs = Number(env.BENCH_LIGHTHOUSE_RUNS ?? 5)
  if (!Number.isInteger(runs) || runs < 1) throw new SetupError(`BENCH_LIGHTHOUSE_RUNS=${env.BENCH_LIGHTHOUSE_RUNS} is not a positive whole number.`)
  const chromePath = env.CHROMIUM_PATH ?? "/usr/bin/chromium"
  if (!fs.existsSync(chromePath)) throw new SetupError(`No chromium at ${chromePath}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`)
  const jsonFile = path.resolve(env.BENCH_STOREFRONT_JSON ?? path.join(ROOT, "artifacts", "bench", "storefront.json"))
  // Beside the JSON, a folder of the same name keeps every Lighthouse report and the apps' logs.
  const keep = path.join(path.dirname(jsonFile), path.basename(jsonFile, ".json"))
  return { runs, chromePath, jsonFile, keep, reportDir: path.join(keep, "lighthouse"), logDir: path.join(keep, "logs") }
}

/** Commerce (seeded, on a throwaway PostgreSQL) and the production storefront; returns both origins. */
async function startPlatform(dir: string, logDir: string): Promise<{ origin: string; commerce: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...NO_PHONING_HOME }
  const logFile = (name: string) => path.join(logDir, `${name}.log`)
  const server = await step("Starting a throwaway PostgreSQL", async () =>
    embeddedServer({ dataDir: path.join(dir, "pg"), port: await freePort(), throwaway: true, logFile: logFile("postgres") }),
  )
  onExit(() => server.stop())
  for (const build of [...codeBuilds(env), storefrontBuild(env)]) {
    if (isCurrent(build)) continue
    await step(`Building ${build.name}`, () => runLogged(build.spec, logFile(`build-${build.name.replace(/ /g, "-")}`)))
    markBuilt(build)
  }
  // Nothing listens on the cms port: the storefront meets a cms that is down, as in the browser journeys.
  const ports: AppPorts = { commerce: await freePort(), storefront: await freePort(), cms: await freePort(), admin: await freePort() }
  await server.ensureDatabase("bench")
  const commerce = {
    ...commerceEnv(env, ports, server.urlFor("bench"), loadSecrets({}, dir)),
    DOORSTEP_SEED_OUTPUT: path.join(dir, "commerce-seed.json"),
    LOG_LEVEL: env.LOG_LEVEL ?? "error",
  }
  await step("Migrating commerce's database", () => runLogged(commands.commerceMigrate(commerce), logFile("commerce-migrate")))
  await step("Seeding the demo data", () => runLogged(commands.commerceSeed(commerce), logFile("commerce-seed")))
  const { publishable_key: publishableKey } = JSON.parse(fs.readFileSync(commerce.DOORSTEP_SEED_OUTPUT, "utf8")) as { publishable_key?: string }
  if (!publishableKey) throw new SetupError(`The commerce seed wrote no publishable key; see ${logFile("commerce-seed")}.`)

  const services = new ServiceGroup((name, code) => fail(`${name} stopped unexpectedly (exit ${code}); see ${logFile(name)}.`))
  onExit(() => services.stopAll())
  services.start(commands.commerce(commerce), logFile("commerce"))
  // What is measured is what ships: `next start` on the production build, in production mode.
  services.start(commands.storefront(storefrontEnv({ ...env, NODE_ENV: "production" }, ports, publishableKey), ports.storefront), logFile("storefront"))
  const origin = `http://127.0.0.1:${ports.storefront}`
  await step("Starting commerce and the storefront", () =>
    Promise.all([waitForHttp(`${localUrl(ports.commerce)}/health`, 180_000), waitForHttp(`${origin}/en`, 120_000)]),
  )
  return { origin, commerce: localUrl(ports.commerce) }
}

/** The cookie a beautician's browser sends once signed in to the portal: commerce's token for her. */
async function beauticianCookie(commerce: string): Promise<string> {
  const response = await fetch(`${commerce}/auth/beautician/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(BEAUTICIAN),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!response.ok || !token) throw new SetupError(`Commerce did not sign in ${BEAUTICIAN.email} (${response.status}).`)
  return `${PRO_COOKIE}=${token}`
}

/** The status a page answers, redirects not followed; twice, so the measured runs meet warm caches. */
async function statusOf(url: string, headers: Record<string, string>): Promise<number> {
  let status = 0
  for (let i = 0; i < 2; i++) {
    const response = await fetch(url, { redirect: "manual", headers, signal: AbortSignal.timeout(30_000) })
    await response.arrayBuffer()
    status = response.status
  }
  return status
}

/** How the storefront encodes a script for a browser that accepts gzip (Node's fetch would hide it by decompressing). */
function encodingOf(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip, deflate, br" } }, (response) => {
        response.resume()
        response.on("end", () => resolve(String(response.headers["content-encoding"] ?? "identity")))
      })
      .on("error", reject)
  })
}

const slug = (pagePath: string) => (pagePath === "/" ? "home" : pagePath.slice(1).replace(/\//g, "-"))

runMain(async () => {
  const bench = settings(process.env)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "doorstep-bench-storefront-"))
  fs.chmodSync(dir, 0o755)
  onExit(async () => fs.rmSync(dir, { recursive: true, force: true }))
  fs.rmSync(bench.keep, { recursive: true, force: true })
  fs.mkdirSync(bench.reportDir, { recursive: true })
  fs.mkdirSync(bench.logDir, { recursive: true })
  const { origin, commerce } = await startPlatform(dir, bench.logDir)
  const signedIn = { Cookie: await beauticianCookie(commerce) }
  const headersFor = (page: (typeof PAGES)[number]) => (page.as === "beautician" ? signedIn : {})

  const pages: Array<PageFigures & { headers: Record<string, string> }> = []
  for (const page of PAGES) {
    const status = await statusOf(`${origin}${page.path}`, headersFor(page))
    if (status !== 200) throw new SetupError(`${origin}${page.path} answered ${status}, not 200; see ${path.join(bench.logDir, "storefront.log")}.`)
    pages.push({ path: page.path, runs: [], headers: headersFor(page) })
  }
  // Round by round over the pages, so that a burst of load on this shared machine falls on every page alike.
  for (let i = 1; i <= bench.runs; i++) {
    for (const page of pages) {
      page.runs.push(
        await step(`Lighthouse on ${page.path}, run ${i} of ${bench.runs}`, () =>
          runLighthouse(`${origin}${page.path}`, {
            reportFile: path.join(bench.reportDir, `${slug(page.path)}-${i}.json`),
            logFile: path.join(bench.logDir, "lighthouse.log"),
            chromePath: bench.chromePath,
            headers: page.headers,
          }),
        ),
      )
    }
  }

  const homeScripts = pages.find((p) => p.path === "/")?.runs[0]?.scripts ?? []
  const encodings = Object.fromEntries(await Promise.all(homeScripts.map(async (s) => [s.url, await encodingOf(s.url)] as const)))
  const summary = summarise(pages, { encodings })
  const first = pages.flatMap((p) => p.runs)[0]
  const setup = { runs: bench.runs, lighthouseVersion: first.lighthouseVersion, browser: first.browser }
  process.stdout.write(storefrontReport(summary, setup))
  for (const warning of new Set(pages.flatMap((p) => p.runs.flatMap((r) => r.warnings)))) process.stdout.write(`Lighthouse warned: ${warning}\n`)

  fs.mkdirSync(path.dirname(bench.jsonFile), { recursive: true })
  const result = { bench: "storefront", measuredAt: new Date().toISOString(), profile: "mobile", ...setup, ...summary }
  fs.writeFileSync(bench.jsonFile, `${JSON.stringify(result, null, 2)}\n`)
  process.stdout.write(`Result written to ${path.relative(process.cwd(), bench.jsonFile)}; Lighthouse's reports and the apps' logs are in ${path.relative(process.cwd(), bench.keep)}/\n`)
  if (summary.broken.length === 0) return 0
  process.stderr.write(`\n✖ Broken, not merely slow:\n${summary.broken.map((p) => `  ${p}`).join("\n")}\n`)
  return 1
})
