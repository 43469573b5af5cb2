/**
 * `npm start`: the whole platform on one machine, with demo data.
 * PostgreSQL (embedded unless DATABASE_URL is set) → databases → builds that are
 * missing → migrations and seed → cms, commerce, admin, storefront.
 */
import { adminEnv, cmsEnv, commands, commerceEnv, localUrl } from "./lib/apps"
import { ServiceGroup, waitForHttp } from "./lib/children"
import { fail, onExit, runMain } from "./lib/main"
import { DATA_DIR } from "./lib/paths"
import { announce, buildWhatIsMissing, gatewayPortSettings, logFile, migrateAndSeedCommerce, platformPorts, startDatabases, startDemoGateways, startUserApps } from "./lib/platform"
import { assertPortsFree } from "./lib/ports"
import { step } from "./lib/progress"
import { loadSecrets } from "./lib/secrets"

runMain(async () => {
  const env = process.env
  const { ports, settings: portSettings, postgres: postgresPort } = platformPorts(env)
  const gatewayPorts = gatewayPortSettings(env)
  await assertPortsFree([...portSettings, ...gatewayPorts, ...(env.DATABASE_URL ? [] : [postgresPort])])
  const secrets = loadSecrets(env, DATA_DIR)

  const services = new ServiceGroup((name, code) =>
    fail(`${name} stopped unexpectedly (exit ${code}); see ${logFile(name)}. Stopping everything.`),
  )
  const { server, cmsUrl, commerceUrl } = await startDatabases(env, postgresPort.port)
  onExit(() => services.stopAll())

  const cms = cmsEnv(env, ports, cmsUrl, secrets)
  await buildWhatIsMissing(env, cms, adminEnv(env, ports))
  const gateways = await startDemoGateways(ports, gatewayPorts)
  const commerce = { ...commerceEnv(env, ports, commerceUrl, secrets), ...gateways.commerceEnv }
  const seed = await migrateAndSeedCommerce(commerce)

  services.start(commands.commerce(commerce), logFile("commerce"))
  const others = startUserApps(services, { env, ports, cms, commerce, seed, storefrontExtra: gateways.storefrontEnv })
  await step("Starting cms, commerce, admin and storefront", () => Promise.all([waitForHttp(`${localUrl(ports.commerce)}/health`, 180_000), ...others]))

  announce(env, {
    title: "Doorstep is running:",
    ports,
    seed,
    database: server.label,
    commerceLines: [`  commerce API ${localUrl(ports.commerce)}   publishable key ${seed.publishable_key}`],
    extraLines: gateways.lines,
  })
  await new Promise(() => {})
})
