/**
 * Customers who hold free times and open their payments, as the storefront
 * does it: what the kill -9 fault scripts start from before they pay.
 */
import { customerToken } from "../../bench/commerce"
import { PROVIDER_IDS } from "../../plugins/china-payments/src/config"

/** A demo beautician's home, where several demo beauticians do tuina. */
export const PEOPLE_SQUARE = { lat: 31.22457, lng: 121.43352 }

export type Gateway = "wechatpay" | "alipay"

export interface OpenCheckout {
  customer: string
  token: string
  appointmentId: string
  start: string
  beauticianId: string
  cartId: string
  /** The payment session; each gateway's order is numbered by it (`out_trade_no`). */
  sessionId: string
  gateway: Gateway
}

export const storeHeaders = (publishableKey: string, token?: string) => ({
  "x-publishable-api-key": publishableKey,
  "content-type": "application/json",
  ...(token ? { authorization: `Bearer ${token}` } : {}),
})

export const shanghaiDay = (daysAhead: number) => new Date(Date.now() + daysAhead * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" })

async function call<T>(base: string, path: string, init: RequestInit, expected: number[]): Promise<{ status: number; body: T }> {
  const response = await fetch(`${base}${path}`, init)
  const body = (await response.json().catch(() => ({}))) as T
  if (!expected.includes(response.status)) throw new Error(`${init.method ?? "GET"} ${path} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`)
  return { status: response.status, body }
}

/** The tuina service's variant: the one the scripts book. */
export async function tuinaVariant(base: string, publishableKey: string): Promise<string> {
  const { body } = await call<{ products: Array<{ variants: Array<{ id: string }> }> }>(
    base,
    "/store/products?handle=tuina-massage&fields=id,*variants",
    { headers: storeHeaders(publishableKey) },
    [200],
  )
  return body.products[0].variants[0].id
}

/** A customer asks for `variantId` near `point` on a day; the free times, soonest first. */
export async function freeTimes(base: string, publishableKey: string, variantId: string, date: string, point = PEOPLE_SQUARE) {
  const { body } = await call<{ slots: Array<{ start: string; beautician_ids: string[] }> }>(
    base,
    `/store/availability?variant_id=${variantId}&lat=${point.lat}&lng=${point.lng}&date=${date}&days=7`,
    { headers: storeHeaders(publishableKey) },
    [200],
  )
  return body.slots
}

/** Holds `start` for the customer (201), or learns it is taken (409); anything else throws. */
export async function hold(base: string, publishableKey: string, token: string, variantId: string, start: string, beauticianId?: string) {
  return await call<{ appointment?: { id: string; beautician_id: string }; code?: string }>(
    base,
    "/store/appointments",
    {
      method: "POST",
      headers: storeHeaders(publishableKey, token),
      body: JSON.stringify({
        variant_id: variantId,
        start,
        ...(beauticianId ? { beautician_id: beauticianId } : {}),
        address: { line1: "人民大道 200 号", city: "上海", district: "黄浦区", ...PEOPLE_SQUARE, contact_name: "测试", contact_phone: "+8613800000000" },
      }),
    },
    [201, 409],
  )
}

/**
 * `count` customers, each holding a different free time from `date` on, with
 * a cart for it and a payment session at the gateway `gatewayOf(i)` — paid
 * by nobody yet.
 */
export async function openCheckouts(
  platform: { publishableKey: string; regionId: string },
  base: string,
  options: { prefix: string; count: number; date: string; gatewayOf: (index: number) => Gateway },
): Promise<OpenCheckout[]> {
  const { publishableKey, regionId } = platform
  const variantId = await tuinaVariant(base, publishableKey)
  const slots = await freeTimes(base, publishableKey, variantId, options.date)
  const checkouts: OpenCheckout[] = []
  // Each free time with each beautician who has it, until enough holds succeed (one hold takes times beside it too).
  const tries = slots.flatMap((slot) => slot.beautician_ids.map((beauticianId) => ({ start: slot.start, beauticianId })))
  let token: string | undefined
  for (const attempt of tries) {
    if (checkouts.length === options.count) break
    const index = checkouts.length
    const customer = `${options.prefix}-${index}@doorstep.local`
    token ??= await customerToken(base, publishableKey, customer, "Faults2026!")
    const held = await hold(base, publishableKey, token, variantId, attempt.start, attempt.beauticianId)
    if (held.status !== 201 || !held.body.appointment) continue
    const headers = storeHeaders(publishableKey, token)
    const { cart } = (await call<{ cart: { id: string } }>(base, "/store/carts", { method: "POST", headers, body: JSON.stringify({ region_id: regionId }) }, [200])).body
    const line = { variant_id: variantId, quantity: 1, metadata: { appointment_id: held.body.appointment.id } }
    await call(base, `/store/carts/${cart.id}/line-items`, { method: "POST", headers, body: JSON.stringify(line) }, [200])
    const collection = (
      await call<{ payment_collection: { id: string } }>(base, "/store/payment-collections", { method: "POST", headers, body: JSON.stringify({ cart_id: cart.id }) }, [200])
    ).body.payment_collection
    const gateway = options.gatewayOf(index)
    const channel = gateway === "wechatpay" ? "native" : "page"
    const { payment_collection } = (
      await call<{ payment_collection: { payment_sessions: Array<{ id: string; data: { pay_url?: string } }> } }>(
        base,
        `/store/payment-collections/${collection.id}/payment-sessions`,
        { method: "POST", headers, body: JSON.stringify({ provider_id: PROVIDER_IDS[gateway], data: { channel } }) },
        [200],
      )
    ).body
    const session = payment_collection.payment_sessions[0]
    // Alipay opens the trade when the customer's browser reaches its cashier page.
    if (gateway === "alipay" && (await fetch(session.data.pay_url!)).status !== 200) throw new Error(`Alipay's cashier page did not open for ${session.id}`)
    checkouts.push({
      customer,
      token,
      appointmentId: held.body.appointment.id,
      start: attempt.start,
      beauticianId: held.body.appointment.beautician_id,
      cartId: cart.id,
      sessionId: session.id,
      gateway,
    })
    token = undefined
  }
  if (checkouts.length < options.count) throw new Error(`Only ${checkouts.length} of ${options.count} free times could be held from ${options.date}`)
  return checkouts
}
