"use server"

import type { Answer } from "../api"
import { unlessDown } from "../backend"
import { payCart, type Channel, type Gateway, type PaymentStart } from "../checkout"
import {
  cancelAppointment,
  cancellationQuote,
  myBalance,
  myTip,
  rescheduleAppointment,
  reviewAppointment,
  startBalance,
  startTip,
  type CancellationQuote,
} from "../booking"
import { sessionToken } from "../session"

type Result<T> = ({ ok: true } & T) | { ok: false; code: string }

/** What cancelling now would cost and give back, shown before the customer confirms. */
export async function quoteCancellation(id: string): Promise<Result<{ quote: CancellationQuote }>> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await cancellationQuote(token, id)
    return got.ok ? { ok: true as const, quote: got.data.quote } : { ok: false as const, code: got.code }
  })
}

/** Cancels; the refund of what the quote gives back goes through the gateway that was paid. */
export async function cancelMine(id: string): Promise<Result<{ quote: CancellationQuote }>> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await cancelAppointment(token, id)
    return got.ok ? { ok: true as const, quote: got.data.quote } : { ok: false as const, code: got.code }
  })
}

/** Moves the appointment to another start with the same beautician (nothing changes on a refusal). */
export async function moveMine(id: string, start: string): Promise<Result<object>> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await rescheduleAppointment(token, id, start)
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}

/** Rates and reviews a completed job, with the photos the customer uploaded for it. */
export async function reviewMine(id: string, review: { rating: number; text: string; photos: string[] }): Promise<Result<object>> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const text = review.text.trim()
    const got = await reviewAppointment(token, id, { rating: review.rating, ...(text ? { text } : {}), ...(review.photos.length ? { photos: review.photos } : {}) })
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}

type Opened = Result<{ qr?: string; redirect?: string }>

/** Tips the beautician of a completed job: commerce makes the tip's cart, the gateway takes it. */
export async function payTip(id: string, amountFen: number, gateway: Gateway, channel: Channel): Promise<Opened> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    let tip = await startTip(token, id, amountFen)
    // Asked again (another method, a second try): the tip there is, with its cart.
    if (!tip.ok && tip.code === "ALREADY_TIPPED") tip = await myTip(token, id)
    if (!tip.ok) return { ok: false as const, code: tip.code }
    if (tip.data.tip.status === "paid") return { ok: false as const, code: "ALREADY_PAID" }
    return opened(await payCart(token, tip.data.tip.cart_id!, gateway, channel))
  })
}

/** Pays what a deposit booking still owes after the job, through the balance's own cart. */
export async function payBalance(id: string, gateway: Gateway, channel: Channel): Promise<Opened> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const balance = await startBalance(token, id)
    if (!balance.ok) return { ok: false as const, code: balance.code }
    if (balance.data.balance.status === "paid") return { ok: false as const, code: "ALREADY_PAID" }
    return opened(await payCart(token, balance.data.balance.cart_id!, gateway, channel))
  })
}

/** Whether the tip's or the balance's payment has gone through. */
export async function extraPaid(id: string, kind: "tip" | "balance"): Promise<Result<{ paid: boolean }>> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = kind === "tip" ? await myTip(token, id) : await myBalance(token, id)
    if (!got.ok) return { ok: false as const, code: got.code }
    const status = "tip" in got.data ? got.data.tip.status : got.data.balance.status
    return { ok: true as const, paid: status === "paid" }
  })
}

const opened = (got: Answer<PaymentStart>): Opened => (got.ok ? { ok: true as const, ...got.data } : { ok: false as const, code: got.code })
