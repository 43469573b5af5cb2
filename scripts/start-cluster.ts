/**
 * `npm run start:cluster`: the platform in its production shape on one machine —
 * Redis, PostgreSQL, two commerce servers and one commerce worker, the cms, the
 * storefront and the back office (both calling server 1), with demo data.
 *
 *   COMMERCE_PORT=9000 COMMERCE_SERVER_2_PORT=9002 COMMERCE_WORKER_PORT=9001 COMMERCE_WORKER_METRICS_PORT=9003
 *   REDIS_URL   a Redis of your own instead of the local redis-server (on a free port, under .data/redis)
 */
import { localUrl } from "./lib/apps"
import { clusterRedis, redisDirUnder, startCommerceCluster } from "./lib/cluster"
import { runMain } from "./lib/main"
import { DATA_DIR } from "./lib/paths"
import { announce, logFile, platformServices, platformSetup, startUserApps } from "./lib/platform"
import { portFromEnv } from "./lib/ports"
import { step } from "./lib/progress"

runMain(async () => {
  const env = process.env
  const server2 = portFromEnv(env, "COMMERCE_SERVER_2_PORT", 9002, "commerce server 2")
  const worker = portFromEnv(env, "COMMERCE_WORKER_PORT", 9001, "commerce worker")
  const workerMetrics = portFromEnv(env, "COMMERCE_WORKER_METRICS_PORT", 9003, "commerce worker's metrics")
  // The simulators notify server 1.
  const platform = await platformSetup(env, [server2, worker, workerMetrics])
  const { ports, seed } = platform
  // Started before the apps so that it stops after them (and before PostgreSQL).
  const redisUrl = await step(env.REDIS_URL ? "Using REDIS_URL" : "Starting redis-server", () => clusterRedis(env, redisDirUnder(DATA_DIR), logFile))
  const services = platformServices()

  const others = startUserApps(services, platform)
  const cluster = await step("Starting 2 commerce servers, the commerce worker, cms, admin and storefront", async () => {
    const started = await startCommerceCluster(services, platform.commerce, {
      redisUrl,
      ports: { servers: [ports.commerce, server2.port], worker: worker.port, workerMetrics: workerMetrics.port },
      logFile,
    })
    await Promise.all(others)
    return started
  })

  announce(platform, {
    title: "Doorstep is running as a cluster (storefront and admin call server 1):",
    commerceLines: [
      `  commerce     server 1 ${cluster.servers[0]}, server 2 ${cluster.servers[1]}   publishable key ${seed.publishable_key}`,
      `               worker   ${localUrl(worker.port)} (health only; scheduled jobs, subscribers), its metrics ${cluster.workerMetrics}`,
    ],
    extraLines: [`  redis        ${cluster.redisUrl}   (event bus, workflow engine, locks)`],
  })
  await new Promise(() => {})
})
