import fs from "node:fs"
import { aliyunSimulator } from "../../plugins/accounts/src/simulator/sms-vendors"
import path from "node:path"
import { adminEnv, cmsEnv, commands, commerceEnv, localUrl, storefrontEnv, type AppPorts } from "./apps"
import { codeBuilds, isCurrent, markBuilt, storefrontBuild } from "./builds"
import { runLogged, ServiceGroup, waitForHttp } from "./children"
import type { DatabaseServer } from "./database"
import { SetupError } from "./errors"
import { startLocalGateways } from "./payments"
import { workspace } from "./paths"
import { freePort } from "./ports"
import { step } from "./progress"
import { loadSecrets } from "./secrets"

/** What the journeys (jest in `storefront/journeys`) are told about the platform they walk through. */
export interface JourneyPlatform {
  env: Record<string, string>
  stop(): Promise<void>
}

/**
 * Commerce, the built storefront and the back office for the browser journeys,
 * on a database of their own (migrated and seeded with the demo data) and free
 * loopback ports. Commerce and the storefront share one cms with the demo
 * content (profiles, courses, media library), as `npm start` runs them. A
 * second storefront has neither commerce nor a cms, for the error states.
 * Builds that are missing or stale are made first (a whole `npm test` has made
 * them already); the back office is built for this commerce's address, which
 * Vite bakes in. `stop` stops the apps and drops the databases, whatever
 * happened before.
 */
