import fs from "node:fs"
import { aliyunSimulator } from "../../plugins/accounts/src/simulator/sms-vendors"
import path from "node:path"
import { commands, commerceEnv, localUrl, storefrontEnv, type AppPorts } from "./apps"
import { codeBuilds, isCurrent, markBuilt, storefrontBuild } from "./builds"
import { runLogged, ServiceGroup, waitForHttp } from "./children"
import type { DatabaseServer } from "./database"
import { SetupError } from "./errors"
import { startLocalGateways } from "./payments"
import { freePort } from "./ports"
import { step } from "./progress"
import { loadSecrets } from "./secrets"

/** What the journeys (jest in `storefront/journeys`) are told about the platform they walk through. */
export interface JourneyPlatform {
  env: Record<string, string>
  stop(): Promise<void>
}

/**
 * Commerce and the built storefront for the browser journeys, on a database of
 * their own (migrated and seeded with the demo data) and free loopback ports.
 * The cms is not started: the storefront must carry on without it (a journey
 * that needs its media starts one of its own on the cms's port); a second
 * storefront has no commerce at all, for the error states. Builds that
 * are missing or stale are made first (a whole `npm test` has made them already).
 * `stop` stops both apps and drops the database, whatever happened before.
 */
export async function startJourneyPlatform(env: NodeJS.ProcessEnv, server: DatabaseServer, dirs: { logs: string; scratch: string }): Promise<JourneyPlatform> {
  const logDir = dirs.logs
  const database = `doorstep_journeys_test_${process.pid}`
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
  }
  try {
    for (const build of [...codeBuilds(env), storefrontBuild(env)]) {
      if (isCurrent(build)) continue
      await step(`Building ${build.name}`, () => runLogged(build.spec, logFile(`build-${build.name.replace(/ /g, "-")}`)))
      markBuilt(build)
    }
    // Nothing listens on the cms port: the storefront meets a cms that is down.
    const ports: AppPorts = { commerce: await freePort(), storefront: await freePort(), cms: await freePort(), admin: await freePort() }
    // A second storefront whose commerce is down (nothing listens there either), for the pages' error states.
    const offline: AppPorts = { ...ports, commerce: await freePort(), storefront: await freePort() }
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
    await step("Migrating the journeys' commerce database", () => runLogged(commands.commerceMigrate(commerce), logFile("commerce-migrate")))
    await step("Seeding the demo data", () => runLogged(commands.commerceSeed(commerce), logFile("commerce-seed")))
    const { publishable_key: publishableKey } = JSON.parse(fs.readFileSync(commerce.DOORSTEP_SEED_OUTPUT, "utf8")) as { publishable_key?: string }
    if (!publishableKey) throw new SetupError(`The commerce seed wrote no publishable key; see ${logFile("commerce-seed")}.`)
    services.start(commands.commerce(commerce), logFile("commerce"))
    const storefront = { ...storefrontEnv(env, ports, publishableKey), MAP_TILE_URL: "none", PAYMENT_SIMULATOR_URL: gateways.scanPage }
    services.start(commands.storefront(storefront, ports.storefront), logFile("storefront"))
    const withoutCommerce = { ...commands.storefront(storefrontEnv(env, offline, publishableKey), offline.storefront), name: "storefront without commerce" }
    services.start(withoutCommerce, logFile("storefront-without-commerce"))
    await step("Starting commerce and the storefront", () =>
      Promise.all([
        waitForHttp(`${localUrl(ports.commerce)}/health`, 120_000),
        waitForHttp(`http://127.0.0.1:${ports.storefront}/en`, 60_000),
        waitForHttp(`http://127.0.0.1:${offline.storefront}/en`, 60_000),
      ]),
    )
    return {
      env: {
        JOURNEY_STOREFRONT_URL: `http://127.0.0.1:${ports.storefront}`,
        JOURNEY_STOREFRONT_WITHOUT_COMMERCE_URL: `http://127.0.0.1:${offline.storefront}`,
        JOURNEY_COMMERCE_URL: localUrl(ports.commerce),
        JOURNEY_PUBLISHABLE_KEY: publishableKey,
        JOURNEY_DATABASE_URL: server.urlFor(database),
        JOURNEY_SMS_URL: sms.url,
        JOURNEY_WECHATPAY_URL: gateways.scanPage,
        // Where commerce looks for the cms (nothing listens there), and its key: a journey that needs the cms's
        // media (a service record's photos) starts one there for its own run.
        JOURNEY_CMS_PORT: String(ports.cms),
        JOURNEY_CMS_API_TOKEN: secrets.CMS_API_TOKEN,
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
