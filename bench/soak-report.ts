/** The soak's table: per route, then the journeys, memory and its trend, overlaps. */
import type { JourneyCounts } from "./soak-journeys"
import { slope, type RouteFigures, type TaskFigures } from "./soak-load"

export interface SoakFigures {
  seconds: number
  routes: RouteFigures[]
  tasks: TaskFigures[]
  memory: Array<{ minute: number; mib: number }>
  overlaps: number
  counts: JourneyCounts
  backlog: { awaitingOffer: number; toCancel: number; jobs: number }
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1))

export function soakReport(figures: SoakFigures): string {
  const rows = [...figures.routes]
    .sort((a, b) => a.route.localeCompare(b.route))
    .map((r) => `| ${r.route} | ${r.count} | ${r.perSecond.toFixed(2)} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.client} | ${r.server} | ${r.slow} | ${r.none} |`)
  const tasks = figures.tasks.map((t) => `| ${t.name} | ${t.started} | ${t.skipped} | ${t.slow} | ${t.failed} |`)
  const { memory } = figures
  const trend = slope(memory.map((m) => ({ x: m.minute, y: m.mib })))
  const first = memory[0].mib
  const last = memory[memory.length - 1].mib
  const c = figures.counts
  return [
    "",
    `## Soak: ${(figures.seconds / 60).toFixed(1)} minutes at a steady rate`,
    "",
    "| route | requests | req/s | p50 ms | p95 ms | 4xx | 5xx | given up (slow) | no connection |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    "| journey | started | skipped (cap full) | given up (slow) | failed |",
    "|---|---:|---:|---:|---:|",
    ...tasks,
    "",
    `Bookings paid ${c.paid}, offers accepted ${c.offersAccepted}, jobs completed ${c.jobsCompleted}, cancelled ${c.cancelled}; ` +
      `holds that found no free time ${c.noSlot}; paid bookings whose offer the bench never saw ${c.offersNotSeen}; ` +
      `left in the queues at the end: ${figures.backlog.awaitingOffer} awaiting an offer, ${figures.backlog.jobs} jobs, ${figures.backlog.toCancel} to cancel.`,
    "",
    `Memory (RSS of commerce): start ${first.toFixed(0)} MiB, end ${last.toFixed(0)} MiB, trend ${trend >= 0 ? "+" : ""}${trend.toFixed(2)} MiB/min (least squares over ${memory.length} samples)`,
    `  samples: ${memory.map((m) => `${m.minute.toFixed(1)}′ ${m.mib.toFixed(0)}`).join(" · ")}`,
    `Overlapping live appointments at the end: ${figures.overlaps}`,
    "",
  ].join("\n")
}
