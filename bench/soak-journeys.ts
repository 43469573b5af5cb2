/**
 * What the soak's people do, one unit of work each: customers browse, look at
 * availability, hold times, pay for bookings (WeChat Pay through its local
 * simulator) and cancel some; the beauticians they booked take the offers
 * dispatch makes them and walk each job through its steps on `/pro`.
 */
import { DateTime } from "luxon"
import type { LocalGateways } from "../plugins/china-payments/src/simulator/local-gateways"
import { PROVIDER_IDS } from "../plugins/china-payments/src/config"
import type { Recorder } from "./soak-load"

const ZONE = "Asia/Shanghai"
const PRODUCT_FIELDS = "*variants.calculated_price,+variants.metadata,+metadata,*categories"
const SEARCHES = ["美甲", "按摩", "面部护理", "facial", "nails", "推拿", "睫毛", "massage"]
const STEPS = [{ status: "en_route" }, { status: "arrived" }, { status: "in_service" }, { status: "completed", service_record: { notes: "顺利完成" } }]
/** How long a paid booking may wait for its offer before the bench stops looking (dispatch offers within seconds). */
const OFFER_PATIENCE_MS = 4 * 60_000

export interface SoakPeople {
  base: string
  publishableKey: string
  regionId: string
  customers: string[]
  /** Each demo beautician: id, where they live, the services they do (variant ids), their `/pro` token. */
  beauticians: Array<{ id: string; home: { lat: number; lng: number }; variantIds: string[]; token: string }>
  productHandles: string[]
  gateways: LocalGateways
}

interface Booked {
  id: string
  beauticianId: string
  customer: string
  since: number
}

/** What the journeys counted that is not an HTTP status: the table's footnotes. */
export interface JourneyCounts {
  noSlot: number
  paid: number
  offersAccepted: number
  offersNotSeen: number
  jobsCompleted: number
  cancelled: number
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]

