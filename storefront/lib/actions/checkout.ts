"use server"

import type { HttpTypes } from "@medusajs/types"
import { unlessDown } from "../backend"
import { myAppointment } from "../booking"
import { cartFor, setPromotion, startPayment, type Channel, type Gateway } from "../checkout"
import type { Locale } from "../locale"
import { sessionToken } from "../session"

export type CartTotals = { total: number; subtotal: number; discount: number; promotion: string | null }
export type Refused = { ok: false; code: string }
type Result<T> = ({ ok: true } & T) | Refused

const totalsOf = (cart: HttpTypes.StoreCart): CartTotals => ({
  total: cart.total,
  subtotal: cart.item_subtotal ?? cart.subtotal,
  discount: cart.discount_total ?? 0,
  promotion: cart.promotions?.find((p) => p.code)?.code ?? null,
})

/** The customer's held appointment and its cart, or why it cannot be paid (`HOLD_EXPIRED`, `ALREADY_PAID`, …). */
async function heldCart(appointmentId: string, locale: Locale): Promise<Result<{ token: string; cart: HttpTypes.StoreCart }>> {
  const token = await sessionToken()
  if (!token) return { ok: false, code: "UNAUTHORIZED" }
  const appointment = await myAppointment(token, appointmentId)
  if (!appointment.ok) return { ok: false, code: appointment.code }
  if (appointment.data.appointment.payment_status === "paid") return { ok: false, code: "ALREADY_PAID" }
  if (appointment.data.appointment.status !== "held") return { ok: false, code: "HOLD_EXPIRED" }
  const cart = await cartFor(token, appointment.data.appointment, locale)
  return cart.ok ? { ok: true, token, cart: cart.data } : { ok: false, code: cart.code }
}

/** Puts the held appointment in a cart (once) and answers what paying costs. */
export async function prepareCheckout(appointmentId: string, locale: Locale): Promise<Result<{ totals: CartTotals }>> {
  return unlessDown(async () => {
    const held = await heldCart(appointmentId, locale)
    return held.ok ? { ok: true as const, totals: totalsOf(held.cart) } : held
  })
}

/** Applies a promotion code (null takes it off) and answers the new totals. */
export async function applyPromotion(appointmentId: string, locale: Locale, code: string | null): Promise<Result<{ totals: CartTotals }>> {
  return unlessDown(async () => {
    const held = await heldCart(appointmentId, locale)
    if (!held.ok) return held
    const applied = await setPromotion(held.token, held.cart, code ? code.trim() : null)
    return applied.ok ? { ok: true as const, totals: totalsOf(applied.data) } : { ok: false as const, code: applied.code }
  })
}

/** Opens the payment with the chosen gateway: a QR code to scan, or a page to go to. */
export async function payWith(appointmentId: string, locale: Locale, gateway: Gateway, channel: Channel): Promise<Result<{ qr?: string; redirect?: string }>> {
  return unlessDown(async () => {
    const held = await heldCart(appointmentId, locale)
    if (!held.ok) return held
    const started = await startPayment(held.token, held.cart, gateway, channel)
    return started.ok ? { ok: true as const, ...started.data } : { ok: false as const, code: started.code }
  })
}

/** Where the appointment stands, for the checkout page waiting on the gateway's notification. */
export async function paymentProgress(appointmentId: string): Promise<Result<{ status: string; paymentStatus: string }>> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await myAppointment(token, appointmentId)
    if (!got.ok) return { ok: false as const, code: got.code }
    return { ok: true as const, status: got.data.appointment.status, paymentStatus: got.data.appointment.payment_status }
  })
}
