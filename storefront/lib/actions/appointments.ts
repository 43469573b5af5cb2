"use server"

import { unlessDown } from "../backend"
import { cancelAppointment, cancellationQuote, rescheduleAppointment, reviewAppointment, type CancellationQuote } from "../booking"
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

/** Rates and reviews a completed job. */
export async function reviewMine(id: string, rating: number, text: string): Promise<Result<object>> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await reviewAppointment(token, id, { rating, ...(text.trim() ? { text: text.trim() } : {}) })
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}
