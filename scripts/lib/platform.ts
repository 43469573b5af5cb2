/**
 * The steps `npm start` and `npm run start:cluster` share: PostgreSQL and its
 * databases, the builds, commerce's migrations and demo data, the apps around
 * commerce (cms, back office, storefront) and the summary printed at the end.
 */
import fs from "node:fs"
import path from "node:path"
import { adminEnv, cmsEnv, commands, commerceEnv, localUrl, PORT_DEFAULTS, storefrontEnv, type AppName, type AppPorts } from "./apps"
import { builds, isCurrent, markBuilt } from "./builds"
import { runLogged, ServiceGroup, waitForHttp } from "./children"
import { embeddedServer, externalServer, type DatabaseServer } from "./database"
import { SetupError } from "./errors"
import { fail, onExit } from "./main"
import { localGatewaysWanted, startLocalGateways } from "./payments"
import { assertPortsFree, portFromEnv, type PortSetting } from "./ports"
import { DATA_DIR, SEED_DIR } from "./paths"
import { step } from "./progress"
import { loadSecrets } from "./secrets"

export const LOG_DIR = path.join(DATA_DIR, "logs")
export const logFile = (name: string) => path.join(LOG_DIR, `${name}.log`)

export interface SeedOutput {
  publishable_key: string
  region_id: string
  /** The demo beauticians' ids by handle. */
  beauticians: Record<string, string>
}

export interface Accounts {
  commerce_admin: { email: string; password: string }
  cms_admin: { email: string; password: string }
  cms_editors: Array<{ role: string; email: string; password: string }>
  customer: { email: string; password: string }
  staff: Array<{ role: string; merchant_handle?: string; email: string; password: string }>
}

/** Each app's port (its variable, or the default) and the embedded PostgreSQL's, to check and to use. */
function platformPorts(env: NodeJS.ProcessEnv): { ports: AppPorts; settings: PortSetting[]; postgres: PortSetting } {
  const settings = (Object.keys(PORT_DEFAULTS) as AppName[]).map((app) => {
    const { envName, port, service } = PORT_DEFAULTS[app]
    return { app, ...portFromEnv(env, envName, port, service) }
  })
  const ports = Object.fromEntries(settings.map((s) => [s.app, s.port])) as AppPorts
  return { ports, settings, postgres: portFromEnv(env, "POSTGRES_PORT", 54329, "embedded PostgreSQL") }
}

function databaseBaseName(env: NodeJS.ProcessEnv): string {
  if (!env.DATABASE_URL) return "doorstep"
  const name = decodeURIComponent(new URL(env.DATABASE_URL).pathname.slice(1))
  return name && name !== "postgres" ? name : "doorstep"
}

/** PostgreSQL (embedded under `.data/` unless DATABASE_URL names a server) with the cms's and commerce's databases; stopped on exit. */
async function startDatabases(env: NodeJS.ProcessEnv, postgresPort: number) {
  const server: DatabaseServer = await step(env.DATABASE_URL ? "Connecting to PostgreSQL" : "Starting embedded PostgreSQL", () =>
    env.DATABASE_URL
      ? externalServer(env.DATABASE_URL)
      : embeddedServer({ dataDir: path.join(DATA_DIR, "postgres"), port: postgresPort, throwaway: false, logFile: logFile("postgres") }),
  )
  onExit(() => server.stop())
  const base = databaseBaseName(env)
  const cmsDb = `${base}_cms`
  const commerceDb = `${base}_commerce`
  await step(`Creating databases ${cmsDb}, ${commerceDb}`, async () => {
    await server.ensureDatabase(cmsDb)
    await server.ensureDatabase(commerceDb)
  })
  return { server, cmsUrl: server.urlFor(cmsDb), commerceUrl: server.urlFor(commerceDb) }
}

/** Builds that are missing or stale (a fresh clone's first start). */
async function buildWhatIsMissing(env: NodeJS.ProcessEnv, cms: NodeJS.ProcessEnv, admin: NodeJS.ProcessEnv): Promise<void> {
  for (const build of builds({ env: { ...env }, cmsEnv: cms, adminEnv: admin })) {
    if (isCurrent(build)) continue
    await step(`Building ${build.name} (first start only)`, () => runLogged(build.spec, logFile(`build-${build.name.replace(/ /g, "-")}`)))
    markBuilt(build)
  }
}

/** Commerce's migrations, then its demo data (idempotent); resolves to what the seed wrote (the publishable key, the region). */
export async function migrateAndSeedCommerce(commerce: NodeJS.ProcessEnv, logs: (name: string) => string = logFile): Promise<SeedOutput> {
  await step("Migrating the commerce database", () => runLogged(commands.commerceMigrate(commerce), logs("commerce-migrate")))
  await step("Seeding commerce demo data", () => runLogged(commands.commerceSeed(commerce), logs("commerce-seed")))
  const seed = JSON.parse(fs.readFileSync(commerce.DOORSTEP_SEED_OUTPUT!, "utf8")) as SeedOutput
  if (!seed.publishable_key) throw new SetupError(`The commerce seed wrote no publishable key; see ${logs("commerce-seed")}.`)
  return seed
}

export type PlatformSetup = Awaited<ReturnType<typeof platformSetup>>

/**
 * What `npm start` and `npm run start:cluster` do before their apps start:
 * every port free (`extraPorts` besides the apps', the simulators' and the
 * embedded PostgreSQL's), the secrets, PostgreSQL and its databases, the
 * builds that are missing, the payment simulators (which notify the commerce
 * at `ports.commerce`), then commerce's migrations and demo data. Resolves to
 * each app's env and what the seed wrote.
 */
