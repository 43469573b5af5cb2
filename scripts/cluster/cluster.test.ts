/**
 * Commerce in its production shape — two servers and a worker over one
 * PostgreSQL and one Redis — behaving as one: a slot raced for over both
 * servers goes to one customer, each scheduled job runs once per tick, live
 * streams hear what another process did, and a dispatch outlives the server
 * its booking was placed on, and the worker killed in the middle of it.
 */
import path from "node:path"
import Redis from "ioredis"
import { Client } from "pg"
import { address, bookingDay, call, expectOk, inBatches, jobRuns, newCustomer, peoplesSquare, scheduledJobs, ticksBetween, topology } from "./cluster-client"
import { openEventStream as openStream } from "../../commerce/integration-tests/helpers/event-stream"

const cluster = topology()
const [server1, server2] = cluster.servers
const store = cluster.publishableKey
const db = new Client({ connectionString: cluster.databaseUrl })
const ROOT = path.resolve(__dirname, "..", "..")
const jobs = scheduledJobs(ROOT)

let variantId = ""
let customers: string[] = []
let jobBaseline: { at: Date; perProcess: Array<Map<string, number>> }

/** Every process's job runs now: server 1, server 2, the worker. */
async function jobRunsNow(): Promise<Array<Map<string, number>>> {
  const scrapes = [`${server1}/metrics`, `${server2}/metrics`, cluster.workerMetrics].map(async (url) => {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    return jobRuns(await response.text())
  })
  return Promise.all(scrapes)
}

