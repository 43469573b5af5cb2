/**
 * Commerce as production runs it past one process: two HTTP servers and one
 * worker (scheduled jobs, subscribers), sharing PostgreSQL and Redis, which
 * carries Medusa's event bus, workflow engine and locks (commerce/medusa-config.ts).
 * Used by `npm run start:cluster`, the cluster tests and `BENCH_TOPOLOGY=cluster`.
 */
import path from "node:path"
import { commands, localUrl } from "./apps"
import { type CommandSpec, type ServiceGroup, waitForHttp } from "./children"
import { onExit } from "./main"
import { freePort } from "./ports"
import { startRedis } from "./redis"

export interface ClusterPorts {
  /** Server 1 is the one the storefront and the back office call. */
  servers: [number, number]
  /** Medusa listens in worker mode too (its health check only). */
  worker: number
  /** The worker's own /metrics (its job runs). */
  workerMetrics: number
}

export interface CommerceCluster {
  redisUrl: string
  servers: [string, string]
  worker: string
  workerMetrics: string
  /** Names of the processes in the service group, to find (or kill) one. */
  names: { servers: [string, string]; worker: string }
  /** How the worker was started, to start it again as a supervisor would. */
  workerSpec: CommandSpec
}

/**
 * Redis (Debian's `redis-server` on a free loopback port, under `redisDir`,
 * stopped on exit) unless `REDIS_URL` names one already.
 */
export async function clusterRedis(env: NodeJS.ProcessEnv, redisDir: string, logFile: (name: string) => string): Promise<string> {
  if (env.REDIS_URL) return env.REDIS_URL
  const redis = await startRedis({ dir: redisDir, port: await freePort(), logFile: logFile("redis") })
  onExit(() => redis.stop())
  return redis.url
}

/**
 * Starts the three commerce processes on a migrated, seeded database
 * (`commerce` is the env `npm start` gives commerce) and waits until each
 * answers. Scheduled jobs and subscribers run in the worker only.
 */
export async function startCommerceCluster(
  services: ServiceGroup,
  commerce: NodeJS.ProcessEnv,
  options: { redisUrl: string; ports: ClusterPorts; logFile: (name: string) => string },
): Promise<CommerceCluster> {
  const { ports, redisUrl } = options
  const names = { servers: ["commerce-server-1", "commerce-server-2"] as [string, string], worker: "commerce-worker" }
  const shared = { ...commerce, REDIS_URL: redisUrl }
  ports.servers.forEach((port, i) => {
    services.start({ ...commands.commerce({ ...shared, PORT: String(port), MEDUSA_WORKER_MODE: "server" }), name: names.servers[i] }, options.logFile(names.servers[i]))
  })
  const workerSpec = { ...commands.commerce({ ...shared, PORT: String(ports.worker), MEDUSA_WORKER_MODE: "worker", METRICS_PORT: String(ports.workerMetrics) }), name: names.worker }
  services.start(workerSpec, options.logFile(names.worker))
  const servers = ports.servers.map(localUrl) as [string, string]
  const worker = localUrl(ports.worker)
  const workerMetrics = `http://127.0.0.1:${ports.workerMetrics}/metrics`
  await Promise.all([...servers, worker].map((url) => waitForHttp(`${url}/health`, 240_000)).concat(waitForHttp(workerMetrics, 240_000)))
  return { redisUrl, servers, worker, workerMetrics, names, workerSpec }
}

/** Free loopback ports for a throwaway cluster (tests, benches). */
export async function freeClusterPorts(): Promise<ClusterPorts> {
  return { servers: [await freePort(), await freePort()], worker: await freePort(), workerMetrics: await freePort() }
}

export const redisDirUnder = (dir: string) => path.join(dir, "redis")