export async function startJourneyPlatform(env: NodeJS.ProcessEnv, server: DatabaseServer, dirs: { logs: string; scratch: string }): Promise<JourneyPlatform> {
  const logDir = dirs.logs
  const database = `doorstep_journeys_test_${process.pid}`
  const cmsDatabase = `doorstep_journeys_cms_${process.pid}`
  const logFile = (name: string) => path.join(logDir, `${name}.log`)
  const services = new ServiceGroup((name, code) => process.stderr.write(`${name} stopped unexpectedly (exit ${code}); see ${logFile(name)}.\n`))
  const simulators: Array<() => Promise<void>> = []
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    await services.stopAll()
    await Promise.all(simulators.map((close) => close()))
    await server.dropDatabase(database)
    await server.dropDatabase(cmsDatabase)
  }
  try {
    for (const build of [...codeBuilds(env), storefrontBuild(env)]) {
      if (isCurrent(build)) continue
      await step(`Building ${build.name}`, () => runLogged(build.spec, logFile(`build-${build.name.replace(/ /g, "-")}`)))
      markBuilt(build)
    }
    const ports: AppPorts = { commerce: await freePort(), storefront: await freePort(), cms: await freePort(), admin: await freePort() }
    // A second storefront whose commerce and cms are down (nothing listens there), for the pages' error states.
    const offline: AppPorts = { ...ports, commerce: await freePort(), storefront: await freePort(), cms: await freePort() }
    // Payments go through the local WeChat Pay and Alipay simulators, sign-in codes through a loopback Aliyun SMS
    // whose texts the journeys read (`JOURNEY_SMS_URL`/__received).
    const gateways = await startLocalGateways(localUrl(ports.commerce), { wechatpay: await freePort(), alipay: await freePort() }, `http://127.0.0.1:${ports.storefront}`)
    simulators.push(() => gateways.stop())
    const sms = await aliyunSimulator("LTAI-doorstep-journeys", "aliyun-journeys-secret")
    simulators.push(() => sms.close())
    const secrets = loadSecrets({}, dirs.scratch)
    const commerce = {
      ...commerceEnv(env, ports, server.urlFor(database), secrets),
      ...gateways.env,
      SMS_PROVIDER: "aliyun",
      ALIYUN_SMS_ACCESS_KEY_ID: "LTAI-doorstep-journeys",
      ALIYUN_SMS_ACCESS_KEY_SECRET: "aliyun-journeys-secret",
      ALIYUN_SMS_ENDPOINT: sms.url,
      SMS_SIGN_NAME: "Doorstep",
      SMS_TEMPLATE_SIGN_IN_CODE: "SMS_465320001",
      DOORSTEP_SEED_OUTPUT: path.join(dirs.scratch, "commerce-seed.json"),
      LOG_LEVEL: env.LOG_LEVEL ?? "error",
    }
    await server.dropDatabase(database)
    await server.ensureDatabase(database)
    await server.dropDatabase(cmsDatabase)
    await server.ensureDatabase(cmsDatabase)
    await step("Migrating the journeys' commerce database", () => runLogged(commands.commerceMigrate(commerce), logFile("commerce-migrate")))
    await step("Seeding the demo data", () => runLogged(commands.commerceSeed(commerce), logFile("commerce-seed")))
    // The cms makes the demo beauticians' profiles from what the commerce seed wrote, and publishes the demo content.
    const cms = { ...cmsEnv(env, ports, server.urlFor(cmsDatabase), secrets), DOORSTEP_COMMERCE_SEED_OUTPUT: commerce.DOORSTEP_SEED_OUTPUT, STRAPI_LOG_LEVEL: "error" }
    services.start(commands.headlessCms(cms), logFile("cms"))
    const { publishable_key: publishableKey } = JSON.parse(fs.readFileSync(commerce.DOORSTEP_SEED_OUTPUT, "utf8")) as { publishable_key?: string }
    if (!publishableKey) throw new SetupError(`The commerce seed wrote no publishable key; see ${logFile("commerce-seed")}.`)
    // Request lines (`http`, each with its request's id) too: a journey follows one page view's id into commerce's log.
    services.start(commands.commerce({ ...commerce, LOG_LEVEL: env.LOG_LEVEL ?? "http" }), logFile("commerce"))
    const storefront = { ...storefrontEnv(env, ports, publishableKey), MAP_TILE_URL: "none", PAYMENT_SIMULATOR_URL: gateways.scanPage }
    services.start(commands.storefront(storefront, ports.storefront), logFile("storefront"))
    const withoutCommerce = { ...commands.storefront(storefrontEnv(env, offline, publishableKey), offline.storefront), name: "storefront without commerce" }
    services.start(withoutCommerce, logFile("storefront-without-commerce"))
    // A plain map on the dispatch board: no tile requests leave the machine (as the storefront's MAP_TILE_URL).
    const admin = { ...adminEnv(env, ports), VITE_MAP_TILE_URL: "none" }
    const adminDist = path.join(dirs.scratch, "admin")
    await step("Building the back office for the journeys' commerce", () =>
      runLogged({ name: "admin build", command: "npx", args: ["vite", "build", "--outDir", adminDist, "--emptyOutDir"], cwd: workspace("admin"), env: admin }, logFile("admin-build")),
    )
    services.start(
      { name: "admin", command: "npx", args: ["vite", "preview", "--outDir", adminDist, "--port", String(ports.admin), "--strictPort", "--host", "127.0.0.1"], cwd: workspace("admin"), env: admin },
      logFile("admin"),
    )
    await step("Starting the cms, commerce, the storefront and the back office", () =>
      Promise.all([
        waitForHttp(`${localUrl(ports.cms)}/_health`, 240_000),
        waitForHttp(`${localUrl(ports.commerce)}/health`, 120_000),
        waitForHttp(`http://127.0.0.1:${ports.storefront}/en`, 60_000),
        waitForHttp(`http://127.0.0.1:${offline.storefront}/en`, 60_000),
        waitForHttp(localUrl(ports.admin), 60_000),
      ]),
    )
    return {
      env: {
        JOURNEY_STOREFRONT_URL: `http://127.0.0.1:${ports.storefront}`,
        // Where the apps' output goes (`<app>.log`), for journeys that follow a request through the logs.
        JOURNEY_LOG_DIR: logDir,
        JOURNEY_STOREFRONT_WITHOUT_COMMERCE_URL: `http://127.0.0.1:${offline.storefront}`,
        JOURNEY_COMMERCE_URL: localUrl(ports.commerce),
        JOURNEY_PUBLISHABLE_KEY: publishableKey,
        JOURNEY_DATABASE_URL: server.urlFor(database),
        JOURNEY_CMS_URL: localUrl(ports.cms),
        JOURNEY_SMS_URL: sms.url,
        JOURNEY_WECHATPAY_URL: gateways.scanPage,
        // The address commerce lets the back office call it from (ADMIN_CORS).
        JOURNEY_ADMIN_URL: localUrl(ports.admin),
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