/** Waits until the clock is well inside a minute, away from the ticks, so no run is half counted. */
async function awayFromTicks(): Promise<void> {
  for (;;) {
    const second = new Date().getUTCSeconds()
    if (second >= 15 && second <= 50) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

/** The first free start of `beauticianId` (or of anyone, when not given) on the booking day, near People's Square. */
async function freeSlot(beauticianId?: string): Promise<{ start: string; beauticianId: string }> {
  const query = `variant_id=${variantId}&lat=${peoplesSquare.lat}&lng=${peoplesSquare.lng}&date=${bookingDay()}${beauticianId ? `&beautician_id=${beauticianId}` : ""}`
  const { slots } = await expectOk(call(server2, "GET", `/store/availability?${query}`, { store }), "availability")
  const slot = (slots as Array<{ start: string; beautician_ids: string[] }>).find((s) => !beauticianId || s.beautician_ids.includes(beauticianId))
  if (!slot) throw new Error(`No free slot on ${bookingDay()}${beauticianId ? ` for ${beauticianId}` : ""}`)
  return { start: slot.start, beauticianId: beauticianId ?? slot.beautician_ids[0] }
}

/** `count` free starts near People's Square on the booking day, each of another beautician. */
async function freeSlots(count: number): Promise<Array<{ start: string; beauticianId: string }>> {
  const query = `variant_id=${variantId}&lat=${peoplesSquare.lat}&lng=${peoplesSquare.lng}&date=${bookingDay()}`
  const { slots } = await expectOk(call(server2, "GET", `/store/availability?${query}`, { store }), "availability")
  const picked = new Map<string, string>()
  for (const slot of slots as Array<{ start: string; beautician_ids: string[] }>) {
    const beauticianId = slot.beautician_ids.find((id) => !picked.has(id))
    if (beauticianId && picked.size < count) picked.set(beauticianId, slot.start)
  }
  if (picked.size < count) throw new Error(`Only ${picked.size} beauticians free on ${bookingDay()}`)
  return [...picked].map(([beauticianId, start]) => ({ start, beauticianId }))
}

/** Holds the time, adds it to a cart, pays with the system provider and places the order, all on `base`; resolves to the appointment's id. */
async function bookAndPay(base: string, token: string, slot: { start: string; beauticianId: string }): Promise<string> {
  const held = await expectOk(call(base, "POST", "/store/appointments", { body: { variant_id: variantId, start: slot.start, address: address(), beautician_id: slot.beauticianId }, token, store }), "hold")
  const { cart } = await expectOk(call(base, "POST", "/store/carts", { body: { region_id: cluster.regionId }, token, store }), "cart")
  await expectOk(call(base, "POST", `/store/carts/${cart.id}/line-items`, { body: { variant_id: variantId, quantity: 1, metadata: { appointment_id: held.appointment.id } }, token, store }), "line item")
  const { payment_collection } = await expectOk(call(base, "POST", "/store/payment-collections", { body: { cart_id: cart.id }, token, store }), "payment collection")
  await expectOk(call(base, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_system_default" }, token, store }), "payment session")
  const completed = await expectOk(call(base, "POST", `/store/carts/${cart.id}/complete`, { token, store }), "cart completion")
  if (completed.type !== "order") throw new Error(`No order: ${JSON.stringify(completed)}`)
  return held.appointment.id
}

/** The beautician signed in to the portal, as the demo data lets them (email, the demo password). */
async function beauticianToken(beauticianId: string): Promise<string> {
  const { rows } = await db.query(`select email from beautician where id = $1`, [beauticianId])
  return (await expectOk(call(server2, "POST", "/auth/beautician/emailpass", { body: { email: rows[0].email, password: "Doorstep2026!" } }), "beautician sign-in")).token
}

/** Polls `read` until `check` passes or `timeoutMs` runs out; resolves to the last value read. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs
  let value = await read()
  while (!check(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    value = await read()
  }
  return value
}

const offersOf = async (appointmentId: string) =>
  (await db.query(`select id, status, beautician_id from "offer" where appointment_id = $1 and deleted_at is null order by created_at`, [appointmentId])).rows

beforeAll(async () => {
  await db.connect()
  await awayFromTicks()
  jobBaseline = { at: new Date(), perProcess: await jobRunsNow() }
  const products = await expectOk(call(server1, "GET", "/store/products?handle=tuina-massage&fields=id,*variants,+variants.metadata", { store }), "products")
  variantId = products.products[0].variants.find((v: { metadata: { duration_minutes: number } }) => v.metadata.duration_minutes === 60).id
  // Fifty customers, ten racing requests each: a customer may hold five unpaid times at once, and only one hold will succeed.
  const stamp = Date.now()
  customers = await inBatches(Array.from({ length: 50 }, (_, i) => i), 8, (i) => newCustomer(cluster.servers[i % 2], store, `cluster-${stamp}-${i}@doorstep.local`))
})

afterAll(async () => {
  await db.end()
})

test("500 holds for one slot at once, alternating between the servers: one customer gets it, everyone else a clean 409", async () => {
  const slot = await freeSlot()
  const attempts = Array.from({ length: 500 }, (_, i) => i)
  const statuses = await Promise.all(
    attempts.map(async (i) => {
      const { status, data } = await call(cluster.servers[i % 2], "POST", "/store/appointments", {
        body: { variant_id: variantId, start: slot.start, address: address(), beautician_id: slot.beauticianId },
        token: customers[i % customers.length],
        store,
      })
      return { status, code: (data as { code?: string }).code }
    }),
  )
  const tally = new Map<string, number>()
  for (const { status, code } of statuses) tally.set(`${status} ${code ?? ""}`.trim(), (tally.get(`${status} ${code ?? ""}`.trim()) ?? 0) + 1)
  process.stdout.write(`500 racing holds: ${JSON.stringify(Object.fromEntries(tally))}\n`)
  expect(statuses.filter((s) => s.status >= 200 && s.status < 300)).toHaveLength(1)
  expect(statuses.filter((s) => s.status === 409 && s.code === "SLOT_UNAVAILABLE")).toHaveLength(499)
  const { rows } = await db.query(`select status from appointment where beautician_id = $1 and starts_at = $2 and deleted_at is null`, [slot.beauticianId, slot.start])
  expect(rows).toEqual([{ status: "held" }])
})

test("an offer made by the worker and an acceptance made on server 1 reach the beautician's live stream held on server 2", async () => {
  const slot = await freeSlot()
  const pro = await beauticianToken(slot.beauticianId)
  const stream = await openStream(`${server2}/pro/events`, { authorization: `Bearer ${pro}` })
  try {
    const appointmentId = await bookAndPay(server1, customers[0], slot)
    // The order placed on server 1 starts the dispatch run, which the worker offers to the beautician whose calendar it is on.
    const offered = await stream.next((m) => m.event === "offer" && m.data.appointment_id === appointmentId && m.data.status === "pending", 30_000)
    await expectOk(call(server1, "POST", `/pro/offers/${offered.data.offer_id}/accept`, { token: pro }), "accepting on server 1")
    // The stream told of the booking's own steps (held, confirmed) before; the acceptance's is the assignment.
    const job = await stream.next((m) => m.event === "job" && m.data.appointment_id === appointmentId && m.data.status === "assigned", 15_000)
    expect(job.data).toEqual({ appointment_id: appointmentId, status: "assigned", yours: true })
    const closed = await stream.next((m) => m.event === "offer" && m.data.offer_id === offered.data.offer_id && m.data.status !== "pending", 15_000)
    expect(closed.data.status).toBe("accepted")
  } finally {
    await stream.close()
  }
})

test("every scheduled job runs once per tick, in the worker only", async () => {
  // Past two ticks of the minutely jobs since the baseline, well inside a minute.
  const due = new Date(Math.floor(jobBaseline.at.getTime() / 60_000) * 60_000 + 2 * 60_000 + 15_000)
  while (Date.now() < due.getTime()) await new Promise((resolve) => setTimeout(resolve, 1000))
  await awayFromTicks()
  const at = new Date()
  const now = await jobRunsNow()
  const report = jobs.map(({ name, everyMinutes }) => {
    const runs = now.map((process, i) => (process.get(name) ?? 0) - (jobBaseline.perProcess[i].get(name) ?? 0))
    return { name, ticks: ticksBetween(jobBaseline.at, at, everyMinutes), server1: runs[0], server2: runs[1], worker: runs[2] }
  })
  process.stdout.write(`job runs from ${jobBaseline.at.toISOString()} to ${at.toISOString()}:\n${report.map((r) => `  ${JSON.stringify(r)}`).join("\n")}\n`)
  expect(report.filter((r) => r.ticks >= 2).length).toBeGreaterThan(0)
  expect(report).toEqual(report.map((r) => ({ name: r.name, ticks: r.ticks, server1: 0, server2: 0, worker: r.ticks })))
})

test("a dispatch begun by an order placed on server 1 finishes after server 1 is killed (kill -9): offered, accepted on server 2, assigned once", async () => {
  const slot = await freeSlot()
  const pro = await beauticianToken(slot.beauticianId)
  const appointmentId = await bookAndPay(server1, customers[1], slot)
  process.kill(-cluster.server1ProcessGroup, "SIGKILL")
  await expect(fetch(`${server1}/health`)).rejects.toThrow()

  const offers = await eventually(
    () => call(server2, "GET", "/pro/offers", { token: pro }),
    (answer) => answer.status === 200 && answer.data.offers.some((o: { appointment_id: string }) => o.appointment_id === appointmentId),
  )
  const offer = offers.data.offers.find((o: { appointment_id: string }) => o.appointment_id === appointmentId)
  expect(offer).toBeDefined()
  await expectOk(call(server2, "POST", `/pro/offers/${offer.id}/accept`, { token: pro }), "accepting on server 2")

  const run = await eventually(
    async () => (await db.query(`select state from workflow_execution where workflow_id = 'dispatch-appointment' and transaction_id = $1`, [appointmentId])).rows,
    (rows) => rows.length === 1 && rows[0].state === "done",
  )
  expect(run).toEqual([{ state: "done" }])
  expect((await offersOf(appointmentId)).map((o) => ({ status: o.status, beautician_id: o.beautician_id }))).toEqual([{ status: "accepted", beautician_id: slot.beauticianId }])
  const { rows } = await db.query(`select status, beautician_id from appointment where id = $1`, [appointmentId])
  expect(rows).toEqual([{ status: "assigned", beautician_id: slot.beauticianId }])
})

test("a worker killed (kill -9) mid-dispatch comes back, and every run resumes, one left inside its first offer included: each job offered once, accepted, assigned once", async () => {
  const booked: Array<{ id: string; pro: string; beauticianId: string }> = []
  const book = async (customer: string) => {
    const slot = await freeSlot()
    booked.push({ id: await bookAndPay(server2, customer, slot), pro: await beauticianToken(slot.beauticianId), beauticianId: slot.beauticianId })
    return booked[booked.length - 1].id
  }
  const stored = async (id: string) => (await db.query(`select state, execution from workflow_execution where workflow_id = 'dispatch-appointment' and transaction_id = $1`, [id])).rows[0]
  const parked = (run: { execution?: any } | undefined) => run?.execution?.steps?.["_root.offer-first.await-beautician"]?.invoke?.status === "waiting_response"

  // One run as a worker killed inside its first offer, after the offer was made, leaves it: Redis holds it with
  // the offer step begun and never ended (the engine marks a step waiting before it runs it) and the wait not
  // begun, and nothing has moved since. The engine, resuming such a run, would wait on that step for ever.
  const stuck = await book(customers[2])
  await eventually(() => offersOf(stuck), (offers) => offers.length === 1)
  expect(parked(await eventually(() => stored(stuck), parked))).toBe(true)
  const redis = new Redis(cluster.redisUrl)
  try {
    const [key] = await redis.keys(`*:dispatch-appointment:${stuck}`)
    const checkpoint = JSON.parse((await redis.get(key))!)
    checkpoint.flow.steps["_root.offer-first"].invoke = { state: "invoking", status: "waiting_response" }
    checkpoint.flow.steps["_root.offer-first.await-beautician"].invoke = { state: "not_started", status: "idle" }
    await redis.set(key, JSON.stringify(checkpoint))
    await db.query(`update workflow_execution set execution = $2, updated_at = now() - interval '1 minute' where workflow_id = 'dispatch-appointment' and transaction_id = $1`, [stuck, checkpoint.flow])
    await db.query(`update appointment set updated_at = now() - interval '1 minute' where id = $1`, [stuck])
  } finally {
    redis.disconnect()
  }

  // Three more orders at once, on three beauticians, and the worker killed the moment the first is placed: its
  // dispatch is in flight, and the others' order.placed events wait in Redis for a worker.
  const slots = await freeSlots(3)
  const pros = await Promise.all(slots.map((slot) => beauticianToken(slot.beauticianId)))
  const placing = slots.map((slot, i) => bookAndPay(server2, customers[3 + i], slot))
  await Promise.race(placing)
  process.kill(-cluster.workerProcessGroup, "SIGKILL")
  const ids = await Promise.all(placing)
  booked.push(...ids.map((id, i) => ({ id, pro: pros[i], beauticianId: slots[i].beauticianId })))
  const atKill = await Promise.all(ids.map(async (id) => ({ parked: parked(await stored(id)), offers: (await offersOf(id)).length })))
  process.stdout.write(`worker killed with ${atKill.filter((r) => r.parked).length} of 3 runs parked and ${atKill.filter((r) => r.offers > 0).length} of 3 jobs offered\n`)
  const workerUp = async () => (await fetch(cluster.workerMetrics).catch(() => undefined))?.ok === true
  expect(await eventually(workerUp, (up) => !up, 10_000)).toBe(false)
  // Started again (as a supervisor would), its sweep restarts what the kill cut short within a minute or so.
  expect(await eventually(workerUp, (up) => up, 120_000)).toBe(true)

  for (const { id, pro, beauticianId } of booked) {
    expect(parked(await eventually(() => stored(id), parked, 150_000))).toBe(true)
    const offers = await offersOf(id)
    expect(offers.map((o) => ({ status: o.status, beautician_id: o.beautician_id }))).toEqual([{ status: "pending", beautician_id: beauticianId }])
    await expectOk(call(server2, "POST", `/pro/offers/${offers[0].id}/accept`, { token: pro }), "accepting")
  }
  for (const { id, beauticianId } of booked) {
    expect((await eventually(() => stored(id), (run) => run?.state === "done")).state).toBe("done")
    expect((await offersOf(id)).map((o) => o.status)).toEqual(["accepted"])
    const { rows } = await db.query(`select status, beautician_id from appointment where id = $1`, [id])
    expect(rows).toEqual([{ status: "assigned", beautician_id: beauticianId }])
  }
})
