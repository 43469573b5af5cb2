import fs from "node:fs"
import path from "node:path"
import { commerceEnv, type AppPorts } from "./apps"
import { codeBuilds, isCurrent, markBuilt } from "./builds"
import { runLogged, ServiceGroup, type CommandSpec } from "./children"
import { freeClusterPorts, startCommerceCluster } from "./cluster"
import type { DatabaseServer } from "./database"
import { migrateAndSeedCommerce } from "./platform"
import { freePort } from "./ports"
import { step } from "./progress"
import { startRedis } from "./redis"
import { loadSecrets } from "./secrets"

/** What the cluster tests (jest in `scripts/cluster`) are told about the topology they run against. */
export interface ClusterPlatform {
  env: Record<string, string>
  stop(): Promise<void>
}

/**
 * Redis, then two commerce servers and a worker on a database of their own
 * (migrated and seeded with the demo data), on free loopback ports; no cms,
 * storefront or back office. Payments go through Medusa's system provider (no
 * gateway is configured). `stop` stops everything and drops the database,
 * whatever happened before. Plugins not built yet are built first.
 */
export async function startClusterPlatform(env: NodeJS.ProcessEnv, server: DatabaseServer, dir: string): Promise<ClusterPlatform> {
  const database = `doorstep_cluster_test_${process.pid}`
  const logFile = (name: string) => path.join(dir, `${name}.log`)
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined
  let stopped = false
  let worker: CommandSpec | undefined
  // A process the tests kill on purpose stops "unexpectedly" too: its log says so, the tests judge.
  // The worker is started again, as a supervisor (systemd's Restart=always) would: the tests kill it mid-work.
  const services = new ServiceGroup((name, code) => {
    fs.appendFileSync(logFile(name), `\n[cluster tests] ${name} stopped (exit ${code})\n`)
    if (!stopped && worker && name === worker.name) services.start(worker, logFile(name))
  })
  const stop = async () => {
    if (stopped) return
    stopped = true
    await services.stopAll()
    await redis?.stop()
    await server.dropDatabase(database)
  }
  try {
    // Commerce loads every plugin: built by the commerce suite, or here when only this suite runs.
    for (const build of codeBuilds(env)) {
      if (isCurrent(build)) continue
      await step(`Building ${build.name}`, () => runLogged(build.spec, logFile(`build-${build.name.replace(/ /g, "-")}`)))
      markBuilt(build)
    }
    redis = await startRedis({ dir: path.join(dir, "redis"), port: await freePort(), logFile: logFile("redis") })
    const ports = await freeClusterPorts()
    const appPorts: AppPorts = { commerce: ports.servers[0], cms: await freePort(), admin: await freePort(), storefront: await freePort() }
    await server.dropDatabase(database)
    await server.ensureDatabase(database)
    const commerce = {
      ...commerceEnv(env, appPorts, server.urlFor(database), loadSecrets({}, dir)),
      // Commerce on its own: no cms to sync profiles with.
      CMS_URL: "",
      DOORSTEP_SEED_OUTPUT: path.join(dir, "commerce-seed.json"),
      LOG_LEVEL: env.LOG_LEVEL ?? "error",
    }
    const seed = await migrateAndSeedCommerce(commerce, logFile)
    const cluster = await startCommerceCluster(services, commerce, { redisUrl: redis.url, ports, logFile })
    worker = cluster.workerSpec
    return {
      env: {
        CLUSTER_SERVER_1_URL: cluster.servers[0],
        CLUSTER_SERVER_2_URL: cluster.servers[1],
        CLUSTER_WORKER_METRICS_URL: cluster.workerMetrics,
        CLUSTER_DATABASE_URL: server.urlFor(database),
        CLUSTER_REDIS_URL: redis.url,
        CLUSTER_PUBLISHABLE_KEY: seed.publishable_key,
        CLUSTER_REGION_ID: seed.region_id,
        CLUSTER_SERVER_1_PGID: String(services.pid(cluster.names.servers[0])),
        CLUSTER_WORKER_PGID: String(services.pid(cluster.names.worker)),
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