export async function platformSetup(env: NodeJS.ProcessEnv, extraPorts: PortSetting[] = []) {
  const { ports, settings, postgres } = platformPorts(env)
  const gatewayPorts = gatewayPortSettings(env)
  await assertPortsFree([...settings, ...extraPorts, ...gatewayPorts, ...(env.DATABASE_URL ? [] : [postgres])])
  const secrets = loadSecrets(env, DATA_DIR)
  const { server, cmsUrl, commerceUrl } = await startDatabases(env, postgres.port)
  const cms = cmsEnv(env, ports, cmsUrl, secrets)
  await buildWhatIsMissing(env, cms, adminEnv(env, ports))
  const gateways = await startDemoGateways(ports, gatewayPorts)
  const commerce = { ...commerceEnv(env, ports, commerceUrl, secrets), ...gateways.commerceEnv }
  const seed = await migrateAndSeedCommerce(commerce)
  return { env, ports, database: server.label, cms, commerce, seed, gateways }
}

/** The group the apps run in: one stopping unexpectedly stops everything. Stopped on exit before whatever was started earlier. */
export function platformServices(): ServiceGroup {
  const services = new ServiceGroup((name, code) => fail(`${name} stopped unexpectedly (exit ${code}); see ${logFile(name)}. Stopping everything.`))
  onExit(() => services.stopAll())
  return services
}

/**
 * The apps around commerce: the cms (which publishes the demo beauticians'
 * profiles under the ids commerce's seed gave them), the back office and the
 * storefront, each pointed at the commerce of `ports.commerce`.
 */
export function startUserApps(services: ServiceGroup, platform: PlatformSetup): Array<Promise<void>> {
  const { env, ports, cms, commerce, seed, gateways } = platform
  services.start(commands.cms({ ...cms, DOORSTEP_COMMERCE_SEED_OUTPUT: commerce.DOORSTEP_SEED_OUTPUT }), logFile("cms"))
  services.start(commands.admin(adminEnv(env, ports), ports.admin), logFile("admin"))
  services.start(commands.storefront({ ...storefrontEnv(env, ports, seed.publishable_key), ...gateways.storefrontEnv }, ports.storefront), logFile("storefront"))
  return [waitForHttp(`${localUrl(ports.cms)}/_health`, 180_000), waitForHttp(localUrl(ports.admin), 60_000), waitForHttp(localUrl(ports.storefront), 120_000)]
}

/**
 * The demo's addresses and logins: written to `.data/demo.json` and printed,
 * `commerceLines` saying where commerce answers, `extraLines` before the
 * simulators' own.
 */
export function announce(platform: PlatformSetup, options: { title: string; commerceLines: string[]; extraLines?: string[] }): void {
  const { env, ports, seed } = platform
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
    database: platform.database,
  }
  fs.writeFileSync(path.join(DATA_DIR, "demo.json"), JSON.stringify(demo, null, 2))
  process.stdout.write(
    [
      "",
      options.title,
      `  storefront   ${demo.urls.storefront}   (English: ${demo.urls.storefront_en})`,
      `  admin        ${demo.urls.admin}   ${accounts.commerce_admin.email} / ${accounts.commerce_admin.password}`,
      ...options.commerceLines,
      `  cms          ${demo.urls.cms_admin}   ${accounts.cms_admin.email} / ${accounts.cms_admin.password}`,
      `               trainer, studio editor, reviewer: ${accounts.cms_editors.map((editor) => editor.email).join(", ")} (same password)`,
      `               studio manager, front desk, support: ${accounts.staff.map((member) => member.email).join(", ")} (same password)`,
      `  customer     ${accounts.customer.email} / ${accounts.customer.password}`,
      ...(options.extraLines ?? []),
      ...platform.gateways.lines,
      `  database     ${platform.database}`,
      `Logs in ${path.relative(process.cwd(), LOG_DIR) || LOG_DIR}/, demo details in .data/demo.json. Ctrl-C stops everything.`,
      "",
    ].join("\n"),
  )
}

/** The local payment simulators' ports, when no real gateway credentials are set (else none). */
function gatewayPortSettings(env: NodeJS.ProcessEnv): PortSetting[] {
  return localGatewaysWanted(env)
    ? [portFromEnv(env, "WECHATPAY_SIMULATOR_PORT", 9310, "WeChat Pay simulator"), portFromEnv(env, "ALIPAY_SIMULATOR_PORT", 9311, "Alipay simulator")]
    : []
}

/**
 * Without real gateway credentials, the demo pays through local WeChat Pay and
 * Alipay simulators (and signs in through a WeChat one), which notify the
 * commerce at `ports.commerce`; stopped on exit. Resolves to the env commerce
 * and the storefront need, and the summary's lines.
 */
async function startDemoGateways(ports: AppPorts, gatewayPorts: PortSetting[]) {
  if (gatewayPorts.length === 0) return { commerceEnv: {}, storefrontEnv: {}, lines: [] as string[] }
  const gateways = await step("Starting the WeChat Pay, Alipay and WeChat sign-in simulators", () =>
    startLocalGateways(localUrl(ports.commerce), { wechatpay: gatewayPorts[0].port, alipay: gatewayPorts[1].port }, localUrl(ports.storefront)),
  )
  onExit(() => gateways.stop())
  return {
    commerceEnv: gateways.env,
    // Checkout links to the simulated WeChat "phone" that scans and pays.
    storefrontEnv: { PAYMENT_SIMULATOR_URL: gateways.scanPage },
    lines: [
      `  payments     simulated (no money moves): WeChat Pay scan-and-pay ${gateways.scanPage}, Alipay cashier pages open from checkout`,
      `  WeChat login simulated: the storefront's sign-in page opens a page to confirm on`,
    ],
  }
}
