/**
 * `npm run start:cluster`: the platform in its production shape on one machine —
 * Redis, PostgreSQL, two commerce servers and one commerce worker, the cms, the
 * storefront and the back office (both calling server 1), with demo data.
 *
 *   COMMERCE_PORT=9000 COMMERCE_SERVER_2_PORT=9002 COMMERCE_WORKER_PORT=9001 COMMERCE_WORKER_METRICS_PORT=9003
 *   REDIS_URL   a Redis of your own instead of the local redis-server (on a free port, under .data/redis)
 */
import { adminEnv, cmsEnv, commerceEnv, localUrl } from "./lib/apps"
import { ServiceGroup } from "./lib/children"
import { clusterRedis, redisDirUnder, startCommerceCluster } from "./lib/cluster"
import { fail, onExit, runMain } from "./lib/main"
import { DATA_DIR } from "./lib/paths"
import { announce, buildWhatIsMissing, gatewayPortSettings, logFile, migrateAndSeedCommerce, platformPorts, startDatabases, startDemoGateways, startUserApps } from "./lib/platform"
import { assertPortsFree, portFromEnv } from "./lib/ports"
import { step } from "./lib/progress"
import { loadSecrets } from "./lib/secrets"

runMain(async () => {
  const env = process.env
  const { ports, settings: appPorts, postgres: postgresPort } = platformPorts(env)
  const server2 = portFromEnv(env, "COMMERCE_SERVER_2_PORT", 9002, "commerce server 2")
  const worker = portFromEnv(env, "COMMERCE_WORKER_PORT", 9001, "commerce worker")
  const workerMetrics = portFromEnv(env, "COMMERCE_WORKER_METRICS_PORT", 9003, "commerce worker's metrics")
  const gatewayPorts = gatewayPortSettings(env)
  await assertPortsFree([...appPorts, server2, worker, workerMetrics, ...gatewayPorts, ...(env.DATABASE_URL ? [] : [postgresPort])])
  const secrets = loadSecrets(env, DATA_DIR)

  const services = new ServiceGroup((name, code) => fail(`${name} stopped unexpectedly (exit ${code}); see ${logFile(name)}. Stopping everything.`))
  const { server, cmsUrl, commerceUrl } = await startDatabases(env, postgresPort.port)
  // Started after PostgreSQL so that it stops before it: the apps stop first, then Redis, then the database.
  const redisUrl = await step(env.REDIS_URL ? "Using REDIS_URL" : "Starting redis-server", () => clusterRedis(env, redisDirUnder(DATA_DIR), logFile))
  onExit(() => services.stopAll())

  const cms = cmsEnv(env, ports, cmsUrl, secrets)
  await buildWhatIsMissing(env, cms, adminEnv(env, ports))
  // The simulators notify server 1.
  const gateways = await startDemoGateways(ports, gatewayPorts)
  const commerce = { ...commerceEnv(env, ports, commerceUrl, secrets), ...gateways.commerceEnv }
  const seed = await migrateAndSeedCommerce(commerce)

  const others = startUserApps(services, { env, ports, cms, commerce, seed, storefrontExtra: gateways.storefrontEnv })
  const cluster = await step("Starting 2 commerce servers, the commerce worker, cms, admin and storefront", async () => {
    const started = await startCommerceCluster(services, commerce, {
      redisUrl,
      ports: { servers: [ports.commerce, server2.port], worker: worker.port, workerMetrics: workerMetrics.port },
      logFile,
    })
    await Promise.all(others)
    return started
  })

  announce(env, {
    title: "Doorstep is running as a cluster (storefront and admin call server 1):",
    ports,
    seed,
    database: server.label,
    commerceLines: [
      `  commerce     server 1 ${cluster.servers[0]}, server 2 ${cluster.servers[1]}   publishable key ${seed.publishable_key}`,
      `               worker   ${localUrl(worker.port)} (health only; scheduled jobs, subscribers), its metrics ${cluster.workerMetrics}`,
    ],
    extraLines: [`  redis        ${cluster.redisUrl}   (event bus, workflow engine, locks)`, ...gateways.lines],
  })
  await new Promise(() => {})
})
