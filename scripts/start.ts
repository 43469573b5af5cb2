/**
 * `npm start`: the whole platform on one machine, with demo data.
 * PostgreSQL (embedded unless DATABASE_URL is set) → databases → builds that are
 * missing → migrations and seed → cms, commerce, admin, storefront.
 */
import fs from "node:fs"
import path from "node:path"
import { adminEnv, cmsEnv, commands, commerceEnv, localUrl, PORT_DEFAULTS, storefrontEnv, type AppName, type AppPorts } from "./lib/apps"
import { builds, isCurrent, markBuilt } from "./lib/builds"
import { runLogged, ServiceGroup, waitForHttp } from "./lib/children"
import { embeddedServer, externalServer, type DatabaseServer } from "./lib/database"
import { SetupError } from "./lib/errors"
import { fail, onExit, runMain } from "./lib/main"
import { DATA_DIR, SEED_DIR } from "./lib/paths"
import { assertPortsFree, portFromEnv } from "./lib/ports"
import { step } from "./lib/progress"
import { loadSecrets } from "./lib/secrets"
import { localGatewaysWanted, startLocalGateways } from "./lib/payments"

const LOG_DIR = path.join(DATA_DIR, "logs")
const logFile = (name: string) => path.join(LOG_DIR, `${name}.log`)

interface SeedOutput {
  publishable_key: string
  region_id: string
}

interface Accounts {
  commerce_admin: { email: string; password: string }
  cms_admin: { email: string; password: string }
  cms_editors: Array<{ role: string; email: string; password: string }>
  customer: { email: string; password: string }
  staff: Array<{ role: string; merchant_handle?: string; email: string; password: string }>
}

function databaseBaseName(env: NodeJS.ProcessEnv): string {
  if (!env.DATABASE_URL) return "doorstep"
  const name = decodeURIComponent(new URL(env.DATABASE_URL).pathname.slice(1))
  return name && name !== "postgres" ? name : "doorstep"
}

