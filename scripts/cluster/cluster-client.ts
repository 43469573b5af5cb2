/**
 * What the cluster tests know of the topology (from env, set by `scripts/test.ts`)
 * and how they talk to it: over HTTP, as customers and beauticians do, and to
 * PostgreSQL and Redis only to count rows or leave a run as a crash would.
 */
import fs from "node:fs"
import path from "node:path"
import { DateTime } from "luxon"

const required = (name: string) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the cluster tests with \`npm test -- cluster\`.`)
  return value
}

export const topology = () => ({
  servers: [required("CLUSTER_SERVER_1_URL"), required("CLUSTER_SERVER_2_URL")] as [string, string],
  workerMetrics: required("CLUSTER_WORKER_METRICS_URL"),
  databaseUrl: required("CLUSTER_DATABASE_URL"),
  /** Where the workflow engine keeps its running workflows, for the test that leaves one as a dead worker would. */
  redisUrl: required("CLUSTER_REDIS_URL"),
  publishableKey: required("CLUSTER_PUBLISHABLE_KEY"),
  regionId: required("CLUSTER_REGION_ID"),
  /** Server 1's process group, for the test that kills it. */
  server1ProcessGroup: Number(required("CLUSTER_SERVER_1_PGID")),
  /** The worker's, for the test that kills it (it is started again, as a supervisor would). */
  workerProcessGroup: Number(required("CLUSTER_WORKER_PGID")),
})

export const ZONE = "Asia/Shanghai"
export const peoplesSquare = { lat: 31.2304, lng: 121.4737 }

export interface Answer {
  status: number
  data: any
}

export async function call(base: string, method: "GET" | "POST", route: string, options: { body?: unknown; token?: string; store?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = {}
  if (options.store) headers["x-publishable-api-key"] = options.store
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.body !== undefined) headers["content-type"] = "application/json"
  const response = await fetch(`${base}${route}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) })
  const text = await response.text()
  let data: unknown = text
  try {
    data = JSON.parse(text)
  } catch {
    // Not JSON (a 5xx page, metrics): the text itself.
  }
  return { status: response.status, data }
}

export async function expectOk(answer: Promise<Answer>, what: string): Promise<any> {
  const { status, data } = await answer
  if (status >= 300) throw new Error(`${what} answered ${status}: ${JSON.stringify(data)}`)
  return data
}

/** A new customer, registered and signed in on `base`: resolves to their token. */
export async function newCustomer(base: string, store: string, email: string, password = "Cluster-2026!"): Promise<string> {
  const registered = await expectOk(call(base, "POST", "/auth/customer/emailpass/register", { body: { email, password } }), `registering ${email}`)
  await expectOk(call(base, "POST", "/store/customers", { body: { email, first_name: "集群" }, token: registered.token, store }), `creating customer ${email}`)
  return (await expectOk(call(base, "POST", "/auth/customer/emailpass", { body: { email, password } }), `signing ${email} in`)).token
}

/** Runs `work` over `items`, `width` at a time. */
export async function inBatches<T, R>(items: T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++
        results[i] = await work(items[i], i)
      }
    }),
  )
  return results
}

/** Two days ahead: every slot of the day is past the minimum notice whatever the hour now. */
export const bookingDay = () => DateTime.now().setZone(ZONE).plus({ days: 2 }).toISODate()!

export const address = (location = peoplesSquare) => ({
  line1: "人民大道 200 号",
  city: "上海",
  district: "黄浦区",
  ...location,
  contact_name: "集群测试",
  contact_phone: "+8613800138000",
})

/** The scheduled jobs of every plugin, with their cron schedules, as their files declare them (the default, where a setting may change it). */
export function scheduledJobs(root: string): Array<{ name: string; everyMinutes: number }> {
  const plugins = path.join(root, "plugins")
  return fs.readdirSync(plugins).flatMap((plugin) => {
    const dir = path.join(plugins, plugin, "src", "jobs")
    if (!fs.existsSync(dir)) return []
    return fs
      .readdirSync(dir)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .map((file) => {
        const source = fs.readFileSync(path.join(dir, file), "utf8")
        const found = /config = \{ name: "([^"]+)", schedule: (?:process\.env\.\w+ \|\| )?"([^"]+)" \}/.exec(source)
        if (!found) throw new Error(`No { name, schedule } config in ${plugin}/src/jobs/${file}`)
        const minutes = /^(\*|\*\/(\d+)) \* \* \* \*$/.exec(found[2])
        if (!minutes) throw new Error(`${found[1]}: schedule ${found[2]} is not every N minutes; teach the cluster test to count its ticks`)
        return { name: found[1], everyMinutes: minutes[2] ? Number(minutes[2]) : 1 }
      })
  })
}

/** How many times a job that runs every `everyMinutes` minutes is due in (from, until]. */
export function ticksBetween(from: Date, until: Date, everyMinutes: number): number {
  let ticks = 0
  const minute = 60_000
  for (let t = Math.floor(from.getTime() / minute + 1) * minute; t <= until.getTime(); t += minute) {
    if (new Date(t).getUTCMinutes() % everyMinutes === 0) ticks++
  }
  return ticks
}

/** Job runs per job name, from one process's Prometheus text (every outcome counted). */
export function jobRuns(metrics: string): Map<string, number> {
  const runs = new Map<string, number>()
  for (const line of metrics.split("\n")) {
    const found = /^doorstep_job_runs_total\{([^}]*)\} (\d+(?:\.\d+)?)$/.exec(line)
    if (!found) continue
    const job = /job="([^"]+)"/.exec(found[1])?.[1]
    if (job) runs.set(job, (runs.get(job) ?? 0) + Number(found[2]))
  }
  return runs
}
