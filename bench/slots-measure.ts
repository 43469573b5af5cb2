/**
 * One city size, measured against one running commerce (or several servers,
 * requests alternating between them): availability latency
 * from sequential requests, then availability and holds as interleaved ratios
 * to the framework's own ceiling routes, then the no-overlap check.
 */
import { haversineKm } from "@doorstep/booking-core"
import { DateTime } from "luxon"
import type { Client } from "pg"
import { rssMib } from "./commerce"
import { interleave, loadWindow, unexpectedStatuses, type LoadedRoute, type PairResult } from "./interleaved"
import { ACTIVE, beauticiansServing, freeStarts, sqlCalendarBatch, sqlChangeLogRead, type SyntheticCity } from "./synthetic-city"

export interface MeasureOptions {
  samples: number
  rounds: number
  windowSeconds: number
  concurrency: number
  zone: string
  centre: { lat: number; lng: number }
  /** Customers' addresses across the city; the same at every size. */
  addresses: Array<{ lat: number; lng: number }>
}

/** Where the bench sends its requests: one commerce, or the servers of a cluster in turn; `pids` are every commerce process's. */
export interface BenchTarget {
  topology: string
  bases: string[]
  pids: number[]
}

export interface SizeFigures {
  topology: string
  beauticians: number
  appointments: number
  serving: number
  namedPerSlot: number
  latency: { http: number[]; changeLogSql: number[]; uncachedSql: number[] }
  availability: PairResult
  holds: PairResult
  /** The largest commerce process's resident memory. */
  rssMib: number
  overlaps: number
  /** What is broken at this size: unexpected answers, no holds at all, overlaps. Any of it fails the bench. */
  problems: string[]
  /** What makes a figure less telling without anything being broken. */
  notes: string[]
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6

async function timed(times: number, run: () => Promise<void>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint()
    await run()
    samples.push(ms(start))
  }
  return samples
}

/** Sends a request and reads the whole answer, as a client would; resolves to the status. */
async function answer(url: string, init: RequestInit): Promise<number> {
  const response = await fetch(url, init)
  await response.arrayBuffer()
  return response.status
}

const only = (...statuses: number[]) => new Set(statuses)

interface Session {
  db: Client
  /** The next server to ask: each call moves on to the next of the target's servers. */
  base: () => string
  servers: number
  city: SyntheticCity
  /** Headers of an anonymous store request, and of the bench customer's. */
  store: Record<string, string>
  signedIn: Record<string, string>
  options: MeasureOptions
  problems: string[]
}

export async function measureSize(
  db: Client,
  target: BenchTarget,
  input: { publishableKey: string; token: string; city: SyntheticCity; appointments: number },
  options: MeasureOptions,
): Promise<SizeFigures> {
  const store = { "x-publishable-api-key": input.publishableKey }
  let turn = 0
  const base = () => target.bases[turn++ % target.bases.length]
  const session: Session = { db, base, servers: target.bases.length, city: input.city, store, signedIn: { ...store, authorization: `Bearer ${input.token}` }, options, problems: [] }
  const availability = await measureAvailability(session)
  const rss = Math.max(...target.pids.map(rssMib))
  const { holds, notes } = await measureHolds(session)
  const overlaps = await countOverlaps(db)
  if (overlaps > 0) session.problems.push(`${overlaps} pairs of active appointments overlap`)
  return {
    topology: target.topology,
    beauticians: input.city.beauticians.length,
    appointments: input.appointments,
    serving: await beauticiansServing(db, { productId: input.city.productId, centre: options.centre }),
    ...availability,
    holds,
    rssMib: rss,
    overlaps,
    problems: session.problems,
    notes,
  }
}

