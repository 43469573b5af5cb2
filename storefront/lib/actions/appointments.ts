"use server"

import { unlessDown } from "../backend"
import { cancelAppointment, cancellationQuote, type CancellationQuote } from "../booking"
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
