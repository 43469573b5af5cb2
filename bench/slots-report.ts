/**
 * The slot bench's table: one column per city size (and topology, with
 * `BENCH_TOPOLOGY=cluster`: one server, then two servers and a worker), the target beside each
 * figure it applies to. A missed target is marked, never fatal: on a small
 * shared machine that is noise, not breakage.
 */
import type { Spread } from "./interleaved"
import { percentile } from "./interleaved"
import type { SizeFigures } from "./slots-measure"

/** The targets, as median ratios where throughput is concerned (absolute req/s say more about the machine). */
export const TARGETS = {
  availabilityP95Ms: 25,
  availabilityOfEmptyRoute: 0.6,
  holdsOfSignedInRoute: 0.85,
  rssMib: 1024,
}

const LABEL = 46
const COLUMN = 22

const count = (n: number) => n.toLocaleString("en-US")
const msOf = (samples: number[], p: number) => `${percentile(samples, p).toFixed(1)} ms`
const perSecond = (n: number) => `${n.toFixed(0)} /s`
const ratio = (s: Spread) => `${(s.median * 100).toFixed(0)} % (${(s.min * 100).toFixed(0)}–${(s.max * 100).toFixed(0)})`
const mark = (met: boolean) => (met ? " ✓" : " ✗")
const statuses = (map: Map<number, number>) => [...map].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(" ")

interface Row {
  label: string
  cell: (figures: SizeFigures) => string
  target?: string
}

const ROWS: Row[] = [
  { label: "beauticians", cell: (f) => count(f.beauticians) },
  { label: "  serving the city centre", cell: (f) => count(f.serving) },
  { label: "  named per slot at the centre", cell: (f) => f.namedPerSlot.toFixed(1) },
  { label: "availability over HTTP, p50", cell: (f) => msOf(f.latency.http, 50) },
  {
    label: "availability over HTTP, p95",
    cell: (f) => msOf(f.latency.http, 95) + mark(percentile(f.latency.http, 95) <= TARGETS.availabilityP95Ms),
    target: `≤ ${TARGETS.availabilityP95Ms} ms`,
  },
  { label: "its SQL on every request (change log), p50", cell: (f) => msOf(f.latency.changeLogSql, 50) },
  { label: "its SQL on every request (change log), p95", cell: (f) => msOf(f.latency.changeLogSql, 95), target: "lower bound" },
  { label: "calendars of 48 read without memory, p50", cell: (f) => msOf(f.latency.uncachedSql, 50), target: "(a cache miss)" },
  {
    label: "availability ÷ empty route, median (min–max)",
    cell: (f) => ratio(f.availability.ratio) + mark(f.availability.ratio.median >= TARGETS.availabilityOfEmptyRoute),
    target: `≥ ${TARGETS.availabilityOfEmptyRoute * 100} %`,
  },
  { label: "  availability, median", cell: (f) => perSecond(f.availability.route.median) },
  { label: "  empty store route, median", cell: (f) => perSecond(f.availability.ceiling.median) },
  {
    label: "holds ÷ signed-in route, median (min–max)",
    cell: (f) => ratio(f.holds.ratio) + mark(f.holds.ratio.median >= TARGETS.holdsOfSignedInRoute),
    target: `≥ ${TARGETS.holdsOfSignedInRoute * 100} %`,
  },
  { label: "  holds created, median (min–max)", cell: (f) => `${perSecond(f.holds.route.median)} (${f.holds.route.min.toFixed(0)}–${f.holds.route.max.toFixed(0)})` },
  { label: "  signed-in store route, median", cell: (f) => perSecond(f.holds.ceiling.median) },
  { label: "commerce RSS after availability load (largest)", cell: (f) => `${f.rssMib.toFixed(0)} MiB` + mark(f.rssMib < TARGETS.rssMib), target: `< ${TARGETS.rssMib} MiB` },
  { label: "overlapping active appointments", cell: (f) => String(f.overlaps), target: "0 (else fails)" },
]

const line = (label: string, cells: string[], target: string) => `${label.padEnd(LABEL)}${cells.map((c) => c.padStart(COLUMN)).join("")}   ${target}`

export function slotsReport(sizes: SizeFigures[], setup: { rounds: number; windowSeconds: number; concurrency: number; day: string }): string {
  const perRound = (f: SizeFigures) => {
    const head = `  at ${count(f.appointments)}, ${f.topology}: `
    const rates = (side: "route" | "ceiling") => f.holds.rounds.map((r) => r[side].toFixed(0).padStart(5)).join("")
    return [`${head}${"holds".padEnd(10)}${rates("route")}`, `${" ".repeat(head.length)}${"signed-in".padEnd(10)}${rates("ceiling")}`]
  }
  return [
    "",
    `synthetic Shanghai, 60 days of appointments; availability asked for ${setup.day} from the same 64 addresses at each size;`,
    `throughput in ${setup.rounds} interleaved rounds of ${setup.windowSeconds} s windows (route, ceiling; then ceiling, route), ${setup.concurrency} concurrent`,
    "",
    line("appointments", sizes.map((f) => count(f.appointments)), "target"),
    line("commerce", sizes.map((f) => f.topology), ""),
    ...ROWS.map((row) => line(row.label, sizes.map(row.cell), row.target ?? "")),
    line("hold answers", sizes.map((f) => statuses(f.holds.statuses.route)), ""),
    "",
    "holds and the signed-in route per round, req/s (a collapse shows here):",
    ...sizes.flatMap(perRound),
    ...sizes.flatMap((f) => f.notes.map((note) => `note at ${count(f.appointments)}: ${note}`)),
    "",
  ].join("\n")
}