runMain(async () => {
  const env = process.env
  const portSettings = (Object.keys(PORT_DEFAULTS) as AppName[]).map((app) => {
    const { envName, port, service } = PORT_DEFAULTS[app]
    return { app, ...portFromEnv(env, envName, port, service) }
  })
  const ports = Object.fromEntries(portSettings.map((s) => [s.app, s.port])) as AppPorts
  const postgresPort = portFromEnv(env, "POSTGRES_PORT", 54329, "embedded PostgreSQL")
  const gatewayPorts = localGatewaysWanted(env)
    ? [portFromEnv(env, "WECHATPAY_SIMULATOR_PORT", 9310, "WeChat Pay simulator"), portFromEnv(env, "ALIPAY_SIMULATOR_PORT", 9311, "Alipay simulator")]
    : []
  await assertPortsFree([...portSettings, ...gatewayPorts, ...(env.DATABASE_URL ? [] : [postgresPort])])
  const secrets = loadSecrets(env, DATA_DIR)

  const services = new ServiceGroup((name, code) =>
    fail(`${name} stopped unexpectedly (exit ${code}); see ${logFile(name)}. Stopping everything.`),
  )
  const database: DatabaseServer = await step(env.DATABASE_URL ? "Connecting to PostgreSQL" : "Starting embedded PostgreSQL", () =>
    env.DATABASE_URL
      ? externalServer(env.DATABASE_URL)
      : embeddedServer({
          dataDir: path.join(DATA_DIR, "postgres"),
          port: postgresPort.port,
          throwaway: false,
          logFile: logFile("postgres"),
        }),
  )
  onExit(() => database.stop())
  onExit(() => services.stopAll())
  const server = database
  const base = databaseBaseName(env)
  const cmsDb = `${base}_cms`
  const commerceDb = `${base}_commerce`
  await step(`Creating databases ${cmsDb}, ${commerceDb}`, async () => {
    await server.ensureDatabase(cmsDb)
    await server.ensureDatabase(commerceDb)
  })

  const cms = cmsEnv(env, ports, server.urlFor(cmsDb), secrets)
  const admin = adminEnv(env, ports)
  for (const build of builds({ env: { ...env }, cmsEnv: cms, adminEnv: admin })) {
    if (isCurrent(build)) continue
    await step(`Building ${build.name} (first start only)`, () => runLogged(build.spec, logFile(`build-${build.name.replace(/ /g, "-")}`)))
    markBuilt(build)
  }
  // Without real gateway credentials, the demo pays through local WeChat Pay and Alipay simulators.
  const gateways =
    gatewayPorts.length > 0
      ? await step("Starting the WeChat Pay, Alipay and WeChat sign-in simulators", () =>
          startLocalGateways(localUrl(ports.commerce), { wechatpay: gatewayPorts[0].port, alipay: gatewayPorts[1].port }, localUrl(ports.storefront)),
        )
      : undefined
  if (gateways) onExit(() => gateways.stop())
  const commerce = { ...commerceEnv(env, ports, server.urlFor(commerceDb), secrets), ...gateways?.env }

  await step("Migrating the commerce database", () => runLogged(commands.commerceMigrate(commerce), logFile("commerce-migrate")))
  await step("Seeding commerce demo data", () => runLogged(commands.commerceSeed(commerce), logFile("commerce-seed")))
  const seed = JSON.parse(fs.readFileSync(commerce.DOORSTEP_SEED_OUTPUT!, "utf8")) as SeedOutput
  if (!seed.publishable_key) throw new SetupError(`The commerce seed wrote no publishable key; see ${logFile("commerce-seed")}.`)

  // The cms publishes the demo beauticians' profiles under the ids commerce's seed gave them.
  services.start(commands.cms({ ...cms, DOORSTEP_COMMERCE_SEED_OUTPUT: commerce.DOORSTEP_SEED_OUTPUT }), logFile("cms"))
  services.start(commands.commerce(commerce), logFile("commerce"))
  services.start(commands.admin(admin, ports.admin), logFile("admin"))
  // With the simulators, checkout links to the simulated WeChat "phone" that scans and pays.
  const storefront = { ...storefrontEnv(env, ports, seed.publishable_key), ...(gateways ? { PAYMENT_SIMULATOR_URL: gateways.scanPage } : {}) }
  services.start(commands.storefront(storefront, ports.storefront), logFile("storefront"))
  await step("Starting cms, commerce, admin and storefront", () =>
    Promise.all([
      waitForHttp(`${localUrl(ports.cms)}/_health`, 180_000),
      waitForHttp(`${localUrl(ports.commerce)}/health`, 180_000),
      waitForHttp(localUrl(ports.admin), 60_000),
      waitForHttp(localUrl(ports.storefront), 120_000),
    ]),
  )

  const accounts = JSON.parse(fs.readFileSync(path.join(env.DOORSTEP_SEED_DIR ?? SEED_DIR, "accounts.json"), "utf8")) as Accounts
  const demo = {
    urls: {
      storefront: localUrl(ports.storefront),
      storefront_en: `${localUrl(ports.storefront)}/en`,
      admin: localUrl(ports.admin),
      commerce: localUrl(ports.commerce),
      cms: localUrl(ports.cms),
      cms_admin: `${localUrl(ports.cms)}/admin`,
    },
    publishable_key: seed.publishable_key,
    region_id: seed.region_id,
    logins: {
      admin: accounts.commerce_admin,
      cms_admin: accounts.cms_admin,
      cms_editors: accounts.cms_editors.map(({ role, email, password }) => ({ role, email, password })),
      customer: accounts.customer,
      staff: accounts.staff.map(({ role, merchant_handle, email, password }) => ({ role, merchant_handle, email, password })),
    },
    database: server.label,
  }
  fs.writeFileSync(path.join(DATA_DIR, "demo.json"), JSON.stringify(demo, null, 2))
  process.stdout.write(
    [
      "",
      "Doorstep is running:",
      `  storefront   ${demo.urls.storefront}   (English: ${demo.urls.storefront_en})`,
      `  admin        ${demo.urls.admin}   ${accounts.commerce_admin.email} / ${accounts.commerce_admin.password}`,
      `  commerce API ${demo.urls.commerce}   publishable key ${seed.publishable_key}`,
      `  cms          ${demo.urls.cms_admin}   ${accounts.cms_admin.email} / ${accounts.cms_admin.password}`,
      `               trainer, studio editor, reviewer: ${accounts.cms_editors.map((editor) => editor.email).join(", ")} (same password)`,
      `               studio manager, front desk, support: ${accounts.staff.map((member) => member.email).join(", ")} (same password)`,
      `  customer     ${accounts.customer.email} / ${accounts.customer.password}`,
      ...(gateways
        ? [
            `  payments     simulated (no money moves): WeChat Pay scan-and-pay ${gateways.scanPage}, Alipay cashier pages open from checkout`,
            `  WeChat login simulated: the storefront's sign-in page opens a page to confirm on`,
          ]
        : []),
      `  database     ${server.label}`,
      `Logs in ${path.relative(process.cwd(), LOG_DIR) || LOG_DIR}/, demo details in .data/demo.json. Ctrl-C stops everything.`,
      "",
    ].join("\n"),
  )
  await new Promise(() => {})
})