export function soakJourneys(recorder: Recorder, people: SoakPeople) {
  const store = { "x-publishable-api-key": people.publishableKey }
  const signedIn = (token: string) => ({ ...store, authorization: `Bearer ${token}` })
  const pro = (token: string) => ({ authorization: `Bearer ${token}`, "content-type": "application/json" })
  const json = { "content-type": "application/json" }
  const awaitingOffer: Booked[] = []
  const toCancel: Booked[] = []
  const jobs: Array<{ id: string; token: string; step: number }> = []
  const counts: JourneyCounts = { noSlot: 0, paid: 0, offersAccepted: 0, offersNotSeen: 0, jobsCompleted: 0, cancelled: 0 }
  const tokenOf = new Map(people.beauticians.map((b) => [b.id, b.token]))
  let checkouts = 0

  /** A customer near a beautician asks for one of their services on a day 2–14 days ahead. */
  async function availability() {
    const beautician = pick(people.beauticians)
    const variantId = pick(beautician.variantIds)
    const point = { lat: beautician.home.lat + (Math.random() - 0.5) * 0.01, lng: beautician.home.lng + (Math.random() - 0.5) * 0.01 }
    const date = DateTime.now().setZone(ZONE).plus({ days: 2 + Math.floor(Math.random() * 13) }).toISODate()
    const answer = await recorder.call<{ slots?: Array<{ start: string; beautician_ids: string[] }> }>(
      "availability",
      `/store/availability?variant_id=${variantId}&lat=${point.lat}&lng=${point.lng}&date=${date}`,
      { headers: store },
    )
    return { variantId, point, slots: answer.body.slots ?? [] }
  }

  /** Holds a free time that availability offered; undefined when none was free or another took it first. */
  async function hold(customer: string) {
    const { variantId, point, slots } = await availability()
    if (slots.length === 0) {
      counts.noSlot++
      return undefined
    }
    const slot = pick(slots)
    const beauticianId = pick(slot.beautician_ids)
    const held = await recorder.call<{ appointment?: { id: string } }>("hold", "/store/appointments", {
      method: "POST",
      headers: { ...signedIn(customer), ...json },
      body: JSON.stringify({
        variant_id: variantId,
        start: slot.start,
        beautician_id: beauticianId,
        address: { line1: "压力测试路 1 号", city: "上海", district: "黄浦区", ...point, contact_name: "测试", contact_phone: "+8613800000000" },
      }),
    })
    return held.status === 201 && held.body.appointment ? { id: held.body.appointment.id, variantId, beauticianId } : undefined
  }

  /** Each step must answer as a working store would; anything else fails the journey. */
  const expect = (answer: { status: number; body: unknown }, status: number, what: string) => {
    if (answer.status !== status) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 200)}`)
    return answer.body as any
  }

  async function checkout() {
    const customer = pick(people.customers)
    const held = await hold(customer)
    if (!held) return
    const headers = { ...signedIn(customer), ...json }
    const { cart } = expect(await recorder.call("checkout: cart", "/store/carts", { method: "POST", headers, body: JSON.stringify({ region_id: people.regionId }) }), 200, "cart")
    const line = { variant_id: held.variantId, quantity: 1, metadata: { appointment_id: held.id } }
    expect(await recorder.call("checkout: line item", `/store/carts/${cart.id}/line-items`, { method: "POST", headers, body: JSON.stringify(line) }), 200, "line item")
    const { payment_collection: collection } = expect(
      await recorder.call("checkout: payment", "/store/payment-collections", { method: "POST", headers, body: JSON.stringify({ cart_id: cart.id }) }),
      200,
      "payment collection",
    )
    const session = expect(
      await recorder.call("checkout: payment", `/store/payment-collections/${collection.id}/payment-sessions`, {
        method: "POST",
        headers,
        body: JSON.stringify({ provider_id: PROVIDER_IDS.wechatpay, data: { channel: "native" } }),
      }),
      200,
      "payment session",
    ).payment_collection.payment_sessions[0] as { id: string }
    // The customer scans and pays; WeChat Pay notifies commerce, which places the order.
    const notified = await people.gateways.wechatpay.pay(session.id)
    if (notified !== 204) throw new Error(`commerce answered the payment notification with ${notified}`)
    const { appointment } = expect(await recorder.call("checkout: confirmed", `/store/appointments/${held.id}`, { headers: signedIn(customer) }), 200, "appointment")
    if (appointment.status !== "confirmed") throw new Error(`paid appointment ${held.id} is ${appointment.status}`)
    counts.paid++
    // One paid booking in five is cancelled by its customer; the others go to their beautician.
    const booked = { id: held.id, beauticianId: held.beauticianId, customer, since: Date.now() }
    if (checkouts++ % 5 === 4) toCancel.push(booked)
    else awaitingOffer.push(booked)
  }

  async function cancel() {
    const booked = toCancel.shift()
    if (!booked) return
    expect(await recorder.call("cancel", `/store/appointments/${booked.id}/cancellation-quote`, { headers: signedIn(booked.customer) }), 200, "cancellation quote")
    const cancelled = await recorder.call<{ appointment?: { status: string } }>("cancel", `/store/appointments/${booked.id}/cancel`, {
      method: "POST",
      headers: { ...signedIn(booked.customer), ...json },
      body: "{}",
    })
    // Dispatch may have reached the beautician first; a job already taken is refused with a code, not an error.
    if (cancelled.status === 200) counts.cancelled++
  }

  /** The booked beautician looks at their offers and takes the one for this booking. */
  async function offer() {
    const booked = awaitingOffer.shift()
    if (!booked) return
    const token = tokenOf.get(booked.beauticianId)!
    const { offers } = expect(await recorder.call("offers", "/pro/offers", { headers: pro(token) }), 200, "offers") as { offers: Array<{ id: string; appointment_id: string }> }
    const mine = offers.find((o) => o.appointment_id === booked.id)
    if (!mine) {
      if (Date.now() - booked.since < OFFER_PATIENCE_MS) awaitingOffer.push(booked)
      else counts.offersNotSeen++
      return
    }
    const accepted = await recorder.call("offers: accept", `/pro/offers/${mine.id}/accept`, { method: "POST", headers: pro(token), body: "{}" })
    if (accepted.status !== 200) return
    counts.offersAccepted++
    jobs.push({ id: booked.id, token, step: 0 })
  }

  /** The next step of the job waiting longest: on the way, arrived, started, completed. */
  async function jobStep() {
    const job = jobs.shift()
    if (!job) return
    const step = STEPS[job.step]
    const body = step.status === "arrived" ? { ...step, location: pick(people.beauticians).home } : step
    expect(await recorder.call(`job: ${step.status}`, `/pro/jobs/${job.id}/status`, { method: "POST", headers: pro(job.token), body: JSON.stringify(body) }), 200, step.status)
    if (++job.step < STEPS.length) jobs.push(job)
    else counts.jobsCompleted++
  }

  const browse = {
    services: async () => void (await recorder.call("browse: services", `/store/products?limit=200&region_id=${people.regionId}&fields=${encodeURIComponent(PRODUCT_FIELDS)}`, { headers: store })),
    servicePage: async () => {
      const handle = pick(people.productHandles)
      await recorder.call("browse: service page", `/store/products?handle=${handle}&region_id=${people.regionId}&fields=${encodeURIComponent(PRODUCT_FIELDS)}`, { headers: store })
      const near = pick(people.beauticians).home
      await recorder.call("browse: service page", `/store/beauticians?lat=${near.lat}&lng=${near.lng}&limit=20`, { headers: store })
    },
    search: async () => void (await recorder.call("browse: search", `/store/search?q=${encodeURIComponent(pick(SEARCHES))}`, { headers: store })),
  }

  return {
    counts,
    backlog: () => ({ awaitingOffer: awaitingOffer.length, toCancel: toCancel.length, jobs: jobs.length }),
    browse,
    availability: async () => void (await availability()),
    hold: async () => void (await hold(pick(people.customers))),
    checkout,
    cancel,
    offer,
    jobStep,
  }
}