/** Customers at different addresses across the city, each asking about tomorrow: latency one at a time, then throughput. */
async function measureAvailability({ db, base, servers, city, store, options, problems }: Session) {
  const { addresses } = options
  const today = DateTime.now().setZone(options.zone)
  const day = today.plus({ days: 1 })
  const urlFor = (point: { lat: number; lng: number }, date: DateTime) =>
    `${base()}/store/availability?variant_id=${city.variantId}&lat=${point.lat}&lng=${point.lng}&date=${date.toISODate()}`

  // Every bookable date once: a long-running commerce holds these days' calendars in memory, and a
  // fresh one reads each whole day on first use (10,000 rows a day at full size), holds' days included.
  // Each server keeps its own, so each is asked.
  for (let days = 0; days < 15 * servers; days++) {
    const date = today.plus({ days: days % 15 })
    const status = await answer(urlFor(options.centre, date), { headers: store })
    if (status !== 200) problems.push(`availability answered ${status} for ${date.toISODate()}`)
  }
  const first = await fetch(urlFor(addresses[0], day), { headers: store })
  if (first.status !== 200) throw new Error(`availability answered ${first.status}: ${await first.text()}`)
  const { slots } = (await first.json()) as { slots: Array<{ beautician_ids: string[] }> }
  const namedPerSlot = slots.reduce((sum, s) => sum + s.beautician_ids.length, 0) / Math.max(1, slots.length)

  let next = 0
  const availability: LoadedRoute = {
    name: "availability",
    request: () => answer(urlFor(addresses[next++ % addresses.length], day), { headers: store }),
    counts: only(200),
    expected: only(200),
  }
  // The framework's own ceiling: a store route that does no work, through the same middleware.
  const emptyRoute: LoadedRoute = { name: "/store/booking-rules", request: () => answer(`${base()}/store/booking-rules`, { headers: store }), counts: only(200), expected: only(200) }

  const sequential = new Map<number, number>()
  const sample = async () => {
    const status = await availability.request()
    sequential.set(status, (sequential.get(status) ?? 0) + 1)
  }
  await timed(20, sample)
  const http = await timed(options.samples, sample)
  problems.push(...unexpectedStatuses(availability, sequential))

  // The same reads in plain SQL: the change log every request reads, and calendars read without memory.
  const nearest = addresses.map((point) =>
    [...city.beauticians].sort((a, b) => haversineKm(a, point) - haversineKm(b, point)).slice(0, 48).map((b) => b.id),
  )
  let since = await sqlChangeLogRead(db, "0")
  const changeLogSql = await timed(options.samples, async () => void (since = await sqlChangeLogRead(db, since)))
  const uncachedSql = await timed(options.samples, async () => {
    await sqlCalendarBatch(db, { beauticianIds: nearest[next++ % addresses.length], from: day.minus({ days: 1 }).toJSDate(), until: day.plus({ days: 2 }).toJSDate() })
  })

  problems.push(...(await warmUp([availability, emptyRoute], options.concurrency)))
  const pair = await interleave(availability, emptyRoute, { rounds: options.rounds, seconds: options.windowSeconds, concurrency: options.concurrency })
  problems.push(...unexpectedStatuses(availability, pair.statuses.route), ...unexpectedStatuses(emptyRoute, pair.statuses.ceiling))
  return { namedPerSlot, latency: { http, changeLogSql, uncachedSql }, availability: pair }
}

/** The bench customer holds free times of random beauticians, each asked for once, so the bench measures holds, not refusals. */
async function measureHolds({ db, base, city, signedIn, options, problems }: Session) {
  const rounds = { rounds: options.rounds, seconds: options.windowSeconds, concurrency: options.concurrency }
  // Enough for 400 holds a second over the warm-up and every round, where the city has that many free days.
  const starts = await freeStarts(db, { count: Math.ceil((rounds.rounds * rounds.seconds + 1) * 400), zone: options.zone })
  let nextStart = 0
  const hold: LoadedRoute = {
    name: "holds",
    request: () => {
      const { beauticianId, lat, lng, start } = starts[nextStart++ % starts.length]
      return answer(`${base()}/store/appointments`, {
        method: "POST",
        headers: { ...signedIn, "content-type": "application/json" },
        body: JSON.stringify({
          variant_id: city.variantId,
          start,
          beautician_id: beauticianId,
          address: { line1: "基准测试路 1 号", city: "上海", district: "黄浦区", lat: lat + 0.002, lng: lng + 0.002, contact_name: "测试", contact_phone: "+8613800000000" },
        }),
      })
    },
    counts: only(201),
    // 409: the time is taken, which happens only when the city has fewer free times than the rounds ask for and they come round again.
    expected: only(201, 409),
  }
  // The framework's ceiling for a signed-in customer's request: a built-in route that reads one row.
  const signedInRoute: LoadedRoute = { name: "/store/customers/me", request: () => answer(`${base()}/store/customers/me`, { headers: signedIn }), counts: only(200), expected: only(200) }

  problems.push(...(await warmUp([hold, signedInRoute], options.concurrency)))
  const pair = await interleave(hold, signedInRoute, rounds)
  problems.push(...unexpectedStatuses(hold, pair.statuses.route), ...unexpectedStatuses(signedInRoute, pair.statuses.ceiling))
  if ((pair.statuses.route.get(201) ?? 0) === 0) problems.push("no hold was created")
  const notes = nextStart > starts.length ? [`holds asked for ${nextStart} times but the city had ${starts.length} free ones: repeats were refused (409)`] : []
  return { holds: pair, notes }
}

/** A second of each route, not counted: the first requests after a start compile and fill caches. */
async function warmUp(routes: LoadedRoute[], concurrency: number): Promise<string[]> {
  const problems: string[] = []
  for (const route of routes) problems.push(...unexpectedStatuses(route, (await loadWindow(route, 1, concurrency)).statuses))
  return problems
}

/** Active appointments of one beautician whose blocked ranges overlap: the constraint says never. */
async function countOverlaps(db: Client): Promise<number> {
  const { rows } = await db.query(`
    select count(*)::int as n from appointment a join appointment b
      on a.beautician_id = b.beautician_id and a.id < b.id
     and tstzrange(a.blocked_from, a.blocked_until, '[)') && tstzrange(b.blocked_from, b.blocked_until, '[)')
     where a.status in ${ACTIVE} and b.status in ${ACTIVE} and (a.status = 'held' or b.status = 'held')`)
  return rows[0].n
}
